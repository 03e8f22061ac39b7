import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CredentialsForm } from '@/components/accounts/credentials-form';
import { currentCaller } from '@/lib/auth/current';
import { readEnv } from '@/lib/env';
import { isLoopback } from '@/lib/security/addresses';

export const metadata: Metadata = { title: 'Set up accounts — Faultline' };
export const dynamic = 'force-dynamic';

export default async function SetupPage() {
  const { caller } = await currentCaller();
  if (caller.kind !== 'open') redirect(caller.kind === 'user' ? '/account' : '/sign-in');
  const local = isLoopback(readEnv().HOST);
  return (
    <main className="page form-page">
      <h1>Set up accounts</h1>
      <p>
        Faultline has no accounts: whoever reaches this server can add, edit and delete events. Make the first admin to
        turn on sign-in, roles and the review queue. Everything written so far stays published.
      </p>
      {local ? (
        <CredentialsForm mode="setup" />
      ) : (
        <p className="note" role="status">
          This server listens beyond this machine, so the first admin is made on it:{' '}
          <code>npm run user:create -- --email you@example.org --role admin</code> (the password is read from the
          terminal).
        </p>
      )}
    </main>
  );
}
