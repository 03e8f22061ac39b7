import { getDb } from '@/db/client';
import { decideQueueEntry } from '@/db/queries/reconciliation';
import { idOf, notAnId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { queueDecisionSchema } from '@/lib/validation/identities';

export const dynamic = 'force-dynamic';

/** { decision: "merge" } merges the record into its candidate; "distinct" remembers they are two. */
export async function POST(request: Request, ctx: IdContext) {
  const id = await idOf(ctx);
  if (id === null) return notAnId('a queue entry');
  const body = await parseBody(request, queueDecisionSchema);
  if (!body.ok) return body.response;
  return handle(async () =>
    decideQueueEntry({
      db: await getDb(),
      id,
      decision: body.value.decision,
      userId: userIdOf(await callerOf(request)),
    }),
  );
}
