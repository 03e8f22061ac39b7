// One entry of the review queue: a proposed new event, an edit (its difference from the
// published version), or a merge, split or new sources (the request in words); with an editor's
// decision when it is still pending.
import Link from 'next/link';
import { PersonLink } from './person-link';
import type { ReviewItem } from '@/db/queries/review';
import { FIELD_LABELS } from '@/db/queries/event-history';
import { ReviewDecision } from './review-decision';

const HEADINGS: Record<ReviewItem['kind'], string> = {
  event: 'New event: ',
  edit: 'Edit of ',
  merge: 'Merge proposed for ',
  split: 'Split proposed for ',
  sources: 'New sources for ',
  delete: 'Deletion proposed of ',
  restore: 'Restoration proposed of ',
};

const show = (v: string | boolean | null) =>
  v === null || v === '' ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;

function Changes({ item }: { item: ReviewItem }) {
  if (item.summary.length)
    return (
      <ul className="review-summary">
        {item.summary.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  const entries = Object.entries(item.changes);
  if (!entries.length) return <p className="note">No difference from the published version.</p>;
  return (
    <table className="data review-changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          {item.kind === 'edit' ? <th scope="col">Published</th> : null}
          <th scope="col">{item.kind === 'edit' ? 'Proposed' : 'Value'}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([field, c]) => (
          <tr key={field}>
            <th scope="row">{FIELD_LABELS[field] ?? field}</th>
            {item.kind === 'edit' ? <td className="old">{show(c.from)}</td> : null}
            <td className="new">{show(c.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewItemCard({ item, editor, me }: { item: ReviewItem; editor: boolean; me: string | null }) {
  // Under four-eyes review (`me` set), one's own change is another editor's to approve.
  const approvable = me === null || item.authorId !== me;
  return (
    <li className="widget" data-testid="review-item">
      <h2>
        {HEADINGS[item.kind]}
        <Link href={`/events/${item.eventId}`}>{item.title}</Link>
      </h2>
      <p className="note">
        {item.review === 'pending' ? 'Pending' : 'Rejected'} · proposed by{' '}
        <PersonLink id={item.authorId} name={item.authorName} /> on {item.createdAt.slice(0, 16).replace('T', ' ')} UTC
        {item.reason ? ` · reason: ${item.reason}` : ''}
      </p>
      <Changes item={item} />
      {editor && item.review === 'pending' ? (
        <>
          {item.kind === 'event' && approvable ? (
            me === null ? (
              <p>
                <Link href={`/events/${item.eventId}/edit`}>Edit it first</Link>, then approve it here.
              </p>
            ) : (
              <p>Under four-eyes review, approve it as it is or reject it with a reason: its author edits it.</p>
            )
          ) : null}
          <ReviewDecision kind={item.kind} id={item.id} title={item.title} approvable={approvable} />
        </>
      ) : null}
    </li>
  );
}
