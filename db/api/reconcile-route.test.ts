// /api/reconcile: the W3C Reconciliation API 0.2 for actors and places, answered by the resolver
// imports use. Every answer is checked against the specification's published JSON schemas.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as conflictsRoute } from '@/app/api/conflicts/route';
import { GET as preview } from '@/app/api/reconcile/preview/route';
import { GET as reconcileGet, OPTIONS as reconcileOptions, POST as reconcilePost } from '@/app/api/reconcile/route';
import { GET as suggest } from '@/app/api/reconcile/suggest/entity/route';
import { GET as view } from '@/app/api/reconcile/view/route';
import { specErrors, specValidators } from '@/lib/reconcile/spec-schemas';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

const BASE = 'http://127.0.0.1:3000';
type Candidate = { id: string; name: string; score: number; match: boolean; type: { id: string }[] };
type Results = Record<string, { result: Candidate[] }>;

const form = (queries: unknown) =>
  reconcilePost(
    new Request(`${BASE}/api/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ queries: typeof queries === 'string' ? queries : JSON.stringify(queries) }),
    }),
  );

async function results(queries: unknown): Promise<Results> {
  const res = await form(queries);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  expect(specValidators.results(body), specErrors(specValidators.results)).toBe(true);
  return body as Results;
}

const names = (r: { result: Candidate[] }) => r.result.map((c) => c.name);

for (const engine of testEngines()) {
  describe(`the reconciliation service (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });
    afterAll(() => unserve());

    it('answers GET without parameters with a valid 0.2 manifest, readable from any site', async () => {
      const res = await reconcileGet(new Request(`${BASE}/api/reconcile`));
      const manifest = await res.json();
      expect(specValidators.manifest(manifest), specErrors(specValidators.manifest)).toBe(true);
      expect(manifest).toMatchObject({
        versions: ['0.2'],
        defaultTypes: [
          { id: 'actor', name: 'Actor' },
          { id: 'place', name: 'Place' },
        ],
        preview: { url: `${BASE}/api/reconcile/preview?id={{id}}` },
        suggest: { entity: { service_url: BASE, service_path: '/api/reconcile/suggest/entity' } },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const pre = reconcileOptions();
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
      // The rest of the API stays same-origin.
      expect((await conflictsRoute()).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('matches a name, an alias on its day, an other name and ACLED’s name, as imports do', async () => {
      const queries = {
        name: { query: 'Ilham Aliyev', type: 'actor' },
        in1995: { query: 'President of Azerbaijan', properties: [{ pid: 'date', v: '1995-05-01' }] },
        in2021: { query: 'President of Azerbaijan', type: ['actor'], properties: [{ pid: 'date', v: '2021-11-26' }] },
        instant: { query: 'President of Azerbaijan', properties: [{ pid: 'date', v: '2021-11-26T00:00:00Z' }] },
        otherName: { query: 'Khankendi', type: 'place' },
        acled: { query: 'Military Forces of Azerbaijan (2003-)', type: 'actor' },
      };
      expect(specValidators.queries(queries), specErrors(specValidators.queries)).toBe(true);
      const r = await results(queries);
      expect(r.name!.result[0]).toMatchObject({
        name: 'Ilham Aliyev',
        score: 100,
        match: true,
        type: [{ id: 'actor' }],
      });
      expect(r.in1995!.result[0]).toMatchObject({ name: 'Heydar Aliyev', score: 100, match: true });
      expect(r.in2021!.result[0]).toMatchObject({ name: 'Ilham Aliyev', score: 100, match: true });
      expect(r.instant!.result[0]).toMatchObject({ name: 'Ilham Aliyev', match: true });
      expect(r.otherName!.result[0]).toMatchObject({ name: 'Stepanakert', match: true, type: [{ id: 'place' }] });
      expect(r.acled!.result[0]).toMatchObject({ name: 'Azerbaijani Armed Forces', score: 100, match: true });
      for (const q of Object.values(r)) expect(q.result.filter((c) => c.match)).toHaveLength(1);
    });

    it('scores what is only close below 100, never as a match', async () => {
      const r = await results({
        noDay: { query: 'President of Azerbaijan', type: 'actor' },
        slip: { query: 'Ilham Aliyef', type: 'actor' },
        word: { query: 'Aliyev', type: 'actor' },
        wrongDay: { query: 'President of Azerbaijan', type: 'actor', properties: [{ pid: 'date', v: '1990-01-01' }] },
      });
      for (const [key, q] of Object.entries(r)) {
        expect(
          q.result.some((c) => c.match),
          key,
        ).toBe(false);
        for (const c of q.result) expect(c.score, `${key} ${c.name}`).toBeLessThan(100);
      }
      expect(names(r.noDay!).slice(0, 2).sort()).toEqual(['Heydar Aliyev', 'Ilham Aliyev']);
      expect(names(r.slip!)[0]).toBe('Ilham Aliyev');
      expect(names(r.word!)).toEqual(expect.arrayContaining(['Heydar Aliyev', 'Ilham Aliyev']));
      expect(names(r.wrongDay!)).toEqual(expect.arrayContaining(['Heydar Aliyev', 'Ilham Aliyev']));
    });

    it('narrows by type, country and kind, and keeps to the limit', async () => {
      const r = await results({
        armenian: { query: 'Aliyev', properties: [{ pid: 'country', v: 'ARM' }] },
        azerbaijani: { query: 'Aliyev', properties: [{ pid: 'country', v: 'Azerbaijan' }] },
        states: { query: 'Armenia', properties: [{ pid: 'kind', v: 'state' }] },
        places: { query: 'Stepanakert', type: 'actor' },
        one: { query: 'Aliyev', limit: 1 },
        many: { query: 'forces', limit: 1e9 },
      });
      expect(names(r.armenian!)).not.toContain('Ilham Aliyev');
      expect(names(r.azerbaijani!)).toEqual(expect.arrayContaining(['Heydar Aliyev', 'Ilham Aliyev']));
      expect(r.states!.result.length).toBeGreaterThan(0);
      for (const c of r.states!.result) expect(c.type).toEqual([{ id: 'actor', name: 'Actor' }]);
      expect(r.places!.result.some((c) => c.name === 'Stepanakert')).toBe(false);
      expect(r.one!.result).toHaveLength(1);
      expect(r.many!.result.length).toBeLessThanOrEqual(25);
    });

    it('finds a name added since the last request (the index is rebuilt when the registry changes)', async () => {
      const before = await results({ q: { query: 'Ilham Heydar oglu Aliyev', type: 'actor' } });
      expect(before.q!.result.some((c) => c.match)).toBe(false);
      await ctx.database.db.execute(sql`insert into actor_aliases (actor_id, alias)
        select id, 'Ilham Heydar oglu Aliyev' from actors where name = 'Ilham Aliyev'`);
      const after = await results({ q: { query: 'Ilham Heydar oglu Aliyev', type: 'actor' } });
      expect(after.q!.result[0]).toMatchObject({ name: 'Ilham Aliyev', score: 100, match: true });
    });

    it('answers the same batch as a GET parameter', async () => {
      const q = encodeURIComponent(JSON.stringify({ q0: { query: 'Stepanakert' } }));
      const res = await reconcileGet(new Request(`${BASE}/api/reconcile?queries=${q}`));
      const body = (await res.json()) as Results;
      expect(specValidators.results(body)).toBe(true);
      expect(body.q0!.result[0]).toMatchObject({ name: 'Stepanakert', match: true });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('suggests actors and places by the start of a name or alias', async () => {
      const get = async (qs: string) => {
        const res = await suggest(new Request(`${BASE}/api/reconcile/suggest/entity?${qs}`));
        const body = await res.json();
        expect(specValidators.suggest(body), specErrors(specValidators.suggest)).toBe(true);
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
        return body as { result: { id: string; name: string; notable: { id: string }[] }[] };
      };
      const aliyev = await get('prefix=Aliy');
      expect(aliyev.result.map((s) => s.name)).toEqual(expect.arrayContaining(['Heydar Aliyev', 'Ilham Aliyev']));
      const places = await get('prefix=Step&type=place');
      expect(places.result[0]).toMatchObject({ name: 'Stepanakert', notable: [{ id: 'place' }] });
      expect((await get('prefix=Step&type=actor')).result.map((s) => s.name)).not.toContain('Stepanakert');
      expect((await suggest(new Request(`${BASE}/api/reconcile/suggest/entity?prefix=`))).status).toBe(400);
    });

    it('previews a record as escaped HTML, and views it as the filtered timeline', async () => {
      const r = await results({ q: { query: 'Heydar Aliyev', type: 'actor' } });
      const id = r.q!.result[0]!.id;
      const res = await preview(new Request(`${BASE}/api/reconcile/preview?id=${id}`));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('Heydar Aliyev');
      expect(html).toMatch(/President of Azerbaijan \(1993-10-10 to 2003-10-30\)/);
      expect((await preview(new Request(`${BASE}/api/reconcile/preview?id=actor-999999`))).status).toBe(404);
      expect((await preview(new Request(`${BASE}/api/reconcile/preview?id=<script>`))).status).toBe(400);
      const seen = await view(new Request(`${BASE}/api/reconcile/view?id=${id}`));
      expect(seen.status).toBe(303);
      expect(seen.headers.get('location')).toBe(`${BASE}/?actor=${id.split('-')[1]}`);
    });

    it('refuses hostile or malformed batches with a 400 in the usual shape, and never a 500', async () => {
      const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, { query: 'Aliyev' }]));
      const cases: [unknown, RegExp][] = [
        ['{"q0": ', /Is not JSON/],
        ['[1, 2]', /JSON object of queries/],
        ['null', /JSON object of queries/],
        [{}, /at least one query/],
        [tooMany, /At most 50 queries/],
        [{ q0: { query: 'Aliyev\u0000' } }, /NUL/],
        [{ q0: { query: 'x'.repeat(501) } }, /At most 500/],
        [{ q0: { query: 'Aliyev', type: 'weapon' } }, /type is actor or place/],
        [{ q0: { query: 'Aliyev', properties: [{ pid: 'password', v: 'x' }] } }, /property is one of/],
        [{ q0: { query: 'Aliyev', properties: [{ pid: 'date', v: '1995' }] } }, /not a day/],
        [{ q0: { query: 'Aliyev', properties: [{ pid: 'country', v: 'Atlantis' }] } }, /not a country/],
        [{ q0: { query: 'Aliyev', limit: 'all' } }, /limit is a number/],
        [{ q0: { query: 'Aliyev', evil: true } }, /evil|Unrecognized/],
        [{ q0: 'Aliyev' }, /object/],
        [{ '<script>': { query: 'Aliyev' } }, /query key/],
      ];
      for (const [queries, message] of cases) {
        const res = await form(queries);
        const body = await res.json();
        expect(res.status, JSON.stringify(queries).slice(0, 80)).toBe(400);
        expect(body.error, JSON.stringify(queries).slice(0, 80)).toMatch(message);
        expect(body.errors[0].param).toMatch(/^queries/);
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
      }
      const huge = await form({ q0: { query: 'a'.repeat(1_100_000) } });
      expect(huge.status).toBe(413);
      const none = await reconcilePost(new Request(`${BASE}/api/reconcile`, { method: 'POST', body: 'x=1' }));
      expect(none.status).toBe(400);
    });
  });
}
