import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { acledCsv, faultlineJson } from '@/lib/export/formats';
import { openImport } from '@/lib/import/open';
import { ImportFileError, type ImportFormat } from '@/lib/import/read';
import type { Database } from '../types';
import { importRecords } from './import';
import { beginBulk, DEFERRED_INDEXES, finishInterruptedBulkImports } from './maintenance';
import { deleteEvent } from '../queries/event-write';
import { getEvent, streamEvents } from '../queries/events';
import { insertConflict } from '../queries/conflicts';
import { listRevisions } from '../queries/event-history';
import { resolveScope } from '../queries/scope';
import { rows } from '../rows';
import { openPglite } from '../client';
import { seededDatabase, testEngines } from '../testing';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'db', 'fixtures', name), 'utf8');

async function run(database: Database, conflictId: number, text: string, format?: ImportFormat) {
  const { records } = await openImport(Readable.from([text]), format);
  return importRecords({ database, conflictId, records, label: 'test file' });
}

/** An ACLED file of n shelling events, ids PREFIX1…PREFIXn, each note naming a word only it has. */
function acledFile(prefix: string, n: number) {
  const header = fixture('acled-current.csv').split('\n')[0]!;
  const lines = Array.from({ length: n }, (_, i) =>
    [
      `${prefix}${i + 1}`,
      `2022-09-${String((i % 28) + 1).padStart(2, '0')}`,
      '2022',
      '1',
      'Political violence',
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
      'Military Forces of Azerbaijan (2003-)',
      '',
      'State forces',
      'Military Forces of Armenia (2018-)',
      '',
      'State forces',
      '',
      '',
      '51',
      'Caucasus and Central Asia',
      'Armenia',
      'Vayots Dzor',
      '',
      '',
      'Jermuk',
      '39.8414',
      '45.6692',
      '1',
      'Armenpress',
      'National',
      `Shelling near Jermuk with marker ${prefix.toLowerCase()}word${i + 1}.`,
      '1',
      '',
      '1663113600',
      '',
    ].join(','),
  );
  return [header, ...lines].join('\n') + '\n';
}

const indexNames = async (database: Database) =>
  (
    await rows<{ name: string }>(
      database.db,
      sql`select indexname as name from pg_indexes where schemaname = current_schema()`,
    )
  ).map((r) => r.name);

async function exportJson(database: Database, conflict?: string) {
  const scope = await resolveScope({
    db: database.db,
    filters: { actor: [], type: [], subtype: [], location: [], status: [], conflict } as never,
  });
  let out = faultlineJson.begin({ exportedAt: 'T', query: '' });
  let n = 0;
  for await (const batch of streamEvents({ db: database.db, scope, batch: 40, withRevisions: true }))
    for (const e of batch) out += faultlineJson.item(e, n++);
  return out + faultlineJson.end();
}

