// better-auth's own endpoints (POST /api/auth/sign-in/email, /sign-out, /revoke-sessions,
// /change-password, GET /get-session, …), with what the library leaves to us around sign-in:
// a per-email limit on failed attempts, and the audit log. Sign-up is off: an admin adds people.
import { NextResponse } from 'next/server';
import { toNextJsHandler } from 'better-auth/next-js';
import { getDb } from '@/db/client';
import { recentFailures, recordAudit } from '@/db/queries/audit';
import { getAuth } from '@/lib/auth/server';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

async function handler(request: Request): Promise<Response> {
  return toNextJsHandler(await getAuth()).POST(request);
}

/** The email a sign-in names, lowercased as better-auth looks it up ('' when there is none). */
async function emailOf(request: Request): Promise<string> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === 'string' ? body.email.trim().toLowerCase().slice(0, 320) : '';
  } catch {
    return '';
  }
}

async function signIn(request: Request): Promise<Response> {
  const db = await getDb();
  const email = await emailOf(request);
  if (email && (await recentFailures({ db, email, minutes: LOCK_MINUTES })) >= MAX_FAILURES) {
    const message = `Too many failed sign-ins for ${email}. Wait ${LOCK_MINUTES} minutes, then try again.`;
    return NextResponse.json(
      { error: message, errors: [{ param: 'email', message }] },
      { status: 429, headers: { 'retry-after': String(LOCK_MINUTES * 60) } },
    );
  }
  const response = await handler(request);
  if (response.ok) {
    const body = (await response.clone().json()) as { user?: { id?: string } };
    await recordAudit({ db, action: 'sign-in', userId: body.user?.id ?? null, subject: email });
  } else if (response.status === 401 && email) {
    await recordAudit({ db, action: 'sign-in-failed', subject: email });
  }
  return response;
}

export async function GET(request: Request) {
  return toNextJsHandler(await getAuth()).GET(request);
}

export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  if (path === '/api/auth/sign-in/email') return signIn(request);
  if (path === '/api/auth/revoke-sessions') {
    const caller = await callerOf(request);
    const response = await handler(request);
    if (response.ok && caller.kind === 'user')
      await recordAudit({ db: await getDb(), action: 'sign-out-everywhere', userId: caller.id, subject: caller.email });
    return response;
  }
  return handler(request);
}
