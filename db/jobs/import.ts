// Imports mapped records: new keys create events, changed ones are updated through an "import"
// revision, unchanged ones are left alone, and events an analyst deleted are reported, never
// brought back. Records go in batches, each in one transaction; a batch that fails is retried
// record by record, so one bad row never costs the others.
import { sql } from 'drizzle-orm';
import type { ImportRecord, Mapped } from '@/lib/import/record';
import type { Database } from '../types';
import { createBatch, emptyCache, forget, sourceKey, type NameCache as Cache } from './import-bulk';
import {
  beginBulk,
  finishBulk,
  finishInterruptedBulkImports,
  isSuperuser,
  refreshStatistics,
  touchBulk,
} from './maintenance';
import { diffSnapshots, snapshotEvent } from '../queries/event-history';
import type { DbOrTx } from '../types';
import { publisherName, type NamesReport } from '../names';
import { rows } from '../rows';

export interface ImportReport {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; reason: string }[];
  /** Keys of events from an earlier import of this kind that this file no longer contains. */
  missing: string[];
  /** In the final report: what each actor and place name was matched to and how, what was created, what is queued. */
  names?: NamesReport;
  /** In progress reports only: 'indexing' while a large import rebuilds its indexes and chart counts. */
  stage?: 'indexing';
  /** A contributor's import: the review batch its new events wait in (/review), none of them public yet. */
  review?: { batch: number };
}

const BATCH = 2000;
/**
 * Bulk mode (maintenance.ts) starts once an import has created this many events and at least
 * half as many as the table held: from there, rebuilding indexes and rollups once is cheaper.
 */
const BULK_AFTER = 20_000;
/** An ordinary import that created this many events refreshes the planner's statistics afterwards. */
const REFRESH_STATISTICS_AFTER = 1000;

async function sourceId(tx: DbOrTx, cache: Cache, s: ImportRecord['event']['sources'][number]): Promise<number> {
  const k = sourceKey(s);
  const hit = cache.sources.get(k);
  if (hit) return hit;
  const [found] = s.url
    ? await rows<{ id: number }>(tx, sql`select id from sources where url = ${s.url}`)
    : await rows<{ id: number }>(
        tx,
        sql`select id from sources where url is null and lower(publisher) = lower(${publisherName(s.publisher)})
          and coalesce(title, '') = ${s.title ?? ''} limit 1`,
      );
  const id =
    found?.id ??
    (
      await rows<{ id: number }>(
        tx,
        sql`
    insert into sources (publisher, url, title, published_at)
    values (${publisherName(s.publisher)}, ${s.url ?? null}, ${s.title ?? null}, ${s.publishedAt ?? null})
    returning id`,
      )
    )[0]!.id;
  cache.sources.set(k, id);
  return id;
}

async function writeLinks(tx: DbOrTx, cache: Cache, eventId: number, r: ImportRecord) {
  await tx.execute(sql`delete from event_actors where event_id = ${eventId}`);
  for (const a of r.event.actors) {
    const id = await cache.names.actor(tx, {
      name: a.name,
      kind: r.actorKinds[a.name] ?? 'group',
      day: r.event.date.dateStart,
      wantedId: r.restore?.actorIds[a.name],
    });
    await tx.execute(sql`
      insert into event_actors
        (event_id, actor_id, role, conflict_id, sub_type, status, milestone, date_start, date_last, live)
      select e.id, ${id}, ${a.role}, e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last,
        e.deleted_at is null
      from events e where e.id = ${eventId} on conflict do nothing`);
  }
  await tx.execute(sql`delete from event_sources where event_id = ${eventId}`);
  for (const [i, s] of r.event.sources.entries()) {
    const id = await sourceId(tx, cache, s);
    await tx.execute(
      sql`insert into event_sources (event_id, source_id, quote, position)
        values (${eventId}, ${id}, ${s.quote}, ${i}) on conflict do nothing`,
    );
  }
}

type Outcome = 'created' | 'updated' | 'unchanged' | { rejected: string };

/** Who imports: an editor's events are published at once, a contributor's wait in one review batch. */
export type Importer = { userId: string | null; batchId: number | null };

const PUBLISHED_BY: Importer = { userId: null, batchId: null };

type Existing = { id: number; conflict_id: number; import_hash: string | null; deleted: boolean };

