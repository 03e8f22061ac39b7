import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ReviewBatchCard } from '@/components/accounts/review-batch';
import { ReviewItemCard } from '@/components/accounts/review-item';
import { getDb } from '@/db/client';
import { listReviewBatches } from '@/db/queries/import-batches';
import { listReview } from '@/db/queries/review';
import { reviewIntro, reviewsOthers } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Review — Faultline' };
export const dynamic = 'force-dynamic';

export default async function ReviewPage() {
  const { caller } = await currentCaller();
  if (caller.kind !== 'user') redirect(caller.kind === 'open' ? '/setup' : '/sign-in?next=/review');
  const editor = reviewsOthers(caller);
  // Under four-eyes review, one's own changes are shown without Approve.
  const me = caller.fourEyes ? caller.id : null;
  const db = await getDb();
  const authorId = editor ? undefined : caller.id;
  const [items, batches] = await Promise.all([listReview({ db, authorId }), listReviewBatches({ db, authorId })]);
  return (
    <main className="page form-page">
      <h1>Review</h1>
      <p className="note">{reviewIntro(caller)}</p>
      {batches.length ? (
        <section aria-labelledby="review-imports">
          <h2 id="review-imports">Imports</h2>
          <ol className="plain review-list">
            {batches.map((batch) => (
              <ReviewBatchCard key={batch.id} batch={batch} editor={editor} me={me} />
            ))}
          </ol>
        </section>
      ) : null}
      {items.length ? (
        <section aria-labelledby={batches.length ? 'review-proposals' : undefined}>
          {batches.length ? <h2 id="review-proposals">Events and changes</h2> : null}
          <ol className="plain review-list">
            {items.map((item) => (
              <ReviewItemCard key={`${item.kind}-${item.id}`} item={item} editor={editor} me={me} />
            ))}
          </ol>
        </section>
      ) : null}
      {!items.length && !batches.some((b) => b.pending > 0) ? <p role="status">Nothing waits for review.</p> : null}
    </main>
  );
}
