import { getDb } from '@/db/client';
import { addSources } from '@/db/queries/event-write';
import { listEventSources } from '@/db/queries/event-split';
import { getEvent } from '@/db/queries/events';
import { eventIdOf, noEvent, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { holdForReview } from '@/lib/api/proposal';
import { addSourcesSchema } from '@/lib/validation/event';
import { canSee, userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

/** Adds sources to an event: what a duplicate submission becomes when the user chooses to. */
export async function POST(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, addSourcesSchema);
  if (!body.ok) return body.response;
  const held = await holdForReview(request, 'sources', id, body.value);
  if (held) return held;
  const origin = body.value.sources.some((src) => src.article) ? 'article' : 'form';
  return handle(async () => ({
    ...(await addSources({
      db: await getDb(),
      id,
      sources: body.value.sources,
      reason: body.value.reason,
      origin,
      userId: userIdOf(await callerOf(request)),
    })),
    notices: body.notices,
  }));
}

/** The event's sources with their ids (what a split names); a pending or rejected event's only to whom may see it. */
export async function GET(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  return handle(async () => {
    const db = await getDb();
    const event = await getEvent({ db, id, includeDeleted: true });
    if (!canSee(await callerOf(request), event)) return noEvent(id);
    return { sources: await listEventSources({ db, eventId: id }) };
  });
}