/** The event a record names: by id (a Faultline export's restore) or by its key in this conflict. */
function findExisting(tx: DbOrTx, conflictId: number, r: ImportRecord): Promise<Existing[]> {
  return r.keepId !== undefined
    ? rows<Existing>(
        tx,
        sql`select id, conflict_id, import_hash, deleted_at is not null as deleted from events where id = ${r.keepId}`,
      )
    : rows<Existing>(
        tx,
        sql`select id, conflict_id, import_hash, deleted_at is not null as deleted from events
        where conflict_id = ${conflictId} and external_id = ${r.key}`,
      );
}

/**
 * An event id names one event in one conflict. A Faultline event whose id is another conflict's comes here as a copy:
 * a new event with an id of its own and a history that starts with this import, keyed by the file's id so that
 * importing the file again updates the copy.
 */
async function forThisConflict(tx: DbOrTx, conflictId: number, r: ImportRecord): Promise<ImportRecord> {
  if (r.keepId === undefined) return r;
  const [elsewhere] = await rows<{ id: number }>(
    tx,
    sql`select id from events where id = ${r.keepId} and conflict_id <> ${conflictId}`,
  );
  return elsewhere ? { ...r, keepId: undefined, restore: undefined } : r;
}

/**
 * A row of Faultline's own ACLED export whose event is here: unchanged, never overwritten (the file says less than
 * the event). Null when it is not one, or its event is not in this conflict (another database's export).
 */
async function ownEventOf(tx: DbOrTx, conflictId: number, r: ImportRecord): Promise<Outcome | null> {
  if (r.ownEventId === undefined) return null;
  const [own] = await rows<{ deleted: boolean }>(
    tx,
    sql`select deleted_at is not null as deleted from events
      where id = ${r.ownEventId} and conflict_id = ${conflictId}`,
  );
  if (!own) return null;
  return own.deleted
    ? { rejected: `event ${r.ownEventId} was deleted in Faultline by an analyst; not restored` }
    : 'unchanged';
}

async function importOne(
  tx: DbOrTx,
  cache: Cache,
  conflictId: number,
  record: ImportRecord,
  origin: string,
  label: string,
  by: Importer = PUBLISHED_BY,
): Promise<Outcome> {
  const own = await ownEventOf(tx, conflictId, record);
  if (own) return own;
  const r = await forThisConflict(tx, conflictId, record);
  const { hash } = r;
  const [existing] = await findExisting(tx, conflictId, r);
  if (existing?.deleted)
    return { rejected: `event ${existing.id} (${r.key}) was deleted in Faultline by an analyst; not restored` };
  if (existing && existing.import_hash === hash) return 'unchanged';
  if (existing && by.batchId !== null)
    return {
      rejected:
        `event ${existing.id} (${r.key}) is already stored; an import waiting for review only adds new events ` +
        '(an editor re-imports the file to update it)',
    };
  const locationId = r.place ? await cache.names.place(tx, r.place, { wantedId: r.restore?.placeId }) : null;
  const e = r.event;
  const f = e.fatalities;
  const externalId = r.keepId !== undefined ? null : r.key;
  if (existing) {
    const before = await snapshotEvent(tx, existing.id);
    await tx.execute(sql`update events set title = ${e.title}, summary = ${e.summary}, event_type = ${e.eventType},
      sub_type = ${e.subType}, date_start = ${e.date.dateStart}::date, date_end = ${e.date.dateEnd}::date,
      date_last = ${e.date.dateLast}::date, precision = ${e.date.precision},
      status = ${e.status}, milestone = ${e.milestone}, location_id = ${locationId},
      fatalities_best = ${f?.best ?? null}, fatalities_low = ${f?.low ?? null}, fatalities_high = ${f?.high ?? null},
      import_hash = ${hash}, updated_at = now()
      where id = ${existing.id}`);
    await writeLinks(tx, cache, existing.id, r);
    const changes = diffSnapshots(before, await snapshotEvent(tx, existing.id));
    if (!Object.keys(changes).length) return 'unchanged';
    await tx.execute(sql`update events set version = version + 1 where id = ${existing.id}`);
    await tx.execute(sql`insert into event_revisions (event_id, action, origin, changes, reason, user_id)
      values (${existing.id}, 'import', ${origin}, ${JSON.stringify(changes)}::json,
        ${`Re-imported from ${label}, line ${r.line}`}, ${by.userId})`);
    return 'updated';
  }
  const [row] = await rows<{ id: number }>(
    tx,
    sql`
    insert into events (${r.keepId !== undefined ? sql`id, ` : sql``}conflict_id, external_id, title, summary,
      event_type, sub_type, date_start, date_end, date_last, precision, status, milestone, location_id,
      fatalities_best, fatalities_low, fatalities_high, import_hash, version, review, author_id, import_batch_id)
    values (${r.keepId !== undefined ? sql`${r.keepId}, ` : sql``}${conflictId}, ${externalId}, ${e.title},
      ${e.summary},
      ${e.eventType}, ${e.subType}, ${e.date.dateStart}::date, ${e.date.dateEnd}::date, ${e.date.dateLast}::date,
      ${e.date.precision}, ${e.status}, ${e.milestone}, ${locationId},
      ${f?.best ?? null}, ${f?.low ?? null}, ${f?.high ?? null}, ${hash}, ${r.restore?.version ?? 1},
      ${by.batchId === null ? 'published' : 'pending'}, ${by.batchId === null ? null : by.userId}, ${by.batchId})
    returning id`,
  );
  await writeLinks(tx, cache, row!.id, r);
  // A Faultline export brings its history with it: restoring a backup is not a new change. Not a contributor's
  // proposal, whose history is this import by them (a file could claim any approval at any date).
  if (r.restore?.revisions.length && by.batchId === null) {
    for (const rev of r.restore.revisions) {
      await tx.execute(sql`insert into event_revisions (event_id, at, action, origin, changes, reason)
        values (${row!.id}, ${rev.at}::timestamptz, ${rev.action}, ${rev.origin}, ${JSON.stringify(rev.changes)}::json,
          ${rev.reason})`);
    }
  } else {
    await tx.execute(sql`insert into event_revisions (event_id, action, origin, changes, reason, user_id)
      values (${row!.id}, 'import', ${origin},
        ${JSON.stringify(diffSnapshots(null, await snapshotEvent(tx, row!.id)))}::json,
        ${`Imported from ${label}, line ${r.line}`}, ${by.userId})`);
  }
  return 'created';
}

