// Bulk loading for scale: COPY in batches on one session with triggers and foreign-key checks
// off (the generator's rows are consistent by construction) and secondary indexes dropped,
// then indexes rebuilt from their own definitions and the month rollup recomputed once.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import { generateEvents } from '@/lib/synth/generate';
import type { Database } from './client';
import { rows } from './queries/sql';

const DEFERRED_INDEXES = ['events_search_idx', 'events_conflict_date_idx', 'events_conflict_type_date_idx', 'events_location_idx', 'event_actors_actor_date_idx'];
const TABLES_WITH_TRIGGERS = ['events', 'event_actors'];
const BATCH = 50_000;

/** A field in PostgreSQL's COPY CSV format. */
function csv(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

/** One connection for the whole load: session settings and COPY must share it. */
interface BulkSession {
  exec(statement: string): Promise<void>;
  copy(table: string, columns: string[], lines: string[]): Promise<void>;
  release(): void;
}

async function openSession(database: Database): Promise<BulkSession> {
  const statementOf = (table: string, columns: string[]) => `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  if (database.pglite) {
    const pg = database.pglite;
    return {
      exec: async (s) => void (await pg.exec(s)),
      copy: async (table, columns, lines) =>
        void (await pg.query(statementOf(table, columns).replace('STDIN', `'/dev/blob'`), [], { blob: new Blob([lines.join('\n') + '\n']) })),
      release: () => undefined,
    };
  }
  const client = await database.pool!.connect();
  return {
    exec: async (s) => void (await client.query(s)),
    copy: (table, columns, lines) => pipeline(Readable.from([lines.join('\n') + '\n']), client.query(copyFrom(statementOf(table, columns)))),
    release: () => client.release(),
  };
}

export interface SynthReport { conflictId: number; events: number; eventActors: number; seconds: { copy: number; indexes: number; rollup: number; total: number } }

export async function loadSynthetic({ database, count, seed, slug = 'synthetic', replace = false, onProgress }: {
  database: Database; count: number; seed: number; slug?: string; replace?: boolean; onProgress?: (done: number) => void;
}): Promise<SynthReport> {
  const { db } = database;
  const t0 = performance.now();
  const existing = await rows<{ id: number }>(db, sql`select id from conflicts where slug = ${slug}`);
  if (existing[0] && !replace) throw new Error(`A conflict "${slug}" already exists: pass --replace to regenerate it`);
  // Actor pool: the real registry first (so filters by real names work), then synthetic groups.
  for (let k = 1; k <= 150; k++) {
    await db.execute(sql`insert into actors (name, kind) values (${`Synthetic group ${k}`}, 'group') on conflict do nothing`);
  }
  const actorPool = (await rows<{ id: number }>(db, sql`select id from actors order by (name like 'Synthetic group %'), id`)).map((r) => r.id);
  const locationPool = (await rows<{ id: number }>(db, sql`select id from locations order by id`)).map((r) => r.id);
  const [source] = await rows<{ id: number }>(db, sql`
    insert into sources (publisher, title) values ('Faultline', ${`Synthetic data, seed ${seed}`}) returning id`);

  const indexDefs = await rows<{ indexname: string; indexdef: string }>(db, sql`
    select indexname, indexdef from pg_indexes where schemaname = current_schema()
      and indexname = any(${`{${DEFERRED_INDEXES.join(',')}}`}::text[])`);
  const session = await openSession(database);
  // Superusers (PGlite always; a server's owner often) can skip FK checks and triggers wholesale;
  // others still skip the rollup triggers.
  const [{ su } = { su: false }] = await rows<{ su: boolean }>(db, sql`select usesuper as su from pg_user where usename = current_user`);
  if (su) await session.exec('SET session_replication_role = replica');
  else for (const t of TABLES_WITH_TRIGGERS) await session.exec(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
  for (const i of indexDefs) await session.exec(`DROP INDEX IF EXISTS ${i.indexname}`);
  if (existing[0]) {
    // Children first: with checks off, cascades do not run either. The rollup is rebuilt below.
    const old = existing[0].id;
    for (const child of ['event_sources', 'event_actors', 'event_revisions']) {
      await session.exec(`DELETE FROM ${child} WHERE event_id IN (SELECT id FROM events WHERE conflict_id = ${old})`);
    }
    await session.exec(`DELETE FROM events WHERE conflict_id = ${old}`);
    await session.exec(`DELETE FROM conflicts WHERE id = ${old}`);
  }
  const [conflict] = await rows<{ id: number }>(db, sql`
    insert into conflicts (slug, name, description) values (${slug}, ${`Synthetic data (${count.toLocaleString('en')} events, seed ${seed})`},
      'Generated by npm run db:synth for scale tests. Not real events.') returning id`);
  const conflictId = conflict!.id;


  let eventActors = 0;
  const seconds = { copy: 0, indexes: 0, rollup: 0, total: 0 };
  try {
    const [{ base } = { base: 0 }] = await rows<{ base: number }>(db, sql`select coalesce(max(id), 0)::int as base from events`);
    await db.execute(sql`select setval('events_id_seq', ${base + count})`);
    let id = base;
    let events: string[] = [];
    let links: string[] = [];
    let cites: string[] = [];
    const flush = async () => {
      await session.copy('events', ['id', 'conflict_id', 'title', 'summary', 'event_type', 'sub_type', 'date_start', 'date_end', 'date_last', 'precision', 'status', 'milestone', 'location_id', 'fatalities_best'], events);
      await session.copy('event_actors', ['event_id', 'actor_id', 'role', 'conflict_id', 'sub_type', 'status', 'milestone', 'date_start', 'date_last', 'live'], links);
      await session.copy('event_sources', ['event_id', 'source_id', 'quote', 'position'], cites);
      onProgress?.(id - base);
      events = [];
      links = [];
      cites = [];
    };
    for (const e of generateEvents({ count, seed, actors: actorPool.length, locations: locationPool.length })) {
      id++;
      const d = e.date;
      events.push([id, conflictId, csv(e.title), csv(e.summary), csv(e.eventType), csv(e.subType), d.dateStart, d.dateEnd ?? '', d.dateLast,
        d.precision, e.status, e.milestone, e.location === null ? '' : locationPool[e.location], e.fatalities ?? ''].join(','));
      for (const a of e.actors) {
        links.push([id, actorPool[a.index], a.role, conflictId, csv(e.subType), e.status, e.milestone, d.dateStart, d.dateLast, true].join(','));
        eventActors++;
      }
      cites.push(`${id},${source!.id},"",0`);
      if (events.length >= BATCH) await flush();
    }
    if (events.length) await flush();
  } finally {
    const tCopy = performance.now();
    if (su) await session.exec('SET session_replication_role = DEFAULT');
    else for (const t of TABLES_WITH_TRIGGERS) await session.exec(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    await session.exec('SET maintenance_work_mem = \'256MB\'');
    for (const i of indexDefs) await session.exec(i.indexdef);
    const tIndex = performance.now();
    await session.exec('SELECT fl_rebuild_counts()');
    await session.exec('VACUUM ANALYZE events, event_actors, event_sources, event_month_counts, event_year_counts');
    session.release();
    const tEnd = performance.now();
    Object.assign(seconds, { copy: (tCopy - t0) / 1000, indexes: (tIndex - tCopy) / 1000, rollup: (tEnd - tIndex) / 1000, total: (tEnd - t0) / 1000 });
  }
  return { conflictId, events: count, eventActors, seconds };
}
