// Runs before every page, route handler and server action: refuses requests for other hosts and
// cross-site writes (lib/security/request-guard.ts), and sets the security headers with a fresh
// script nonce for the page Next renders.
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, framedPreviewHeaders, newNonce, securityHeaders } from '@/lib/security/headers';
import { checkRequest } from '@/lib/security/request-guard';
import { refusalResponse, serverGuard } from '@/lib/security/respond';

function withHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders(csp))) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const refusal = checkRequest(request, serverGuard());
  if (refusal) return withHeaders(refusalResponse(refusal), csp);
  if (request.nextUrl.pathname === '/api/reconcile/preview') {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(framedPreviewHeaders())) response.headers.set(name, value);
    return response;
  }
  // Next takes the nonce for its own scripts from the request's CSP; the root layout reads x-nonce.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  return withHeaders(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Not the build's static files and the icon: no guard or policy changes them. Not /api/import
  // either: Next buffers in memory (and cuts at 10 MB) the body of any request the proxy sees, and
  // an import streams files of any size; that route applies the same guard itself.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|api/import$).*)'],
};
