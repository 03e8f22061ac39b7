// PATCH /api/conflicts/:slug — rename (name or slug) and describe a conflict; only the fields sent change.
import { getDb } from '@/db/client';
import { updateConflict } from '@/db/queries/conflicts';
import { badRequest, handle, parseBody } from '@/lib/api/respond';
import { conflictPatchSchema, slugRefSchema } from '@/lib/validation/conflict';

export const dynamic = 'force-dynamic';

export async function PATCH(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = slugRefSchema.safeParse((await ctx.params).slug);
  if (!slug.success) return badRequest([{ param: 'slug', message: slug.error.issues[0]!.message }]);
  const body = await parseBody(request, conflictPatchSchema);
  if (!body.ok) return body.response;
  return handle(async () => ({
    conflict: await updateConflict({ db: await getDb(), slug: slug.data, patch: body.value }),
    notices: body.notices,
  }));
}
