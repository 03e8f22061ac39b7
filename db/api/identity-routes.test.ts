// The identity routes at their trust boundary: ids, bodies and queries a careless or hostile client
// sends get a 4xx naming the parameter and change nothing; the happy path answers what the OpenAPI
// document says (a merged-away record's address is a 308 to its survivor, an undo twice is a 409).
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getActor, PATCH as patchActor } from '@/app/api/actors/[id]/route';
import { POST as mergeActor } from '@/app/api/actors/[id]/merge/route';
import { GET as getPlace, PATCH as patchPlace } from '@/app/api/locations/[id]/route';
import { POST as mergePlace } from '@/app/api/locations/[id]/merge/route';
import { POST as undoRoute } from '@/app/api/merges/[id]/undo/route';
import { GET as queueRoute } from '@/app/api/reconciliation-queue/route';
import { POST as decideRoute } from '@/app/api/reconciliation-queue/[id]/route';
import { resolveSuggestionNames } from '../names';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';
import { RUNS, hostileString, hostileValue, toJson } from './hostile';

const BASE = 'http://localhost';
const send = (path: string, body: string, method = 'POST') =>
  new Request(`${BASE}${path}`, { method, headers: { 'content-type': 'application/json' }, body });
const idCtx = (id: string) => ({ params: Promise.resolve({ id }) });

