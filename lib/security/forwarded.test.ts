import { describe, expect, it } from 'vitest';
import { clientAddress, parseProxyEntry, requestScheme, trustedProxies } from './forwarded';

const headers = (h: Record<string, string>) => new Headers(h);

describe('FAULTLINE_TRUSTED_PROXIES entries', () => {
  it('takes loopback, addresses and CIDR ranges, and refuses the rest', () => {
    expect(parseProxyEntry('loopback')).toBe('loopback');
    expect(parseProxyEntry(' 10.0.0.0/8 ')).toBe('10.0.0.0/8');
    expect(parseProxyEntry('192.168.1.10')).toBe('192.168.1.10');
    expect(parseProxyEntry('FD00::/8')).toBe('fd00::/8');
    for (const bad of ['proxy.example.org', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', '10.0.0.0/x', ''])
      expect(parseProxyEntry(bad), bad).toBeNull();
  });
});

describe('without trusted proxies', () => {
  it('ignores X-Forwarded-For and X-Forwarded-Proto: a client cannot choose its address or scheme', () => {
    const forged = headers({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' });
    expect(clientAddress(forged, trustedProxies([]))).toBeNull();
    expect(requestScheme(forged, trustedProxies([]), 'http')).toBe('http');
    expect(requestScheme(headers({ 'x-forwarded-proto': 'http' }), null, 'https')).toBe('https');
  });
});

describe('behind trusted proxies', () => {
  const trusted = trustedProxies(['loopback', '10.0.0.0/8']);

  it('takes the nearest hop that is not a trusted proxy as the client', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), trusted)).toBe('203.0.113.9');
    // A client's own forged entry stands left of the address the proxy saw: it is never taken.
    const forged = headers({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.1.2.3' });
    expect(clientAddress(forged, trusted)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '[2001:db8::1]:4711, 127.0.0.1' }), trusted)).toBe('2001:db8::1');
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9:51000' }), trusted)).toBe('203.0.113.9');
    // Only proxies (a request from the proxy's own machine): the farthest of them.
    expect(clientAddress(headers({ 'x-forwarded-for': '127.0.0.1, 10.0.0.2' }), trusted)).toBe('127.0.0.1');
  });

  it('knows no address when the header is missing or holds something else', () => {
    expect(clientAddress(headers({}), trusted)).toBeNull();
    expect(clientAddress(headers({ 'x-forwarded-for': 'unknown, 10.0.0.2' }), trusted)).toBe(null);
  });

  it('takes the scheme from X-Forwarded-Proto (its first value), else the fallback', () => {
    expect(requestScheme(headers({ 'x-forwarded-proto': 'https' }), trusted, 'http')).toBe('https');
    expect(requestScheme(headers({ 'x-forwarded-proto': 'HTTPS, http' }), trusted, 'http')).toBe('https');
    expect(requestScheme(headers({ 'x-forwarded-proto': 'http' }), trusted, 'https')).toBe('http');
    expect(requestScheme(headers({ 'x-forwarded-proto': 'gopher' }), trusted, 'http')).toBe('http');
    expect(requestScheme(headers({}), trusted, 'https')).toBe('https');
  });
});