describe.each(testEngines())('imports on $name', ({ name, open }) => {
  const seeded = seededDatabase(open);
  let database: Database;
  let conflictId: number;
  beforeAll(() => ({ database, conflictId } = seeded));

  it(
    'reads a current ACLED export: BOM, "16 May 2025" dates, ' + 'quoted commas and newlines, ; lists, extra columns',
    async () => {
      const report = await run(database, conflictId, fixture('acled-current.csv'));
      expect(report).toMatchObject({ read: 4, created: 4, updated: 0, unchanged: 0, rejected: [] });
      const [protest] = await rows<{ id: number }>(
        database.db,
        sql`select id from events where external_id = 'ARM9002'`,
      );
      const e = await getEvent({ db: database.db, id: protest!.id });
      expect(e).toMatchObject({
        dateStart: '2025-05-16',
        precision: 'day',
        eventType: 'protests',
        subType: 'peaceful-protest',
      });
      expect(e.summary).toContain('with a comma, and\na second line');
      expect(e.actors.map((a) => `${a.name}:${a.role}`)).toEqual(
        expect.arrayContaining([
          'Armenian protesters:actor-1', // ACLED's generic "Protesters (Armenia)", by rule
          'Labour Group (Armenia):associated',
          'Students (Armenia):associated',
        ]),
      );
      const [agreement] = await rows<{ id: number }>(
        database.db,
        sql`select id from events where external_id = 'ARM9003'`,
      );
      expect(await getEvent({ db: database.db, id: agreement!.id })).toMatchObject({
        dateStart: '2020-11',
        precision: 'month',
      });
      const [week] = await rows<{ id: number }>(database.db, sql`select id from events where external_id = 'AZE9004'`);
      expect(await getEvent({ db: database.db, id: week!.id })).toMatchObject({
        dateStart: '2021-11-15',
        precision: 'week',
        fatalities: { best: 7 },
      });
      expect((await listRevisions({ db: database.db, eventId: week!.id }))[0]).toMatchObject({
        action: 'import',
        origin: 'import',
      });
    },
  );

  it('keeps the rollups exact through a bulk import (as a full rebuild computes them)', async () => {
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
      union all select concat_ws('|', 'c', id, max_span_days) from conflicts order by 1`,
      );
    const kept = await snapshot();
    await db.execute(sql`select fl_rebuild_counts()`);
    expect(kept).toEqual(await snapshot());
  });

  it(
    're-imports idempotently: unchanged rows are left alone, ' + 'a changed row is updated through an import revision',
    async () => {
      expect(await run(database, conflictId, fixture('acled-current.csv'))).toMatchObject({
        read: 4,
        created: 0,
        updated: 0,
        unchanged: 4,
      });
      const changed = fixture('acled-current.csv').replace(
        'Test fixture: an agreement known only to the month.',
        'Test fixture: an agreement now described in more detail.',
      );
      expect(await run(database, conflictId, changed)).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
      const [agreement] = await rows<{ id: number }>(
        database.db,
        sql`select id from events where external_id = 'ARM9003'`,
      );
      const [latest] = await listRevisions({ db: database.db, eventId: agreement!.id });
      expect(latest).toMatchObject({ action: 'import', reason: 'Re-imported from test file, line 5' });
      expect(latest!.changes.summary).toEqual({
        from: 'Test fixture: an agreement known only to the month.',
        to: 'Test fixture: an agreement now described in more detail.',
      });
    },
  );

  it('does not bring back an event an analyst deleted, and flags events a newer file no longer has', async () => {
    const [clash] = await rows<{ id: number }>(database.db, sql`select id from events where external_id = 'AZE9004'`);
    await deleteEvent({ db: database.db, id: clash!.id, reason: 'Wrongly coded' });
    const withoutShelling = fixture('acled-current.csv')
      .split('\n')
      .filter((l) => !l.startsWith('ARM9001'))
      .join('\n');
    const report = await run(database, conflictId, withoutShelling);
    expect(report.rejected).toEqual([
      { line: 5, reason: expect.stringContaining('was deleted in Faultline by an analyst; not restored') },
    ]);
    expect(report.missing).toEqual(['ARM9001']);
    expect((await getEvent({ db: database.db, id: clash!.id, includeDeleted: true })).deletedAt).not.toBeNull();
  });

  it('reads the old ACLED layout (numeric inter codes, no disorder_type)', async () => {
    expect(await run(database, conflictId, fixture('acled-old.csv'))).toMatchObject({
      read: 2,
      created: 2,
      rejected: [],
    });
    const [strike] = await rows<{ id: number }>(database.db, sql`select id from events where external_id = 'AZE8801'`);
    expect(await getEvent({ db: database.db, id: strike!.id })).toMatchObject({
      dateStart: '2020-10-11',
      fatalities: { best: 10 },
      location: { name: 'Ganja' },
    });
  });

  it('rejects bad rows with their line and reason, and keeps the good ones', async () => {
    const report = await run(database, conflictId, fixture('acled-broken.csv'));
    expect(report.created).toBe(1);
    expect(report.rejected).toEqual([
      { line: 2, reason: 'event_date "2021-02-30" is not a date (YYYY-MM-DD or "16 May 2025")' },
      { line: 3, reason: 'has 8 fields; the header has 31' },
      { line: 4, reason: '"Battles" / "Air strike" is not an ACLED event type and sub-type' },
      { line: 6, reason: 'unreadable CSV: a quoted field is never closed' },
    ]);
  });

  it('reads the simple CSV, and its id column makes a re-import update the same event', async () => {
    const report = await run(database, conflictId, fixture('simple.csv'));
    expect(report).toMatchObject({ read: 3, created: 2 });
    expect(report.rejected).toEqual([{ line: 4, reason: expect.stringContaining('dateStart') }]);
    const [planned] = await rows<{ id: number }>(database.db, sql`select id from events where external_id = 'csv:t2'`);
    expect(await getEvent({ db: database.db, id: planned!.id })).toMatchObject({
      dateStart: '2026-12-01',
      dateEnd: '2026-12-03',
      precision: 'range',
      status: 'planned',
      milestone: true,
    });
    const again = await run(
      database,
      conflictId,
      fixture('simple.csv').replace('Due in December.', 'Due in early December.'),
    );
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it('rejects a row dated before the calendar (a year under 100) and imports the rows around it', async () => {
    const [header, good] = fixture('simple.csv').split('\n');
    const row = (id: string, date: string, precision: string) =>
      good!.replace(/^t1,Test fixture: talks in Geneva,2024-02,,month/, `${id},Ancient ${id},${date},,${precision}`);
    const file = [header, row('y1', '2019-05', 'month'), row('y2', '0050-03', 'month'), row('y3', '0001', 'year')];
    const report = await run(database, conflictId, [...file, row('y4', '2019-06', 'month'), ''].join('\n'));
    expect(report).toMatchObject({ read: 4, created: 2 });
    expect(report.rejected).toEqual([
      { line: 3, reason: expect.stringContaining('0050-03-01 is before that') },
      { line: 4, reason: expect.stringContaining('0001-01-01 is before that') },
    ]);
  });

  it('gives back formula-like text exactly through its own ACLED export, negative coordinates too', async () => {
    const title = '=HYPERLINK("http://x","y")';
    const simple =
      'id,title,date,precision,sub_type,source_publisher,actors,location,latitude,longitude,status,milestone\n' +
      `f1,"${title.replace(/"/g, '""')}",2022,year,armed-clash,=Publisher,` +
      `+SUM(1;@cmd (actor-2),-2+3+cmd|' /C calc'!A0,-2.5,-3.5,planned,true\n`;
    expect(await run(database, conflictId, simple)).toMatchObject({ created: 1, rejected: [] });
    const [source] = await rows<{ id: number }>(database.db, sql`select id from events where external_id = 'csv:f1'`);
    const original = await getEvent({ db: database.db, id: source!.id });
    const csv = acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(original, 0);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Back into the database it came from: its event, unchanged (the file says less than the event).
    expect(await run(database, conflictId, csv)).toMatchObject({ created: 0, unchanged: 1, rejected: [] });
    expect(await getEvent({ db: database.db, id: source!.id })).toEqual(original);
    // Into another conflict (another database's export, say): a new event, as the file tells it.
    await insertConflict({
      db: database.db,
      conflict: {
        slug: 'acled-copy',
        name: 'Copy',
        description: '',
        region: '',
        countries: [],
        spanStart: null,
        spanEnd: null,
      },
    });
    const [other] = await rows<{ id: number }>(database.db, sql`select id from conflicts where slug = 'acled-copy'`);
    expect(await run(database, other!.id, csv)).toMatchObject({ created: 1, rejected: [] });
    const [copy] = await rows<{ id: number }>(
      database.db,
      sql`select id from events where external_id = ${`FL${source!.id}`} and conflict_id = ${other!.id}`,
    );
    const back = await getEvent({ db: database.db, id: copy!.id });
    // ACLED has no title column: an event without a summary carries its title in notes.
    expect(back.summary).toBe(title);
    expect(back.actors.map((a) => a.name).sort()).toEqual(['+SUM(1', '@cmd'].sort());
    expect(back.sources.map((x) => x.publisher)).toEqual(['=Publisher']);
    expect(back.location).toMatchObject({ name: "-2+3+cmd|' /C calc'!A0", lat: -2.5, lon: -3.5 });
    // What ACLED's columns cannot say, the export's tags carried: precision, status, milestone.
    expect(back).toMatchObject({ dateStart: '2022', precision: 'year', status: 'planned', milestone: true });
  });

  it('refuses a file it cannot read at all, saying why', async () => {
    await expect(openImport(Readable.from(['']))).rejects.toThrow(ImportFileError);
    const { records } = await openImport(Readable.from([fixture('acled-missing-columns.csv')]));
    await expect(importRecords({ database, conflictId, records, label: 'x' })).rejects.toThrow(
      /lacks required columns: time_precision, event_type/,
    );
  });

  it(
    'runs a large import in bulk mode: read indexes dropped while it runs, ' + 'then rebuilt with the chart counts',
    async () => {
      const { db } = database;
      const { records } = await openImport(Readable.from([acledFile('BLK', 300)]));
      let during: string[] = [];
      async function* watched() {
        let i = 0;
        for await (const m of records) {
          if (++i === 290) during = await indexNames(database);
          yield m;
        }
      }
      const report = await importRecords({
        database,
        conflictId,
        records: watched(),
        label: 'big file',
        batchSize: 10,
        bulkAfter: 20,
      });
      expect(report).toMatchObject({ read: 300, created: 300, rejected: [] });
      expect(during).not.toContain('events_search_idx');
      expect(await indexNames(database)).toEqual(expect.arrayContaining(DEFERRED_INDEXES));
      expect(await rows(db, sql`select id from bulk_imports`)).toEqual([]);
      // The charts count every event, and full-text search finds an event written while its index was gone.
      const [counts] = await rows<{ charted: number; stored: number }>(
        db,
        sql`
      select (select sum(n)::int from event_month_counts where conflict_id = ${conflictId} and actor_id = 0) as charted,
        (select count(*)::int from events where conflict_id = ${conflictId} and deleted_at is null) as stored`,
      );
      expect(counts!.charted).toBe(counts!.stored);
      const scope = await resolveScope({
        db,
        filters: { actor: [], type: [], subtype: [], location: [], status: [], q: 'blkword250' } as never,
      });
      const found = [];
      for await (const batch of streamEvents({ db, scope })) found.push(...batch.map((e) => e.summary));
      expect(found).toEqual(['Shelling near Jermuk with marker blkword250.']);
    },
  );

  it('rebuilds what a bulk import deferred when it stops midway, keeping the batches it stored', async () => {
    const { records } = await openImport(Readable.from([acledFile('HALT', 300)]));
    async function* failing() {
      let i = 0;
      for await (const m of records) {
        if (++i === 200) throw new Error('the upload was cut off');
        yield m;
      }
    }
    await expect(
      importRecords({ database, conflictId, records: failing(), label: 'cut', batchSize: 10, bulkAfter: 20 }),
    ).rejects.toThrow('cut off');
    expect(await indexNames(database)).toEqual(expect.arrayContaining(DEFERRED_INDEXES));
    expect(await rows(database.db, sql`select id from bulk_imports`)).toEqual([]);
    const [{ n }] = (await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from events where external_id like 'HALT%'`,
    )) as [{ n: number }];
    expect(n).toBe(190);
  });

  it('runs one bulk import at a time, and finishes one a crash left behind', async () => {
    const id = await beginBulk(database.db);
    expect(id).not.toBeNull();
    expect(await beginBulk(database.db)).toBeNull();
    expect(await indexNames(database)).not.toContain('events_search_idx');
    await finishInterruptedBulkImports(database.db, { staleMinutes: 0 });
    expect(await indexNames(database)).toEqual(expect.arrayContaining(DEFERRED_INDEXES));
    expect(await rows(database.db, sql`select id from bulk_imports`)).toEqual([]);
  });

  it.runIf(name === 'postgres')('on a server, the next import finishes a bulk import whose process died', async () => {
    const id = await beginBulk(database.db);
    await database.db.execute(sql`update bulk_imports set alive_at = now() - interval '11 minutes' where id = ${id}`);
    expect(await indexNames(database)).not.toContain('events_search_idx');
    await run(database, conflictId, fixture('acled-current.csv'));
    expect(await indexNames(database)).toEqual(expect.arrayContaining(DEFERRED_INDEXES));
    expect(await rows(database.db, sql`select id from bulk_imports`)).toEqual([]);
  });

  it('restores the sound events of a Faultline file and rejects, by field, the ones with bad nested data', async () => {
    const base = JSON.parse(await exportJson(database)).events[0];
    const ev = (id: number, fields: Record<string, unknown>) => ({ ...base, id, revisions: [], ...fields });
    const file = JSON.stringify({
      events: [
        ev(900001, { location: { id: 900001, name: 'Latbad', lat: 999, lon: 45 } }),
        ev(900002, { actors: 'Armenia' }),
        ev(900003, { location: { id: -5, name: 'Negid', lat: 40, lon: 45 } }),
        ev(900004, { version: 1e12 }),
        ev(900005, { revisions: [{ at: '2021-06-02T10:00:00.000Z', action: 'create', origin: 'form', changes: {} }] }),
        ev(900006, { location: { id: 900006, name: 'Coordless restored place' } }),
      ],
    });
    const report = await run(database, conflictId, file, 'faultline-json');
    expect(report).toMatchObject({ read: 6, created: 2 });
    expect(report.rejected.map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [1, 'location.lat'],
      [2, 'actors'],
      [3, 'location.id'],
      [4, 'version'],
    ]);
    const places = await rows<{ id: number; lat: number | null }>(
      database.db,
      sql`select id, lat from locations where id < 1 or abs(lat) > 90 or name in ('Latbad', 'Negid')`,
    );
    expect(places).toEqual([]);
    expect(await getEvent({ db: database.db, id: 900006 })).toMatchObject({
      location: { id: 900006, name: 'Coordless restored place', lat: null, lon: null },
    });
    const [history] = await listRevisions({ db: database.db, eventId: 900005 });
    expect(history).toMatchObject({ action: 'create', origin: 'form', reason: null });
  });

  it('round-trips Faultline JSON: export → import into an empty database → export is identical', async () => {
    const first = await exportJson(database);
    const other = await open();
    try {
      await other.db.execute(
        sql`insert into conflicts (slug, name) values ('armenia-azerbaijan', 'Armenia–Azerbaijan conflict')`,
      );
      const [{ id }] = (await rows<{ id: number }>(other.db, sql`select id from conflicts`)) as [{ id: number }];
      const report = await run(other, id, first);
      expect(report.rejected).toEqual([]);
      const second = await exportJson(other);
      expect(second).toEqual(first);
      // And importing it again changes nothing.
      expect(await run(other, id, second)).toMatchObject({ created: 0, updated: 0 });
    } finally {
      await other.close();
    }
  });

  it('copies a Faultline export into another conflict: new events there, the originals untouched', async () => {
    const [{ slug }] = (await rows<{ slug: string }>(
      database.db,
      sql`select slug from conflicts where id = ${conflictId}`,
    )) as [{ slug: string }];
    const { events } = JSON.parse(await exportJson(database, slug)) as { events: { id: number; title: string }[] };
    const file = JSON.stringify({ events: events.slice(0, 3) });
    await insertConflict({
      db: database.db,
      conflict: {
        slug: 'json-copy',
        name: 'JSON copy',
        description: '',
        region: '',
        countries: [],
        spanStart: null,
        spanEnd: null,
      },
    });
    const [other] = await rows<{ id: number }>(database.db, sql`select id from conflicts where slug = 'json-copy'`);
    const copies = () =>
      rows<{ id: number; key: string; title: string }>(
        database.db,
        sql`select id, external_id as key, title from events where conflict_id = ${other!.id} order by external_id`,
      );
    expect(await run(database, other!.id, file)).toMatchObject({ created: 3, unchanged: 0, rejected: [] });
    const made = await copies();
    expect(made.map((c) => [c.key, c.title]).sort()).toEqual(
      events
        .slice(0, 3)
        .map((e) => [`faultline:${e.id}`, e.title])
        .sort(),
    );
    expect(made.every((c) => !events.some((e) => e.id === c.id))).toBe(true);
    const [copy] = await listRevisions({ db: database.db, eventId: made[0]!.id });
    expect(copy).toMatchObject({ action: 'import', reason: expect.stringMatching(/^Imported from test file/) });
    // Again into the copy's conflict: the copies, unchanged; into the original's: its events, unchanged.
    expect(await run(database, other!.id, file)).toMatchObject({ created: 0, unchanged: 3 });
    expect(await copies()).toEqual(made);
    expect(await run(database, conflictId, file)).toMatchObject({ created: 0, unchanged: 3 });
  });
});

describe('an embedded database after a crash during a bulk import', () => {
  it('has its indexes back when next opened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-crash-'));
    try {
      const first = await openPglite(dir);
      await beginBulk(first.db);
      expect(await indexNames(first)).not.toContain('events_search_idx');
      await first.close();
      const again = await openPglite(dir);
      expect(await indexNames(again)).toEqual(expect.arrayContaining(DEFERRED_INDEXES));
      expect(await rows(again.db, sql`select id from bulk_imports`)).toEqual([]);
      await again.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
