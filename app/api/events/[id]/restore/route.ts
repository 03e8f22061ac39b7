import { getDb } from '@/db/client';
import { restoreEvent } from '@/db/queries/event-write';
import { eventIdOf, notAnEventId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { restoreSchema } from '@/lib/validation/event';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, ctx: IdContext) {
  const id = await eventIdOf(ctx);
  if (id === null) return notAnEventId();
  const body = await parseBody(request, restoreSchema);
  if (!body.ok) return body.response;
  return handle(async () =>
    restoreEvent({ db: await getDb(), id, reason: body.value.reason, userId: userIdOf(await callerOf(request)) }),
  );
}
