import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventFiltersSchema,
  frequencySchema,
  pageSchema,
  parseWith,
  searchParamsToObject,
} from '@/lib/validation/filters';
import type { Database } from '../types';
import { loadDataset, readDataset } from '../jobs/seed';
import { testEngines } from '../testing';
import { listActors } from './actors';
import { countAroundMilestone } from './around';
import { listConflicts } from './conflicts';
import { listPlaces } from './places';
import { QueryError } from './errors';
import { getEvent, listEvents } from './events';
import { resolveScope } from './scope';
import { rows } from '../rows';
import { getFrequency } from './stats';
import { readSeedExpected } from '@/lib/extract/seed-article';

function parsed<T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

async function list(database: Database, qs: string) {
  const input = searchParamsToObject(new URLSearchParams(qs));
  const scope = await resolveScope({ db: database.db, filters: parsed(parseWith(eventFiltersSchema, input)) });
  return listEvents({ db: database.db, scope, ...parsed(parseWith(pageSchema, input)) });
}

async function frequency(database: Database, qs: string) {
  const input = searchParamsToObject(new URLSearchParams(qs));
  const scope = await resolveScope({ db: database.db, filters: parsed(parseWith(eventFiltersSchema, input)) });
  return getFrequency({ db: database.db, scope, ...parsed(parseWith(frequencySchema, input)) });
}

