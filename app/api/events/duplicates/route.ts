import { z } from 'zod';
import { getDb } from '@/db/client';
import { findDuplicates } from '@/db/queries/duplicates';
import { listDuplicatePairs } from '@/db/queries/duplicate-pairs';
import { getConflictId } from '@/db/queries/scope';
import { badRequest, handle, parseBody, parseQuery } from '@/lib/api/respond';
import { duplicatePairsSchema } from '@/lib/validation/merge';
import { eventFormSchema } from '@/lib/validation/event';
import { idSchema } from '@/lib/validation/primitives';
import { OTHER_SORT } from '@/lib/validation/cursor';

export const dynamic = 'force-dynamic';

const checkSchema = z.object({ event: eventFormSchema, excludeId: idSchema.optional() });

/** Likely duplicates of an event about to be saved (dates overlap; shared actors or a similar title). */
export async function POST(request: Request) {
  const body = await parseBody(request, checkSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const { event, excludeId } = body.value;
    const conflictId = await getConflictId({ db, slug: event.conflict });
    const actorIds = event.actors.flatMap((a) => ('id' in a ? [a.id] : []));
    return {
      candidates: await findDuplicates({ db, conflictId, title: event.title, date: event.date, actorIds, excludeId }),
    };
  });
}

/** The Possible duplicates list: pairs of stored events, a bounded page at a time, newest first. */
export async function GET(request: Request) {
  const query = parseQuery(request.url, { q: duplicatePairsSchema });
  if (!query.ok) return query.response;
  const { conflict, cursor, limit } = query.value.q;
  if (cursor?.sort === 'asc') return badRequest([{ param: 'cursor', message: OTHER_SORT }]);
  return handle(async () => {
    const db = await getDb();
    return listDuplicatePairs({ db, conflictId: await getConflictId({ db, slug: conflict }), cursor, limit });
  });
}
