// Upgrading keeps everything: a database made by the previous release (its migrations only, with
// the curated dataset, a long event and an event outside today's date domain) is opened by this
// release, migrated, and every row of every table is still there, unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from './types';
import { listEventsOutsideDomain } from './date-domain';
import { rows } from './rows';
import { loadDataset, readDataset } from './jobs/seed';
import { testEngines } from './testing';

/** The number of migrations the previous release shipped. Raise it when a release ships new ones. */
const PREVIOUS_RELEASE_MIGRATIONS = 9;

/** The last release (landed on 7 December 2026) shipped 0000–0013: accounts, review, merges, conflict records. */
const LAST_RELEASE_MIGRATIONS = 14;

/** A copy of db/migrations holding only the first `count` migrations (default: the previous release's). */
function previousReleaseMigrations(count = PREVIOUS_RELEASE_MIGRATIONS): string {
  const source = path.join(process.cwd(), 'db', 'migrations');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-previous-'));
  fs.cpSync(source, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx < count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** The columns of every table, as a release made them. */
async function columnsOf(database: Database): Promise<Record<string, string[]>> {
  const found = await rows<{ table: string; column: string }>(
    database.db,
    sql`select c.table_name as table, c.column_name as column from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position`,
  );
  const out: Record<string, string[]> = {};
  for (const { table, column } of found) (out[table] ??= []).push(column);
  return out;
}

/** Row count and a digest of the contents of every table the previous release had, in its columns. */
async function contents(database: Database, columns: Record<string, string[]>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, cols] of Object.entries(columns)) {
    const row = sql.raw(`row(${cols.map((c) => `t."${c}"`).join(', ')})::text`);
    const [found] = await rows<{ n: number; digest: string | null }>(
      database.db,
      sql`select count(*)::int as n, md5(string_agg(${row}, '|' order by ${row})) as digest
      from ${sql.identifier(name)} t`,
    );
    out[name] = `${found!.n} ${found!.digest}`;
  }
  return out;
}

describe.each(testEngines())('upgrading from the previous release on $name', ({ open }) => {
  const folder = previousReleaseMigrations();
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const keepsAll =
    'keeps every row, publishes what was stored, merges nothing, adds the merge record and the time index';
  it(keepsAll, async () => {
    const old = await open({ migrationsFolder: folder });
    // This release's loader names this release's columns: they stand in while it runs, then go.
    await old.db.execute(sql`alter table events add column review text, add column author_id text,
      add column merged_into_id integer, add column import_batch_id integer`);
    await old.db.execute(sql`alter table event_revisions add column user_id text`);
    const { conflictId } = await loadDataset(old.db, readDataset());
    await old.db.execute(sql`alter table events drop column review, drop column author_id, drop column merged_into_id,
      drop column import_batch_id`);
    await old.db.execute(sql`alter table event_revisions drop column user_id`);
    // Stored as the previous release allowed: a decades-long range, and a date outside today's domain.
    for (const [title, first, last] of [
      ['A dispute since independence', '1991-09-21', '2025-08-08'],
      ['Typed by mistake', '1900-01-01', '9999-12-31'],
    ]) {
      await old.db.execute(sql`
        insert into events
          (conflict_id, title, summary, event_type, sub_type, date_start, date_end, date_last, precision)
        values (${conflictId}, ${title}, '', 'strategic-developments', 'other', ${first}, ${last}, ${last}, 'range')`);
    }
    await old.db.execute(sql`insert into event_revisions (event_id, action, origin, changes)
      select id, 'update', 'form', '{}'::json from events order by id limit 3`);
    // A deleted event: a state a merged event must not be taken for.
    await old.db.execute(sql`update events set deleted_at = now() where title = 'A dispute since independence'`);
    const columns = await columnsOf(old);
    delete columns.__drizzle_migrations;
    const before = await contents(old, columns);
    expect(Number(before.events!.split(' ')[0])).toBeGreaterThan(100);
    const counted = async () =>
      (
        await rows<{ n: number }>(
          old.db,
          sql`select coalesce(sum(n), 0)::int as n from event_year_counts where actor_id = 0`,
        )
      )[0]!.n;
    const countedBefore = await counted();

    // This release's migrations, applied to the same database.
    await old.migrate();

    // Every event, revision, source and the rest, unchanged in the columns they had.
    expect(await contents(old, columns)).toEqual(before);
    // Everything written before accounts is published, by nobody, and counted as before.
    const review = await rows<{ review: string; n: number }>(
      old.db,
      sql`select review::text, count(*)::int as n from events group by 1`,
    );
    expect(review).toEqual([{ review: 'published', n: Number(before.events!.split(' ')[0]) }]);
    const who = await rows<{ n: number }>(
      old.db,
      sql`select count(*)::int as n from event_revisions where user_id is not null`,
    );
    expect(who[0]!.n).toBe(0);
    expect(await counted()).toBe(countedBefore);
    await old.db.execute(sql`select fl_rebuild_counts()`);
    expect(await counted()).toBe(countedBefore);
    // Nothing was merged: the one deleted event stays deleted, unmerged.
    const [state] = await rows<{ merged: number; pairs: number; deleted: number }>(
      old.db,
      sql`select (select count(*)::int from events where merged_into_id is not null) as merged,
        (select count(*)::int from event_distinct_pairs) as pairs,
        (select count(*)::int from events where deleted_at is not null) as deleted`,
    );
    expect(state).toEqual({ merged: 0, pairs: 0, deleted: 1 });
    // ACLED's names of the curated actors (migration 0008) are still there.
    const acled = await rows<{ name: string; alias: string; from: string | null }>(
      old.db,
      sql`select a.name, al.alias, al.valid_from::text as "from" from actor_aliases al
      join actors a on a.id = al.actor_id
      where al.alias like 'Military Forces of Azerbaijan%' or al.alias like 'Police Forces of Armenia%'
      order by al.alias`,
    );
    expect(acled).toEqual([
      { name: 'Azerbaijani Armed Forces', alias: 'Military Forces of Azerbaijan (1992-1993)', from: '1992-01-01' },
      { name: 'Azerbaijani Armed Forces', alias: 'Military Forces of Azerbaijan (1993-2003)', from: '1993-01-01' },
      { name: 'Azerbaijani Armed Forces', alias: 'Military Forces of Azerbaijan (2003-)', from: '2003-01-01' },
      { name: 'Armenian police', alias: 'Police Forces of Armenia (2008-2018)', from: '2008-01-01' },
      { name: 'Armenian police', alias: 'Police Forces of Armenia (2018-)', from: '2018-01-01' },
    ]);
    // Conflicts became records with facts: the existing one keeps its row, with the facts empty.
    const conflicts = await rows<{ slug: string; region: string; countries: string[]; spanStart: string | null }>(
      old.db,
      sql`select slug, region, countries, span_start as "spanStart" from conflicts`,
    );
    expect(conflicts).toEqual([{ slug: 'armenia-azerbaijan', region: '', countries: [], spanStart: null }]);
    // The merge record (identity_merges) is new and empty: nothing was merged before.
    expect(columns.identity_merges).toBeUndefined();
    const merges = await rows<{ n: number }>(old.db, sql`select count(*)::int as n from identity_merges`);
    expect(merges[0]!.n).toBe(0);
    // Who asked for a merge is recorded with it (migration 0014), as the event revisions record it.
    expect((await columnsOf(old)).identity_merges).toContain('user_id');
    const queue = await rows<{ n: number }>(old.db, sql`select count(*)::int as n from reconciliation_queue`);
    expect(queue[0]!.n).toBe(0);
    const indexes = await rows<{ name: string }>(
      old.db,
      sql`select indexname as name from pg_indexes
      where indexname like '%span_idx' or indexname = 'event_revisions_at_idx' order by 1`,
    );
    expect(indexes.map((i) => i.name)).toEqual(['event_actors_span_idx', 'event_revisions_at_idx', 'events_span_idx']);
    expect((await listEventsOutsideDomain(old.db)).map((e) => e.title)).toEqual(['Typed by mistake']);
    // Review batches and proposals (0014) are new: no event belongs to an import batch, and the
    // per-person activity index is there.
    const [review14] = await rows<{ batched: number; batches: number; proposals: number; userIdx: number }>(
      old.db,
      sql`select (select count(*)::int from events where import_batch_id is not null) as batched,
        (select count(*)::int from import_batches) as batches,
        (select count(*)::int from pending_changes where kind <> 'edit') as proposals,
        (select count(*)::int from pg_indexes where indexname = 'event_revisions_user_idx') as "userIdx"`,
    );
    expect(review14).toEqual({ batched: 0, batches: 0, proposals: 0, userIdx: 1 });
    await old.close();
  });
});

