// GET /api/review — what waits for review: for an editor, every pending event and proposed edit;
// for a contributor, their own (pending, and rejected with the reason). `batches`: contributors'
// imports, each reviewed as one (approve or reject all: POST /api/review/batch/{id}).
import { getDb } from '@/db/client';
import { listReviewBatches } from '@/db/queries/import-batches';
import { listReview } from '@/db/queries/review';
import { handle } from '@/lib/api/respond';
import { reviewsOthers } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return handle(async () => {
    const caller = await callerOf(request);
    const authorId = !reviewsOthers(caller) && caller.kind === 'user' ? caller.id : undefined;
    const db = await getDb();
    return { items: await listReview({ db, authorId }), batches: await listReviewBatches({ db, authorId }) };
  });
}
