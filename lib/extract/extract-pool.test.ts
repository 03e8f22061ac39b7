import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadDevSet } from './dev-set';
import { extractEvents } from './extract';
import { ExtractionBusyError, ExtractPool, MAX_IN_FLIGHT } from './extract-pool';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';
import { MAX_ARTICLE_CHARS } from './types';

const registry = seedRegistry();
const index = new NameIndex(registry);
const articles = loadDevSet();
const pool = new ExtractPool();
pool.warm();
afterAll(() => pool.close());

describe('extraction on a worker thread', () => {
  it.each(articles.map((a) => [a.name, a] as const))('gives exactly what this thread gives for %s', async (_, a) => {
    const here = extractEvents(a.text, { registry, index, publishedAt: a.publishedAt });
    expect(here.length).toBeGreaterThan(0);
    expect(await pool.extract(a.text, { registry, publishedAt: a.publishedAt })).toEqual(here);
    // Without a publication date the worker reads the dateline, as this thread does.
    expect(await pool.extract(a.text, { registry })).toEqual(extractEvents(a.text, { registry, index }));
  });

  it('gives the same for an article at the length limit', async () => {
    let text = '';
    for (let i = 0; text.length < MAX_ARTICLE_CHARS; i++) text += `${articles[i % articles.length]!.text}\n\n`;
    text = text.slice(0, MAX_ARTICLE_CHARS);
    const options = { registry, publishedAt: '2024-05-12' };
    expect(await pool.extract(text, options)).toEqual(extractEvents(text, { ...options, index }));
  });

  it(`takes ${MAX_IN_FLIGHT} articles at once and turns the next away until one is done`, async () => {
    const text = articles[0]!.text;
    const accepted = Array.from({ length: MAX_IN_FLIGHT }, () => pool.extract(text, { registry }));
    await expect(pool.extract(text, { registry })).rejects.toBeInstanceOf(ExtractionBusyError);
    const done = await Promise.all(accepted);
    expect(done).toHaveLength(MAX_IN_FLIGHT);
    expect(await pool.extract(text, { registry })).toEqual(done[0]);
  });

  it('extracts on this thread, with a warning, when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = new ExtractPool(['lib', 'extract', 'no-such-worker.mjs']);
    const a = articles[1]!;
    const events = await broken.extract(a.text, { registry, publishedAt: a.publishedAt });
    expect(events).toEqual(extractEvents(a.text, { registry, index, publishedAt: a.publishedAt }));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/extraction thread did not start.*main thread/));
    warn.mockRestore();
    await broken.close();
  });
});
