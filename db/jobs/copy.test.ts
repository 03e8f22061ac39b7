import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../types';
import { copyLine } from './copy';
import { rows } from '../rows';
import { testEngines } from '../testing';

// Text an analyst can type or an ACLED note can hold: every character COPY treats specially.
const texts = [
  'plain',
  '',
  'tab\there',
  'two\nlines',
  'windows\r\nline',
  'back\\slash',
  '\\N',
  '\\.',
  'a "quoted", comma',
  '{"title":{"from":null,"to":"Shelling \\"near\\" Jermuk"}}',
  'Ağdam — Şuşa, «Shusha»',
];

for (const { name, open } of testEngines()) {
  describe(`COPY writes exactly what it is given (${name})`, () => {
    let database: Database;
    beforeAll(async () => (database = await open()));
    afterAll(async () => database.close());

    it('keeps every character, tells NULL from the empty string, and keeps numbers and booleans', async () => {
      const back = await database.copyTransaction(async (tx, copy) => {
        await tx.execute(sql`create temp table copied (n int, t text, b boolean, d date) on commit drop`);
        await copy(
          'copied',
          ['n', 't', 'b', 'd'],
          [
            ...texts.map((t, i) => copyLine([i, t, i % 2 === 0, '2020-11-10'])),
            copyLine([texts.length, null, null, null]),
          ],
        );
        return rows<{ n: number; t: string | null; b: boolean | null; d: string | null }>(
          tx,
          sql`select n, t, b, d::text as d from copied order by n`,
        );
      });
      expect(back).toEqual([
        ...texts.map((t, i) => ({ n: i, t, b: i % 2 === 0, d: '2020-11-10' })),
        { n: texts.length, t: null, b: null, d: null },
      ]);
    });
  });
}
