// The headers every response carries: a Content-Security-Policy that forbids framing by other
// sites (except /embed, by the configured ones) and runs only the scripts this server sent, plus no
// MIME sniffing and no cross-site referrer.

/** A fresh, unguessable nonce for one response's scripts. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * Scripts: Next's inline bootstrap scripts and its chunks carry the nonce (Next reads it from the
 * request's CSP header), and 'strict-dynamic' trusts the chunks those scripts load. Styles keep
 * 'unsafe-inline': React renders `style` attributes, which a nonce cannot cover, and a style
 * cannot run code. Development needs 'unsafe-eval' for React's error overlay.
 */
export function contentSecurityPolicy(
  nonce: string,
  { dev = false, frameAncestors = [] }: { dev?: boolean; frameAncestors?: readonly string[] } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ["frame-ancestors 'self'", ...frameAncestors].join(' '),
  ].join('; ');
}

/** The one page other sites may frame: a read-only view for articles. */
export const EMBED_PATH = '/embed';

/** Who may frame a page: its own site, and for /embed the origins of FAULTLINE_EMBED_ORIGINS. */
export function frameAncestorsFor(pathname: string, embedOrigins: readonly string[]): readonly string[] {
  return pathname === EMBED_PATH ? embedOrigins : [];
}

export function securityHeaders(csp: string, { framedByOthers = false } = {}): Record<string, string> {
  return {
    'content-security-policy': csp,
    // For browsers that predate frame-ancestors; one that knows it ignores this header (and a page
    // others may frame cannot say SAMEORIGIN).
    ...(framedByOthers ? {} : { 'x-frame-options': 'SAMEORIGIN' }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };
}

/**
 * The reconciliation service's preview (app/api/reconcile/preview) is shown in a frame of another
 * site's page (OpenRefine's): it may be framed by anyone, and being plain HTML it runs nothing.
 */
export function framedPreviewHeaders(): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };
}
