// ACLED CSV out and back in: formula-like text survives Faultline's own round trip exactly, and
// another file's cells are kept as written.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EventView } from '@/db/queries/event-shape';
import { ACLED_COLUMNS, acledCsv } from '@/lib/export/formats';
import { readRecords } from './read';
import type { ImportRecord, Mapped } from './record';

const HYPERLINK = '=HYPERLINK("http://x","y")';

const event: EventView = {
  id: 12,
  title: HYPERLINK,
  summary: '',
  eventType: 'battles',
  subType: 'armed-clash',
  dateStart: '2022-09-13',
  dateEnd: null,
  precision: 'day',
  status: 'occurred',
  milestone: false,
  fatalities: { best: 2, low: null, high: null },
  actors: [
    { id: 1, name: '+SUM(1,2)', kind: 'armed-force', role: 'actor-1' },
    { id: 2, name: '@cmd', kind: 'armed-force', role: 'actor-2' },
    { id: 3, name: "'=already quoted", kind: 'group', role: 'associated' },
  ],
  location: { id: 4, name: "-2+3+cmd|' /C calc'!A0", lat: -2, lon: -3.5 },
  sources: [{ publisher: '=Publisher', url: null, title: null, publishedAt: null, quote: '' }],
  version: 1,
  deletedAt: null,
};

async function importCsv(text: string): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const m of readRecords(Readable.from([text]), 'acled')) {
    if (!m.ok) throw new Error(`line ${m.line}: ${m.reason}`);
    out.push(m.record);
  }
  return out;
}

describe('ACLED CSV and formulas', () => {
  it('exports formula-like text quoted, numbers (negative ones too) as they are', () => {
    const csv = acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(event, 0);
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      notes: `'${HYPERLINK}`,
      actor1: "'+SUM(1,2)",
      actor2: "'@cmd",
      location: "'-2+3+cmd|' /C calc'!A0",
      latitude: '-2',
      longitude: '-3.5',
      source: "'=Publisher",
      fatalities: '2',
    });
    expect(row!.tags).toContain('faultline_formulas=quoted');
  });

  it('gives back the exact text of its own export: the title (in notes), actors, place, publishers', async () => {
    const [record] = await importCsv(acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(event, 0));
    // ACLED has no title column: an event without a summary travels with its title in `notes`.
    expect(record!.event.summary).toBe(HYPERLINK);
    expect(record!.event.actors.map((a) => a.name)).toEqual(['+SUM(1,2)', '@cmd', "'=already quoted"]);
    expect(record!.place).toMatchObject({ name: "-2+3+cmd|' /C calc'!A0", lat: -2, lon: -3.5 });
    expect(record!.event.sources.map((s) => s.publisher)).toEqual(['=Publisher']);
  });

  it('reads back unknown fatalities as unknown, not as nobody died', async () => {
    const back = async (fatalities: EventView['fatalities']) =>
      (await importCsv(acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item({ ...event, fatalities }, 0)))[0]!
        .event.fatalities;
    expect(await back(null)).toBeNull();
    expect(await back({ best: 0, low: null, high: null })).toEqual({ best: 0 });
  });

  it('knows its own export’s rows by event and reads back what ACLED’s columns cannot say', async () => {
    const summit: EventView = {
      ...event,
      eventType: 'diplomacy',
      subType: 'summit-or-meeting',
      dateStart: '2021-11',
      precision: 'month',
      status: 'planned',
      milestone: true,
    };
    const [record] = await importCsv(acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(summit, 0));
    expect(record!.ownEventId).toBe(12);
    expect(record!.event).toMatchObject({
      subType: 'summit-or-meeting',
      dateStart: '2021-11',
      precision: 'month',
      status: 'planned',
      milestone: true,
    });
  });

  it('keeps another file’s cells exactly as written, a leading quote included', async () => {
    const row: Record<string, string> = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, '']));
    Object.assign(row, {
      event_id_cnty: 'ARM1',
      event_date: '2022-09-13',
      time_precision: '1',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: "'=Not ours",
      country: 'Armenia',
      location: 'Jermuk',
      latitude: '39.84',
      longitude: '-45.67',
      source: 'Armenpress',
      notes: "'=1+1 as the file wrote it",
      fatalities: '0',
      tags: 'crowd size=no report',
    });
    const csv = stringify([[...ACLED_COLUMNS], ACLED_COLUMNS.map((c) => row[c]!)]);
    const [record] = await importCsv(csv);
    expect(record!.event.summary).toBe("'=1+1 as the file wrote it");
    expect(record!.event.actors[0]!.name).toBe("'=Not ours");
    expect(record!.place).toMatchObject({ lon: -45.67 });
  });

  it('makes a one-line title from cells that hold a line break', async () => {
    const row: Record<string, string> = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, '']));
    Object.assign(row, {
      event_id_cnty: 'ARM2',
      event_date: '2022-09-13',
      time_precision: '1',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Military Forces of Armenia\r\n(2018-)',
      location: 'Jermuk',
      source: 'Armenpress',
    });
    const [record] = await importCsv(stringify([[...ACLED_COLUMNS], ACLED_COLUMNS.map((c) => row[c]!)]));
    expect(record!.event.title).toBe('Armed clash: Military Forces of Armenia (2018-) in Jermuk');
  });
});