async function all(database: Database, qs: string) {
  const out = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof list>> = await list(
      database,
      `${qs}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
    );
    out.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const expected = readSeedExpected();

const engines = testEngines();
const opened = new Map<string, Database>();

describe.each(engines)('queries on $name', ({ name, open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    await loadDataset(database.db, readDataset());
    opened.set(name, database);
  });
  afterAll(async () => {
    // Closed by the cross-engine block below when it runs; close here otherwise.
    if (engines.length === 1) await database.close();
  });

  it('seeds at least 80 events, each with a sourced URL and a date no finer than its precision', async () => {
    const events = await all(database, 'sort=asc');
    expect(events.length).toBeGreaterThanOrEqual(80);
    for (const e of events) {
      expect(e.sources.length, e.title).toBeGreaterThan(0);
      expect(
        e.sources.some((s) => s.url?.startsWith('https://') || s.url?.startsWith('http://')),
        e.title,
      ).toBe(true);
      const pattern = {
        year: /^\d{4}$/,
        month: /^\d{4}-\d{2}$/,
        week: /^\d{4}-\d{2}-\d{2}$/,
        day: /^\d{4}-\d{2}-\d{2}$/,
        range: /^\d{4}-\d{2}-\d{2}$/,
      }[e.precision];
      expect(e.dateStart, e.title).toMatch(pattern);
      if (e.precision === 'range') expect(e.dateEnd! >= e.dateStart).toBe(true);
    }
  });

  it('holds what the seed article states (its "must" events), with the dates the history gives', async () => {
    const sochi = (await list(database, 'from=2021-11-26&to=2021-11-26&type=diplomacy')).events;
    expect(sochi.map((e) => e.title)).toContain('Sochi summit: Putin hosts Aliyev and Pashinyan');
    const summit = sochi.find((e) => e.title.startsWith('Sochi summit'))!;
    expect(summit).toMatchObject({ dateStart: '2021-11-26', precision: 'day', milestone: true });
    expect(summit.actors.map((a) => a.name).sort()).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
    expect(summit.location?.name).toBe('Sochi');

    const war = (await list(database, 'q=Second%20Nagorno-Karabakh%20War&from=2020&to=2020&subtype=armed-clash'))
      .events[0];
    expect(war).toMatchObject({ dateStart: '2020-09-27', dateEnd: '2020-11-10', precision: 'range' });

    const ceasefire = (await list(database, 'from=2020-11-10&to=2020-11-10&subtype=agreement-or-ceasefire')).events;
    expect(ceasefire.some((e) => e.actors.some((a) => a.name === 'Russia') && e.milestone)).toBe(true);

    const commission = (await list(database, 'subtype=commission&from=2021-11&to=2021-12')).events;
    expect(
      commission.some((e) => e.dateStart === '2021-11-26' && e.dateEnd === '2021-12-31' && e.status === 'planned'),
    ).toBe(true);

    for (const must of expected.events.filter((e) => e.level === 'must')) {
      const { events } = await list(
        database,
        `from=${must.dateStart}&to=${must.dateEnd ?? must.dateStart}&` +
          must.actors.map((a) => `actor=${encodeURIComponent(a)}`).join('&'),
      );
      expect(events.length, must.title).toBeGreaterThan(0);
    }
  });

  it('filters by actor: every event has that actor, and the total counts exactly those', async () => {
    const page = await list(database, 'actor=Ilham%20Aliyev&limit=500');
    expect(page.events.length).toBeGreaterThan(5);
    expect(page.total).toBe(page.events.length);
    for (const e of page.events) expect(e.actors.map((a) => a.name)).toContain('Ilham Aliyev');
  });

  it('with actorMatch=all keeps only events with every named actor; any (the default) keeps either', async () => {
    const qs = 'actor=Ilham Aliyev&actor=Nikol Pashinyan';
    const anyOf = await all(database, qs);
    const allOf = await all(database, `${qs}&actorMatch=all`);
    expect(allOf.length).toBeGreaterThan(0);
    expect(allOf.length).toBeLessThan(anyOf.length);
    for (const e of allOf)
      expect(e.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Nikol Pashinyan']));
    const both = anyOf.filter((e) =>
      ['Ilham Aliyev', 'Nikol Pashinyan'].every((n) => e.actors.some((a) => a.name === n)),
    );
    expect(allOf.map((e) => e.id).sort()).toEqual(both.map((e) => e.id).sort());
    // The charts follow: the frequency counts exactly the listed events.
    const f = await frequency(database, `${qs}&actorMatch=all`);
    expect(f.total).toBe(allOf.length);
    expect((await list(database, `${qs}&actorMatch=all&limit=1`)).total).toBe(allOf.length);
  });

  it('refuses an actorMatch other than any or all, naming the parameter', () => {
    const r = parseWith(eventFiltersSchema, { actorMatch: 'some' });
    expect(r.ok ? [] : r.errors).toEqual([{ param: 'actorMatch', message: 'actorMatch is any or all' }]);
  });

  it('resolves an alias to every actor it named over time', async () => {
    const { events } = await list(database, 'actor=President%20of%20Azerbaijan&limit=500');
    const names = new Set(events.flatMap((e) => e.actors.map((a) => a.name)));
    expect(names.has('Ilham Aliyev')).toBe(true);
    expect(names.has('Heydar Aliyev')).toBe(true);
  });

  it('matches events whose interval overlaps the window, not only those starting in it', async () => {
    const titles = (await all(database, 'from=2020-11&to=2020-11')).map((e) => e.title);
    expect(titles).toContain('Second Nagorno-Karabakh War');
    expect(titles).toContain('Trilateral statement ends the war');
    expect(titles).not.toContain('Tovuz clashes on the state border');
  });

  it('pages through everything with the cursor, in order, without repeats, both ways', async () => {
    const asc = await all(database, 'sort=asc');
    const desc = await all(database, 'sort=desc');
    const total = (await list(database, 'limit=1')).total;
    expect(asc).toHaveLength(total);
    expect(new Set(asc.map((e) => e.id)).size).toBe(total);
    expect(desc.map((e) => e.id)).toEqual(asc.map((e) => e.id).reverse());
    const starts = asc.map((e) => e.dateStart.padEnd(10, '-01').slice(0, 10));
    expect([...starts].sort()).toEqual(starts);
  });

  it('searches title and summary with PostgreSQL text search (stemmed)', async () => {
    const { events } = await list(database, 'q=ceasefires&limit=100');
    expect(events.length).toBeGreaterThan(3);
    for (const e of events) expect(`${e.title} ${e.summary}`.toLowerCase()).toContain('ceasefire');
  });

  it('counts every event once in the frequency series: buckets plus imprecise equal the list total', async () => {
    for (const qs of [
      '',
      'actor=Azerbaijan',
      'from=2020&to=2021',
      'from=2020-09-15&to=2020-11-20',
      'q=border',
      'type=battles&from=1990&to=1995',
      'milestone=true',
      'actor=Azerbaijan&actor=Armenia&actorMatch=all&from=2020',
    ]) {
      const f = await frequency(database, qs);
      const { total } = await list(database, `${qs}&limit=1`);
      expect(f.total, qs).toBe(total);
      expect(f.series.reduce((n, p) => n + p.total, 0) + f.imprecise.total, qs).toBe(total);
    }
  });

  it('never draws a month-precision event on the 1st: imprecise for days, drawn for months', async () => {
    const days = await frequency(database, 'from=1988-02&to=1988-02&bucket=day');
    const months = await frequency(database, 'from=1988-02&to=1988-02&bucket=month');
    // The month-precision Yerevan demonstrations and the multi-day Sumgait pogrom.
    expect(days.imprecise.total).toBeGreaterThanOrEqual(1);
    expect(days.series[0]!.counts.protests ?? 0).toBe(0);
    expect(months.series[0]!.counts.protests).toBe(1);
    expect(months.imprecise.counts.protests ?? 0).toBe(0);
  });

  it('lists the range events of the window for the spans lane, the 2020 war among them', async () => {
    expect((await frequency(database, 'from=2020-09-15&to=2020-11-20')).spans).toBeNull();
    const f = await frequency(database, 'from=2020-09-15&to=2020-11-20&spans=true');
    if (!f.spans) throw new Error('spans=true lists the spans');
    const war = f.spans.items.find((s) => s.title === 'Second Nagorno-Karabakh War');
    expect(war).toMatchObject({ dateStart: '2020-09-27', dateLast: '2020-11-10' });
    expect(f.spans.items.every((s) => s.dateLast > s.dateStart && s.dateStart <= '2020-11-20')).toBe(true);
    expect(f.spans.total).toBe(f.spans.items.length);
    // Still counted beside the chart unless spread: never drawn on its first day.
    expect(f.spread).toEqual({ on: false, events: 0 });
  });

  it('spreads a range over its days when asked: 1/N a day, out of the coarser-dated count', async () => {
    const qs = 'from=2020-09-15&to=2020-11-20&bucket=day';
    const plain = await frequency(database, qs);
    const spread = await frequency(database, `${qs}&spread=true`);
    expect(spread.total).toBe(plain.total);
    expect(spread.spread.events).toBeGreaterThanOrEqual(2);
    expect(spread.imprecise.total).toBe(plain.imprecise.total - spread.spread.events);
    const day = (f: typeof plain, d: string) => f.series.find((p) => p.start === d)!.total;
    // 27 Sep - 10 Nov is 45 days and 27 Sep - 9 Nov 44 days: both add to each of their days.
    expect(day(spread, '2020-10-15') - day(plain, '2020-10-15')).toBeCloseTo(1 / 45 + 1 / 44, 5);
    expect(day(spread, '2020-11-15')).toBe(day(plain, '2020-11-15'));
    // Both ranges lie wholly inside the window: their shares add up to whole events.
    const added = spread.series.reduce((n, p) => n + p.total, 0) - plain.series.reduce((n, p) => n + p.total, 0);
    expect(added).toBeCloseTo(spread.spread.events, 5);
  });

  it('zero-fills buckets and starts weeks on Monday', async () => {
    const f = await frequency(database, 'from=2021-11-01&to=2021-11-30&bucket=week');
    expect(f.series.map((p) => p.start)).toEqual([
      '2021-11-01',
      '2021-11-08',
      '2021-11-15',
      '2021-11-22',
      '2021-11-29',
    ]);
    expect(f.series.every((p) => Object.keys(p.counts).length === f.keys.length)).toBe(true);
  });

  it('groups by actor, counting an event once per actor', async () => {
    const byActor = await frequency(database, 'from=2021-11&to=2021-11&groupBy=actor');
    const byType = await frequency(database, 'from=2021-11&to=2021-11');
    expect(byActor.total).toBeGreaterThan(byType.total);
    expect(byActor.keys).toContain('Ilham Aliyev');
    expect(byActor.note).toMatch(/once for each/);
  });

  it('keeps the rollup equal to a fresh rebuild after edits and soft deletes', async () => {
    const { db } = database;
    const snapshot = () =>
      rows<{ k: string }>(
        db,
        sql`
      select concat_ws('|', 'm', conflict_id, actor_id, sub_type, status, milestone, first_month, last_month, n) as k
        from event_month_counts where n <> 0
      union all select concat_ws('|', 'y', conflict_id, actor_id, sub_type, status, milestone, first_year, last_year, n)
        from event_year_counts where n <> 0
      union all select concat_ws('|', 'd', conflict_id, sub_type, status, milestone, first_day, last_day, n)
        from event_day_counts where n <> 0
      union all select concat_ws('|', 'c', id, max_span_days) from conflicts
      order by 1`,
      );
    const [target] = await rows<{ id: number }>(
      db,
      sql`select id from events where title = 'Kazan summit ends without agreement'`,
    );
    await db.execute(
      sql`update events set date_start = '2012-03-01', precision = 'month', sub_type = 'negotiation'
        where id = ${target!.id}`,
    );
    await db.execute(sql`update events set deleted_at = now() where title = 'Aliyev and Sargsyan meet in Geneva'`);
    await db.execute(
      sql`delete from event_actors where event_id = ${target!.id}
        and actor_id = (select id from actors where name = 'Dmitry Medvedev')`,
    );
    const kept = await snapshot();
    await db.execute(sql`select fl_rebuild_counts()`);
    expect(kept).toEqual(await snapshot());
    const moved = await getEvent({ db, id: target!.id });
    expect(moved).toMatchObject({ dateStart: '2012-03', precision: 'month' });
    expect((await list(database, 'q=Geneva')).events.map((e) => e.title)).not.toContain(
      'Aliyev and Sargsyan meet in Geneva',
    );
  });

  it('puts every matching event on the map or in the no-coordinates count', async () => {
    for (const qs of ['', 'actor=Russia', 'from=2020&to=2021']) {
      const input = searchParamsToObject(new URLSearchParams(qs));
      const scope = await resolveScope({ db: database.db, filters: parsed(parseWith(eventFiltersSchema, input)) });
      const places = await listPlaces({ db: database.db, scope });
      const { total } = await list(database, `${qs}&limit=1`);
      expect(places.total, qs).toBe(total);
      expect(places.places.reduce((n, p) => n + p.events, 0) + places.withoutCoordinates, qs).toBe(total);
    }
    const stepanakert = (
      await listPlaces({
        db: database.db,
        scope: await resolveScope({ db: database.db, filters: parsed(parseWith(eventFiltersSchema, {})) }),
      })
    ).places.find((p) => p.name === 'Stepanakert');
    expect(stepanakert?.altNames).toContain('Khankendi');
  });

  it('counts events before and after a milestone exactly as the list does for those windows', async () => {
    const [sochi] = await rows<{ id: number }>(
      database.db,
      sql`select id from events where title like 'Sochi summit%'`,
    );
    const scope = await resolveScope({ db: database.db, filters: parsed(parseWith(eventFiltersSchema, {})) });
    const around = await countAroundMilestone({ db: database.db, scope, milestoneId: sochi!.id, days: 30 });
    expect(around.before).toMatchObject({ from: '2021-10-27', to: '2021-11-25' });
    expect(around.before.events).toBe((await list(database, 'from=2021-10-27&to=2021-11-25')).total);
    expect(around.after.events).toBe((await list(database, 'from=2021-11-27&to=2021-12-26')).total);
  });

  it('says which parameter is wrong: unknown actor, location, conflict, cursor', async () => {
    for (const [qs, param] of [
      ['actor=Nobody', 'actor'],
      ['location=Atlantis', 'location'],
      ['conflict=mars', 'conflict'],
    ] as const) {
      const err = await list(database, qs).catch((e: unknown) => e);
      expect(err, qs).toBeInstanceOf(QueryError);
      expect((err as QueryError).param, qs).toBe(param);
    }
    // A cursor is checked whole by pageSchema, before any query runs.
    expect(parseWith(pageSchema, { cursor: 'xyz' })).toMatchObject({ ok: false, errors: [{ param: 'cursor' }] });
  });

  it('lists the datasets with their live event counts', async () => {
    const conflicts = await listConflicts({ db: database.db });
    expect(conflicts[0]).toMatchObject({ slug: 'armenia-azerbaijan', events: (await list(database, 'limit=1')).total });
    // The span the dashboard's title gives: the Karabakh movement of 1988 to the 2025 peace process.
    expect(conflicts[0]).toMatchObject({ firstYear: 1988, lastYear: 2025 });
  });

  it('lists actors with their aliases and event counts, searchable by alias', async () => {
    const [conflict] = await rows<{ id: number }>(database.db, sql`select id from conflicts limit 1`);
    const found = await listActors({ db: database.db, conflictId: conflict!.id, q: 'azeri', limit: 50 });
    expect(found.map((a) => a.name)).toContain('Azerbaijan');
    const aliyev = (await listActors({ db: database.db, conflictId: conflict!.id, q: 'Ilham', limit: 5 }))[0]!;
    expect(aliyev.events).toBe((await list(database, 'actor=Ilham%20Aliyev')).total);
  });
});

describe.runIf(engines.length > 1)('both engines', () => {
  it('answer the same queries identically', async () => {
    const [a, b] = [opened.get('pglite')!, opened.get('postgres')!];
    for (const qs of ['limit=500', 'actor=Armenia&sort=desc', 'q=border%20clashes', 'from=2020-09&to=2020-12']) {
      const [x, y] = await Promise.all([list(a, qs), list(b, qs)]);
      expect(y, qs).toEqual(x);
    }
    for (const qs of ['', 'groupBy=actor&from=2016&to=2023', 'bucket=week&from=2020-09&to=2020-11']) {
      expect(await frequency(b, qs), qs).toEqual(await frequency(a, qs));
    }
    await a.close();
    await b.close();
  });
});
