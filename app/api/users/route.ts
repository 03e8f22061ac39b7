// GET /api/users — everyone with an account; POST — an admin adds someone (there is no public sign-up).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/accounts';
import { recordAudit } from '@/db/queries/audit';
import { handle, parseBody } from '@/lib/api/respond';
import { callerOf } from '@/lib/auth/caller';
import { userIdOf } from '@/lib/auth/access';
import { createAccount } from '@/lib/auth/users';
import { newUserSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => ({ users: await listUsers({ db: await getDb() }) }));
}

export async function POST(request: Request) {
  const body = await parseBody(request, newUserSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const caller = await callerOf(request);
    const user = await createAccount({ db, user: body.value });
    await recordAudit({
      db,
      action: 'user-created',
      userId: userIdOf(caller),
      subject: user.email,
      detail: { role: user.role },
    });
    return NextResponse.json({ user }, { status: 201 });
  });
}
