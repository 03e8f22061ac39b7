// POST /api/review/{kind}/{id} — an editor's decision: {"action":"approve"} or
// {"action":"reject","reason":"…"}. kind: event (a new event), edit, merge, split, sources, delete or restore (a
// proposal's id), or batch (a contributor's import: every event of it still pending). Approving an
// edit of an event changed since answers 409.
import { getDb } from '@/db/client';
import { decideBatch } from '@/db/queries/import-batches';
import { approve, authorOf, reject, REVIEW_KINDS, type ReviewKind } from '@/db/queries/review';
import { idParamSchema } from '@/lib/validation/primitives';
import { badRequest, forbidden, handle, parseBody } from '@/lib/api/respond';
import { mayApprove, userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { reviewDecisionSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ kind: string; id: string }> };
/** What each kind's id names, with its article, for the message on a malformed id. */
const WHAT: Record<ReviewKind | 'batch', string> = {
  event: 'an event',
  edit: 'an edit proposal',
  merge: 'a merge proposal',
  split: 'a split proposal',
  sources: 'a sources proposal',
  delete: 'a deletion proposal',
  restore: 'a restoration proposal',
  batch: 'an import batch',
};
const KINDS: readonly string[] = [...REVIEW_KINDS, 'batch'];

export async function POST(request: Request, ctx: Ctx) {
  const { kind, id: rawId } = await ctx.params;
  if (!KINDS.includes(kind)) return badRequest([{ param: 'kind', message: `Is one of ${KINDS.join(', ')}` }]);
  const id = idParamSchema.safeParse(rawId);
  if (!id.success) return badRequest([{ param: 'id', message: `Not the id of ${WHAT[kind as keyof typeof WHAT]}` }]);
  const body = await parseBody(request, reviewDecisionSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const caller = await callerOf(request);
    const reviewerId = userIdOf(caller);
    const decision = body.value;
    if (
      decision.action === 'approve' &&
      !mayApprove(caller, await authorOf({ db, kind: kind as ReviewKind | 'batch', id: id.data }))
    )
      return forbidden('Four-eyes review is on: another editor approves your own changes (you may still reject them)');
    const review = decision.action === 'approve' ? 'published' : 'rejected';
    const reason = decision.action === 'reject' ? decision.reason : null;
    if (kind === 'batch')
      return { ...(await decideBatch({ db, id: id.data, action: decision.action, reason, reviewerId })), review };
    const item = { db, kind: kind as ReviewKind, id: id.data, reviewerId };
    const result = reason === null ? await approve(item) : await reject({ ...item, reason });
    return { ...result, review };
  });
}
