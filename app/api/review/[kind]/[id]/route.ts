// POST /api/review/{event|edit}/{id} — an editor's decision: {"action":"approve"} or
// {"action":"reject","reason":"…"}. Approving an edit of an event changed since answers 409.
import { getDb } from '@/db/client';
import { approve, reject } from '@/db/queries/review';
import { idParamSchema } from '@/lib/validation/primitives';
import { badRequest, handle, parseBody } from '@/lib/api/respond';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { reviewDecisionSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ kind: string; id: string }> };

export async function POST(request: Request, ctx: Ctx) {
  const { kind, id: rawId } = await ctx.params;
  if (kind !== 'event' && kind !== 'edit') return badRequest([{ param: 'kind', message: 'Is event or edit' }]);
  const id = idParamSchema.safeParse(rawId);
  if (!id.success) return badRequest([{ param: 'id', message: `Not ${kind === 'event' ? 'an event' : 'an edit'} id` }]);
  const body = await parseBody(request, reviewDecisionSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const reviewerId = userIdOf(await callerOf(request));
    const decision = body.value;
    const result =
      decision.action === 'approve'
        ? await approve({ db, kind, id: id.data, reviewerId })
        : await reject({ db, kind, id: id.data, reviewerId, reason: decision.reason });
    return { ...result, review: decision.action === 'approve' ? 'published' : 'rejected' };
  });
}
