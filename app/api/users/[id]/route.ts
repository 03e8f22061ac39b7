// PATCH /api/users/{id} — an admin changes someone's role; their sessions end, so the new role
// applies at once (tokens act with the role they have at each request anyway).
import { getDb } from '@/db/client';
import { deleteSessions, getUser, setRole } from '@/db/queries/accounts';
import { recordAudit } from '@/db/queries/audit';
import { handle, parseBody } from '@/lib/api/respond';
import { userIdOf } from '@/lib/auth/access';
import { callerOf, forgetCallers } from '@/lib/auth/caller';
import { roleChangeSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, ctx: Ctx) {
  const { id } = await ctx.params;
  const body = await parseBody(request, roleChangeSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const caller = await callerOf(request);
    const before = await getUser({ db, id: id.slice(0, 100) });
    const user = await setRole({ db, id: id.slice(0, 100), role: body.value.role });
    forgetCallers();
    if (before?.role !== user.role) {
      if (user.id !== userIdOf(caller)) await deleteSessions({ db, userId: user.id });
      await recordAudit({
        db,
        action: 'role-changed',
        userId: userIdOf(caller),
        subject: user.email,
        detail: { from: before?.role ?? null, to: user.role },
      });
    }
    return { user };
  });
}
