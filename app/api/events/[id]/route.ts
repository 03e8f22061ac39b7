import { getDb } from '@/db/client';
import { deleteEvent, updateEvent } from '@/db/queries/event-write';
import { getEvent } from '@/db/queries/events';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { deleteSchema, eventFormSchema } from '@/lib/validation/event';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  return handle(async () => getEvent({ db: await getDb(), id }));
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
