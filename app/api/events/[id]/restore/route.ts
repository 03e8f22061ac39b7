import { getDb } from '@/db/client';
import { restoreEvent } from '@/db/queries/event-write';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { holdForReview } from '@/lib/api/proposal';
import { restoreSchema } from '@/lib/validation/event';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, restoreSchema);
  if (!body.ok) return body.response;
  // Under four-eyes review an editor's restoration waits for another editor, as their deletion does.
  const held = await holdForReview(request, 'restore', id, body.value);
  if (held) return held;
  return handle(async () =>
    restoreEvent({ db: await getDb(), id, reason: body.value.reason, userId: userIdOf(await callerOf(request)) }),
  );
}
