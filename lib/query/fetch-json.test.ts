import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, ServerFetchError } from './fetch-json';

describe('fetchJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('on the server, refuses a relative URL without fetching (the page prefetches from db/queries)', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await expect(fetchJson('/api/stats/axis', new URLSearchParams({ actor: 'Nobody' }))).rejects.toBeInstanceOf(
      ServerFetchError,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('in the browser, fetches the path with its query', async () => {
    vi.stubGlobal('window', {});
    const fetch = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchJson('/api/events', new URLSearchParams({ actor: 'A' }))).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledWith('/api/events?actor=A', expect.anything());
  });
});
