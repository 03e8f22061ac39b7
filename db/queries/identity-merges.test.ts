// Merging actors and places (issue 15): the merged-away record's events, names and counts go to the
// survivor, every affected event gets a revision, and undo restores the exact previous state —
// counts, the chart series, each event's actors, the rollup tables — adding revisions, never deleting.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openImport } from '@/lib/import/open';
import { eventFiltersSchema, frequencySchema, parseWith, searchParamsToObject } from '@/lib/validation/filters';
import { importRecords } from '../jobs/import';
import { rows } from '../rows';
import { seededDatabase, testEngines } from '../testing';
import type { Database } from '../types';
import { listActors } from './actors';
import { getEvent } from './events';
import { mergeActors } from './merge-actors';
import { mergePlaces } from './merge-places';
import { mergedInto, undoMerge } from './merges';
import { decideQueueEntry, listQueue } from './reconciliation';
import { resolveScope } from './scope';
import { getFrequency } from './stats';

function ok<T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
async function frequency(database: Database, qs: string) {
  const input = searchParamsToObject(new URLSearchParams(qs));
  const scope = await resolveScope({ db: database.db, filters: ok(parseWith(eventFiltersSchema, input)) });
  return getFrequency({ db: database.db, scope, ...ok(parseWith(frequencySchema, input)) });
}
const dump = async (database: Database, query: string) => JSON.stringify(await rows(database.db, sql.raw(query)));
const idOf = async (database: Database, table: 'actors' | 'locations', name: string) =>
  (await rows<{ id: number }>(database.db, sql`select id from ${sql.identifier(table)} where name = ${name}`))[0]!.id;

/** Everything a reader sees of the registry and the counts, except the revision log. */
async function state(database: Database, eventIds: number[], actorRefs: string[]) {
  const events = [];
  for (const id of eventIds) {
    const e = await getEvent({ db: database.db, id, includeDeleted: true });
    events.push({ id, actors: e.actors, location: e.location });
  }
  const series = [];
  for (const ref of actorRefs)
    series.push(await frequency(database, `actor=${encodeURIComponent(ref)}&bucket=year&groupBy=actor`));
  return {
    events,
    series,
    all: await frequency(database, 'bucket=month&groupBy=type'),
    actors: await dump(database, 'select * from actors order by id'),
    aliases: await dump(database, 'select * from actor_aliases order by id'),
    locations: await dump(database, 'select * from locations order by id'),
    links: await dump(database, 'select * from event_actors order by event_id, actor_id'),
    eventRows: await dump(database, 'select id, location_id, deleted_at from events order by id'),
    months: await dump(database, 'select * from event_month_counts where n <> 0 order by 1, 2, 3, 4, 5, 6, 7'),
    years: await dump(database, 'select * from event_year_counts where n <> 0 order by 1, 2, 3, 4, 5, 6, 7'),
    days: await dump(database, 'select * from event_day_counts where n <> 0 order by 1, 2, 3, 4, 5, 6'),
  };
}
const revisionCount = async (database: Database) =>
  (await rows<{ n: number }>(database.db, sql`select count(*)::int as n from event_revisions`))[0]!.n;

async function importCsv(database: Database, conflictId: number, lines: string[], label: string) {
  const header = 'id,title,date,precision,sub_type,actors,location,latitude,longitude,source_publisher';
  const { records } = await openImport(Readable.from([[header, ...lines].join('\n') + '\n']), undefined);
  return importRecords({ database, conflictId, records, label });
}