function tally(report: ImportReport, r: ImportRecord, outcome: Outcome) {
  if (typeof outcome === 'object') report.rejected.push({ line: r.line, reason: outcome.rejected });
  else report[outcome]++;
}

type Run = {
  database: Database;
  superuser: boolean;
  bulk: number | null;
  cache: Cache;
  conflictId: number;
  origin: string;
  label: string;
  report: ImportReport;
  by: Importer;
};

async function runBatch(
  { database, superuser, bulk, cache, conflictId, origin, label, report, by }: Run,
  batch: ImportRecord[],
) {
  try {
    const outcomes = await database.copyTransaction(async (tx, copy) => {
      // New keys take the set-based path; updates, restores and re-imports go one by one.
      const keys = batch.filter((r) => r.keepId === undefined).map((r) => r.key);
      const known = new Set(
        (
          await rows<{ k: string }>(
            tx,
            sql`
        select external_id as k from events where conflict_id = ${conflictId}
        and external_id in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`,
          )
        ).map((r) => r.k),
      );
      // A batch for review goes one by one: COPY's fast path writes published rows with triggers off.
      const fresh =
        by.batchId !== null
          ? []
          : batch.filter((r) => r.keepId === undefined && r.ownEventId === undefined && !known.has(r.key));
      const isFresh = new Set(fresh);
      const out = new Map<ImportRecord, Outcome>();
      for (const r of batch)
        if (!isFresh.has(r)) out.set(r, await importOne(tx, cache, conflictId, r, origin, label, by));
      await createBatch({
        tx,
        copy,
        superuser,
        rollups: bulk === null,
        cache,
        conflictId,
        records: fresh,
        origin,
        label,
        userId: by.userId,
      });
      for (const r of fresh) out.set(r, 'created');
      return out;
    });
    cache.names.commit();
    for (const r of batch) tally(report, r, outcomes.get(r)!);
  } catch {
    // The batch left no trace; now find the record that failed, one transaction each.
    await forget(database.db, cache);
    for (const r of batch) {
      try {
        tally(report, r, await database.db.transaction((tx) => importOne(tx, cache, conflictId, r, origin, label, by)));
        cache.names.commit();
      } catch (err) {
        await forget(database.db, cache);
        report.rejected.push({
          line: r.line,
          reason: `could not be stored: ${((err as { cause?: Error }).cause ?? (err as Error)).message}`,
        });
      }
    }
  }
}

