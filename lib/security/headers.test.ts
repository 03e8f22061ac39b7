import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestorsFor, newNonce, securityHeaders } from './headers';

describe('content security policy', () => {
  it('carries a nonce that Next finds and puts on its own scripts', () => {
    const nonce = newNonce();
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce))).toBe(nonce);
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce, { dev: true }))).toBe(nonce);
    expect(newNonce()).not.toBe(nonce);
  });

  it('lets only this site frame the pages, and allows eval only in development', () => {
    const csp = contentSecurityPolicy('abc');
    expect(csp.split('; ')).toEqual(
      expect.arrayContaining(["default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'"]),
    );
    expect(csp).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy('abc', { dev: true })).toContain("'unsafe-eval'");
  });

  it('adds the embed origins to frame-ancestors for /embed alone, and drops X-Frame-Options there', () => {
    const origins = ['https://news.example.org'];
    const csp = (path: string) => contentSecurityPolicy('abc', { frameAncestors: frameAncestorsFor(path, origins) });
    expect(csp('/embed').split('; ')).toContain("frame-ancestors 'self' https://news.example.org");
    for (const path of ['/', '/events/1', '/embed/', '/embedded', '/api/events'])
      expect(csp(path).split('; '), path).toContain("frame-ancestors 'self'");
    expect(contentSecurityPolicy('abc', { frameAncestors: frameAncestorsFor('/embed', []) }).split('; ')).toContain(
      "frame-ancestors 'self'",
    );
    expect(securityHeaders('x')['x-frame-options']).toBe('SAMEORIGIN');
    expect(securityHeaders('x', { framedByOthers: true })).not.toHaveProperty('x-frame-options');
  });
});
