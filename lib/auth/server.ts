import 'server-only';
// The better-auth instance over this server's database: email and password (the library hashes),
// 7-day database sessions in HttpOnly SameSite=Lax cookies, no public sign-up (an admin adds
// people), and our tables mapped onto its models (its minimal build: no Kysely). Made once per database
// and scheme: over https (the origin's, or a trusted proxy's X-Forwarded-Proto) its cookies are Secure.
import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { accounts, sessions, users, verifications } from '@/db/schema';
import type { Db } from '@/db/types';
import { getDb } from '@/db/client';
import { authSecret } from '@/db/queries/auth-secret';
import { userNamed } from '@/db/queries/accounts';
import { nameSchema } from '@/lib/validation/account';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/forwarded';
import { serverClient, serverGuard } from '@/lib/security/respond';

export const SESSION_DAYS = 7;
export const MIN_PASSWORD = 10;

type AuthOptions = { secret: string; origins: string[]; secure?: boolean };

export function createAuth(db: Db, { secret, origins, secure }: AuthOptions) {
  return betterAuth({
    appName: 'Faultline',
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    secret,
    baseURL: origins[0],
    trustedOrigins: origins,
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
    user: { additionalFields: { role: { type: 'string', input: false, defaultValue: 'viewer' } } },
    // Per-email limits on failed sign-ins are ours (app/api/auth/[...all]/route.ts), kept in the database.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'faultline',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Undefined: as the origin says. The proxy sets this header (lib/security/forwarded.ts): a session
      // records the client's address only when a trusted proxy named it.
      useSecureCookies: secure,
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    telemetry: { enabled: false },
    hooks: { before: renameCheck(db) },
    plugins: [nextCookies()],
  });
}

/**
 * better-auth's /update-user lets people rename themselves; pages show names alone, so a new name goes through the
 * account schema (not "Admin") and may not be another account's (nobody signs as someone else). 400 with the reason.
 */
function renameCheck(db: Db) {
  return createAuthMiddleware(async (ctx) => {
    if (ctx.path !== '/update-user' || ctx.body?.name === undefined) return;
    const parsed = nameSchema.safeParse(ctx.body.name);
    if (!parsed.success) throw new APIError('BAD_REQUEST', { message: parsed.error.issues[0]!.message });
    // Not signed in, the endpoint's own 401 answers: the check would tell a stranger which names exist.
    const session = await getSessionFromCtx(ctx);
    if (!session) return;
    const holder = await userNamed({ db, name: parsed.data, except: session.user.id });
    if (holder) throw new APIError('BAD_REQUEST', { message: `Someone is already called “${holder.name}”` });
    return { context: { body: { ...ctx.body, name: parsed.data } } };
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = new WeakMap<Db, Map<string, Promise<Auth>>>();

/**
 * The server's auth instance for a request's headers (for tests: over the database serveDatabase()
 * set). Without headers, or without trusted proxies, its cookies are Secure when the origin is https.
 */
export async function getAuth(headers?: Headers): Promise<Auth> {
  const db = await getDb();
  const secure = headers ? serverClient(headers).scheme === 'https' : undefined;
  const key = String(secure);
  let byScheme = cache.get(db);
  if (!byScheme) cache.set(db, (byScheme = new Map()));
  let auth = byScheme.get(key);
  if (!auth) {
    auth = authSecret({ db }).then((secret) => createAuth(db, { secret, origins: serverGuard().origins, secure }));
    byScheme.set(key, auth);
  }
  return auth;
}
