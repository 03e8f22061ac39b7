// Hostile values at every field of a reconciliation batch and of a conflict's create/patch body:
// never a 500, a 4xx stores nothing, and every 200 from /api/reconcile is valid by the 0.2 schema.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATCH as patchConflict } from '@/app/api/conflicts/[slug]/route';
import { POST as postConflict } from '@/app/api/conflicts/route';
import { POST as reconcile } from '@/app/api/reconcile/route';
import { specErrors, specValidators } from '@/lib/reconcile/spec-schemas';
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';
import { RUNS, hostileValue, rowCounts, withHostile } from './hostile';

const BASE = 'http://127.0.0.1:3000';
/** The rows a write could change, conflicts (and their text) included. */
const state = async (db: Db) => ({
  ...(await rowCounts(db)),
  conflicts: await rows(
    db,
    sql`select slug, name, description, region, countries, span_start, span_end from conflicts`,
  ),
});
const BATCH = {
  q0: { query: 'Aliyev', type: 'actor', limit: 3, properties: [{ pid: 'date', v: '1995-05-01' }] },
};
const BATCH_PATHS: (string | number)[][] = [
  [],
  ['q0'],
  ['q0', 'query'],
  ['q0', 'type'],
  ['q0', 'limit'],
  ['q0', 'type_strict'],
  ['q0', 'properties'],
  ['q0', 'properties', 0],
  ['q0', 'properties', 0, 'pid'],
  ['q0', 'properties', 0, 'v'],
  ['__proto__'],
];
const CONFLICT = { slug: 'hostile', name: 'Hostile', countries: ['ARM'], spanStart: '2020' };
const CONFLICT_PATHS: (string | number)[][] = [
  [],
  ['slug'],
  ['name'],
  ['description'],
  ['region'],
  ['countries'],
  ['countries', 0],
  ['spanStart'],
  ['spanEnd'],
];

for (const engine of testEngines()) {
  describe(`hostile input to conflicts and the reconciliation service (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });
    afterAll(() => unserve());

    it('a reconciliation batch: a 400 or an answer valid by the specification', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...BATCH_PATHS), hostileValue, async (path, value) => {
          const queries = withHostile(BATCH, path, value);
          const res = await reconcile(
            new Request(`${BASE}/api/reconcile`, { method: 'POST', body: new URLSearchParams({ queries }) }),
          );
          const body = await res.json();
          expect([200, 400], queries.slice(0, 200)).toContain(res.status);
          if (res.status === 200) expect(specValidators.results(body), specErrors(specValidators.results)).toBe(true);
          else expect(body.error).toEqual(expect.any(String));
        }),
        RUNS,
      );
    });

    it('a conflict created or patched: never a 500, and nothing stored after a 4xx', async () => {
      const json = (method: string, path: string, body: string) =>
        new Request(`${BASE}${path}`, { method, headers: { 'content-type': 'application/json' }, body });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...CONFLICT_PATHS),
          hostileValue,
          fc.boolean(),
          async (path, value, create) => {
            const body = withHostile(create ? CONFLICT : { name: 'Renamed' }, path, value);
            const before = await state(ctx.database.db);
            const res = create
              ? await postConflict(json('POST', '/api/conflicts', body))
              : await patchConflict(json('PATCH', '/api/conflicts/no-such', body), {
                  params: Promise.resolve({ slug: 'no-such' }),
                });
            const text = await res.text();
            expect(res.status, text.slice(0, 300)).toBeLessThan(500);
            if (res.status >= 400) expect(await state(ctx.database.db)).toEqual(before);
          },
        ),
        RUNS,
      );
    });
  });
}
