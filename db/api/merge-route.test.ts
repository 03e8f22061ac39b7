// Merge and split through the route handlers: a merged event's address answers 308 to its
// survivor, a change to it 409 naming the survivor, and hostile bodies 4xx with nothing stored.
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as postEvent } from '@/app/api/events/route';
import { DELETE as deleteRoute, GET as getRoute, PUT as putRoute } from '@/app/api/events/[id]/route';
import { POST as mergeRoute } from '@/app/api/events/[id]/merge/route';
import { POST as splitRoute } from '@/app/api/events/[id]/split/route';
import { GET as sourcesRoute } from '@/app/api/events/[id]/sources/route';
import { GET as revisionsRoute } from '@/app/api/events/[id]/revisions/route';
import { GET as pairsRoute } from '@/app/api/events/duplicates/route';
import { POST as distinctRoute } from '@/app/api/events/duplicates/distinct/route';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

const BASE = 'http://localhost';
const send = (path: string, body: unknown, method = 'POST') =>
  new Request(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const idCtx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const event = (title: string, sources: unknown[]) => ({
  title,
  subType: 'armed-clash',
  dateStart: '2023-02-03',
  precision: 'day',
  sources,
});

for (const engine of testEngines()) {
  describe(`merge and split routes (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    afterAll(() => unserve());
    const create = async (title: string, sources: unknown[] = [{ publisher: 'Wire', quote: title }]) => {
      unserve = serveDatabase(ctx.database);
      const res = await postEvent(send('/api/events', event(title, sources)));
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: number }).id;
    };
    const stored = async () =>
      (
        await rows<{ n: string }>(
          ctx.database.db,
          sql`select concat_ws(' ', (select count(*) from events), (select count(*) from event_revisions),
          (select count(*) from event_sources), (select count(*) from event_distinct_pairs),
          (select count(*) from events where merged_into_id is not null), (select sum(version) from events)) as n`,
        )
      )[0]!.n;

    it('merges, then answers the merged id with 308 on GET and 409 naming the survivor on PUT and DELETE', async () => {
      const a = await create('Shelling of Tegh');
      const b = await create('Tegh shelled', [
        { publisher: 'Radio', url: 'https://example.org/tegh', quote: 'At night.' },
      ]);
      const res = await mergeRoute(
        send(`/api/events/${b}/merge`, { other: a, survivor: a, fields: { title: b }, reason: 'Same night' }),
        idCtx(b),
      );
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id: a, merged: b, version: 2 });

      const moved = await getRoute(new Request(`${BASE}/api/events/${b}`), idCtx(b));
      expect(moved.status).toBe(308);
      expect(moved.headers.get('location')).toBe(`/api/events/${a}`);
      expect(await moved.json()).toMatchObject({ mergedInto: a });
      const survivor = (await (await getRoute(new Request(`${BASE}/api/events/${a}`), idCtx(a))).json()) as {
        title: string;
        sources: { publisher: string }[];
      };
      expect(survivor.title).toBe('Tegh shelled');
      expect(survivor.sources.map((s) => s.publisher)).toEqual(['Wire', 'Radio']);

      const put = await putRoute(
        send(`/api/events/${b}`, { ...event('x', [{ publisher: 'P' }]), version: 2 }, 'PUT'),
        idCtx(b),
      );
      expect(put.status).toBe(409);
      expect(await put.json()).toMatchObject({ mergedInto: a, error: expect.stringContaining(`#${a}`) });
      const del = await deleteRoute(send(`/api/events/${b}`, { reason: 'gone' }, 'DELETE'), idCtx(b));
      expect(del.status).toBe(409);
      expect(await del.json()).toMatchObject({ mergedInto: a });

      const history = (await (
        await revisionsRoute(new Request(`${BASE}/api/events/${a}/revisions`), idCtx(a))
      ).json()) as {
        revisions: { action: string }[];
        merged: { id: number; revisions: { action: string }[] }[];
      };
      expect(history.revisions[0]!.action).toBe('merge');
      expect(history.merged.map((m) => [m.id, m.revisions.map((r) => r.action)])).toEqual([[b, ['merge', 'create']]]);
    });

    it('refuses hostile merge bodies and ids with a 4xx, storing nothing', async () => {
      const a = await create('Drone strike near Jermuk');
      const b = await create('Jermuk drone strike');
      const gone = await create('Deleted report');
      await deleteRoute(send(`/api/events/${gone}`, { reason: 'wrong' }, 'DELETE'), idCtx(gone));
      const away = await create('Merged away');
      await mergeRoute(send(`/api/events/${away}/merge`, { other: b, survivor: b }), idCtx(away));
      const before = await stored();
      const cases: [string | number, unknown, number, string][] = [
        [a, { other: a, survivor: a }, 400, 'other'],
        [a, { other: b, survivor: 2 ** 31 }, 400, 'survivor'],
        [a, { other: 2 ** 31, survivor: a }, 400, 'other'],
        [String(2 ** 31), { other: a, survivor: a }, 400, 'id'],
        [a, { other: 2_000_000_000, survivor: a }, 404, 'other'],
        [2_000_000_000, { other: a, survivor: a }, 404, 'id'],
        [a, { other: gone, survivor: a }, 409, 'other'],
        [a, { other: away, survivor: away }, 409, 'id'],
        [a, { other: b, survivor: a, fields: { title: gone } }, 400, 'fields.title'],
        [a, { other: b, survivor: a, fields: { actors: 'all' } }, 400, 'fields.actors'],
        [a, { other: b, survivor: a, fields: { colour: a } }, 400, 'fields'],
        [a, { other: b, survivor: a, reason: 'x\u0000' }, 400, 'reason'],
        [a, '[1]', 400, 'body'],
      ];
      for (const [id, body, status, param] of cases) {
        const res = await mergeRoute(send(`/api/events/${id}/merge`, body), idCtx(id));
        expect(res.status, JSON.stringify(body)).toBe(status);
        const out = (await res.json()) as { error: string; errors: { param: string }[] };
        expect(out.error).toEqual(expect.any(String));
        if (status !== 409) expect(out.errors.map((e) => e.param)).toContain(param);
      }
      expect(await stored()).toBe(before);
    });

    it('splits the chosen sources off, 201, and refuses sources that are not the event’s', async () => {
      const id = await create('Two clashes in one report', [
        { publisher: 'Wire', quote: 'Morning.' },
        { publisher: 'Radio', url: 'https://example.org/evening', quote: 'Evening.' },
      ]);
      const { sources } = (await (
        await sourcesRoute(new Request(`${BASE}/api/events/${id}/sources`), idCtx(id))
      ).json()) as {
        sources: { id: number; publisher: string }[];
      };
      expect(sources.map((s) => s.publisher)).toEqual(['Wire', 'Radio']);
      const before = await stored();
      for (const body of [{ sources: [] }, { sources: [2 ** 31] }, { sources: [sources[1]!.id, sources[1]!.id] }]) {
        expect((await splitRoute(send(`/api/events/${id}/split`, body), idCtx(id))).status).toBe(400);
      }
      expect((await splitRoute(send(`/api/events/${id}/split`, { sources: [1_999_999_999] }), idCtx(id))).status).toBe(
        400,
      );
      expect(await stored()).toBe(before);
      const res = await splitRoute(
        send(`/api/events/${id}/split`, { sources: [sources[1]!.id], title: 'Evening clash' }),
        idCtx(id),
      );
      expect(res.status).toBe(201);
      const { newId } = (await res.json()) as { newId: number };
      const created = (await (await getRoute(new Request(`${BASE}/api/events/${newId}`), idCtx(newId))).json()) as {
        title: string;
        sources: { publisher: string }[];
      };
      expect(created).toMatchObject({ title: 'Evening clash', sources: [{ publisher: 'Radio' }] });
    });

    it('pages the duplicates list and remembers "not the same"', async () => {
      const a = await create('Clash at Nerkin Hand village');
      const b = await create('Nerkin Hand village clash');
      const pairs = async () => {
        const res = await pairsRoute(new Request(`${BASE}/api/events/duplicates?limit=100`));
        expect(res.status).toBe(200);
        return ((await res.json()) as { pairs: { a: { id: number }; b: { id: number }; reasons: string[] }[] }).pairs;
      };
      expect((await pairs()).find((p) => p.a.id === b && p.b.id === a)?.reasons).toContain('similar title');
      const res = await distinctRoute(send('/api/events/duplicates/distinct', { events: [b, a] }));
      expect(await res.json()).toEqual({ events: [a, b], remembered: true });
      expect((await pairs()).some((p) => [p.a.id, p.b.id].includes(a))).toBe(false);
      for (const q of ['limit=0', 'limit=1000', 'cursor=xyz', 'conflict=NOPE']) {
        expect((await pairsRoute(new Request(`${BASE}/api/events/duplicates?${q}`))).status, q).toBe(400);
      }
      for (const body of [{ events: [a, a] }, { events: [a] }, { events: [a, 2 ** 31] }]) {
        expect((await distinctRoute(send('/api/events/duplicates/distinct', body))).status).toBe(400);
      }
    });
  });
}
