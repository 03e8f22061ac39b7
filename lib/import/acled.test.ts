// ACLED CSV out and back in: formula-like text survives Faultline's own round trip exactly, and
// another file's cells are kept as written.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EventView } from '@/db/queries/event-shape';
import { ACLED_COLUMNS, acledCsv } from '@/lib/export/formats';
import { readRecords } from './read';
import type { ImportRecord } from './record';

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

describe('a file the import cannot read', () => {
  it('says when the columns are separated by semicolons, not that every column is missing', async () => {
    const csv = `${ACLED_COLUMNS.join(';')}\nARM1;2022-09-13;2022;1\n`;
    await expect(importCsv(csv)).rejects.toThrow(/separated by ";", not by commas/);
  });
});
