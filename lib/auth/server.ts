import 'server-only';
// The better-auth instance over this server's database: email and password (the library hashes),
// 7-day database sessions in HttpOnly SameSite=Lax cookies, no public sign-up (an admin adds
// people), and our tables mapped onto its models (its minimal build: no Kysely). Made once per database.
import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { accounts, sessions, users, verifications } from '@/db/schema';
import type { Db } from '@/db/types';
import { getDb } from '@/db/client';
import { authSecret } from '@/db/queries/auth-secret';
import { serverGuard } from '@/lib/security/respond';

export const SESSION_DAYS = 7;
export const MIN_PASSWORD = 10;

export function createAuth(db: Db, { secret, origins }: { secret: string; origins: string[] }) {
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
    advanced: { cookiePrefix: 'faultline', defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' } },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = new WeakMap<Db, Promise<Auth>>();

/** The server's auth instance (for tests: the one over the database serveDatabase() set). */
export async function getAuth(): Promise<Auth> {
  const db = await getDb();
  let auth = cache.get(db);
  if (!auth) {
    auth = authSecret({ db }).then((secret) => createAuth(db, { secret, origins: serverGuard().origins }));
    cache.set(db, auth);
  }
  return auth;
}
