// Environment, validated once: a bad value stops start-up with a message naming it.
import path from 'node:path';
import { z } from 'zod';
import { isLoopback, urlHostname } from '@/lib/security/addresses';
import { parseProxyEntry } from '@/lib/security/forwarded';

const entries = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** "https://faultline.example.org" as URL.origin writes it; null for anything with a path or another scheme. */
function parseOrigin(entry: string): string | null {
  try {
    const url = new URL(entry);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

/** "faultline.example.org", "10.0.0.5:3000" or "::1": the host name alone (the port is not checked). */
function parseHostname(entry: string): string | null {
  for (const candidate of [entry, urlHostname(entry)]) {
    try {
      const url = new URL(`http://${candidate}`);
      if (url.pathname === '/' && !url.search && !url.username) return urlHostname(url.hostname);
    } catch {
      // try the next spelling
    }
  }
  return null;
}

/** A comma-separated list, each entry parsed; a bad entry is an issue naming it. */
const listOf = (parse: (entry: string) => string | null, expected: string) =>
  z.string().transform((value, ctx) =>
    entries(value).flatMap((entry) => {
      const parsed = parse(entry);
      if (parsed === null) ctx.addIssue({ code: 'custom', message: `"${entry}" is not ${expected}` });
      return parsed === null ? [] : [parsed];
    }),
  );

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
      .optional(),
    FAULTLINE_DATA_DIR: z.string().min(1).default('./data'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    FAULTLINE_ORIGIN: listOf(parseOrigin, 'an origin such as https://faultline.example.org (no path)').default([]),
    FAULTLINE_ALLOWED_HOSTS: listOf(parseHostname, 'a host name such as faultline.example.org').default([]),
    /** The sites whose pages may frame /embed (CSP frame-ancestors); no other page may be framed by them. */
    FAULTLINE_EMBED_ORIGINS: listOf(parseOrigin, 'an origin such as https://news.example.org (no path)').default([]),
    FAULTLINE_ALLOW_OPEN: z
      .enum(['0', '1', 'true', 'false'], { error: 'FAULTLINE_ALLOW_OPEN is 1 or 0' })
      .transform((v) => v === '1' || v === 'true')
      .default(false),
    /**
     * The reverse proxies in front of the server (addresses, CIDR ranges or "loopback"): only then are
     * X-Forwarded-For and X-Forwarded-Proto believed (lib/security/forwarded.ts).
     */
    FAULTLINE_TRUSTED_PROXIES: listOf(
      parseProxyEntry,
      'an IP address, a CIDR range such as 10.0.0.0/8, or loopback',
    ).default([]),
    /** Signs session cookies; by default one made at random is kept in the database (db/queries/auth-secret.ts). */
    FAULTLINE_AUTH_SECRET: z.string().min(32, 'FAULTLINE_AUTH_SECRET has at least 32 characters').optional(),
  })
  .superRefine((env, ctx) => {
    // There are no accounts yet: whoever reaches the server can edit and delete everything.
    if (!isLoopback(env.HOST) && !env.FAULTLINE_ALLOW_OPEN)
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          `${env.HOST} is not a loopback address, and Faultline has no accounts yet: anyone who reaches it could ` +
          'edit and delete the data. Listen on 127.0.0.1 (the default), make an admin first (npm run user:create; ' +
          'then npm start listens anywhere), or set FAULTLINE_ALLOW_OPEN=1 to serve it anyway',
      });
  });

export type Env = z.infer<typeof envSchema> & { dataDir: string };

const NAMES = [
  'DATABASE_URL',
  'FAULTLINE_DATA_DIR',
  'HOST',
  'PORT',
  'FAULTLINE_ORIGIN',
  'FAULTLINE_ALLOWED_HOSTS',
  'FAULTLINE_EMBED_ORIGINS',
  'FAULTLINE_ALLOW_OPEN',
  'FAULTLINE_AUTH_SECRET',
  'FAULTLINE_TRUSTED_PROXIES',
] as const;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable counts as unset.
  const parsed = envSchema.safeParse(Object.fromEntries(NAMES.map((name) => [name, source[name] || undefined])));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  // npm runs scripts from the project root, so a relative data directory is the project's.
  return { ...parsed.data, dataDir: path.resolve(process.cwd(), parsed.data.FAULTLINE_DATA_DIR) };
}

/** What the server says at start-up when it was allowed to listen beyond this machine. */
export function openServerWarning(env: Env, { accounts = false } = {}): string | null {
  if (isLoopback(env.HOST)) return null;
  const origin = env.FAULTLINE_ORIGIN.length
    ? ''
    : ' Set FAULTLINE_ORIGIN to the address browsers use, or their writes are refused.';
  if (accounts) return `faultline: listening on ${env.HOST}:${env.PORT}; every write needs an account.${origin}`;
  return (
    `faultline: WARNING: listening on ${env.HOST}:${env.PORT} (FAULTLINE_ALLOW_OPEN=1). There are no accounts: ` +
    `anyone who can reach this address can edit and delete events.${origin}`
  );
}
