// Runs before every page, route handler and server action: refuses requests for other hosts and
// cross-site writes (lib/security/request-guard.ts), then what the caller's role may not do
// (lib/auth/access.ts), and sets the security headers with a fresh script nonce for the page.
import { NextResponse, type NextRequest } from 'next/server';
import {
  contentSecurityPolicy,
  EMBED_PATH,
  frameAncestorsFor,
  framedPreviewHeaders,
  newNonce,
  securityHeaders,
} from '@/lib/security/headers';
import { checkRequest } from '@/lib/security/request-guard';
import { refusalResponse, serverClient, serverEmbedOrigins, serverGuard } from '@/lib/security/respond';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/forwarded';
import { survivorPath } from '@/lib/identities/redirect';
import { guardRequest } from '@/lib/auth/guard';
import { knownWithoutAccounts } from '@/lib/auth/accounts-state';

function withHeaders(response: NextResponse, csp: string, framedByOthers: boolean): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders(csp, { framedByOthers })))
    response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = newNonce();
  const frameAncestors = frameAncestorsFor(request.nextUrl.pathname, serverEmbedOrigins());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', frameAncestors });
  const framed = frameAncestors.length > 0;
  const refusal = checkRequest(request, serverGuard());
  if (refusal) return withHeaders(refusalResponse(refusal), csp, framed);
  // What the caller's role may not do: asked only once an account exists (lib/auth/accounts-state.ts).
  if (!knownWithoutAccounts()) {
    const { refusal: denied } = await guardRequest(request);
    if (denied) return withHeaders(denied, csp, framed);
  }
  // The reconciliation service's preview is meant to be framed by any site (OpenRefine shows it).
  if (request.nextUrl.pathname === '/api/reconcile/preview') {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(framedPreviewHeaders())) response.headers.set(name, value);
    return response;
  }
  // A merged-away actor's or place's page: 308 to the survivor's (lib/identities/redirect.ts).
  const survivor = request.method === 'GET' ? await survivorPath(request.nextUrl.pathname) : null;
  // On the host the browser used (the guard has checked it): NextRequest's own URL names 127.0.0.1 localhost.
  const origin = `${request.nextUrl.protocol}//${request.headers.get('host') ?? request.nextUrl.host}`;
  if (survivor) return withHeaders(NextResponse.redirect(new URL(survivor, origin), 308), csp, framed);
  // Next takes the nonce for its own scripts from the request's CSP; the root layout reads x-nonce,
  // and x-faultline-embed (set here only, whatever the client sent) to leave out the site's header.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  headers.delete('x-faultline-embed');
  // The client's address as FAULTLINE_TRUSTED_PROXIES lets us know it (none without): better-auth's record.
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = serverClient(request.headers).address;
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  if (request.nextUrl.pathname === EMBED_PATH) headers.set('x-faultline-embed', '1');
  return withHeaders(NextResponse.next({ request: { headers } }), csp, framed);
}

export const config = {
  // Not the build's static files and the icon: no guard or policy changes them. Not /api/import
  // either: Next buffers in memory (and cuts at 10 MB) the body of any request the proxy sees, and
  // an import streams files of any size; that route applies the same guard itself.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|api/import$).*)'],
};
