// A contributor's import on /review: one group with its counts, Approve all / Reject all for
// what is still pending, and each event with its own decision.
import Link from 'next/link';
import { PersonLink } from './person-link';
import type { BatchEvent, ReviewBatch } from '@/db/queries/import-batches';
import { formatAtPrecision } from '@/lib/dates/precision';
import { ReviewDecision } from './review-decision';

const STATES: Record<BatchEvent['review'], string> = {
  pending: 'Pending',
  published: 'Approved',
  rejected: 'Rejected',
};

type CardProps = { batch: ReviewBatch; editor: boolean; me: string | null };

function BatchEvents({ batch, editor, me }: CardProps) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`Events of ${batch.label}`}>
      <table className="data review-batch">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Date</th>
            <th scope="col">State</th>
            {editor ? <th scope="col">Decision</th> : null}
          </tr>
        </thead>
        <tbody>
          {batch.events.map((e) => (
            <tr key={e.id} data-testid="batch-event">
              <th scope="row">
                <Link href={`/events/${e.id}`}>{e.title}</Link>
              </th>
              <td>{formatAtPrecision(e.dateStart, e.precision)}</td>
              <td>{STATES[e.review]}</td>
              {editor ? (
                <td>
                  {e.review === 'pending' ? (
                    <ReviewDecision
                      kind="event"
                      id={e.id}
                      title={e.title}
                      approvable={me === null || batch.authorId !== me}
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewBatchCard({ batch, editor, me }: CardProps) {
  const shown = batch.events.length;
  const all = batch.pending + batch.published + batch.rejected;
  const at = batch.createdAt.slice(0, 16).replace('T', ' ');
  return (
    <li className="widget" data-testid="review-batch">
      <h2>Import: {batch.label}</h2>
      <p className="note">
        {batch.pending} pending, {batch.published} approved, {batch.rejected} rejected · imported by{' '}
        <PersonLink id={batch.authorId} name={batch.authorName} /> on {at} UTC
        {shown < all ? ` · the first ${shown} of ${all} are listed` : ''}
      </p>
      {editor && batch.pending > 0 ? (
        <ReviewDecision
          kind="batch"
          id={batch.id}
          title={`the ${batch.pending} pending events of ${batch.label}`}
          all
          approvable={me === null || batch.authorId !== me}
        />
      ) : null}
      <BatchEvents batch={batch} editor={editor} me={me} />
    </li>
  );
}
