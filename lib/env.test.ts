import { describe, expect, it } from 'vitest';
import { openServerWarning, readEnv } from './env';

describe('readEnv', () => {
  it('listens on loopback by default, with no extra origins or hosts', () => {
    expect(readEnv({})).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 3000,
      FAULTLINE_ORIGIN: [],
      FAULTLINE_ALLOWED_HOSTS: [],
      FAULTLINE_ALLOW_OPEN: false,
    });
  });

  it('accepts every loopback address without FAULTLINE_ALLOW_OPEN', () => {
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])
      expect(readEnv({ HOST }).HOST, HOST).toBe(HOST);
  });

  it('refuses to listen beyond this machine unless FAULTLINE_ALLOW_OPEN=1, naming the way out', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.5', 'faultline.example.org'])
      expect(() => readEnv({ HOST }), HOST).toThrow(/HOST: .*not a loopback address.*FAULTLINE_ALLOW_OPEN=1/);
    expect(() => readEnv({ HOST: '0.0.0.0', FAULTLINE_ALLOW_OPEN: '0' })).toThrow(/HOST/);
    expect(readEnv({ HOST: '0.0.0.0', FAULTLINE_ALLOW_OPEN: '1' })).toMatchObject({ FAULTLINE_ALLOW_OPEN: true });
    expect(() => readEnv({ FAULTLINE_ALLOW_OPEN: 'yes' })).toThrow(/FAULTLINE_ALLOW_OPEN/);
  });

  it('warns at start-up only when open', () => {
    expect(openServerWarning(readEnv({}))).toBeNull();
    const open = readEnv({ HOST: '0.0.0.0', FAULTLINE_ALLOW_OPEN: '1' });
    expect(openServerWarning(open)).toMatch(/WARNING: listening on 0\.0\.0\.0:3000.*no accounts.*FAULTLINE_ORIGIN/);
    const named = readEnv({ HOST: '0.0.0.0', FAULTLINE_ALLOW_OPEN: '1', FAULTLINE_ORIGIN: 'https://fl.example.org' });
    expect(openServerWarning(named)).not.toMatch(/Set FAULTLINE_ORIGIN/);
  });

  it('reads FAULTLINE_ORIGIN as a list of origins, normalised, and refuses one with a path', () => {
    expect(
      readEnv({ FAULTLINE_ORIGIN: 'https://Faultline.Example.org/, http://10.0.0.5:3000,https://x.example:443' })
        .FAULTLINE_ORIGIN,
    ).toEqual(['https://faultline.example.org', 'http://10.0.0.5:3000', 'https://x.example']);
    expect(() => readEnv({ FAULTLINE_ORIGIN: 'https://a.example/app' })).toThrow(
      /FAULTLINE_ORIGIN: "https:\/\/a.example\/app" is not an origin/,
    );
    expect(() => readEnv({ FAULTLINE_ORIGIN: 'faultline.example.org' })).toThrow(/FAULTLINE_ORIGIN/);
  });

  it('reads FAULTLINE_EMBED_ORIGINS as origins, none by default, and refuses anything else', () => {
    expect(readEnv({}).FAULTLINE_EMBED_ORIGINS).toEqual([]);
    expect(readEnv({ FAULTLINE_EMBED_ORIGINS: 'https://News.example.org/, http://10.0.0.5:8080' })).toMatchObject({
      FAULTLINE_EMBED_ORIGINS: ['https://news.example.org', 'http://10.0.0.5:8080'],
    });
    for (const bad of ['*', "'none'", 'news.example.org', 'https://a.example/x', 'https://a.example; script-src *'])
      expect(() => readEnv({ FAULTLINE_EMBED_ORIGINS: bad }), bad).toThrow(/FAULTLINE_EMBED_ORIGINS/);
  });

  it('reads FAULTLINE_ALLOWED_HOSTS as host names, ports dropped', () => {
    expect(readEnv({ FAULTLINE_ALLOWED_HOSTS: 'Faultline.lan, 10.0.0.5:3000, ::1' }).FAULTLINE_ALLOWED_HOSTS).toEqual([
      'faultline.lan',
      '10.0.0.5',
      '[::1]',
    ]);
    expect(() => readEnv({ FAULTLINE_ALLOWED_HOSTS: 'a.example/path' })).toThrow(/FAULTLINE_ALLOWED_HOSTS/);
  });
});
