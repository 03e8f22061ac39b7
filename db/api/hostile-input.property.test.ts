// Property tests (fast-check) for issue 13 §5: whatever a client sends, a route answers below 500,
// and after a 4xx nothing is stored. One property per route group, on one seeded database.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listEventsRoute, POST as postEvent } from '@/app/api/events/route';
import { DELETE as deleteEvent, GET as getEvent, PUT as putEvent } from '@/app/api/events/[id]/route';
import { POST as restoreEvent } from '@/app/api/events/[id]/restore/route';
import { POST as addSources } from '@/app/api/events/[id]/sources/route';
import { GET as revisionsRoute } from '@/app/api/events/[id]/revisions/route';
import { POST as mergeRoute } from '@/app/api/events/[id]/merge/route';
import { POST as splitRoute } from '@/app/api/events/[id]/split/route';
import { GET as pairsRoute } from '@/app/api/events/duplicates/route';
import { POST as distinctRoute } from '@/app/api/events/duplicates/distinct/route';
import { POST as duplicates } from '@/app/api/events/duplicates/route';
import { GET as frequencyRoute } from '@/app/api/stats/frequency/route';
import { GET as placesRoute } from '@/app/api/stats/places/route';
import { GET as aroundRoute } from '@/app/api/stats/around/route';
import { GET as axisRoute } from '@/app/api/stats/axis/route';
import { GET as exportRoute } from '@/app/api/export/route';
import { GET as actorsRoute } from '@/app/api/actors/route';
import { GET as locationsRoute } from '@/app/api/locations/route';
import { GET as listArticles, POST as postArticle } from '@/app/api/articles/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { POST as importRoute } from '@/app/api/import/route';
import { seededDatabase, serveDatabase, testEngines } from '../testing';
import { RUNS, hostileString, hostileValue, rowCounts, toJson, withHostile, type Hostile } from './hostile';

const BASE = 'http://localhost';
const post = (path: string, body: string, method = 'POST') =>
  new Request(`${BASE}${path}`, { method, headers: { 'content-type': 'application/json' }, body });
const idCtx = (id: string) => ({ params: Promise.resolve({ id }) });

const validEvent = {
  title: 'A property-test clash',
  subType: 'armed-clash',
  dateStart: '2021-05-12',
  precision: 'day',
  actors: [{ id: 1, role: 'participant' }],
  location: { id: 1 },
  fatalities: { best: 1 },
  sources: [
    { publisher: 'Test Wire', url: 'https://example.org/a', title: 'T', publishedAt: '2021-05-13', quote: 'Q' },
  ],
  reason: 'test',
};
const EVENT_PATHS: (string | number)[][] = [
  [],
  ['title'],
  ['summary'],
  ['subType'],
  ['eventType'],
  ['dateStart'],
  ['dateEnd'],
  ['precision'],
  ['status'],
  ['milestone'],
  ['fatalities'],
  ['fatalities', 'best'],
  ['actors'],
  ['actors', 0],
  ['actors', 0, 'id'],
  ['actors', 0, 'newName'],
  ['location'],
  ['location', 'id'],
  ['location', 'lat'],
  ['sources'],
  ['sources', 0],
  ['sources', 0, 'publisher'],
  ['sources', 0, 'url'],
  ['sources', 0, 'quote'],
  ['sources', 0, 'publishedAt'],
  ['sources', 0, 'article'],
  ['sources', 0, 'article', 'id'],
  ['submissionId'],
  ['version'],
  ['reason'],
  ['conflict'],
  ['__proto__'],
];
const hostilePath = (paths: (string | number)[][]) => fc.constantFrom(...paths);
const FILTER_PARAMS = ['q', 'actor', 'location', 'type', 'subtype', 'from', 'to', 'status', 'milestone', 'conflict'];
const QUERY_PARAMS = [
  ...FILTER_PARAMS,
  'sort',
  'limit',
  'cursor',
  'bucket',
  'groupBy',
  'event',
  'days',
  'format',
  'bins',
];

