import { getDb } from '@/db/client';
import { undoMerge } from '@/db/queries/merges';
import { idOf, notAnId, type IdContext } from '@/lib/api/params';
import { handle, parseBody } from '@/lib/api/respond';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

/** Undoes a merge: the merged-away record, its names and its links come back (409 if it cannot). */
export async function POST(request: Request, ctx: IdContext) {
  const id = await idOf(ctx);
  if (id === null) return notAnId('a merge');
  const body = await parseBody(request, z.object({}).strict());
  if (!body.ok) return body.response;
  return handle(async () => undoMerge({ db: await getDb(), id, userId: userIdOf(await callerOf(request)) }));
}
