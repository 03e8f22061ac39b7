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

/** Row count and a digest of the contents of every table the previous release had. */
async function contents(database: Database): Promise<Record<string, string>> {
  const tables = await rows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const table = sql.identifier(name);
    const [row] = await rows<{ n: number; digest: string | null }>(
      database.db,
      sql`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`,
    );
    out[name] = `${row!.n} ${row!.digest}`;
  }
  return out;
}

describe.each(testEngines())('upgrading from the previous release on $name', ({ open }) => {
  const folder = previousReleaseMigrations();
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('keeps every row of every table, and adds the merge record', async () => {
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
    const before = await contents(old);
    expect(Number(before.events!.split(' ')[0])).toBeGreaterThan(100);

    // This release's migrations, applied to the same database.
    await old.migrate();

    const after = await contents(old);
    for (const [table, digest] of Object.entries(before)) {
      if (table === '__drizzle_migrations') continue;
      expect(after[table], table).toBe(digest);
    }
    // ACLED's names of the curated actors (migration 0008) are still there.
    const acled = await rows<{ name: string; alias: string; from: string | null }>(
      old.db,
      sql`select a.name, al.alias, al.valid_from::text as "from" from actor_aliases al join actors a on a.id = al.actor_id
      where al.alias like 'Military Forces of Azerbaijan%' or al.alias like 'Police Forces of Armenia%' order by al.alias`,
    );
    expect(acled).toEqual([
      { name: 'Azerbaijani Armed Forces', alias: 'Military Forces of Azerbaijan (1992-1993)', from: '1992-01-01' },
      { name: 'Azerbaijani Armed Forces', alias: 'Military Forces of Azerbaijan (1993-2003)', from: '1993-01-01' },
      { name: 'Azerbaijani Armed Forces', alias: 'Military Forces of Azerbaijan (2003-)', from: '2003-01-01' },
      { name: 'Armenian police', alias: 'Police Forces of Armenia (2008-2018)', from: '2008-01-01' },
      { name: 'Armenian police', alias: 'Police Forces of Armenia (2018-)', from: '2018-01-01' },
    ]);
    // The merge record (identity_merges) is new and empty: nothing was merged before.
    expect(before.identity_merges).toBeUndefined();
    expect(after.identity_merges).toBe('0 null');
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