/** Percent-encoded, or a lone surrogate's UTF-8-style bytes (which encodeURIComponent refuses). */
const encoded = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ed%a0%80';
  }
};

/** A query string of hostile values, some percent-encoded raw (so bytes that are not UTF-8 occur too). */
const hostileQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(...QUERY_PARAMS),
      fc.oneof(
        fc.constantFrom('%ff', '%c3%28', '%ed%a0%80', '%00'),
        hostileString.map((s) => {
          try {
            return encodeURIComponent(s);
          } catch {
            return '%ed%a0%80'; // a lone surrogate cannot be percent-encoded: its UTF-8-style bytes instead
          }
        }),
      ),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

for (const engine of testEngines()) {
  describe(`hostile input never gets a 500, and a 4xx stores nothing (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    let unserve = () => {};
    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });
    afterAll(() => unserve());

    /** Runs one request; a 4xx must leave every count as it was, and no answer may be a 500. */
    async function check(send: () => Promise<Response>) {
      const before = await rowCounts(ctx.database.db);
      const res = await send();
      const body = await res.text();
      expect(res.status, body.slice(0, 500)).toBeLessThan(500);
      if (res.status >= 400) {
        expect((JSON.parse(body) as { error: unknown }).error).toEqual(expect.any(String));
        expect(await rowCounts(ctx.database.db)).toEqual(before);
      }
    }

    it('events: POST, PUT, DELETE, restore, sources and duplicates', async () => {
      const writes = [
        (b: string) => postEvent(post('/api/events', b)),
        (b: string) => putEvent(post('/api/events/1', b, 'PUT'), idCtx('1')),
        (b: string) => duplicates(post('/api/events/duplicates', `{"event":${b},"excludeId":1}`)),
        (b: string) => addSources(post('/api/events/2/sources', b), idCtx('2')),
      ];
      // Every draw goes to each write route; the examples are the 500s of issue 13, always tried first.
      const examples: [(string | number)[], Hostile][] = [
        [[], null],
        [[], []],
        [['title'], 'a\u0000b'],
        [['sources', 0, 'quote'], '\ud800'],
        [['actors', 0, 'id'], 2 ** 31],
        [['actors', 0], []],
      ];
      await fc.assert(
        fc.asyncProperty(hostilePath(EVENT_PATHS), hostileValue, async (path, value) => {
          for (const write of writes) await check(() => write(withHostile(validEvent, path, value)));
        }),
        { ...RUNS, examples },
      );
      await fc.assert(
        fc.asyncProperty(hostileValue, fc.boolean(), async (value, restore) => {
          const body = `{"reason":${toJson(value)}}`;
          await check(() =>
            restore
              ? restoreEvent(post('/api/events/3/restore', body), idCtx('3'))
              : deleteEvent(post('/api/events/3', body, 'DELETE'), idCtx('3')),
          );
        }),
        RUNS,
      );
      await fc.assert(
        fc.asyncProperty(hostileString, async (id) => {
          await check(() => getEvent(new Request(`${BASE}/api/events/x`), idCtx(id)));
          await check(() => revisionsRoute(new Request(`${BASE}/api/events/x/revisions`), idCtx(id)));
          await check(() => getArticle(new Request(`${BASE}/api/articles/x`), idCtx(id)));
        }),
        RUNS,
      );
    });

    it('merge, split, not the same, and the duplicates list', async () => {
      const merge = { other: 5, survivor: 4, fields: { title: 5, actors: 'both' }, versions: { event: 1, other: 1 } };
      const paths = [[], ['other'], ['survivor'], ['fields'], ['fields', 'title'], ['fields', 'actors'], ['versions']];
      const more: [(string | number)[][], unknown, (b: string) => Promise<Response>][] = [
        [paths, merge, (b) => mergeRoute(post('/api/events/4/merge', b), idCtx('4'))],
        [
          [[], ['sources'], ['sources', 0], ['title']],
          { sources: [6] },
          (b) => splitRoute(post('/api/events/6/split', b), idCtx('6')),
        ],
        [
          [[], ['events'], ['events', 1], ['reason']],
          { events: [7, 8] },
          (b) => distinctRoute(post('/api/events/duplicates/distinct', b)),
        ],
      ];
      for (const [at, base, write] of more) {
        await fc.assert(
          fc.asyncProperty(hostilePath(at), hostileValue, async (path, value) => {
            await check(() => write(withHostile(base, path, value)));
          }),
          RUNS,
        );
      }
      await fc.assert(
        fc.asyncProperty(hostileString, hostileString, async (limit, cursor) => {
          const qs = `limit=${encoded(limit)}&cursor=${encoded(cursor)}`;
          await check(() => pairsRoute(new Request(`${BASE}/api/events/duplicates?${qs}`)));
        }),
        RUNS,
      );
    });

    it('queries: list, stats, export, actors, locations, articles', async () => {
      const routes = [
        (qs: string) => listEventsRoute(new Request(`${BASE}/api/events?${qs}`)),
        (qs: string) => frequencyRoute(new Request(`${BASE}/api/stats/frequency?${qs}`)),
        (qs: string) => placesRoute(new Request(`${BASE}/api/stats/places?${qs}`)),
        (qs: string) => aroundRoute(new Request(`${BASE}/api/stats/around?event=1&${qs}`)),
        (qs: string) => axisRoute(new Request(`${BASE}/api/stats/axis?${qs}`)),
        (qs: string) => exportRoute(new Request(`${BASE}/api/export?format=acled&${qs}`)),
        (qs: string) => actorsRoute(new Request(`${BASE}/api/actors?${qs}`)),
        (qs: string) => locationsRoute(new Request(`${BASE}/api/locations?${qs}`)),
        (qs: string) => listArticles(new Request(`${BASE}/api/articles?${qs}`)),
      ];
      await fc.assert(
        fc.asyncProperty(fc.nat(routes.length - 1), hostileQuery, async (which, qs) => {
          await check(() => routes[which]!(qs));
        }),
        RUNS,
      );
    });

    it('articles: POST', async () => {
      const article = { text: 'Shelling was reported near the border on Monday.', publisher: 'Test Wire' };
      const paths = [[], ['text'], ['publisher'], ['title'], ['url'], ['publishedAt'], ['conflict'], ['__proto__']];
      await fc.assert(
        fc.asyncProperty(hostilePath(paths), hostileValue, async (path, value) => {
          await check(() => postArticle(post('/api/articles', withHostile(article, path, value))));
        }),
        RUNS,
      );
    });

    it('import: hostile cells in a simple CSV, hostile whole files and query params', async () => {
      const header = 'title,date,precision,sub_type,source_publisher,summary';
      const cell = hostileString.map((s) => `"${s.replace(/"/g, '""')}"`);
      const csv = fc
        .array(fc.tuple(cell, cell), { minLength: 1, maxLength: 3 })
        .map((cells) => [header, ...cells.map(([a, b]) => `${a},2021-05,month,armed-clash,Wire,${b}`)].join('\n'));
      const file = fc.oneof({ arbitrary: csv, weight: 3 }, hostileString, hostileValue.map(toJson));
      await fc.assert(
        fc.asyncProperty(file, fc.option(hostileQuery, { freq: 3 }), async (body, qs) => {
          const query = `label=p${qs ? `&${qs.replace(/(^|&)format=[^&]*/g, '')}` : ''}`;
          await check(async () => {
            const res = await importRoute(new Request(`${BASE}/api/import?${query}`, { method: 'POST', body }));
            // A file of a few rows fails before its first row or not at all: a 200 ends with a report.
            if (res.status === 200) expect((await res.clone().text()).trim().split('\n').at(-1)).toMatch(/^\{"report"/);
            return res;
          });
        }),
        { numRuns: 12 },
      );
    });
  });
}
