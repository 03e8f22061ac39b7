import { getDb } from '@/db/client';
import { listRevisions } from '@/db/queries/event-history';
import { listMergedHistories } from '@/db/queries/event-merge';
import { getEventReview } from '@/db/queries/review';
import { eventIdOf, noEvent, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle } from '@/lib/api/respond';
import { canSee } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  return handle(async () => {
    const db = await getDb();
    // A pending event's history is as private as the event.
    const event = await getEventReview({ db, id });
    if (event && !canSee(await callerOf(request), event)) return noEvent(id);
    return { revisions: await listRevisions({ db, eventId: id }), merged: await listMergedHistories({ db, id }) };
  });
}
