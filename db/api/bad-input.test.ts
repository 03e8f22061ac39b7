// Hostile input at the route handlers: every mistake is a 4xx with a message naming what is wrong,
// and nothing is stored after one (issue 13 §5).
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as postEvent, GET as listEventsRoute } from '@/app/api/events/route';
import { GET as getEventRoute, DELETE as deleteEventRoute } from '@/app/api/events/[id]/route';
import { POST as checkDuplicates } from '@/app/api/events/duplicates/route';
import { GET as aroundRoute } from '@/app/api/stats/around/route';
import { GET as exportRoute } from '@/app/api/export/route';
import { POST as postArticle } from '@/app/api/articles/route';
import { POST as extractRoute } from '@/app/api/extract/route';
import { GET as actorsRoute } from '@/app/api/actors/route';
import { GET as locationsRoute } from '@/app/api/locations/route';
import { POST as decideReview } from '@/app/api/review/[kind]/[id]/route';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

const BASE = 'http://localhost';
const json = (path: string, body: string, method = 'POST') =>
  new Request(`${BASE}${path}`, { method, headers: { 'content-type': 'application/json' }, body });
const get = (path: string) => new Request(`${BASE}${path}`);
const idCtx = (id: string) => ({ params: Promise.resolve({ id }) });

export const validEvent = {
  title: 'A test clash',
  subType: 'armed-clash',
  dateStart: '2021-05-12',
  precision: 'day',
  sources: [{ publisher: 'Test Wire', quote: 'Shots were fired.' }],
};

async function expectBadRequest(res: Response, param?: string, message?: RegExp) {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  const body = (await res.json()) as { error: string; errors: { param: string; message: string }[] };
  expect(body.error).toEqual(expect.any(String));
  if (param) expect(body.errors.map((e) => e.param)).toContain(param);
  if (message) expect(body.error).toMatch(message);
  return body;
}

