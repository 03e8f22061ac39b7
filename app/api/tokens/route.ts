// GET /api/tokens — your active API tokens (never the tokens themselves); POST — a new one, shown
// once: only its SHA-256 is kept. A token acts with its owner's role, as "Authorization: Bearer …".
import { randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { insertToken, listTokens } from '@/db/queries/tokens';
import { handle, parseBody } from '@/lib/api/respond';
import { callerOf, hashToken } from '@/lib/auth/caller';
import { tokenRequestSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

const noAccount = () =>
  NextResponse.json(
    {
      error: 'Tokens belong to an account: sign in first',
      errors: [{ param: 'authorization', message: 'Sign in first' }],
    },
    { status: 401 },
  );

export async function GET(request: Request) {
  return handle(async () => {
    const caller = await callerOf(request);
    if (caller.kind !== 'user') return noAccount();
    return { tokens: await listTokens({ db: await getDb(), userId: caller.id }) };
  });
}

export async function POST(request: Request) {
  const body = await parseBody(request, tokenRequestSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const caller = await callerOf(request);
    if (caller.kind !== 'user') return noAccount();
    const db = await getDb();
    const token = `fl_${randomBytes(32).toString('base64url')}`;
    const row = await insertToken({ db, userId: caller.id, name: body.value.name, tokenHash: hashToken(token) });
    await recordAudit({
      db,
      action: 'token-created',
      userId: caller.id,
      subject: body.value.name,
      detail: { id: row.id },
    });
    return NextResponse.json({ ...row, token }, { status: 201, headers: { 'cache-control': 'no-store' } });
  });
}
