import { getDb } from '@/db/client';
import { deleteEvent, updateEvent } from '@/db/queries/event-write';
import { getEvent } from '@/db/queries/events';
import { getMergedInto } from '@/db/queries/event-merge';
import { QueryError } from '@/db/queries/errors';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, movedTo, parseBody } from '@/lib/api/respond';
import { deleteSchema, eventFormSchema } from '@/lib/validation/event';

export const dynamic = 'force-dynamic';

/** One event; one merged into another answers 308 with the survivor's address. */
export async function GET(_request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  return handle(async () => {
    const db = await getDb();
    try {
      return await getEvent({ db, id });
    } catch (err) {
      const survivor = err instanceof QueryError && err.code === 'not_found' ? await getMergedInto({ db, id }) : null;
      if (survivor === null) throw err;
      return movedTo(`/api/events/${survivor}`, {
        error: `Event #${id} was merged into event #${survivor}`,
        mergedInto: survivor,
      });
    }
  });
}

/** Replaces an event; the body names the version it was edited from (409 when it changed since). */
export async function PUT(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, eventFormSchema);
  if (!body.ok) return body.response;
  return handle(async () => ({
    ...(await updateEvent({ db: await getDb(), id, input: body.value })),
    notices: body.notices,
  }));
}

/** Soft delete, with a reason: the event leaves the timeline and can be restored. */
export async function DELETE(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, deleteSchema);
  if (!body.ok) return body.response;
  return handle(async () => deleteEvent({ db: await getDb(), id, reason: body.value.reason }));
}
