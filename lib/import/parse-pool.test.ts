import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openImport } from './open';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'db', 'fixtures', name));

async function parse(name: string, thread: 'main' | 'worker', chunk = 100) {
  // Small chunks: records and quoted newlines cross chunk boundaries, as they do in an upload.
  const bytes = fixture(name);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
    bytes.subarray(i * chunk, (i + 1) * chunk),
  );
  const { records } = await openImport(Readable.from(chunks), undefined, { thread });
  const out = [];
  for await (const m of records) out.push(m);
  return out;
}

describe('parsing an import on a worker thread', () => {
  it.each(['acled-current.csv', 'acled-old.csv', 'acled-broken.csv', 'simple.csv'])(
    'gives exactly what this thread gives for %s',
    async (name) => {
      const here = await parse(name, 'main');
      expect(here.length).toBeGreaterThan(1);
      expect(await parse(name, 'worker')).toEqual(here);
    },
  );

  it('reports a file it cannot read with the same message', async () => {
    await expect(parse('acled-missing-columns.csv', 'worker')).rejects.toThrow(
      /lacks required columns: time_precision, event_type/,
    );
  });

  it('keeps the worker within bounds on a long file: every record arrives, in order', async () => {
    const [header, ...rest] = fixture('acled-current.csv').toString('utf8').split('\n');
    const row = rest[0]!;
    const text = [header, ...Array.from({ length: 5000 }, (_, i) => row.replace('ARM9001', `ARM${i + 1}`))].join('\n');
    const { records } = await openImport(Readable.from([text]), 'acled', { thread: 'worker' });
    const keys = [];
    for await (const m of records) if (m.ok) keys.push(m.record.key);
    expect(keys).toHaveLength(5000);
    expect(keys[4999]).toBe('ARM5000');
  });
});
