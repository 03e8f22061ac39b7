import { getDb } from '@/db/client';
import { listRevisions } from '@/db/queries/event-history';
import { listMergedHistories } from '@/db/queries/event-merge';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  return handle(async () => {
    const db = await getDb();
    return { revisions: await listRevisions({ db, eventId: id }), merged: await listMergedHistories({ db, id }) };
  });
}