describe.each(testEngines())('identity merges on $name', ({ open }) => {
  const ctx = seededDatabase(open);

  it('merges an actor into another and undoes it exactly', async () => {
    const db = ctx.database.db;
    // Two actors that share an event, the merged-away one in the stronger role: every kind of move.
    const [pair] = await rows<{ x: number; y: number }>(
      db,
      sql`select a.actor_id as x, b.actor_id as y from event_actors a join event_actors b
        on b.event_id = a.event_id and b.actor_id <> a.actor_id and a.role = 'actor-1' and b.role <> 'actor-1'
      where a.actor_id in (select actor_id from event_actors group by 1 having count(*) between 3 and 30)
      order by a.event_id, a.actor_id, b.actor_id limit 1`,
    );
    const { x, y } = pair!;
    const [xName, yName] = [
      (await rows<{ name: string }>(db, sql`select name from actors where id = ${x}`))[0]!.name,
      (await rows<{ name: string }>(db, sql`select name from actors where id = ${y}`))[0]!.name,
    ];
    const xAliases = (
      await rows<{ alias: string }>(db, sql`select alias from actor_aliases where actor_id = ${x}`)
    ).map((a) => a.alias);
    const affected = (
      await rows<{ id: number }>(db, sql`select event_id as id from event_actors where actor_id in (${x}, ${y})`)
    ).map((r) => r.id);
    const ids = [...new Set(affected)].sort((a, b) => a - b);
    const xEvents = (await frequency(ctx.database, `actor=${x}&bucket=year`)).total;
    const yEvents = (await frequency(ctx.database, `actor=${y}&bucket=year`)).total;
    const both = (await frequency(ctx.database, `actor=${x}&actor=${y}&actorMatch=all&bucket=year`)).total;
    expect(both).toBeGreaterThan(0);
    const before = await state(ctx.database, ids, [String(x), String(y)]);
    const revisionsBefore = await revisionCount(ctx.database);

    const merge = await mergeActors({ db, id: x, into: y });
    expect(merge.events).toBe(xEvents);
    // The survivor counts every event of either, once; the merged-away actor is gone from the lists.
    expect((await frequency(ctx.database, `actor=${y}&bucket=year`)).total).toBe(xEvents + yEvents - both);
    const listed = await listActors({ db, conflictId: ctx.conflictId, limit: 1000 });
    expect(listed.some((a) => a.id === x)).toBe(false);
    const survivor = listed.find((a) => a.id === y)!;
    expect(survivor.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining([xName, ...xAliases]));
    expect(survivor.events).toBe(xEvents + yEvents - both);
    // An event that named both keeps one link.
    const links = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from event_actors where actor_id = ${y} group by event_id having count(*) > 1`,
    );
    expect(links).toEqual([]);
    const merged = await rows<{ reason: string; origin: string }>(
      db,
      sql`select reason, origin from event_revisions where reason = ${`merged actor ${xName} into ${yName}`}`,
    );
    expect(merged).toHaveLength(xEvents);
    expect(await mergedInto({ db, kind: 'actor', id: x })).toBe(y);

    const undone = await undoMerge({ db, id: merge.mergeId });
    expect(undone.revised).toBe(xEvents);
    expect(await state(ctx.database, ids, [String(x), String(y)])).toEqual(before);
    expect(await revisionCount(ctx.database)).toBe(revisionsBefore + 2 * xEvents);
    expect(await mergedInto({ db, kind: 'actor', id: x })).toBeNull();
    await expect(undoMerge({ db, id: merge.mergeId })).rejects.toThrow(/already undone/);
  });

  it('merges a place into another, keeping its names, and undoes it exactly', async () => {
    const db = ctx.database.db;
    const [x, y] = [await idOf(ctx.database, 'locations', 'Askeran'), await idOf(ctx.database, 'locations', 'Khojaly')];
    const ids = (
      await rows<{ id: number }>(db, sql`select id from events where location_id in (${x}, ${y}) order by id`)
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const before = await state(ctx.database, ids, []);
    const atX = (await frequency(ctx.database, `location=${x}&bucket=year`)).total;
    const atY = (await frequency(ctx.database, `location=${y}&bucket=year`)).total;

    const merge = await mergePlaces({ db, id: x, into: y });
    expect((await frequency(ctx.database, `location=${y}&bucket=year`)).total).toBe(atX + atY);
    // The old name still finds the place: it is one of the survivor's other names.
    expect((await frequency(ctx.database, `location=Askeran&bucket=year`)).total).toBe(atX + atY);
    const [after] = await rows<{ altNames: string[] }>(
      db,
      sql`select alt_names as "altNames" from locations where id = ${y}`,
    );
    expect(after!.altNames).toContain('Askeran');

    await undoMerge({ db, id: merge.mergeId });
    expect(await state(ctx.database, ids, [])).toEqual(before);
  });

  it('decides queue entries: "not the same" is remembered on the next import, "merge" is undoable', async () => {
    const db = ctx.database.db;
    const first = await importCsv(
      ctx.database,
      ctx.conflictId,
      ['q1,Queue test one,2023-05-02,day,armed-clash,Nikol Pashinyann (actor-1); Ilham Aliyevv,Jermukh,40.1,45.9,Wire'],
      'queue.csv',
    );
    expect(first.names!.possiblySame.map((p) => p.name).sort()).toEqual([
      'Ilham Aliyevv',
      'Jermukh',
      'Nikol Pashinyann',
    ]);
    const { entries } = await listQueue({ db });
    const pick = (name: string) => entries.find((e) => e.record.name === name)!;
    expect(pick('Nikol Pashinyann').candidate.name).toBe('Nikol Pashinyan');
    expect(pick('Jermukh').candidate).toMatchObject({ name: 'Jermuk' });

    await decideQueueEntry({ db, id: pick('Nikol Pashinyann').id, decision: 'distinct' });
    const again = await importCsv(
      ctx.database,
      ctx.conflictId,
      ['q2,Queue test two,2023-05-03,day,armed-clash,Nikol Pashinyann (actor-1),Jermukh,40.1,45.9,Wire'],
      'queue-again.csv',
    );
    expect(again.names!.possiblySame).toEqual([]);
    const status = await rows<{ status: string; n: number }>(
      db,
      sql`select status, count(*)::int as n from reconciliation_queue q join actors a on a.id = q.record_id
      where q.kind = 'actor' and a.name = 'Nikol Pashinyann' group by status`,
    );
    expect(status).toEqual([{ status: 'distinct', n: 1 }]);
    expect((await listQueue({ db })).entries.map((e) => e.record.name)).not.toContain('Nikol Pashinyann');

    const jermukh = pick('Jermukh');
    const decided = await decideQueueEntry({ db, id: jermukh.id, decision: 'merge' });
    expect(decided.status).toBe('merged');
    expect((await listQueue({ db })).entries.map((e) => e.id)).not.toContain(jermukh.id);
    expect(await mergedInto({ db, kind: 'place', id: jermukh.record.id })).toBe(jermukh.candidate.id);
    await undoMerge({ db, id: decided.merge!.mergeId });
    expect((await listQueue({ db })).entries.map((e) => e.id)).toContain(jermukh.id);
  });

  it('refuses what cannot be merged or undone, naming why', async () => {
    const db = ctx.database.db;
    const [a, b, c] = [
      await idOf(ctx.database, 'actors', 'Charles Michel'),
      await idOf(ctx.database, 'actors', 'Donald Trump'),
      await idOf(ctx.database, 'actors', 'Vladimir Putin'),
    ];
    await expect(mergeActors({ db, id: a, into: a })).rejects.toThrow(/itself/);
    await expect(mergeActors({ db, id: a, into: 2_000_000 })).rejects.toThrow(/No actor/);
    const first = await mergeActors({ db, id: a, into: b });
    const second = await mergeActors({ db, id: b, into: c });
    // A chain leads to its end; the first merge waits for the second to be undone.
    expect(await mergedInto({ db, kind: 'actor', id: a })).toBe(c);
    await expect(undoMerge({ db, id: first.mergeId })).rejects.toThrow(/no longer exists/);
    await undoMerge({ db, id: second.mergeId });
    await undoMerge({ db, id: first.mergeId });
    expect((await rows(db, sql`select id from actors where id in (${a}, ${b}, ${c})`)).length).toBe(3);
  });
});
