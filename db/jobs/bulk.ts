// Bulk loading for scale: COPY in batches on one session with triggers and foreign-key checks
// off (the generator's rows are consistent by construction) and secondary indexes dropped,
// then indexes rebuilt from their own definitions and the month rollup recomputed once.
import { sql } from 'drizzle-orm';
import { generateEvents } from '@/lib/synth/generate';
import type { BulkSession, Database } from '../types';
import { copyLine } from './copy';
import { DEFERRED_INDEXES, isSuperuser } from './maintenance';
import { rows } from '../rows';

const TABLES_WITH_TRIGGERS = ['events', 'event_actors'];
const BATCH = 50_000;
const EVENT_COLUMNS = [
  'id',
  'conflict_id',
  'title',
  'summary',
  'event_type',
  'sub_type',
  'date_start',
  'date_end',
  'date_last',
  'precision',
  'status',
  'milestone',
  'location_id',
  'fatalities_best',
];
const LINK_COLUMNS = [
  'event_id',
  'actor_id',
  'role',
  'conflict_id',
  'sub_type',
  'status',
  'milestone',
  'date_start',
  'date_last',
  'live',
];

export interface SynthReport {
  conflictId: number;
  events: number;
  eventActors: number;
  seconds: { copy: number; indexes: number; rollup: number; total: number };
}