describe.each(testEngines())('upgrading from the last release (accounts and review) on $name', ({ open }) => {
  const folder = previousReleaseMigrations(LAST_RELEASE_MIGRATIONS);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('keeps its people, their pending work and its merges; who merged and import batches start empty', async () => {
    const old = await open({ migrationsFolder: folder });
    await old.db.execute(sql`alter table events add column import_batch_id integer`);
    await loadDataset(old.db, readDataset());
    await old.db.execute(sql`alter table events drop column import_batch_id`);
    // What a team had made with that release: a contributor, a pending event, a proposed edit, a merged place.
    await old.db.execute(sql`insert into users (id, name, email, role)
      values ('u1', 'Ana Contributor', 'ana@example.org', 'contributor')`);
    await old.db.execute(sql`update events set review = 'pending', author_id = 'u1'
      where id = (select min(id) from events)`);
    await old.db.execute(sql`insert into pending_changes (event_id, author_id, form, base_version)
      select max(id), 'u1', '{"title":"A proposed title"}'::json, 1 from events`);
    await old.db.execute(sql`insert into identity_merges
      (kind, merged_id, into_id, merged_name, into_name, snapshot, moved, added, queue_ids, origin)
      values ('place', 99999, 1, 'Khankendi', 'Stepanakert / Khankendi',
        '{}'::json, '[]'::json, '[]'::json, '{}', 'form')`);
    const columns = await columnsOf(old);
    delete columns.__drizzle_migrations;
    const before = await contents(old, columns);

    await old.migrate();

    expect(await contents(old, columns)).toEqual(before);
    const [after] = await rows<{ pending: number; edits: number; byNobody: number; batched: number }>(
      old.db,
      sql`select (select count(*)::int from events where review = 'pending' and author_id = 'u1') as pending,
        (select count(*)::int from pending_changes where kind = 'edit' and review = 'pending') as edits,
        (select count(*)::int from identity_merges where user_id is null) as "byNobody",
        (select count(*)::int from events where import_batch_id is not null) as batched`,
    );
    expect(after).toEqual({ pending: 1, edits: 1, byNobody: 1, batched: 0 });
    await old.close();
  });
});
