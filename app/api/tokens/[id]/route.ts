// DELETE /api/tokens/{id} — revokes one of your tokens: it is refused (401) from then on.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { revokeToken } from '@/db/queries/tokens';
import { idOf, notAnId, type IdContext } from '@/lib/api/params';
import { handle } from '@/lib/api/respond';
import { callerOf, forgetCallers } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, ctx: IdContext) {
  const id = await idOf(ctx);
  if (id === null) return notAnId('a token');
  return handle(async () => {
    const caller = await callerOf(request);
    if (caller.kind !== 'user')
      return NextResponse.json(
        { error: 'Sign in first', errors: [{ param: 'authorization', message: 'Sign in first' }] },
        { status: 401 },
      );
    const db = await getDb();
    const row = await revokeToken({ db, userId: caller.id, id });
    forgetCallers();
    await recordAudit({ db, action: 'token-revoked', userId: caller.id, subject: row.name, detail: { id } });
    return { ...row, revoked: true };
  });
}
