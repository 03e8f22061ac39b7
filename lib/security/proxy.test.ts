// The proxy as Next calls it, on the app's real paths: what a page on another site can no longer do.
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as importFile } from '@/app/api/import/route';
import { config, proxy } from '@/proxy';
import { registerSurvivorLookup } from '@/lib/identities/redirect';

// Next's own compiler of proxy matchers; its type declarations leave it out.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: { basePath: string }) => { regexp: string }[];
};

beforeAll(() => {
  vi.stubEnv('HOST', '127.0.0.1');
  vi.stubEnv('PORT', '3000');
  vi.stubEnv('FAULTLINE_ORIGIN', '');
  vi.stubEnv('FAULTLINE_ALLOWED_HOSTS', '');
  vi.stubEnv('FAULTLINE_EMBED_ORIGINS', 'https://news.example.org, https://blog.example.com:8443');
});

const at = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, {
    ...init,
    headers: { host: '127.0.0.1:3000', ...init.headers },
  });

describe('proxy', () => {
  it('refuses a cross-site POST /api/events with 403 and the API’s error shape', async () => {
    const res = await proxy(
      at('/api/events', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
        body: '{}',
      }),
    );
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error).toMatch(/another site/);
    expect(body.errors).toEqual([{ param: 'sec-fetch-site', message: body.error }]);
  });

  it('refuses writes from a foreign Origin on every write route', async () => {
    for (const [method, path] of [
      ['POST', '/api/events'],
      ['PUT', '/api/events/1'],
      ['DELETE', '/api/events/1'],
      ['POST', '/api/events/1/restore'],
      ['POST', '/api/events/1/sources'],
      ['POST', '/api/articles'],
      ['POST', '/api/extract'],
      ['POST', '/events/new'], // a server action posts to its page
    ])
      expect((await proxy(at(path!, { method, headers: { origin: 'http://evil.example' } }))).status, path).toBe(403);
  });

  it('refuses pages and reads for a host it does not serve (DNS rebinding)', async () => {
    for (const path of ['/', '/api/events', '/api/export?format=json']) {
      const res = await proxy(at(path, { headers: { host: 'evil.example:3000' } }));
      expect(res.status, path).toBe(421);
      expect((await res.json()).errors[0].param).toBe('host');
    }
  });

  it('lets its own page and the command line through, with the security headers and a fresh nonce', async () => {
    const own = await proxy(at('/api/events', { method: 'POST', headers: { origin: 'http://localhost:3000' } }));
    const cli = await proxy(at('/api/import', { method: 'POST' }));
    const page = await proxy(at('/'));
    for (const res of [own, cli, page]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('x-middleware-next')).toBe('1');
    }
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    // Next renders the page with the nonce it finds in the request's CSP, passed on here.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(page.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(page.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect((await proxy(at('/'))).headers.get('x-middleware-request-x-nonce')).not.toBe(nonce);
  });

  it('lets the configured sites frame /embed, and only /embed', async () => {
    const embed = await proxy(at('/embed?actor=Ilham+Aliyev'));
    expect(embed.headers.get('content-security-policy')!.split('; ')).toContain(
      "frame-ancestors 'self' https://news.example.org https://blog.example.com:8443",
    );
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('x-middleware-request-x-faultline-embed')).toBe('1');
    for (const path of ['/', '/embed/x', '/events/1', '/api/events']) {
      const res = await proxy(at(path, { headers: { 'x-faultline-embed': '1' } }));
      expect(res.headers.get('content-security-policy')!.split('; '), path).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      // A client cannot ask for the embed's layout elsewhere.
      expect(res.headers.get('x-middleware-request-x-faultline-embed'), path).toBeNull();
    }
  });

  it('runs on pages and /api, not on the build’s static files nor /api/import', () => {
    // The matcher as Next compiles it, with its .rsc and data-route forms.
    const [matcher] = getMiddlewareMatchers(config.matcher, { basePath: '' });
    const re = new RegExp(matcher!.regexp);
    for (const path of [
      '/',
      '/index.rsc',
      '/api/events',
      '/api/events/1/restore',
      '/events/new',
      '/api',
      '/api/imports',
    ])
      expect(re.test(path), path).toBe(true);
    for (const path of ['/_next/static/chunks/main.js', '/_next/image', '/favicon.ico', '/icon.svg', '/api/import'])
      expect(re.test(path), path).toBe(false);
  });
});

describe('the reconciliation service, which other sites may call', () => {
  const foreign = { origin: 'http://refine.example:3333', 'sec-fetch-site': 'cross-site' };

  it('lets a cross-site POST /api/reconcile through and still refuses every other cross-site write', async () => {
    const res = await proxy(at('/api/reconcile', { method: 'POST', headers: foreign, body: 'queries={}' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-next')).toBe('1');
    for (const [method, path] of [
      ['POST', '/api/conflicts'],
      ['PATCH', '/api/conflicts/armenia-azerbaijan'],
      ['POST', '/api/reconcile/preview'],
      ['POST', '/api/events'],
    ])
      expect((await proxy(at(path!, { method, headers: foreign }))).status, `${method} ${path}`).toBe(403);
  });

  it('lets any site frame the preview (OpenRefine shows it in a frame), and only the preview', async () => {
    const preview = await proxy(at('/api/reconcile/preview?id=actor-1'));
    expect(preview.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(preview.headers.get('x-frame-options')).toBeNull();
    expect(preview.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const path of ['/api/reconcile', '/api/conflicts', '/'])
      expect((await proxy(at(path))).headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");
  });
});

describe('POST /api/import, which the proxy leaves to the route', () => {
  const upload = (headers: Record<string, string>) =>
    importFile(
      new Request('http://127.0.0.1:3000/api/import', {
        method: 'POST',
        headers: { host: '127.0.0.1:3000', 'content-type': 'text/csv', ...headers },
        body: 'title,date,precision,sub_type,source_publisher\n',
      }),
    );

  it('refuses a foreign Origin, a cross-site fetch and a foreign host before reading the file', async () => {
    const foreign = await upload({ origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).errors[0].param).toBe('origin');
    expect((await upload({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await upload({ host: 'evil.example' })).status).toBe(421);
  });
});

describe('a merged-away record’s page', () => {
  it('answers 308 to the survivor’s page, before the page renders', async () => {
    registerSurvivorLookup(async (kind, id) => (kind === 'actor' && id === 7 ? 9 : null));
    const moved = await proxy(at('/actors/7'));
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe('http://127.0.0.1:3000/actors/9');
    for (const path of ['/actors/8', '/places/7', '/actors/7/edit', '/actors'])
      expect((await proxy(at(path))).headers.get('x-middleware-next'), path).toBe('1');
  });
});
