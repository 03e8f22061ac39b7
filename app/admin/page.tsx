import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FourEyesSetting, PeopleTable, ReadingSetting } from '@/components/accounts/admin-panel';
import { getDb } from '@/db/client';
import { getSettings, listUsers } from '@/db/queries/accounts';
import { listAudit } from '@/db/queries/audit';
import { currentCaller } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Admin — Faultline' };
export const dynamic = 'force-dynamic';

const AUDIT_TEXT: Record<string, string> = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Failed sign-in',
  'sign-out-everywhere': 'Signed out everywhere',
  'user-created': 'Person added',
  'role-changed': 'Role changed',
  'token-created': 'Token made',
  'token-revoked': 'Token revoked',
  'setting-changed': 'Setting changed',
  approved: 'Approved',
  rejected: 'Rejected',
};

export default async function AdminPage() {
  const { caller } = await currentCaller();
  // The proxy admits only admins here; this is what the page itself needs to know.
  if (caller.kind !== 'user') redirect(caller.kind === 'open' ? '/setup' : '/sign-in?next=/admin');
  const db = await getDb();
  const [users, { anonymousReading, fourEyes }, audit] = await Promise.all([
    listUsers({ db }),
    getSettings({ db }),
    listAudit({ db, limit: 100 }),
  ]);
  return (
    <main className="page form-page">
      <h1>Admin</h1>
      <section className="widget" aria-labelledby="people-h">
        <h2 id="people-h">People and roles</h2>
        <p className="note">
          Viewers read; contributors propose events and edits, which wait for review; editors approve, reject, edit,
          delete and restore; admins also manage people, roles and settings. A role change ends that person&apos;s
          sessions.
        </p>
        <PeopleTable users={users} me={caller.id} />
      </section>
      <section className="widget" aria-labelledby="settings-h">
        <h2 id="settings-h">Settings</h2>
        <ReadingSetting anonymousReading={anonymousReading} />
        <FourEyesSetting fourEyes={fourEyes} />
      </section>
      <section className="widget" aria-labelledby="audit-h">
        <h2 id="audit-h">Audit log</h2>
        {audit.length ? (
          <table className="data-table account-table">
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">What</th>
                <th scope="col">By</th>
                <th scope="col">About</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a) => (
                <tr key={a.id}>
                  <td>{a.at.slice(0, 19)}</td>
                  <td>{AUDIT_TEXT[a.action] ?? a.action}</td>
                  <td>{a.userEmail ?? '—'}</td>
                  <td>{a.eventId ? `event ${a.eventId}` : (a.subject ?? '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="note">Nothing yet.</p>
        )}
      </section>
    </main>
  );
}