/** ACLED rows with these cells (a valid armed clash otherwise), read as the import reads them. */
async function readRows(...rows: Record<string, string>[]): Promise<Mapped[]> {
  const base: Record<string, string> = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, '']));
  Object.assign(base, {
    event_date: '2022-09-13',
    time_precision: '1',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Armenia (2018-)',
    location: 'Jermuk',
    source: 'Armenpress',
  });
  const lines = rows.map((r, i) => {
    const row: Record<string, string> = { ...base, event_id_cnty: `ARM${i + 1}`, ...r };
    return ACLED_COLUMNS.map((c) => row[c]!);
  });
  const out: Mapped[] = [];
  for await (const m of readRecords(Readable.from([stringify([[...ACLED_COLUMNS], ...lines])]), 'acled')) out.push(m);
  return out;
}

describe('ACLED numbers', () => {
  it('takes fatalities as digits only, and an empty cell as not known', async () => {
    const out = await readRows(
      { fatalities: '1e3' },
      { fatalities: '0x10' },
      { fatalities: '2.5' },
      { fatalities: '-1' },
      { fatalities: ' 12 ' },
      { fatalities: '' },
    );
    expect(out.slice(0, 4)).toEqual(
      ['1e3', '0x10', '2.5', '-1'].map((cell, i) => ({
        ok: false,
        line: i + 2,
        reason: `fatalities "${cell}" is not a whole number (digits only, like 12)`,
      })),
    );
    expect(out.slice(4).map((m) => m.ok && m.record.event.fatalities)).toEqual([{ best: 12 }, null]);
  });

  it('takes coordinates as a pair or not at all, and geo_precision as 1, 2 or 3', async () => {
    const out = await readRows(
      { latitude: '40.1', longitude: '' },
      { latitude: '', longitude: '45.2' },
      { latitude: '0x10', longitude: '45.2' },
      { latitude: '40.1', longitude: '45.2', geo_precision: '99' },
      { latitude: '40.1', longitude: '45.2', geo_precision: '2' },
      { latitude: '', longitude: '', geo_precision: '' },
    );
    expect(out.slice(0, 4).map((m) => !m.ok && m.reason)).toEqual([
      'longitude is missing: give both coordinates or neither',
      'latitude is missing: give both coordinates or neither',
      'latitude "0x10" is not a decimal number (like 40.18)',
      'geo_precision "99" is not 1, 2 or 3',
    ]);
    expect(out.slice(4).map((m) => m.ok && m.record.place)).toEqual([
      expect.objectContaining({ lat: 40.1, lon: 45.2, geoPrecision: 2 }),
      expect.objectContaining({ lat: null, lon: null, geoPrecision: 1 }),
    ]);
  });
});

describe('a file the import cannot read', () => {
  it('says when the columns are separated by semicolons, not that every column is missing', async () => {
    const csv = `${ACLED_COLUMNS.join(';')}\nARM1;2022-09-13;2022;1\n`;
    await expect(importCsv(csv)).rejects.toThrow(/separated by ";", not by commas/);
  });
});
