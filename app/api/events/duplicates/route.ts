import { z } from 'zod';
import { getDb } from '@/db/client';
import { findDuplicates } from '@/db/queries/duplicates';
import { getConflictId } from '@/db/queries/scope';
import { handle, parseBody } from '@/lib/api/respond';
import { eventFormSchema } from '@/lib/validation/event';
import { idSchema } from '@/lib/validation/primitives';

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
