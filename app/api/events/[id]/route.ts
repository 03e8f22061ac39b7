import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { deleteEvent, updateEvent } from '@/db/queries/event-write';
import { getEvent } from '@/db/queries/events';
import { getMergedInto } from '@/db/queries/event-merge';
import { QueryError } from '@/db/queries/errors';
import { getEventReview, proposeEdit } from '@/db/queries/review';
import { eventIdOf, noEvent, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, movedTo, parseBody } from '@/lib/api/respond';
import { holdForReview } from '@/lib/api/proposal';
import { canSee, publishesDirectly, userIdOf, type Caller } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { deleteSchema, eventFormSchema, type ParsedEventForm } from '@/lib/validation/event';
import type { Db } from '@/db/types';

export const dynamic = 'force-dynamic';

/** One event; one merged into another answers 308 with the survivor's address. */
export async function GET(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  return handle(async () => {
    const db = await getDb();
    try {
      const event = await getEvent({ db, id });
      return canSee(await callerOf(request), event) ? event : noEvent(id);
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

/**
 * An editor's edit (or a single user's) is saved at once; a contributor's edit of a published
 * event is held for review (202) and the published version stays; their own pending event they
 * may edit until it is decided.
 */
async function save(db: Db, id: number, input: ParsedEventForm, caller: Caller) {
  const userId = userIdOf(caller);
  if (publishesDirectly(caller)) return updateEvent({ db, id, input, userId });
  const event = await getEventReview({ db, id });
  if (!event || !canSee(caller, event)) return noEvent(id);
  if (event.review === 'pending' && event.authorId === userId) return updateEvent({ db, id, input, userId });
  if (event.review !== 'published' || !userId) {
    const message =
      event.review === 'pending'
        ? 'Under four-eyes review an editor does not edit another person’s pending event: approve it as it is, ' +
          'or reject it with a reason for its author to edit'
        : 'This event was already decided on: an editor may change it';
    return NextResponse.json({ error: message, errors: [{ param: 'id', message }] }, { status: 403 });
  }
  return NextResponse.json(await proposeEdit({ db, eventId: id, form: input, authorId: userId }), { status: 202 });
}

/** Replaces an event; the body names the version it was edited from (409 when it changed since). */
export async function PUT(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, eventFormSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const result = await save(await getDb(), id, body.value, await callerOf(request));
    return result instanceof Response ? result : { ...result, notices: body.notices };
  });
}

/** Soft delete, with a reason: the event leaves the timeline and can be restored. */
export async function DELETE(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, deleteSchema);
  if (!body.ok) return body.response;
  // Under four-eyes review an editor's deletion waits, like their other changes, for another editor.
  const held = await holdForReview(request, 'delete', id, body.value);
  if (held) return held;
  return handle(async () =>
    deleteEvent({ db: await getDb(), id, reason: body.value.reason, userId: userIdOf(await callerOf(request)) }),
  );
}
