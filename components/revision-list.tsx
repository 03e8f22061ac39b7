// An event's history as a list: each revision's action, origin, reason, and its changes field by field.
import Link from 'next/link';
import type { Revision } from '@/db/queries/event-history';
import { can, type Caller } from '@/lib/auth/access';

/** A revision's action in words, wherever revisions are listed (an event's history, a person's activity). */
export const ACTION_TEXT: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  restore: 'Restored',
  import: 'Imported',
  approve: 'Approved',
  reject: 'Rejected',
  merge: 'Merged',
  split: 'Split',
};
const ORIGIN_TEXT: Record<string, string> = {
  seed: 'the curated dataset',
  form: 'the form',
  article: 'an article',
  import: 'an import',
  api: 'the API',
};
const show = (v: string | boolean | null) =>
  v === null || v === '' ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;

/** Who made a revision: a link to their activity page for those who may read it. */
function Author({ r, caller }: { r: Revision; caller?: Caller }) {
  const path = `/users/${encodeURIComponent(r.userId ?? '')}`;
  if (!caller || !r.userId || !can(caller, 'self', true, path)) return <>{r.userName}</>;
  return <Link href={path}>{r.userName}</Link>;
}

/**
 * `accounts`: whether this Faultline has accounts, so a revision by nobody was made "before accounts";
 * `caller`: who reads, to link the names they may follow to each person's activity.
 */
export function RevisionList({
  revisions,
  labels,
  accounts,
  caller,
}: {
  revisions: Revision[];
  labels: Record<string, string>;
  accounts: boolean;
  caller?: Caller;
}) {
  return (
    <ol className="history">
      {revisions.map((r) => (
        <li key={r.id} data-testid="revision">
          <p>
            <strong>{ACTION_TEXT[r.action] ?? r.action}</strong>{' '}
            <span className="note">
              — {r.at.slice(0, 16).replace('T', ' ')} UTC, from {ORIGIN_TEXT[r.origin] ?? r.origin}
              {r.userName ? (
                <>
                  , by <Author r={r} caller={caller} />
                </>
              ) : accounts ? (
                ', before accounts'
              ) : (
                ''
              )}
            </span>
            {r.reason ? (
              <>
                <br />
                <span>Reason: {r.reason}</span>
              </>
            ) : null}
          </p>
          {Object.keys(r.changes).length && r.action !== 'create' ? (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(r.changes).map(([field, c]) => (
                  <tr key={field}>
                    <th scope="row">{labels[field] ?? field}</th>
                    <td className="old">{show(c.from)}</td>
                    <td className="new">{show(c.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