export async function importRecords({
  database,
  conflictId,
  records,
  origin = 'import',
  label,
  onProgress,
  batchSize = BATCH,
  bulkAfter = BULK_AFTER,
  by = PUBLISHED_BY,
}: {
  database: Database;
  conflictId: number;
  records: AsyncIterable<Mapped>;
  origin?: 'import' | 'api';
  label: string;
  onProgress?: (report: ImportReport) => void;
  /** Records per transaction, and events created before bulk mode may start (tests lower both). */
  batchSize?: number;
  bulkAfter?: number;
  /** Who imports, and the review batch a contributor's events join (db/queries/import-batches.ts). */
  by?: Importer;
}): Promise<ImportReport> {
  const { db } = database;
  const report: ImportReport = { read: 0, created: 0, updated: 0, unchanged: 0, rejected: [], missing: [] };
  // On a server, an import whose process died is finished here too, not only when a process starts.
  if (database.shared) await finishInterruptedBulkImports(db, { staleMinutes: 10 });
  const [{ before } = { before: 0 }] = await rows<{ before: number }>(
    db,
    sql`
    select greatest(reltuples, 0)::float8 as before from pg_class where oid = 'events'::regclass`,
  );
  const cache = await emptyCache(db, origin, label);
  const superuser = await isSuperuser(db);
  const run: Run = { database, superuser, bulk: null, cache, conflictId, origin, label, report, by };
  const seenKeys = new Set<string>();
  let batch: ImportRecord[] = [];
  let keptIds = false;
  const flush = async (last: boolean) => {
    await runBatch(run, batch);
    batch = [];
    if (run.bulk !== null) await touchBulk(db, run.bulk);
    else if (!last && by.batchId === null && report.created >= bulkAfter && report.created >= before / 2)
      run.bulk = await beginBulk(db).catch((err: Error) => {
        console.warn(`Import goes on without bulk mode: ${err.message}`);
        return null;
      });
    onProgress?.(report);
  };
  try {
    for await (const m of records) {
      report.read++;
      if (!m.ok) {
        report.rejected.push({ line: m.line, reason: m.reason });
        continue;
      }
      if (seenKeys.has(m.record.key)) {
        report.rejected.push({ line: m.record.line, reason: `${m.record.key} appears earlier in this file` });
        continue;
      }
      seenKeys.add(m.record.key);
      // A contributor's events are proposals: they get new ids, so no file moves the id sequence for everyone.
      const record = by.batchId !== null ? { ...m.record, keepId: undefined } : m.record;
      keptIds ||= record.keepId !== undefined;
      batch.push(record);
      if (batch.length >= batchSize) await flush(false);
    }
    if (batch.length) await flush(true);
  } finally {
    // Also when the import stops midway: what it deferred is rebuilt before anything else.
    if (run.bulk !== null) {
      onProgress?.({ ...report, stage: 'indexing' });
      // Let that line leave first: an embedded database holds this thread while it builds an index.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await finishBulk(db, run.bulk);
    } else if (report.created >= REFRESH_STATISTICS_AFTER) {
      await refreshStatistics(db);
    }
  }
  if (keptIds) await moveSequencesPast(db);
  for (const key of await missingFromFile(db, conflictId, seenKeys)) report.missing.push(key);
  report.rejected.sort((a, b) => a.line - b.line);
  report.names = cache.names.report();
  onProgress?.(report);
  return report;
}

/** Ids written explicitly must not be handed out again. */
async function moveSequencesPast(db: Database['db']) {
  for (const t of ['events', 'actors', 'locations']) {
    await db.execute(sql.raw(`select setval('${t}_id_seq', greatest((select max(id) from ${t}), 1))`));
  }
}

/** ACLED keys carry a country prefix; the same-prefix events of earlier imports not in this file. */
async function missingFromFile(db: Database['db'], conflictId: number, seenKeys: Set<string>): Promise<string[]> {
  const missing: string[] = [];
  const prefixes = [
    ...new Set([...seenKeys].filter((k) => /^[A-Z]{2,3}\d+$/.test(k)).map((k) => k.replace(/\d+$/, ''))),
  ];
  for (const prefix of prefixes) {
    const old = await rows<{ external_id: string }>(
      db,
      sql`
      select external_id from events
      where conflict_id = ${conflictId} and deleted_at is null and external_id like ${`${prefix}%`}`,
    );
    for (const o of old)
      if (!seenKeys.has(o.external_id) && /^[A-Z]{2,3}\d+$/.test(o.external_id)) missing.push(o.external_id);
  }
  return missing;
}
