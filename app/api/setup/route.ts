// POST /api/setup — the first admin, offered only while no account exists and the server listens
// on this machine alone (anyone who reaches it is on it). Afterwards an admin adds people.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { handle, parseBody } from '@/lib/api/respond';
import { accountsExist } from '@/lib/auth/caller';
import { setAccountsKnown } from '@/lib/auth/accounts-state';
import { createAccount } from '@/lib/auth/users';
import { readEnv } from '@/lib/env';
import { isLoopback } from '@/lib/security/addresses';
import { setupSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

const refused = (message: string) =>
  NextResponse.json({ error: message, errors: [{ param: 'setup', message }] }, { status: 403 });

export async function POST(request: Request) {
  const body = await parseBody(request, setupSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    if (await accountsExist(db)) return refused('Faultline already has accounts: an admin adds people on /admin.');
    if (!isLoopback(readEnv().HOST))
      return refused('This server listens beyond this machine: make the first admin with npm run user:create.');
    const user = await createAccount({ db, user: { ...body.value, role: 'admin' } });
    setAccountsKnown(true);
    await recordAudit({ db, action: 'user-created', userId: user.id, subject: user.email, detail: { role: 'admin' } });
    return NextResponse.json({ user }, { status: 201 });
  });
}
