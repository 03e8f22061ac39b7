import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ReviewDecision } from '@/components/accounts/review-decision';
import { getDb } from '@/db/client';
import { FIELD_LABELS } from '@/db/queries/event-history';
import { listReview, type ReviewItem } from '@/db/queries/review';
import { publishesDirectly } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Review — Faultline' };
export const dynamic = 'force-dynamic';

const show = (v: string | boolean | null) =>
  v === null || v === '' ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;

function Changes({ item }: { item: ReviewItem }) {
  const entries = Object.entries(item.changes);
  if (!entries.length) return <p className="note">No difference from the published version.</p>;
  return (
    <table className="data">
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

export default async function ReviewPage() {
  const { caller } = await currentCaller();
  if (caller.kind !== 'user') redirect(caller.kind === 'open' ? '/setup' : '/sign-in?next=/review');
  const editor = publishesDirectly(caller);
  const items = await listReview({ db: await getDb(), authorId: editor ? undefined : caller.id });
  return (
    <main className="page form-page">
      <h1>Review</h1>
      <p className="note">
        {editor
          ? 'Contributors’ new events and edits wait here. Nothing pending is on the timeline, in counts, charts, the map or exports.'
          : 'Your proposals: each is public once an editor approves it.'}
      </p>
      {items.length ? (
        <ol className="plain review-list">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="widget" data-testid="review-item">
              <h2>
                {item.kind === 'edit' ? 'Edit of ' : 'New event: '}
                <Link href={`/events/${item.eventId}`}>{item.title}</Link>
              </h2>
              <p className="note">
                {item.review === 'pending' ? 'Pending' : 'Rejected'} · proposed by {item.authorName ?? 'someone'} on{' '}
                {item.createdAt.slice(0, 16).replace('T', ' ')} UTC
                {item.reason ? ` · reason: ${item.reason}` : ''}
              </p>
              <Changes item={item} />
              {editor && item.review === 'pending' ? (
                <>
                  {item.kind === 'event' ? (
                    <p>
                      <Link href={`/events/${item.eventId}/edit`}>Edit it first</Link>, then approve it here.
                    </p>
                  ) : null}
                  <ReviewDecision kind={item.kind} id={item.id} title={item.title} />
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p role="status">Nothing waits for review.</p>
      )}
    </main>
  );
}
