// Large identity merges (issue 15): an actor or place with thousands of events merges in set-based
// statements and undoes exactly, every event revised once each way, with who asked on the merge
// record and on every revision it and its undo write.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../rows';
import { seededDatabase, testEngines } from '../testing';
import type { Database } from '../types';
import { mergeActors } from './merge-actors';
import { mergePlaces } from './merge-places';
import { listMergesInto, undoMerge } from './merges';

const N = 3000;
const dump = async (database: Database, query: string) => JSON.stringify(await rows(database.db, sql.raw(query)));
const one = async <T>(database: Database, query: ReturnType<typeof sql>) => (await rows<T>(database.db, query))[0]!;

/** N events naming actor `a` at place `p`; every third also names actor `b` (in a weaker role). */
async function manyEvents(database: Database, conflictId: number, { a, b, p }: { a: number; b: number; p: number }) {
  const made = await rows<{ id: number }>(
    database.db,
    sql`insert into events (conflict_id, title, summary, event_type, sub_type, date_start, date_last, precision,
      location_id)
    select ${conflictId}, 'Large merge ' || g, '', 'battles', 'armed-clash',
      date '2001-01-01' + g, date '2001-01-01' + g,
      'day', ${p}
    from generate_series(1, ${N}) g returning id`,
  );
  const ids = JSON.stringify(made.map((e) => e.id));
  const link = (actor: number, role: string, every: number) =>
    database.db.execute(sql`insert into event_actors (event_id, actor_id, role, conflict_id, sub_type, status,
        milestone, date_start, date_last, live)
      select e.id, ${actor}, ${role}, e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last, true
      from events e where e.id in (select (jsonb_array_elements_text(${ids}::jsonb))::int) and e.id % ${every} = 0`);
  await link(a, 'actor-1', 1);
  await link(b, 'participant', 3);
  return made.map((e) => e.id);
}

async function registryState(database: Database, conflictId: number) {
  return {
    actors: await dump(database, 'select * from actors order by id'),
    aliases: await dump(database, 'select * from actor_aliases order by id'),
    locations: await dump(database, 'select * from locations order by id'),
    links: await dump(database, 'select event_id, actor_id, role from event_actors order by event_id, actor_id'),
    places: await dump(database, 'select id, location_id from events order by id'),
    years: await dump(
      database,
      `select * from event_year_counts where n <> 0 and conflict_id = ${conflictId} order by 1, 2, 3, 4, 5, 6, 7`,
    ),
  };
}

describe.each(testEngines())('large identity merges on $name', ({ open }) => {
  const ctx = seededDatabase(open);

  it(`merges an actor and a place with ${N.toLocaleString('en')} events and undoes both exactly`, async () => {
    const { database, conflictId } = ctx;
    const db = database.db;
    await db.execute(sql`insert into users (id, name, email, role) values ('u-merge', 'Mira Editor',
      'mira@example.org', 'editor')`);
    const make = async (name: string) =>
      (await one<{ id: number }>(database, sql`insert into actors (name, kind) values (${name}, 'group') returning id`))
        .id;
    const [a, b] = [await make('Large merge group'), await make('Large merge survivor')];
    await db.execute(sql`insert into actor_aliases (actor_id, alias) values (${a}, 'LMG')`);
    const place = async (name: string) =>
      (await one<{ id: number }>(database, sql`insert into locations (name) values (${name}) returning id`)).id;
    const [p, q] = [await place('Large merge town'), await place('Large merge city')];
    const ids = await manyEvents(database, conflictId, { a, b, p });
    const before = await registryState(database, conflictId);
    const revisions = async () =>
      (await one<{ n: number }>(database, sql`select count(*)::int as n from event_revisions`)).n;
    const revisionsBefore = await revisions();
    const versions = async () =>
      (await one<{ v: number }>(database, sql`select sum(version)::int as v from events where id >= ${ids[0]!}`)).v;

    const actorMerge = await mergeActors({ db, id: a, into: b, userId: 'u-merge' });
    expect(actorMerge.events).toBe(N);
    const placeMerge = await mergePlaces({ db, id: p, into: q, userId: 'u-merge' });
    expect(placeMerge.events).toBe(N);
    // Every event now names the survivor once, in the stronger role, at the surviving place.
    const links = await rows<{ role: string; n: number }>(
      db,
      sql`select role::text, count(*)::int as n from event_actors where actor_id = ${b} group by 1`,
    );
    expect(links).toEqual([{ role: 'actor-1', n: N }]);
    const atQ = await one<{ n: number }>(database, sql`select count(*)::int as n from events where location_id = ${q}`);
    expect(atQ.n).toBe(N);
    const survivorYears = await one<{ n: number }>(
      database,
      sql`select coalesce(sum(n), 0)::int as n from event_year_counts where actor_id = ${b}`,
    );
    expect(survivorYears.n).toBe(N);
    expect(await revisions()).toBe(revisionsBefore + 2 * N);
    expect(await versions()).toBe(3 * N);
    const who = await rows<{ userId: string | null; n: number }>(
      db,
      sql`select user_id as "userId", count(*)::int as n from event_revisions where id > 0
        and reason like 'merged % into Large merge %' group by 1`,
    );
    expect(who).toEqual([{ userId: 'u-merge', n: 2 * N }]);
    const record = await rows<{ userId: string }>(
      db,
      sql`select user_id as "userId" from identity_merges where id in (${actorMerge.mergeId}, ${placeMerge.mergeId})`,
    );
    expect(record).toEqual([{ userId: 'u-merge' }, { userId: 'u-merge' }]);
    expect((await listMergesInto({ db, kind: 'actor', id: b }))[0]).toMatchObject({ events: N, byName: 'Mira Editor' });
    const change = await one<{ changes: unknown }>(
      database,
      sql`select changes from event_revisions
      where event_id = ${ids.find((id) => id % 3 === 0)!} and reason like 'merged actor %'`,
    );
    expect(typeof change.changes === 'string' ? JSON.parse(change.changes) : change.changes).toEqual({
      actors: {
        from: 'Large merge group (actor-1); Large merge survivor (participant)',
        to: 'Large merge survivor (actor-1)',
      },
    });

    // Undone in reverse order, by someone else: the exact previous state, with 2N more revisions.
    await undoMerge({ db, id: placeMerge.mergeId, userId: null });
    const undone = await undoMerge({ db, id: actorMerge.mergeId, userId: 'u-merge' });
    expect(undone.revised).toBe(N);
    expect(await registryState(database, conflictId)).toEqual(before);
    expect(await revisions()).toBe(revisionsBefore + 4 * N);
    const undoneBy = await rows<{ userId: string | null; n: number }>(
      db,
      sql`select user_id as "userId", count(*)::int as n from event_revisions
      where reason like 'undid the merge of % into Large merge %' group by 1 order by 1`,
    );
    expect(undoneBy).toEqual([
      { userId: 'u-merge', n: N },
      { userId: null, n: N },
    ]);
  });
});
