// One person's activity as a table (newest first), with links to the events and older pages.
import Link from 'next/link';
import type { ActivityEntry } from '@/db/queries/activity';
import { ACTION_TEXT } from '@/components/revision-list';

const PROPOSAL_TEXT: Record<string, string> = {
  edit: 'Proposed an edit',
  merge: 'Proposed a merge',
  split: 'Proposed a split',
  sources: 'Proposed new sources',
  delete: 'Proposed a deletion',
  restore: 'Proposed a restoration',
};
const STATE_TEXT: Record<string, string> = { pending: 'pending', published: 'approved', rejected: 'rejected' };

function what(e: ActivityEntry): string {
  if (e.kind === 'import') return 'Imported a file for review';
  if (e.kind === 'proposal')
    return `${PROPOSAL_TEXT[e.action] ?? e.action} (${STATE_TEXT[e.review ?? ''] ?? e.review})`;
  return ACTION_TEXT[e.action] ?? e.action;
}

export function ActivityTable({ entries }: { entries: ActivityEntry[] }) {
  return (
    <div className="table-wrap account-table" tabIndex={0} role="region" aria-label="Activity">
      <table className="data activity">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">What</th>
            <th scope="col">Event</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={`${e.kind}-${e.id}`} data-testid="activity-entry">
              <td>{e.at.slice(0, 16).replace('T', ' ')}</td>
              <td>{what(e)}</td>
              <td>{e.eventId === null ? e.title : <Link href={`/events/${e.eventId}`}>{e.title}</Link>}</td>
              <td>{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ActivityPages({ userId, page, hasMore }: { userId: string; page: number; hasMore: boolean }) {
  const at = (p: number) => `/users/${encodeURIComponent(userId)}${p > 1 ? `?page=${p}` : ''}`;
  return (
    <nav aria-label="Activity pages" className="event-actions">
      {page > 1 ? <Link href={at(page - 1)}>Newer</Link> : null}
      <span className="note">Page {page}</span>
      {hasMore ? <Link href={at(page + 1)}>Older</Link> : null}
    </nav>
  );
}
