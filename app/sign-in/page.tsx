import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CredentialsForm } from '@/components/accounts/credentials-form';
import { currentCaller } from '@/lib/auth/current';
import { safeNext } from '@/lib/security/safe-next';

export const metadata: Metadata = { title: 'Sign in — Faultline' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { caller } = await currentCaller();
  // Nobody signs in before the first account exists: that is made on /setup.
  if (caller.kind === 'open') redirect('/setup');
  const { next } = await searchParams;
  return (
    <main className="page form-page">
      <h1>Sign in</h1>
      <p className="note">
        {caller.kind === 'user'
          ? `You are signed in as ${caller.email}. Signing in again replaces that session.`
          : 'Faultline accounts are made by an admin: ask yours if you have none.'}
      </p>
      <CredentialsForm mode="sign-in" next={safeNext(typeof next === 'string' ? next : undefined)} />
    </main>
  );
}
