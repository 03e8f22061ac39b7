// Bulk mode for large imports. Keeping the secondary indexes (full text above all) and the chart
// rollups current row by row costs more than rebuilding them once, so a large import drops the
// indexes, skips the rollups, and rebuilds both when it ends. The dropped definitions are written
// down first (bulk_imports), in the same transaction as the drop: an import that dies midway is
// finished the next time the database is opened.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';

/** Indexes that only serve reads: an import does not need them to find its own rows. */
export const DEFERRED_INDEXES = [
  'events_search_idx',
  'events_conflict_date_idx',
  'events_conflict_type_date_idx',
  'events_location_idx',
  'event_actors_actor_date_idx',
  'event_revisions_event_idx',
  'events_span_idx',
  'event_actors_span_idx',
];

/** Superusers (PGlite always; a server's owner often) may turn triggers and FK checks off for a bulk write. */
export async function isSuperuser(db: Db): Promise<boolean> {
  const [row] = await rows<{ su: boolean }>(db, sql`select usesuper as su from pg_user where usename = current_user`);
  return row?.su ?? false;
}

const nameOf = (definition: string) => /INDEX (?:IF NOT EXISTS )?(\S+) ON/i.exec(definition)?.[1] ?? null;

/**
 * Drops the deferred indexes for a bulk import and returns its id, or null when another bulk
 * import is already running (one at a time: the second goes on in the ordinary way).
 */
export async function beginBulk(db: Db): Promise<number | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table bulk_imports in exclusive mode`);
    const [busy] = await rows<{ id: number }>(tx, sql`select id from bulk_imports limit 1`);
    if (busy) return null;
    const defs = await rows<{ name: string; definition: string }>(
      tx,
      sql`
      select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema()
        and indexname in (select jsonb_array_elements_text(${JSON.stringify(DEFERRED_INDEXES)}::jsonb))`,
    );
    const [row] = await rows<{ id: number }>(
      tx,
      sql`
      insert into bulk_imports (indexes) select coalesce(array_agg(d), '{}')
      from jsonb_array_elements_text(${JSON.stringify(defs.map((d) => d.definition))}::jsonb) d
      returning id`,
    );
    for (const d of defs) await tx.execute(sql.raw(`DROP INDEX IF EXISTS ${d.name}`));
    return row!.id;
  });
}

/** Marks a bulk import as alive (after each batch), so no other process takes it for dead. */
export async function touchBulk(db: Db, id: number) {
  await db.execute(sql`update bulk_imports set alive_at = now() where id = ${id}`);
}

/** Rebuilds what a bulk import deferred (its indexes, then every rollup), then forgets it. */
export async function finishBulk(db: Db, id: number) {
  const [row] = await rows<{ indexes: string[] }>(db, sql`select indexes from bulk_imports where id = ${id}`);
  if (!row) return;
  for (const definition of row.indexes) {
    const name = nameOf(definition);
    if (!name) continue;
    await db.transaction(async (tx) => {
      const [exists] = await rows<{ one: number }>(
        tx,
        sql`select 1 as one from pg_indexes where schemaname = current_schema() and indexname = ${name}`,
      );
      if (exists) return;
      await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
      await tx.execute(sql.raw(definition));
    });
  }
  await db.execute(sql`select fl_rebuild_counts()`);
  await db.execute(sql`delete from bulk_imports where id = ${id}`);
  await refreshStatistics(db);
}

/**
 * The planner's statistics, after many new rows: an embedded database has no autovacuum to do it,
 * and without them it plans a large table as if it were a small one.
 */
export async function refreshStatistics(db: Db) {
  await db.execute(sql`analyze events, event_actors, event_sources, event_revisions`);
}

/**
 * Finishes bulk imports that a crash left behind. Embedded, one process owns the database, so any
 * row is left over; on a server another process may be importing, so only rows it has not
 * touched for `staleMinutes`.
 */
export async function finishInterruptedBulkImports(db: Db, { staleMinutes }: { staleMinutes: number }) {
  const left = await rows<{ id: number }>(
    db,
    sql`
    select id from bulk_imports where alive_at <= now() - make_interval(mins => ${staleMinutes}) order by id`,
  );
  for (const { id } of left) await finishBulk(db, id);
}
