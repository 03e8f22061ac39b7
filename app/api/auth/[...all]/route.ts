// better-auth's own endpoints (POST /api/auth/sign-in/email, /sign-out, /revoke-sessions,
// /change-password, GET /get-session, …), with what the library leaves to us around sign-in:
// a per-email limit on failed attempts (and per client address, when a trusted proxy names it:
// lib/security/forwarded.ts), and the audit log. Sign-up is off: an admin adds people.
import { NextResponse } from 'next/server';
import { toNextJsHandler } from 'better-auth/next-js';
import { getDb } from '@/db/client';
import { recentFailures, recentFailuresFrom, recordAudit } from '@/db/queries/audit';
import { getAuth } from '@/lib/auth/server';
import { callerOf, forgetCallers } from '@/lib/auth/caller';
import { serverClient } from '@/lib/security/respond';

export const dynamic = 'force-dynamic';

const MAX_FAILURES = 5;
/** From one address, whatever the emails: someone trying many accounts. */
const MAX_FAILURES_FROM = 20;
const LOCK_MINUTES = 15;

async function handler(request: Request): Promise<Response> {
  return toNextJsHandler(await getAuth(request.headers)).POST(request);
}

function tooMany(message: string): NextResponse {
  return NextResponse.json(
    { error: message, errors: [{ param: 'email', message }] },
    { status: 429, headers: { 'retry-after': String(LOCK_MINUTES * 60) } },
  );
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
  const { address } = serverClient(request.headers);
  if (email && (await recentFailures({ db, email, minutes: LOCK_MINUTES })) >= MAX_FAILURES)
    return tooMany(`Too many failed sign-ins for ${email}. Wait ${LOCK_MINUTES} minutes, then try again.`);
  if (address && (await recentFailuresFrom({ db, address, minutes: LOCK_MINUTES })) >= MAX_FAILURES_FROM)
    return tooMany(`Too many failed sign-ins from your address. Wait ${LOCK_MINUTES} minutes, then try again.`);
  const response = await handler(request);
  const detail = address ? { address } : null;
  if (response.ok) {
    const body = (await response.clone().json()) as { user?: { id?: string } };
    await recordAudit({ db, action: 'sign-in', userId: body.user?.id ?? null, subject: email, detail });
  } else if (response.status === 401 && email) {
    await recordAudit({ db, action: 'sign-in-failed', subject: email, detail });
  }
  return response;
}

export async function GET(request: Request) {
  return toNextJsHandler(await getAuth(request.headers)).GET(request);
}

export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  if (path === '/api/auth/sign-in/email') return signIn(request);
  if (path === '/api/auth/revoke-sessions') {
    const caller = await callerOf(request);
    const response = await handler(request);
    forgetCallers();
    if (response.ok && caller.kind === 'user')
      await recordAudit({ db: await getDb(), action: 'sign-out-everywhere', userId: caller.id, subject: caller.email });
    return response;
  }
  // Sign-out, password change (which ends other sessions): whoever this cookie named is asked again.
  forgetCallers();
  return handler(request);
}