export async function loadSynthetic({
  database,
  count,
  seed,
  slug = 'synthetic',
  replace = false,
  onProgress,
}: {
  database: Database;
  count: number;
  seed: number;
  slug?: string;
  replace?: boolean;
  onProgress?: (done: number) => void;
}): Promise<SynthReport> {
  const { db } = database;
  const t0 = performance.now();
  const existing = await rows<{ id: number }>(db, sql`select id from conflicts where slug = ${slug}`);
  if (existing[0] && !replace) throw new Error(`A conflict "${slug}" already exists: pass --replace to regenerate it`);
  const pools = await makePools(db, seed);

  const indexDefs = await rows<{ indexname: string; indexdef: string }>(
    db,
    sql`
    select indexname, indexdef from pg_indexes where schemaname = current_schema()
      and indexname = any(${`{${DEFERRED_INDEXES.join(',')}}`}::text[])`,
  );
  const session = await database.bulkSession();
  // Superusers (PGlite always; a server's owner often) can skip FK checks and triggers wholesale;
  // others still skip the rollup triggers.
  const su = await isSuperuser(db);
  if (su) await session.exec('SET session_replication_role = replica');
  else for (const t of TABLES_WITH_TRIGGERS) await session.exec(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
  for (const i of indexDefs) await session.exec(`DROP INDEX IF EXISTS ${i.indexname}`);
  if (existing[0]) await removeConflict(session, existing[0].id);
  const conflictId = await insertConflict(db, { slug, count, seed });

  let eventActors = 0;
  const seconds = { copy: 0, indexes: 0, rollup: 0, total: 0 };
  try {
    eventActors = await copyEvents({ db, session, conflictId, count, seed, pools, onProgress });
  } finally {
    const tCopy = performance.now();
    if (su) await session.exec('SET session_replication_role = DEFAULT');
    else for (const t of TABLES_WITH_TRIGGERS) await session.exec(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    await session.exec("SET maintenance_work_mem = '256MB'");
    for (const i of indexDefs) await session.exec(i.indexdef);
    const tIndex = performance.now();
    await session.exec('SELECT fl_rebuild_counts()');
    await session.exec('VACUUM ANALYZE events, event_actors, event_sources, event_month_counts, event_year_counts');
    session.release();
    const tEnd = performance.now();
    Object.assign(seconds, {
      copy: (tCopy - t0) / 1000,
      indexes: (tIndex - tCopy) / 1000,
      rollup: (tEnd - tIndex) / 1000,
      total: (tEnd - t0) / 1000,
    });
  }
  return { conflictId, events: count, eventActors, seconds };
}

type Pools = { actorPool: number[]; locationPool: number[]; sourceId: number };

/** Actor pool: the real registry first (so filters by real names work), then synthetic groups. */
async function makePools(db: Database['db'], seed: number): Promise<Pools> {
  for (let k = 1; k <= 150; k++) {
    await db.execute(
      sql`insert into actors (name, kind) values (${`Synthetic group ${k}`}, 'group') on conflict do nothing`,
    );
  }
  const actorPool = (
    await rows<{ id: number }>(db, sql`select id from actors order by (name like 'Synthetic group %'), id`)
  ).map((r) => r.id);
  const locationPool = (await rows<{ id: number }>(db, sql`select id from locations order by id`)).map((r) => r.id);
  const [source] = await rows<{ id: number }>(
    db,
    sql`
    insert into sources (publisher, title) values ('Faultline', ${`Synthetic data, seed ${seed}`}) returning id`,
  );
  return { actorPool, locationPool, sourceId: source!.id };
}

/** Children first: with checks off, cascades do not run either. The rollup is rebuilt at the end. */
async function removeConflict(session: BulkSession, old: number) {
  for (const child of ['event_sources', 'event_actors', 'event_revisions']) {
    await session.exec(`DELETE FROM ${child} WHERE event_id IN (SELECT id FROM events WHERE conflict_id = ${old})`);
  }
  await session.exec(`DELETE FROM events WHERE conflict_id = ${old}`);
  await session.exec(`DELETE FROM conflicts WHERE id = ${old}`);
}

async function insertConflict(
  db: Database['db'],
  { slug, count, seed }: { slug: string; count: number; seed: number },
): Promise<number> {
  const [conflict] = await rows<{ id: number }>(
    db,
    sql`
    insert into conflicts (slug, name, description)
    values (${slug}, ${`Synthetic data (${count.toLocaleString('en')} events, seed ${seed})`},
      'Generated by npm run db:synth for scale tests. Not real events.') returning id`,
  );
  return conflict!.id;
}

type CopyStep = {
  db: Database['db'];
  session: BulkSession;
  conflictId: number;
  count: number;
  seed: number;
  pools: Pools;
  onProgress?: (done: number) => void;
};

/** Generates the events and COPYs them in batches. Returns the number of actor links written. */
async function copyEvents({ db, session, conflictId, count, seed, pools, onProgress }: CopyStep): Promise<number> {
  const { actorPool, locationPool, sourceId } = pools;
  let eventActors = 0;
  const [{ base } = { base: 0 }] = await rows<{ base: number }>(
    db,
    sql`select coalesce(max(id), 0)::int as base from events`,
  );
  await db.execute(sql`select setval('events_id_seq', ${base + count})`);
  let id = base;
  let events: string[] = [];
  let links: string[] = [];
  let cites: string[] = [];
  const flush = async () => {
    await session.copy('events', EVENT_COLUMNS, events);
    await session.copy('event_actors', LINK_COLUMNS, links);
    await session.copy('event_sources', ['event_id', 'source_id', 'quote', 'position'], cites);
    onProgress?.(id - base);
    events = [];
    links = [];
    cites = [];
  };
  for (const e of generateEvents({ count, seed, actors: actorPool.length, locations: locationPool.length })) {
    id++;
    const d = e.date;
    events.push(
      copyLine([
        id,
        conflictId,
        e.title,
        e.summary,
        e.eventType,
        e.subType,
        d.dateStart,
        d.dateEnd,
        d.dateLast,
        d.precision,
        e.status,
        e.milestone,
        e.location === null ? null : locationPool[e.location],
        e.fatalities,
      ]),
    );
    for (const a of e.actors) {
      links.push(
        copyLine([
          id,
          actorPool[a.index],
          a.role,
          conflictId,
          e.subType,
          e.status,
          e.milestone,
          d.dateStart,
          d.dateLast,
          true,
        ]),
      );
      eventActors++;
    }
    cites.push(copyLine([id, sourceId, '', 0]));
    if (events.length >= BATCH) await flush();
  }
  if (events.length) await flush();
  return eventActors;
}
