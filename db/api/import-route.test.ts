// POST /api/import: a file that cannot be read at all is a 4xx with { error, errors } before any
// line is streamed; rows that cannot be stored as text are rejected with a reason (issue 13 §5).
import { readEnv } from '@/lib/env';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as importRoute } from '@/app/api/import/route';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

// The import route applies the host guard itself (lib/security): speak to the server's own address,
// with the Host header a server's request carries.
const HOST = `${readEnv().HOST}:${readEnv().PORT}`;
const SERVER = `http://${HOST}`;

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'db', 'fixtures', name));
const upload = (body: BodyInit, qs = '') =>
  importRoute(
    new Request(`${SERVER}/api/import?label=test${qs}`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { host: HOST },
    } as RequestInit),
  );
/** An upload that arrives in these chunks, as a large file does: only the first is checked up front. */
const uploadChunks = (chunks: Buffer[]) =>
  upload(
    new ReadableStream<Uint8Array>({
      // One chunk per pull, a moment apart: the reader would otherwise take them as one.
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(new Uint8Array(chunk));
        else controller.close();
      },
    }),
  );

async function ndjson(res: Response) {
  const lines = (await res.text()).trim().split('\n');
  return lines.map(
    (l) => JSON.parse(l) as { report?: { created: number; rejected: { line: number; reason: string }[] } },
  );
}

const SIMPLE_HEADER = fixture('simple.csv').toString('utf8').split('\n')[0]!;
const simpleRow = (id: string, title: string) =>
  `${id},${title},2024-02,,month,diplomacy,negotiation,occurred,no,,,,,,,Example Wire,,,,`;

for (const engine of testEngines()) {
  describe(`importing a bad file (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    afterAll(() => unserve());
    const events = async () => {
      unserve = serveDatabase(ctx.database);
      const [r] = await rows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from events`);
      return r!.n;
    };

    it('answers a 4xx with { error, errors } when the file cannot be read at all', async () => {
      const before = await events();
      const cases: [BodyInit, string, number, RegExp][] = [
        ['', '', 422, /empty/],
        ['   \n\n', '', 422, /empty/],
        ['hello,world\n1,2\n', '', 415, /Unknown format/],
        [fixture('acled-missing-columns.csv'), '', 422, /lacks required columns/],
        ['{"events": 3', '&format=faultline-json', 422, /not valid JSON/],
        [Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0xff, 0xfe, 0x0a]), '&format=csv', 415, /UTF-8/],
      ];
      const form = new FormData();
      form.append('file', new Blob([fixture('simple.csv')], { type: 'text/csv' }), 'simple.csv');
      cases.push([form, '', 415, /not as a form upload: curl --data-binary/]);
      for (const [body, qs, status, message] of cases) {
        const res = await upload(body, qs);
        expect(res.status, String(message)).toBe(status);
        const out = (await res.json()) as { error: string; errors: { param: string; message: string }[] };
        expect(out.error).toMatch(message);
        expect(out.errors).toEqual([{ param: 'file', message: out.error }]);
      }
      expect(await events()).toBe(before);
    });

    it('rejects the rows that hold a NUL or bytes that are not UTF-8, and stores the others', async () => {
      const before = await events();
      const res = await uploadChunks([
        Buffer.from(`${SIMPLE_HEADER}\n${simpleRow('u1', 'Fine talks')}\n${simpleRow('u2', 'Null\u0000talks')}\n`),
        Buffer.concat([
          Buffer.from(simpleRow('u3', 'Bad bytes ')),
          Buffer.from([0xc3, 0x28]),
          Buffer.from(`\n${simpleRow('u4', 'More fine talks')}\n`),
        ]),
      ]);
      expect(res.status).toBe(200);
      const report = (await ndjson(res)).at(-1)!.report!;
      expect(report.created).toBe(2);
      expect(report.rejected).toEqual([
        { line: 3, reason: expect.stringMatching(/NUL character/) },
        { line: 4, reason: expect.stringMatching(/not UTF-8/) },
      ]);
      expect(await events()).toBe(before + 2);
    });
  });
}
