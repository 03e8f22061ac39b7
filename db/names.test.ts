// Names on every way in (issue 15): an ACLED export naming the curated actors and places its own
// way adds none; a close name makes a new record and a queue entry; a far namesake is reported; and
// every way in (form, API, both import paths, the seed, extraction) resolves a name to one id.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { POST as createRoute } from '@/app/api/events/route';
import { openImport } from '@/lib/import/open';
import { eventFormSchema } from '@/lib/validation/event';
import { importRecords } from './jobs/import';
import { NameResolver, resolveSuggestionNames } from './names';
import { saveArticle } from './queries/articles';
import { createEvent } from './queries/event-write';
import { articleInputSchema } from '@/lib/validation/article';
import { rows } from './rows';
import { loadDataset, readDataset } from './jobs/seed';
import { seededDatabase, serveDatabase, testEngines } from './testing';
import type { Database } from './types';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'db', 'fixtures', name), 'utf8');
const count = async (database: Database, table: 'actors' | 'locations') =>
  (await rows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const idOf = async (database: Database, table: 'actors' | 'locations', name: string) =>
  (await rows<{ id: number }>(database.db, sql`select id from ${sql.identifier(table)} where name = ${name}`))[0]!.id;

async function importText(database: Database, conflictId: number, text: string, label = 'test.csv') {
  const { records } = await openImport(Readable.from([text]), undefined);
  return importRecords({ database, conflictId, records, label });
}

const ACLED_HEADER = fixture('acled-registry-names.csv').split('\n')[0]!;
const BASE: Record<string, string> = {
  event_date: '2022-09-13',
  year: '2022',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Azerbaijan (2003-)',
  inter1: 'State forces',
  country: 'Armenia',
  geo_precision: '1',
  source: 'Fixture Wire',
  fatalities: '0',
  notes: 'Fixture row',
};
/** One ACLED row with these cells. */
function acledRow(cells: Record<string, string>): string {
  const row: Record<string, string> = { ...BASE, ...cells };
  return `${ACLED_HEADER}\n${ACLED_HEADER.split(',')
    .map((c) => JSON.stringify(row[c] ?? ''))
    .join(',')}\n`;
}

describe.each(testEngines())('names on $name', ({ open }) => {
  const ctx = seededDatabase(open);

  it("adds no actor or place for ACLED's names of the curated ones, and says what matched how", async () => {
    const [actors, places] = [await count(ctx.database, 'actors'), await count(ctx.database, 'locations')];
    const report = await importText(ctx.database, ctx.conflictId, fixture('acled-registry-names.csv'), 'acled.csv');
    expect(report.rejected).toEqual([]);
    expect(report.created).toBe(8);
    expect(await count(ctx.database, 'actors')).toBe(actors);
    expect(await count(ctx.database, 'locations')).toBe(places);
    expect(report.names!.created).toEqual([]);
    expect(report.names!.possiblySame).toEqual([]);
    const how = Object.fromEntries(report.names!.matched.map((m) => [`${m.kind}:${m.name}`, `${m.as} (${m.how})`]));
    expect(how).toMatchObject({
      'actor:Military Forces of Azerbaijan (2003-)': 'Azerbaijani Armed Forces (alias)',
      'actor:Military Forces of Armenia (2018-)': 'Armenian Armed Forces (alias)',
      'actor:Police Forces of Armenia (2018-)': 'Armenian police (alias)',
      'actor:Civilians (Armenia)': 'Armenian civilians (alias)',
      'actor:Civilians (Azerbaijan)': 'Azerbaijani civilians (alias)',
      'place:Xankəndi': 'Stepanakert (other name)',
      'place:Khankandi': 'Stepanakert (coordinates)',
      'place:Şuşa': 'Shusha (name)',
      'place:Ağdam': 'Aghdam (name)',
      'place:Agdam': 'Aghdam (coordinates)',
      'place:Gəncə': 'Ganja (other name)',
      'place:YEREVAN': 'Yerevan (name)',
    });
    const [stepanakert] = await rows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from events e join locations l on l.id = e.location_id
      where l.name = 'Stepanakert' and e.external_id in ('AZE8002', 'AZE8004')`,
    );
    expect(stepanakert!.n).toBe(2);
  });

  it('maps generic ACLED actors by rule, once: "Protesters (Azerbaijan)" is Azerbaijani protesters', async () => {
    const row = (id: string) =>
      acledRow({
        event_id_cnty: id,
        event_type: 'Protests',
        sub_event_type: 'Peaceful protest',
        actor1: 'Protesters (Azerbaijan)',
        actor2: '',
        location: 'Baku',
        latitude: '40.4093',
        longitude: '49.8671',
      });
    const first = await importText(ctx.database, ctx.conflictId, row('AZE8101'));
    expect(first.names!.created).toEqual([expect.objectContaining({ kind: 'actor', name: 'Azerbaijani protesters' })]);
    const actors = await count(ctx.database, 'actors');
    const second = await importText(ctx.database, ctx.conflictId, row('AZE8102'));
    expect(second.names!.created).toEqual([]);
    expect(await count(ctx.database, 'actors')).toBe(actors);
  });

  it("takes ACLED's state-forces name without its period as the curated actor of the event's day", async () => {
    const actors = await count(ctx.database, 'actors');
    const report = await importText(
      ctx.database,
      ctx.conflictId,
      acledRow({ event_id_cnty: 'AZE8151', actor1: 'Military Forces of Azerbaijan', actor2: '' }),
    );
    expect(report.rejected).toEqual([]);
    expect(report.names!.created).toEqual([]);
    expect(report.names!.matched).toContainEqual(
      expect.objectContaining({ name: 'Military Forces of Azerbaijan', as: 'Azerbaijani Armed Forces' }),
    );
    expect(await count(ctx.database, 'actors')).toBe(actors);
  });

  it(
    'never guesses: a close name is a new record, listed as possibly the same, ' + 'in the report and the queue',
    async () => {
      const report = await importText(
        ctx.database,
        ctx.conflictId,
        acledRow({
          event_id_cnty: 'ARM8201',
          actor1: 'Military Forces of Armenia (2019-)',
          actor2: '',
          location: 'Jermukh',
          latitude: '40.1',
          longitude: '45.9',
        }),
        'near.csv',
      );
      const possibly = Object.fromEntries(
        report.names!.possiblySame.map((p) => [p.name, p.candidates.map((c) => c.name)]),
      );
      expect(possibly).toEqual({
        'Military Forces of Armenia (2019-)': ['Armenian Armed Forces'],
        Jermukh: ['Jermuk'],
      });
      const queue = await rows<{ kind: string; record: string; candidate: string; label: string; status: string }>(
        ctx.database.db,
        sql`select q.kind, coalesce(a.name, l.name) as record, coalesce(ca.name, cl.name) as candidate,
          q.label, q.status
        from reconciliation_queue q
        left join actors a on q.kind = 'actor' and a.id = q.record_id
        left join actors ca on q.kind = 'actor' and ca.id = q.candidate_id
        left join locations l on q.kind = 'place' and l.id = q.record_id
        left join locations cl on q.kind = 'place' and cl.id = q.candidate_id
        where q.label = 'near.csv' order by q.kind`,
      );
      expect(queue).toEqual([
        { kind: 'actor', record: 'Military Forces of Armenia (2019-)', candidate: 'Armenian Armed Forces',
          label: 'near.csv', status: 'open' },
        { kind: 'place', record: 'Jermukh', candidate: 'Jermuk', label: 'near.csv', status: 'open' },
      ]); // prettier-ignore
    },
  );

  it('reports a known place name far from the given coordinates instead of moving the event there', async () => {
    const aghdam = await idOf(ctx.database, 'locations', 'Aghdam');
    const report = await importText(
      ctx.database,
      ctx.conflictId,
      acledRow({
        event_id_cnty: 'AZE8301',
        location: 'Aghdam',
        admin1: 'Tovuz',
        latitude: '40.93',
        longitude: '45.63',
      }),
      'far.csv',
    );
    expect(report.names!.created).toEqual([expect.objectContaining({ kind: 'place', name: 'Aghdam (Tovuz)' })]);
    expect(report.names!.possiblySame[0]!.candidates).toEqual([
      expect.objectContaining({ id: aghdam, why: expect.stringMatching(/^the same name \d+ km away$/) }),
    ]);
    const [event] = await rows<{ place: string }>(
      ctx.database.db,
      sql`select l.name as place from events e join locations l on l.id = e.location_id
        where e.external_id = 'AZE8301'`,
    );
    expect(event!.place).toBe('Aghdam (Tovuz)');
  });

  it('stores a new place with one coordinate or none, naming a namesake by what it has', async () => {
    const resolver = await NameResolver.load(ctx.database.db, { origin: 'import' });
    const place = (name: string, lat: number | null, lon: number | null) =>
      resolver.place(ctx.database.db, { name, lat, lon, country: null, admin1: null, geoPrecision: 1 });
    // Every import path now refuses a half pair; the resolver must still not crash on one.
    const half = await place('Halfpair Hamlet', 40.5, null);
    const [stored] = await rows<{ name: string; lat: number | null; lon: number | null }>(
      ctx.database.db,
      sql`select name, lat, lon from locations where id = ${half}`,
    );
    expect(stored).toEqual({ name: 'Halfpair Hamlet', lat: 40.5, lon: null });
    expect(await place('Coordless Hamlet', null, null)).toBeGreaterThan(0);
  });

  it('resolves a name to the same id (and a publisher to one name) on every way in', async () => {
    const { database, conflictId } = ctx;
    const expected = {
      actor: await idOf(database, 'actors', 'Nikol Pashinyan'),
      forces: await idOf(database, 'actors', 'Azerbaijani Armed Forces'),
      place: await idOf(database, 'locations', 'Stepanakert'),
    };
    const names = { actor: 'Pashinian', forces: 'AZERBAIJANI armed-forces', place: 'Xankəndi' };
    // Each way in names the publisher its own way; every one is stored as Reuters.
    const publishers = {
      form: 'Thomson Reuters',
      api: 'reuters.com',
      'import, new rows (COPY)': 'REUTERS',
      'import, changed rows (one by one)': 'https://www.reuters.com/world/',
      seed: 'Reuters',
      article: 'reuters',
    };
    const form = (origin: 'form' | 'api') =>
      eventFormSchema.parse({
        title: `Named on the ${origin}`,
        subType: 'negotiation',
        dateStart: '2021-11-26',
        precision: 'day',
        actors: [
          { newName: names.actor, kind: 'person', role: 'participant' },
          { newName: names.forces, kind: 'armed-force', role: 'participant' },
        ],
        location: { newName: names.place, lat: 39.8153, lon: 46.7519 },
        sources: [{ publisher: publishers[origin], quote: '' }],
      });
    const linked = async (id: number) => {
      const actors = await rows<{ id: number }>(
        database.db,
        sql`select actor_id as id from event_actors where event_id = ${id} order by actor_id`,
      );
      const [event] = await rows<{ place: number }>(
        database.db,
        sql`select location_id as place from events where id = ${id}`,
      );
      const cited = await rows<{ publisher: string }>(
        database.db,
        sql`select s.publisher from event_sources es join sources s on s.id = es.source_id where es.event_id = ${id}`,
      );
      return { actors: actors.map((a) => a.id), place: event!.place, publishers: cited.map((s) => s.publisher) };
    };
    const byExternal = async (key: string) =>
      (await rows<{ id: number }>(database.db, sql`select id from events where external_id = ${key}`))[0]!.id;
    const simple = (id: string, title: string, publisher: string) =>
      'id,title,date,precision,sub_type,actors,location,latitude,longitude,source_publisher\n' +
      `${id},${title},2021-11-26,day,negotiation,${names.actor}; ${names.forces},${names.place},39.8153,46.7519,` +
      `${publisher}\n`;
    const restore = serveDatabase(database);
    const host = `${readEnv().HOST}:${readEnv().PORT}`;
    type Linked = { actors: number[]; place: number | null; publishers: string[] };
    const ways: Record<string, () => Promise<Linked>> = {
      form: async () => linked((await createEvent({ db: database.db, conflictId, input: form('form') })).id),
      api: async () => {
        const body = JSON.stringify({ ...form('api'), date: undefined });
        const raw = JSON.parse(body);
        const res = await createRoute(
          new Request(`http://${host}/api/events`, {
            method: 'POST',
            headers: { host, 'content-type': 'application/json' },
            body: JSON.stringify({
              ...raw,
              dateStart: '2021-11-26',
              precision: 'day',
              subType: 'negotiation',
              title: 'Named through the API',
            }),
          }),
        );
        expect(res.status).toBe(201);
        return linked(((await res.json()) as { id: number }).id);
      },
      'import, new rows (COPY)': async () => {
        await importText(database, conflictId, simple('w1', 'Imported', publishers['import, new rows (COPY)']));
        return linked(await byExternal('csv:w1'));
      },
      'import, changed rows (one by one)': async () => {
        const publisher = publishers['import, changed rows (one by one)'];
        // Cited first as "Reuters News", then by its address: one source, not two.
        await importText(database, conflictId, simple('w2', 'Imported', 'Reuters News'));
        await importText(database, conflictId, simple('w2', 'Imported again, changed', publisher));
        return linked(await byExternal('csv:w2'));
      },
      seed: async () => {
        const data = readDataset();
        const { conflictId: other } = await loadDataset(database.db, {
          conflict: { slug: 'names-test', name: 'Names test', description: '' },
          actors: data.actors.filter((a) => a.name === 'Nikol Pashinyan' || a.name === 'Azerbaijani Armed Forces'),
          locations: data.locations.filter((l) => l.name === 'Stepanakert'),
          events: [
            {
              ...data.events[0]!,
              title: 'Seeded',
              sources: [{ publisher: publishers.seed, title: null, quote: '' }],
              actors: [
                { name: 'Nikol Pashinyan', role: 'participant' },
                { name: 'Azerbaijani Armed Forces', role: 'participant' },
              ],
              location: 'Stepanakert',
            },
          ],
        });
        const [e] = await rows<{ id: number }>(database.db, sql`select id from events where conflict_id = ${other}`);
        return linked(e!.id);
      },
      'article suggestions': async () => {
        const [s] = await resolveSuggestionNames({
          db: database.db,
          suggestions: [{ actors: [names.actor, names.forces], location: names.place, dateStart: '2021-11-26' }],
        });
        // The article the suggestions come from is stored with its publisher's one name.
        const article = await saveArticle({
          db: database.db,
          conflictId,
          input: articleInputSchema.parse({
            text: 'Pashinian met the press in Xankəndi. '.repeat(4),
            publisher: publishers.article,
          }),
        });
        const [cited] = await rows<{ publisher: string }>(
          database.db,
          sql`select s.publisher from articles a join sources s on s.id = a.source_id where a.id = ${article.id}`,
        );
        return {
          actors: [...s!.actorIds].map(Number).sort((a, b) => a - b),
          place: s!.locationId,
          publishers: [cited!.publisher],
        };
      },
    };
    try {
      for (const [way, run] of Object.entries(ways)) {
        expect(await run(), way).toEqual({
          actors: [expected.actor, expected.forces].sort((a, b) => a - b),
          place: expected.place,
          publishers: ['Reuters'],
        });
      }
    } finally {
      restore();
    }
  });
});
