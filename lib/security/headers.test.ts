import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './headers';

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
});
