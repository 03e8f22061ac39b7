import 'server-only';
// The permission table (access.ts) applied to a request: null to let it through, or the refusal —
// JSON for the API, a redirect to /sign-in or a short page for a browser. proxy.ts calls it for
// every request it sees, /api/import for itself.
import { NextResponse } from 'next/server';
import { decide, needOf, type Caller } from './access';
import { resolveCaller } from './caller';

const BAD_TOKEN =
  'This API token is not valid: it was revoked, or never issued. Make a new one on your account page (/account).';

function refuseJson(status: 401 | 403, message: string): NextResponse {
  return NextResponse.json(
    { error: message, errors: [{ param: status === 401 ? 'authorization' : 'role', message }] },
    { status, headers: { 'cache-control': 'no-store', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) } },
  );
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function refusePage(message: string): NextResponse {
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>Not allowed — Faultline</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;` +
    `margin:4rem auto;padding:0 1rem"><h1>Not allowed</h1><p>${escapeHtml(message)}</p>` +
    `<p><a href="/">Back to the timeline</a> · <a href="/account">Your account</a></p></body></html>`;
  return new NextResponse(html, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

export type Verdict = { refusal: NextResponse | null; caller: Caller };

export async function guardRequest(request: { method: string; url: string; headers: Headers }): Promise<Verdict> {
  const url = new URL(request.url);
  const api = url.pathname.startsWith('/api/');
  const need = needOf(request.method, url.pathname);
  if (need === 'open') return { refusal: null, caller: { kind: 'anonymous' } };
  const { caller, anonymousReading, badToken } = await resolveCaller(request.headers);
  if (badToken) return { refusal: refuseJson(401, BAD_TOKEN), caller };
  const decision = decide(need, caller, anonymousReading, url.pathname);
  if (decision.ok) return { refusal: null, caller };
  if (api) return { refusal: refuseJson(decision.status, decision.message), caller };
  if (decision.signIn) {
    const to = new URL('/sign-in', request.url);
    to.searchParams.set('next', url.pathname + url.search);
    return { refusal: NextResponse.redirect(to, 303), caller };
  }
  return { refusal: refusePage(decision.message), caller };
}
