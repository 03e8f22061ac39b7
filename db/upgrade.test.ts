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
import { loadDataset, readDataset } from './seed';
import { testEngines } from './testing';

/** The number of migrations the previous release shipped. Raise it when a release ships new ones. */
const PREVIOUS_RELEASE_MIGRATIONS = 9;

/** A copy of db/migrations holding only the previous release's migrations. */
function previousReleaseMigrations(): string {
  const source = path.join(process.cwd(), 'db', 'migrations');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-previous-'));
  fs.cpSync(source, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx < PREVIOUS_RELEASE_MIGRATIONS);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** The columns of every table, to compare an upgraded table on the columns it had before. */
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

/** Row count and a digest of the contents of every table the previous release had, on its columns. */
async function contents(database: Database, columns: Record<string, string[]>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, cols] of Object.entries(columns)) {
    const table = sql.identifier(name);
    const row = sql.join(
      cols.map((c) => sql`t.${sql.identifier(c)}`),
      sql`, `,
    );
    const [found] = await rows<{ n: number; digest: string | null }>(
      database.db,
      sql`select count(*)::int as n, md5(string_agg(row(${row})::text, '|' order by row(${row})::text)) as digest
      from ${table} t`,
    );
    out[name] = `${found!.n} ${found!.digest}`;
  }
  return out;
}

describe.each(testEngines())('upgrading from the previous release on $name', ({ open }) => {
  const folder = previousReleaseMigrations();
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('keeps every row of every table and adds the range indexes', async () => {
    const old = await open({ migrationsFolder: folder });
    const { conflictId } = await loadDataset(old.db, readDataset());
    // Stored as the previous release allowed: a decades-long range, and a date outside today's domain.
    for (const [title, first, last] of [
      ['A dispute since independence', '1991-09-21', '2025-08-08'],
      ['Typed by mistake', '1900-01-01', '9999-12-31'],
    ]) {
      await old.db.execute(sql`
        insert into events (conflict_id, title, summary, event_type, sub_type, date_start, date_end, date_last, precision)
        values (${conflictId}, ${title}, '', 'strategic-developments', 'other', ${first}, ${last}, ${last}, 'range')`);
    }
    const columns = await columnsOf(old);
    const before = await contents(old, columns);
    expect(Number(before.events!.split(' ')[0])).toBeGreaterThan(100);

    // This release's migrations, applied to the same database.
    await old.migrate();

    const after = await contents(old, columns);
    for (const [table, digest] of Object.entries(before)) {
      if (table === '__drizzle_migrations') continue;
      expect(after[table], table).toBe(digest);
    }
    // Conflicts became records with facts: the existing one keeps its row, with the facts empty.
    const conflicts = await rows<{ slug: string; region: string; countries: string[]; spanStart: string | null }>(
      old.db,
      sql`select slug, region, countries, span_start as "spanStart" from conflicts`,
    );
    expect(conflicts).toEqual([{ slug: 'armenia-azerbaijan', region: '', countries: [], spanStart: null }]);
    const queue = await rows<{ n: number }>(old.db, sql`select count(*)::int as n from reconciliation_queue`);
    expect(queue[0]!.n).toBe(0);
    const indexes = await rows<{ name: string }>(
      old.db,
      sql`select indexname as name from pg_indexes where indexname like '%span_idx' order by 1`,
    );
    expect(indexes.map((i) => i.name)).toEqual(['event_actors_span_idx', 'events_span_idx']);
    expect((await listEventsOutsideDomain(old.db)).map((e) => e.title)).toEqual(['Typed by mistake']);
    await old.close();
  });
});
