import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { createEvent } from '@/db/queries/event-write';
import { listEvents } from '@/db/queries/events';
import { getConflictId, resolveScope } from '@/db/queries/scope';
import { handle, parseBody, parseQuery } from '@/lib/api/respond';
import { publishesDirectly, userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { eventFormSchema } from '@/lib/validation/event';
import { eventFiltersSchema, pageSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, page: pageSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return listEvents({ db, scope, ...parsed.value.page });
  });
}

/**
 * Creates an event: 201 with its id, or 200 with the first one when this submission was already saved.
 * A contributor's event is `review: "pending"`: it is public once an editor approves it.
 */
export async function POST(request: Request) {
  const body = await parseBody(request, eventFormSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const caller = await callerOf(request);
    const conflictId = await getConflictId({ db, slug: body.value.conflict });
    const origin = body.value.sources.some((src) => src.article) ? 'article' : 'form';
    const result = await createEvent({
      db,
      conflictId,
      input: body.value,
      origin,
      userId: userIdOf(caller),
      review: publishesDirectly(caller) ? 'published' : 'pending',
    });
    return NextResponse.json({ ...result, notices: body.notices }, { status: result.created ? 201 : 200 });
  });
}
