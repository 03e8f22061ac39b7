import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EventView } from '@/db/queries/event-shape';
import { ACLED_COLUMNS, acledCsv, geoJson, iCalendar, lastDay } from './formats';

const event = (patch: Partial<EventView> = {}): EventView => ({
  id: 7,
  title: 'Trilateral statement ends the war',
  summary: 'Signed late on 9 November; in force from midnight, Moscow time.',
  eventType: 'diplomacy',
  subType: 'agreement-or-ceasefire',
  dateStart: '2020-11-10',
  dateEnd: null,
  precision: 'day',
  status: 'occurred',
  milestone: true,
  fatalities: null,
  actors: [
    { id: 1, name: 'Russia', kind: 'state', role: 'mediator' },
    { id: 2, name: 'Armenia', kind: 'state', role: 'participant' },
  ],
  location: { id: 3, name: 'Nagorno-Karabakh', lat: 39.83, lon: 46.75 },
  sources: [
    {
      publisher: 'Office of the Prime Minister of Armenia',
      url: 'https://www.primeminister.am/x',
      title: 'Statement',
      publishedAt: '2020-11-10',
      quote: '',
    },
  ],
  version: 1,
  deletedAt: null,
  ...patch,
});

describe('exports', () => {
  it('writes ACLED CSV rows with all 31 columns, quoting commas, diplomacy filed as strategic developments', () => {
    const rows = parse(acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(event(), 0), {
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...ACLED_COLUMNS]);
    expect(rows[0]).toMatchObject({
      event_date: '2020-11-10',
      time_precision: '1',
      event_type: 'Strategic developments',
      sub_event_type: 'Agreement',
      notes: 'Signed late on 9 November; in force from midnight, Moscow time.',
    });
  });

  it('writes unknown fatalities as an empty cell, and a known 0 as 0', () => {
    const fatalities = (f: EventView['fatalities']) =>
      (
        parse(acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(event({ fatalities: f }), 0), {
          columns: true,
        }) as Record<string, string>[]
      )[0]!.fatalities;
    expect(fatalities(null)).toBe('');
    expect(fatalities({ best: null, low: 2, high: 5 })).toBe('');
    expect(fatalities({ best: 0, low: null, high: null })).toBe('0');
    expect(fatalities({ best: 12, low: null, high: null })).toBe('12');
  });

  it('fills iso, region, country, admin1 and inter1/2 from the place and the actor kinds when known', () => {
    const row = (e: EventView) =>
      (
        parse(acledCsv.begin({ exportedAt: '', query: '' }) + acledCsv.item(e, 0), { columns: true }) as Record<
          string,
          string
        >[]
      )[0]!;
    const located = event({
      actors: [
        { id: 4, name: 'Azerbaijani Armed Forces', kind: 'armed-force', role: 'actor-1' },
        { id: 5, name: 'OSCE Minsk Group', kind: 'organisation', role: 'actor-2' },
      ],
      location: { id: 3, name: 'Stepanakert', lat: 39.8, lon: 46.75, country: 'AZE', admin1: 'Karabakh' },
    });
    expect(row(located)).toMatchObject({
      iso: '31',
      region: 'Caucasus and Central Asia',
      country: 'Azerbaijan',
      admin1: 'Karabakh',
      actor1: 'Azerbaijani Armed Forces',
      inter1: 'State forces',
      actor2: 'OSCE Minsk Group',
      inter2: 'External/Other forces',
    });
    // Unknown stays empty: no guessed country, no guessed kind of actor.
    const bare = event({ actors: [{ id: 6, name: 'Unknown gunmen', kind: 'group', role: 'actor-1' }] });
    expect(row(bare)).toMatchObject({ iso: '', country: '', admin1: '', inter1: '', inter2: '' });
  });

  it('gives a month-precision event ACLED’s month precision, never a made-up day precision', () => {
    const rows = parse(
      acledCsv.begin({ exportedAt: '', query: '' }) +
        acledCsv.item(event({ dateStart: '2020-11', precision: 'month' }), 0),
      { columns: true },
    ) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ event_date: '2020-11-01', time_precision: '3' });
  });

  it('leaves events without coordinates out of GeoJSON', () => {
    expect(geoJson.item(event({ location: null }), 0)).toBe('');
    expect(JSON.parse(geoJson.item(event(), 0))).toMatchObject({ geometry: { coordinates: [46.75, 39.83] } });
  });

  it('writes milestones as all-day iCalendar events spanning their whole period, folded at 75 octets', () => {
    const text = iCalendar.item(event({ dateStart: '2021-11', precision: 'month', title: 'x'.repeat(120) }), 0);
    expect(text).toContain('DTSTART;VALUE=DATE:20211101');
    expect(text).toContain('DTEND;VALUE=DATE:20211201');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(iCalendar.item(event({ milestone: false }), 0)).toBe('');
    expect(lastDay({ dateStart: '2020', dateEnd: null, precision: 'year' })).toBe('2020-12-31');
  });
});