for (const engine of testEngines()) {
  describe(`identity routes (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });
    afterAll(() => unserve());

    /** Everything the identity routes can change. */
    const registry = async () =>
      JSON.stringify(
        await rows(
          ctx.database.db,
          sql`select (select json_agg(a order by a.id) from actors a) as actors,
          (select json_agg(al order by al.id) from actor_aliases al) as aliases,
          (select json_agg(l order by l.id) from locations l) as locations,
          (select count(*) from identity_merges) as merges,
          (select json_agg(q order by q.id) from reconciliation_queue q) as queue,
          (select count(*) from event_revisions) as revisions`,
        ),
      );
    async function refused(res: Response | Promise<Response>, status: number, param?: string) {
      const r = await res;
      const body = (await r.json()) as { error: string; errors: { param: string }[] };
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(body.error).toEqual(expect.any(String));
      if (param) expect(body.errors.map((e) => e.param)).toContain(param);
    }

    it('refuses bad ids and bodies with the parameter named, storing nothing', async () => {
      const before = await registry();
      await refused(getActor(new Request(`${BASE}/api/actors/x`), idCtx('x')), 400, 'id');
      await refused(getActor(new Request(`${BASE}/api/actors/2147483648`), idCtx('2147483648')), 400, 'id');
      await refused(getPlace(new Request(`${BASE}/api/locations/99999`), idCtx('99999')), 404, 'id');
      await refused(patchActor(send('/api/actors/1', '{"name":"a\\u0000b"}', 'PATCH'), idCtx('1')), 400, 'name');
      await refused(patchActor(send('/api/actors/1', '{}', 'PATCH'), idCtx('1')), 400);
      await refused(patchActor(send('/api/actors/1', '{"name":"Azerbaijan"}', 'PATCH'), idCtx('1')), 409, 'name');
      await refused(
        patchActor(
          send('/api/actors/1', '{"addAlias":{"alias":"X","validFrom":"2020-01-01","validTo":"2019-01-01"}}', 'PATCH'),
          idCtx('1'),
        ),
        400,
        'addAlias.validTo',
      );
      await refused(
        patchActor(send('/api/actors/1', '{"addAlias":{"alias":"X","validFrom":"2021-02-30"}}', 'PATCH'), idCtx('1')),
        400,
        'addAlias.validFrom',
      );
      await refused(
        patchPlace(send('/api/locations/1', '{"coordinates":{"lat":91,"lon":0}}', 'PATCH'), idCtx('1')),
        400,
      );
      for (const [coordinates, param, range] of [
        ['{"lat":999,"lon":0}', 'coordinates.lat', 'Latitude is between -90 and 90'],
        ['{"lat":0,"lon":-181}', 'coordinates.lon', 'Longitude is between -180 and 180'],
        ['{"lat":"north","lon":0}', 'coordinates.lat', 'Latitude: a number from -90 to 90 is required'],
      ]) {
        const res = await patchPlace(send('/api/locations/2', `{"coordinates":${coordinates}}`, 'PATCH'), idCtx('2'));
        expect(res.status).toBe(400);
        expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ param, message: range }]);
      }
      await refused(patchPlace(send('/api/locations/1', '{"evil":1}', 'PATCH'), idCtx('1')), 400);
      await refused(mergeActor(send('/api/actors/1/merge', '{"into":1}'), idCtx('1')), 400, 'into');
      await refused(mergeActor(send('/api/actors/1/merge', '{"into":2147483648}'), idCtx('1')), 400, 'into');
      await refused(mergeActor(send('/api/actors/1/merge', '{"into":99999}'), idCtx('1')), 404, 'into');
      await refused(mergePlace(send('/api/locations/1/merge', '[]'), idCtx('1')), 400, 'body');
      await refused(undoRoute(send('/api/merges/5/undo', '{}'), idCtx('5')), 404);
      await refused(decideRoute(send('/api/reconciliation-queue/1', '{"decision":"maybe"}'), idCtx('1')), 400);
      await refused(queueRoute(new Request(`${BASE}/api/reconciliation-queue?kind=person`)), 400, 'kind');
      expect(await registry()).toBe(before);
    });

    it("refuses a name, alias or other name that is another record's, however spelt, naming that record", async () => {
      const before = await registry();
      const clash = async (res: Promise<Response>, param: string, existing: { id: number; name: string }) => {
        const r = await res;
        const body = (await r.json()) as { error: string; errors: { param: string }[]; existing: unknown };
        expect(r.status, JSON.stringify(body)).toBe(409);
        expect(body.errors.map((e) => e.param)).toEqual([param]);
        expect(body.error).toContain(`${existing.id}, ${existing.name}`);
        expect(body.existing).toEqual(existing);
      };
      const shusha = { id: 3, name: 'Shusha' };
      const stepanakert = { id: 2, name: 'Stepanakert' };
      const pashinyan = { id: 31, name: 'Nikol Pashinyan' };
      await clash(patchPlace(send('/api/locations/2', '{"addName":"Shusha"}', 'PATCH'), idCtx('2')), 'addName', shusha);
      await clash(patchPlace(send('/api/locations/2', '{"addName":"Şuşa"}', 'PATCH'), idCtx('2')), 'addName', shusha);
      await clash(
        patchPlace(send('/api/locations/1', '{"name":"Khankendi"}', 'PATCH'), idCtx('1')),
        'name',
        stepanakert,
      );
      await clash(
        patchPlace(send('/api/locations/1', '{"name":"xankendi"}', 'PATCH'), idCtx('1')),
        'name',
        stepanakert,
      );
      await clash(patchActor(send('/api/actors/1', '{"name":"Pashinian"}', 'PATCH'), idCtx('1')), 'name', pashinyan);
      await clash(
        patchActor(send('/api/actors/1', '{"kind":"state","addAlias":{"alias":"Pashinyan"}}', 'PATCH'), idCtx('1')),
        'addAlias.alias',
        pashinyan,
      );
      await clash(
        patchActor(send('/api/actors/31', '{"addAlias":{"alias":"Republic of Armenia"}}', 'PATCH'), idCtx('31')),
        'addAlias.alias',
        { id: 1, name: 'Armenia' },
      );
      expect(await registry()).toBe(before);
      // Names still mean what they meant.
      const [meant] = await resolveSuggestionNames({
        db: ctx.database.db,
        suggestions: [{ actors: ['Pashinyan', 'Pashinian'], location: 'Shusha', dateStart: '2023-01-01' }],
      });
      expect(meant).toEqual({ actorIds: [31, 31], locationId: 3 });
      // A record's own names are no clash: Stepanakert may be called by its other name, and back.
      for (const name of ['Khankendi', 'Stepanakert'])
        expect((await patchPlace(send('/api/locations/2', JSON.stringify({ name }), 'PATCH'), idCtx('2'))).status).toBe(
          200,
        );
    });

    it('answers hostile bodies below 500 and stores nothing on a 4xx', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('name', 'kind', 'country', 'addAlias', 'addName', 'coordinates', 'into', 'decision'),
          hostileValue,
          hostileString,
          async (key, value, id) => {
            const body = `{${JSON.stringify(key)}:${toJson(value)}}`;
            for (const run of [
              () => patchActor(send('/api/actors/x', body, 'PATCH'), idCtx(id)),
              () => patchPlace(send('/api/locations/x', body, 'PATCH'), idCtx('3')),
              () => mergeActor(send('/api/actors/x/merge', body), idCtx('4')),
              () => decideRoute(send('/api/reconciliation-queue/x', body), idCtx(id)),
            ]) {
              const before = await registry();
              const res = await run();
              expect(res.status, await res.clone().text()).toBeLessThan(500);
              if (res.status >= 400) expect(await registry()).toBe(before);
              else if (res.status === 200 && key === 'into') {
                const { mergeId } = (await res.json()) as { mergeId: number };
                await undoRoute(send(`/api/merges/${mergeId}/undo`, '{}'), idCtx(String(mergeId)));
              }
            }
          },
        ),
        { ...RUNS, numRuns: Math.min(RUNS.numRuns, 30) },
      );
    });

    it('merges through the API, redirects the old address, and undoes once', async () => {
      const res = await mergeActor(send('/api/actors/33/merge', '{"into":34}'), idCtx('33'));
      expect(res.status).toBe(200);
      const merge = (await res.json()) as { mergeId: number; intoId: number };
      expect(merge.intoId).toBe(34);
      const moved = await getActor(new Request(`${BASE}/api/actors/33`), idCtx('33'));
      expect(moved.status).toBe(308);
      expect(moved.headers.get('location')).toBe(`${BASE}/api/actors/34`);
      const undo = () => undoRoute(send(`/api/merges/${merge.mergeId}/undo`, '{}'), idCtx(String(merge.mergeId)));
      expect((await undo()).status).toBe(200);
      await refused(undo(), 409);
      expect((await getActor(new Request(`${BASE}/api/actors/33`), idCtx('33'))).status).toBe(200);
    });
  });
}