for (const engine of testEngines()) {
  describe(`bad input gets a 4xx (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    afterAll(() => unserve());
    const counts = async () => {
      unserve = serveDatabase(ctx.database);
      const [r] = await rows<{ events: number; articles: number; revisions: number }>(
        ctx.database.db,
        sql`select (select count(*)::int from events) as events, (select count(*)::int from articles) as articles,
          (select count(*)::int from event_revisions) as revisions`,
      );
      return r;
    };

    it('refuses a body that is not a JSON object', async () => {
      const before = await counts();
      for (const body of ['null', '[]', '"x"', '1', 'true', 'not json', '{"title":']) {
        await expectBadRequest(await postEvent(json('/api/events', body)), 'body');
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses a NUL character in any text field, naming the field', async () => {
      const before = await counts();
      const cases: [unknown, string][] = [
        [{ ...validEvent, title: 'a\u0000b' }, 'title'],
        [{ ...validEvent, summary: 'x\u0000' }, 'summary'],
        [{ ...validEvent, sources: [{ publisher: 'P\u0000', quote: 'q' }] }, 'sources.0.publisher'],
        [{ ...validEvent, sources: [{ publisher: 'P', quote: 'q\u0000' }] }, 'sources.0.quote'],
        [{ ...validEvent, sources: [{ publisher: 'P', title: 't\u0000' }] }, 'sources.0.title'],
        [{ ...validEvent, sources: [{ publisher: 'P', url: 'https://example.org/a\u0000' }] }, 'sources.0.url'],
        [{ ...validEvent, reason: 'r\u0000' }, 'reason'],
      ];
      for (const [body, param] of cases) {
        const res = await postEvent(json('/api/events', JSON.stringify(body)));
        const out = await expectBadRequest(res, param);
        expect(out.errors.find((e) => e.param === param)?.message).toMatch(/NUL character/);
      }
      const article = { text: 'An article of some length.', publisher: 'W\u0000' };
      await expectBadRequest(await postArticle(json('/api/articles', JSON.stringify(article))), 'publisher');
      expect(await counts()).toEqual(before);
    });

    it('refuses a title that is invisible, on two lines or turned around, and stores nothing', async () => {
      const before = await counts();
      const cases: [string, RegExp][] = [
        ['\u200b\u200b', /no visible character/],
        ['Clash\r\nat the border', /line break/],
        ['Clash at \u202eredrob', /bidirectional override/],
      ];
      for (const [title, message] of cases) {
        const out = await expectBadRequest(
          await postEvent(json('/api/events', JSON.stringify({ ...validEvent, title }))),
        );
        expect(out.errors, JSON.stringify(title)).toContainEqual({
          param: 'title',
          message: expect.stringMatching(message),
        });
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses a NUL character in the q, actor and location params', async () => {
      await counts();
      for (const qs of ['q=a%00b', 'actor=x%00', 'location=%00']) {
        await expectBadRequest(await listEventsRoute(get(`/api/events?${qs}`)), qs.split('=')[0], /NUL/);
      }
      await expectBadRequest(await actorsRoute(get('/api/actors?q=%00')), 'q');
      await expectBadRequest(await locationsRoute(get('/api/locations?q=%00')), 'q');
    });

    it('refuses lone surrogates and invalid UTF-8 instead of storing U+FFFD', async () => {
      const before = await counts();
      const surrogate = JSON.stringify({ ...validEvent, title: 'x' }).replace('"x"', '"x\\ud800"');
      await expectBadRequest(await postEvent(json('/api/events', surrogate)), 'title', /surrogate/);
      const bytes = Buffer.concat([
        Buffer.from(JSON.stringify({ ...validEvent, title: 'x' }).split('"x"')[0] + '"x'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"' + JSON.stringify({ ...validEvent, title: 'x' }).split('"x"')[1]),
      ]);
      const res = await postEvent(
        new Request(`${BASE}/api/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: bytes,
        }),
      );
      await expectBadRequest(res, 'body', /UTF-8/);
      await expectBadRequest(await listEventsRoute(get('/api/events?q=%ff')), 'q', /UTF-8/);
      // Next rebuilds the query string from URLSearchParams before the handler: %ff arrives as U+FFFD.
      for (const qs of ['q=%EF%BF%BD', 'actor=%ff', 'actor=%EF%BF%BD', 'location=x%EF%BF%BD', 'type=%ff'])
        await expectBadRequest(await listEventsRoute(get(`/api/events?${qs}`)), qs.split('=')[0], /UTF-8/);
      await expectBadRequest(await actorsRoute(get('/api/actors?q=%EF%BF%BD')), 'q', /UTF-8/);
      await expectBadRequest(await exportRoute(get('/api/export?format=json&q=%EF%BF%BD')), 'q', /UTF-8/);
      const latin1 = Buffer.from(`Caf\xe9 talks were held on Monday. ${'The talks went on. '.repeat(10)}`, 'latin1');
      const plain = { method: 'POST', headers: { 'content-type': 'text/plain' }, body: latin1 };
      await expectBadRequest(await extractRoute(new Request(`${BASE}/api/extract`, plain)), 'body', /UTF-8/);
      expect(await counts()).toEqual(before);
    });

    it('says what is wrong in its own words, never a validation library’s', async () => {
      const said = async (res: Response) => ((await expectBadRequest(res)) as { error: string }).error;
      expect(await said(await actorsRoute(get('/api/actors?limit=-1')))).toBe('limit: limit is at least 1');
      expect(await said(await locationsRoute(get('/api/locations?limit=1.5')))).toBe('limit: limit is a whole number');
      const slug = await said(await postEvent(json('/api/events', JSON.stringify({ ...validEvent, conflict: 'A B' }))));
      expect(slug).toMatch(/^conflict: A slug is lower-case letters/);
      const noBody = new Request(`${BASE}/api/events/1`, { method: 'DELETE' });
      expect(await said(await deleteEventRoute(noBody, idCtx('1')))).toBe('reason: Required');
    });

    it('refuses year 0 as a bound and a publication date given twice, each with what is wrong', async () => {
      // A month of year 0 failed every date-filtered view with a 500.
      for (const qs of ['to=0000-05', 'from=0000', 'from=0000-05-01'])
        await expectBadRequest(await listEventsRoute(get(`/api/events?${qs}`)), qs.split('=')[0], /no year 0/);
      const plain = { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Talks were held.' };
      const twice = new Request(`${BASE}/api/extract?published=2021-01-01&published=2022-01-01`, plain);
      await expectBadRequest(await extractRoute(twice), 'published', /given 2 times.*give it once/);
      const both = new Request(`${BASE}/api/extract?published=2021-01-01&publishedAt=2022-01-01`, plain);
      await expectBadRequest(await extractRoute(both), 'published', /published .* and publishedAt .*: give one/);
    });

    it('reads an HTML page sent to /api/extract as its article, as the page and the command do', async () => {
      const html =
        '<html><head><title>Clashes</title></head><body><nav>Home | World</nav><article><h1>Clashes on the border' +
        '</h1><p>On <i>13 September</i> 2022, Azerbaijani forces shelled the town of Jermuk, the Armenian ' +
        'Defence Ministry said.</p></article></body></html>';
      const res = await extractRoute(
        new Request(`${BASE}/api/extract`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: html, publishedAt: '2022-09-14' }),
        }),
      );
      const events = (await res.json()) as { title: string; dateStart: string | null; quote: string }[];
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(`${e.title} ${e.quote}`).not.toMatch(/[<>]/);
      expect(events.map((e) => e.dateStart)).toContain('2022-09-13');
    });

    it('refuses ids beyond PostgreSQL integers in bodies, paths and queries', async () => {
      const before = await counts();
      const big = 2 ** 31;
      const bodies: [unknown, string][] = [
        [{ ...validEvent, actors: [{ id: big, role: 'participant' }] }, 'actors.0'],
        [{ ...validEvent, location: { id: big } }, 'location'],
        [{ ...validEvent, version: big }, 'version'],
      ];
      for (const [body, param] of bodies) {
        const out = await expectBadRequest(await postEvent(json('/api/events', JSON.stringify(body))));
        expect(out.errors.some((e) => e.param.startsWith(param))).toBe(true);
      }
      const dup = { event: validEvent, excludeId: big };
      await expectBadRequest(await checkDuplicates(json('/api/events/duplicates', JSON.stringify(dup))), 'excludeId');
      for (const id of ['99999999999', String(big), '2147483647']) {
        const res = await getEventRoute(get(`/api/events/${id}`), idCtx(id));
        expect([400, 404]).toContain(res.status);
      }
      const del = await deleteEventRoute(
        json('/api/events/2147483648', '{"reason":"x"}', 'DELETE'),
        idCtx(String(big)),
      );
      expect([400, 404]).toContain(del.status);
      await expectBadRequest(await aroundRoute(get(`/api/stats/around?event=${big}`)), 'event');
      await expectBadRequest(await listEventsRoute(get(`/api/events?actor=${big}`)), 'actor');
      await expectBadRequest(await listEventsRoute(get(`/api/events?location=${big}`)), 'location');
      expect(await counts()).toEqual(before);
    });

    it('refuses a filter given twice with different values, once, instead of taking the last', async () => {
      const body = await expectBadRequest(
        await aroundRoute(get('/api/stats/around?event=1&from=2020&from=2021')),
        'from',
        /given 2 times .*give it once/,
      );
      expect(body.errors).toHaveLength(1);
      await expectBadRequest(await listEventsRoute(get('/api/events?sort=asc&sort=desc')), 'sort', /given 2 times/);
    });

    it('names a parameter in every error, also when the item asked for does not exist', async () => {
      const res = await getEventRoute(get('/api/events/999999'), idCtx('999999'));
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: string; errors: { param: string; message: string }[] };
      expect(body.errors).toEqual([{ param: 'id', message: body.error }]);
    });

    it('names what a malformed review id should have been the id of, in English', async () => {
      const cases: [string, string][] = [
        ['event', 'Not the id of an event'],
        ['edit', 'Not the id of an edit proposal'],
        ['batch', 'Not the id of an import batch'],
      ];
      for (const [kind, message] of cases) {
        const res = await decideReview(json(`/api/review/${kind}/x`, '{"action":"approve"}'), {
          params: Promise.resolve({ kind, id: 'x' }),
        });
        expect((await expectBadRequest(res, 'id')).errors).toEqual([{ param: 'id', message }]);
      }
    });

    it('refuses forged cursors and a cursor made for the other sort order', async () => {
      await counts();
      const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      for (const cursor of [
        forge(['2021-02-30', 1]),
        forge(['2021-02-01', 2 ** 31]),
        forge(['2021-02-01']),
        forge([1, 'x']),
        forge({ d: '2021-01-01' }),
        forge(null),
        '!!!not-base64',
        forge(['0000-01-01', 1, 'asc']),
      ]) {
        await expectBadRequest(await listEventsRoute(get(`/api/events?cursor=${cursor}`)), 'cursor');
      }
      const first = (await (await listEventsRoute(get('/api/events?sort=asc&limit=2'))).json()) as {
        nextCursor: string;
      };
      const next = await listEventsRoute(get(`/api/events?sort=asc&limit=2&cursor=${first.nextCursor}`));
      expect(next.status).toBe(200);
      await expectBadRequest(
        await listEventsRoute(get(`/api/events?sort=desc&limit=2&cursor=${first.nextCursor}`)),
        'cursor',
        /another sort order/,
      );
      // A cursor from before cursors carried their sort still reads.
      const old = await listEventsRoute(get(`/api/events?limit=2&cursor=${forge(['2020-01-01', 1])}`));
      expect(old.status).toBe(200);
    });

    it('answers a bad export filter with a 400 before streaming', async () => {
      await counts();
      await expectBadRequest(await exportRoute(get('/api/export?format=acled&q=%00')), 'q');
      const good = await exportRoute(get('/api/export?format=acled&q=ceasefire'));
      expect(good.status).toBe(200);
      const lines = (await good.text()).trim().split('\n');
      expect(lines[0]).toContain('event_id_cnty');
      expect(lines.length).toBeGreaterThan(1);
    });

    it('stores a look-alike name cleaned, and answers what it changed', async () => {
      await counts();
      const written = '\u0410rmenian Border Gu\u200Bard';
      const event = { ...validEvent, actors: [{ newName: written, kind: 'armed-force', role: 'actor-1' }] };
      const res = await postEvent(json('/api/events', JSON.stringify(event)));
      expect(res.status).toBe(201);
      const body = (await res.json()) as { id: number; notices: { field: string; stored: string; notes: string[] }[] };
      expect(body.notices).toEqual([
        {
          field: 'actors.0.newName',
          written,
          stored: 'Armenian Border Guard',
          notes: [
            '1 invisible character (U+200B) removed',
            'Cyrillic “А” (U+0410) replaced by Latin “A”, which it imitates',
          ],
        },
      ]);
      const [actor] = await rows<{ name: string }>(
        ctx.database.db,
        sql`select a.name from actors a join event_actors ea on ea.actor_id = a.id where ea.event_id = ${body.id}`,
      );
      expect(actor?.name).toBe('Armenian Border Guard');
    });
  });
}
