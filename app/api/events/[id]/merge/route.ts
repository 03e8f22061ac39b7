import { getDb } from '@/db/client';
import { mergeEvents } from '@/db/queries/event-merge';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { holdForReview } from '@/lib/api/proposal';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { mergeSchema } from '@/lib/validation/merge';

export const dynamic = 'force-dynamic';

/** Merges this event and `other` into `survivor`, field by field; the other one redirects to it after. */
export async function POST(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, mergeSchema);
  if (!body.ok) return body.response;
  const held = await holdForReview(request, 'merge', id, body.value);
  if (held) return held;
  return handle(async () =>
    mergeEvents({ db: await getDb(), id, input: body.value, userId: userIdOf(await callerOf(request)) }),
  );
}
