import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { splitEvent } from '@/db/queries/event-split';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { holdForReview } from '@/lib/api/proposal';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { splitSchema } from '@/lib/validation/merge';

export const dynamic = 'force-dynamic';

/** Moves the chosen sources to a new event that copies this one's other fields. */
export async function POST(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, splitSchema);
  if (!body.ok) return body.response;
  const held = await holdForReview(request, 'split', id, body.value);
  if (held) return held;
  return handle(async () =>
    NextResponse.json(
      await splitEvent({ db: await getDb(), id, input: body.value, userId: userIdOf(await callerOf(request)) }),
      { status: 201 },
    ),
  );
}
