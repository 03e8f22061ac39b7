// Sign-in behind a reverse proxy: with FAULTLINE_TRUSTED_PROXIES the session cookie is Secure when
// the proxy says the client used https, and failed sign-ins from one client address are limited
// whatever the email; without the setting the same headers change nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as authPost } from '@/app/api/auth/[...all]/route';
import { createAccount } from '@/lib/auth/users';
import { recentFailuresFrom } from '../queries/audit';
import { serveDatabase, testEngines } from '../testing';
import type { Database } from '../types';

const PASSWORD = 'correct horse battery';
const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  authPost(
    new Request('http://127.0.0.1:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
const viaProxy = { 'x-forwarded-for': '198.51.100.7, 203.0.113.9', 'x-forwarded-proto': 'https' };

for (const engine of testEngines()) {
  describe(`sign-in behind a trusted proxy (${engine.name})`, () => {
    let database: Database;
    let unserve = () => {};
    beforeAll(async () => {
      database = await engine.open();
      unserve = serveDatabase(database);
      await createAccount({
        db: database.db,
        user: { email: 'ed@example.org', name: 'Ed', password: PASSWORD, role: 'editor' },
      });
    });
    afterAll(async () => {
      unserve();
      await database.close();
    });
    afterEach(() => vi.unstubAllEnvs());

    it('ignores X-Forwarded-Proto and -For without the setting: no Secure cookie, no address kept', async () => {
      vi.stubEnv('FAULTLINE_TRUSTED_PROXIES', '');
      const res = await signIn('ed@example.org', PASSWORD, viaProxy);
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
      await signIn('ed@example.org', 'wrong password!', viaProxy);
      expect(await recentFailuresFrom({ db: database.db, address: '203.0.113.9', minutes: 15 })).toBe(0);
    });

    it('sets a Secure cookie for https through the proxy, and limits failures per client address', async () => {
      vi.stubEnv('FAULTLINE_TRUSTED_PROXIES', '10.0.0.0/8');
      const res = await signIn('ed@example.org', PASSWORD, viaProxy);
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/__Secure-faultline\.session_token=.*;\s*Secure/i);
      const plain = await signIn('ed@example.org', PASSWORD, { ...viaProxy, 'x-forwarded-proto': 'http' });
      expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
      // 20 failures from one address, each for another email: the 21st try from it waits.
      for (let i = 0; i < 20; i++)
        expect((await signIn(`nobody${i}@example.org`, 'wrong password!', viaProxy)).status).toBe(401);
      const locked = await signIn('ed@example.org', PASSWORD, viaProxy);
      expect(locked.status).toBe(429);
      expect((await locked.json()).error).toMatch(/from your address/);
      // Another client behind the same proxy is not held back.
      const other = { ...viaProxy, 'x-forwarded-for': '198.51.100.8' };
      expect((await signIn('ed@example.org', PASSWORD, other)).status).toBe(200);
    });
  });
}
