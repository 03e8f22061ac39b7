import { describe, expect, it } from 'vitest';
import { checkRequest, guardConfig } from './request-guard';

const local = guardConfig({ HOST: '127.0.0.1', PORT: 3000, FAULTLINE_ORIGIN: [], FAULTLINE_ALLOWED_HOSTS: [] });

const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });
const post = (headers: Record<string, string>) => request('POST', { host: '127.0.0.1:3000', ...headers });

describe('request guard', () => {
  it('takes the listening address and its loopback aliases as the server’s own', () => {
    expect(local.origins).toEqual(['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000']);
    expect(local.hosts).toEqual(['127.0.0.1', 'localhost', '[::1]']);
  });

  it('refuses a write the browser marks cross-site or same-site', () => {
    for (const site of ['cross-site', 'same-site'])
      expect(checkRequest(post({ 'sec-fetch-site': site }), local), site).toMatchObject({
        status: 403,
        param: 'sec-fetch-site',
      });
  });

  it('lets through a write from its own page, a user’s own action, and tools that send neither header', () => {
    const own = { origin: 'http://127.0.0.1:3000' };
    expect(checkRequest(post({ 'sec-fetch-site': 'same-origin', ...own }), local)).toBeNull();
    expect(checkRequest(post({ 'sec-fetch-site': 'none' }), local)).toBeNull();
    expect(checkRequest(post({}), local)).toBeNull();
    for (const method of ['PUT', 'PATCH', 'DELETE'])
      expect(checkRequest(request(method, { host: 'localhost:3000' }), local)).toBeNull();
  });

  it('refuses a write with a foreign Origin, with Origin null, or with another port on the same host', () => {
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:4000', 'https://127.0.0.1:3000', 'garbage'])
      expect(checkRequest(post({ origin }), local), origin).toMatchObject({ status: 403, param: 'origin' });
    for (const method of ['PUT', 'PATCH', 'DELETE'])
      expect(
        checkRequest(request(method, { host: 'localhost:3000', origin: 'http://evil.example' }), local),
      ).toMatchObject({
        status: 403,
      });
  });

  it('treats 127.0.0.1, localhost and [::1] on the same port as one loopback server', () => {
    for (const [host, origin] of [
      ['[::1]:3000', 'http://[::1]:3000'],
      ['localhost:3000', 'http://localhost:3000'],
      ['127.0.0.1:3000', 'http://[::1]:3000'],
    ] as const)
      expect(checkRequest(request('POST', { host, origin }), local), `${host} ${origin}`).toBeNull();
    const ipv6 = guardConfig({ HOST: '::1', PORT: 3000, FAULTLINE_ORIGIN: [], FAULTLINE_ALLOWED_HOSTS: [] });
    expect(checkRequest(request('POST', { host: '[::1]:3000', origin: 'http://localhost:3000' }), ipv6)).toBeNull();
  });

  it('reads are not refused for their Origin: only writes are', () => {
    expect(checkRequest(request('GET', { host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }), local)).toBeNull();
    expect(checkRequest(request('HEAD', { host: '127.0.0.1:3000', origin: 'http://evil.example' }), local)).toBeNull();
  });

  it('answers only to its own host names, reads too (DNS rebinding)', () => {
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.1.evil.example:3000', 'a@127.0.0.1', '']) {
      const refusal = checkRequest(request('GET', { host }), local);
      expect(refusal, host).toMatchObject({ status: 421, param: 'host' });
      expect(refusal?.message).toMatch(/FAULTLINE_ALLOWED_HOSTS/);
    }
    expect(checkRequest(request('GET', {}), local)).toMatchObject({ status: 421 });
    expect(checkRequest(request('GET', { host: 'LOCALHOST:3000' }), local)).toBeNull();
  });

  it('takes FAULTLINE_ORIGIN as the list of origins, and their hosts plus FAULTLINE_ALLOWED_HOSTS as hosts', () => {
    const config = guardConfig({
      HOST: '127.0.0.1',
      PORT: 3000,
      FAULTLINE_ORIGIN: ['https://faultline.example.org', 'http://10.0.0.5:3000'],
      FAULTLINE_ALLOWED_HOSTS: ['faultline.lan'],
    });
    expect(config.origins).toEqual(['https://faultline.example.org', 'http://10.0.0.5:3000']);
    expect(config.hosts).toEqual([
      'faultline.example.org',
      '10.0.0.5',
      'faultline.lan',
      '127.0.0.1',
      'localhost',
      '[::1]',
    ]);
    const from = (origin: string, host = 'faultline.example.org') =>
      checkRequest(request('POST', { host, origin }), config);
    expect(from('https://faultline.example.org')).toBeNull();
    expect(from('http://10.0.0.5:3000', '10.0.0.5:3000')).toBeNull();
    expect(from('http://faultline.example.org')).toMatchObject({ status: 403 });
    // The listening address is still a host it answers to, but no longer an origin that writes.
    expect(from('http://127.0.0.1:3000', '127.0.0.1:3000')).toMatchObject({ status: 403 });
    expect(checkRequest(request('GET', { host: 'faultline.lan' }), config)).toBeNull();
  });

  it('on every interface, answers to its loopback names and FAULTLINE_ORIGIN’s, not to 0.0.0.0', () => {
    const open = guardConfig({
      HOST: '0.0.0.0',
      PORT: 3000,
      FAULTLINE_ORIGIN: ['http://192.168.1.5:3000'],
      FAULTLINE_ALLOWED_HOSTS: [],
    });
    expect(open.hosts).toEqual(['192.168.1.5', '127.0.0.1', 'localhost', '[::1]']);
    expect(guardConfig({ HOST: '::', PORT: 8080, FAULTLINE_ORIGIN: [], FAULTLINE_ALLOWED_HOSTS: [] }).origins).toEqual([
      'http://127.0.0.1:8080',
      'http://localhost:8080',
      'http://[::1]:8080',
    ]);
  });

  it('lets another site POST a reconciliation batch (it only reads), and no other write', () => {
    const foreign = { 'sec-fetch-site': 'cross-site', origin: 'http://refine.example:3333' };
    const at = (method: string, path: string) => ({
      method,
      headers: new Headers({ host: '127.0.0.1:3000', ...foreign }),
      url: `http://127.0.0.1:3000${path}`,
    });
    expect(checkRequest(at('POST', '/api/reconcile'), local)).toBeNull();
    expect(checkRequest(at('POST', '/api/reconcile?queries=%7B%7D'), local)).toBeNull();
    for (const [method, path] of [
      ['PUT', '/api/reconcile'],
      ['DELETE', '/api/reconcile'],
      ['POST', '/api/reconcile/'],
      ['POST', '/api/reconcile/../events'],
      ['POST', '/api/reconciles'],
      ['POST', '/api/conflicts'],
      ['PATCH', '/api/conflicts/armenia-azerbaijan'],
      ['POST', '/api/events'],
    ] as const)
      expect(checkRequest(at(method, path), local), `${method} ${path}`).toMatchObject({ status: 403 });
    // Still only for this server's own host names.
    const rebound = { ...at('POST', '/api/reconcile'), headers: new Headers({ host: 'evil.example', ...foreign }) };
    expect(checkRequest(rebound, local)).toMatchObject({ status: 421 });
  });
});
