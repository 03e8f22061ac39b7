import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SessionActions } from '@/components/accounts/session-actions';
import { TokenList } from '@/components/accounts/token-list';
import { currentCaller } from '@/lib/auth/current';
import { ROLE_LABELS } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Your account — Faultline' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const { caller } = await currentCaller();
  if (caller.kind === 'open') redirect('/setup');
  if (caller.kind !== 'user') redirect('/sign-in?next=/account');
  return (
    <main className="page form-page">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{caller.name}</strong> ({caller.email}). Role: {ROLE_LABELS[caller.role]}.
      </p>
      <SessionActions />
      <TokenList />
    </main>
  );
}
