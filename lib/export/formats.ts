// Export formats, each written as a header, one chunk per event, and a footer, so an export of a
// million events streams instead of being built in memory.
import { countryCells, interOf } from './countries';
import { stringify } from 'csv-stringify/sync';
import type { EventView } from '@/db/queries/event-shape';
import { addPeriod, plusDays } from '@/lib/dates/calendar';
import { neutraliseCell, OWN_EXPORT_TAG } from '@/lib/export/csv-safe';
import { getEventType, getSubType } from '@/lib/taxonomy/taxonomy';

export interface ExportFormat {
  contentType: string;
  extension: string;
  begin(meta: { exportedAt: string; query: string }): string;
  /** `emitted`: how many events were written before this one (for separators). */
  item(event: EventView, emitted: number): string;
  end(): string;
}

/** The first day of an event's date in the API's form ("2020", "2020-11", "2020-11-10"). */
export function firstDay(e: Pick<EventView, 'dateStart'>): string {
  return e.dateStart.length === 4
    ? `${e.dateStart}-01-01`
    : e.dateStart.length === 7
      ? `${e.dateStart}-01`
      : e.dateStart;
}

/** The last day of an event's period. */
export function lastDay(e: Pick<EventView, 'dateStart' | 'dateEnd' | 'precision'>): string {
  const start = firstDay(e);
  switch (e.precision) {
    case 'day':
      return start;
    case 'week':
      return plusDays(start, 6);
    case 'month':
      return plusDays(addPeriod(start, 'month'), -1);
    case 'year':
      return plusDays(addPeriod(start, 'year'), -1);
    case 'range':
      return e.dateEnd ?? start;
  }
}

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** ACLED's time_precision: 1 day, 2 week (or a range of up to a week), 3 month or coarser. */
const timePrecision = (e: EventView) =>
  e.precision === 'day'
    ? 1
    : e.precision === 'week' || (e.precision === 'range' && lastDay(e) <= plusDays(firstDay(e), 6))
      ? 2
      : 3;

export const acledCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  begin: () => stringify([[...ACLED_COLUMNS]]),
  item: (e) => {
    const sub = getSubType(e.subType);
    const type = getEventType(e.eventType);
    const byRole = (role: string) => e.actors.filter((a) => a.role === role).map((a) => a.name);
    const actor1 = byRole('actor-1')[0] ?? e.actors[0]?.name ?? '';
    const actor2 = byRole('actor-2')[0] ?? '';
    const others = e.actors.map((a) => a.name).filter((n) => n !== actor1 && n !== actor2);
    const kindOf = (name: string) => e.actors.find((a) => a.name === name)?.kind;
    const country = countryCells(e.location?.country);
    // Faultline's diplomacy types have no ACLED name: ACLED files them as strategic developments.
    const acledType = type?.acledName ?? 'Strategic developments';
    const acledSub = sub?.acledName ?? (e.subType === 'agreement-or-ceasefire' ? 'Agreement' : 'Other');
    const tags = [
      type?.acledName ? '' : `faultline_type=${e.subType}`,
      `precision=${e.precision}`,
      e.milestone ? 'milestone' : '',
      e.status !== 'occurred' ? `status=${e.status}` : '',
      // Tells Faultline's import that the cells below were quoted against formulas (csv-safe.ts).
      OWN_EXPORT_TAG,
    ]
      .filter(Boolean)
      .join('; ');
    const cells = [
      `FL${e.id}`,
      firstDay(e),
      firstDay(e).slice(0, 4),
      timePrecision(e),
      sub?.disorderType === 'Diplomacy' ? 'Strategic developments' : (sub?.disorderType ?? ''),
      acledType,
      acledSub,
      actor1,
      others.join('; '),
      interOf(kindOf(actor1)),
      actor2,
      '',
      interOf(kindOf(actor2)),
      '',
      '',
      country.iso,
      country.region,
      country.name,
      e.location?.admin1 ?? '',
      '',
      '',
      e.location?.name ?? '',
      e.location?.lat ?? '',
      e.location?.lon ?? '',
      e.location ? 1 : '',
      e.sources.map((s) => s.publisher).join('; '),
      '',
      e.summary || e.title,
      // Unknown is an empty cell: a 0 would read back as "nobody died".
      e.fatalities?.best ?? '',
      tags,
      '',
    ];
    return stringify([cells.map(neutraliseCell)]);
  },
  end: () => '',
};

export const faultlineJson: ExportFormat = {
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  begin: ({ exportedAt, query }) =>
    `{"format":"faultline","version":1,"exportedAt":${JSON.stringify(exportedAt)},` +
    `"filters":${JSON.stringify(query)},"events":[\n`,
  item: (e, i) => `${i ? ',\n' : ''}${JSON.stringify(e)}`,
  end: () => '\n]}\n',
};

export const geoJson: ExportFormat = {
  contentType: 'application/geo+json; charset=utf-8',
  extension: 'geojson',
  begin: () => '{"type":"FeatureCollection","features":[\n',
  item: (e, i) => {
    if (!e.location || e.location.lat === null || e.location.lon === null) return '';
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.location.lon, e.location.lat] },
      properties: {
        id: e.id,
        title: e.title,
        eventType: e.eventType,
        subType: e.subType,
        dateStart: e.dateStart,
        dateEnd: e.dateEnd,
        precision: e.precision,
        status: e.status,
        milestone: e.milestone,
        place: e.location.name,
        actors: e.actors.map((a) => a.name),
        fatalities: e.fatalities?.best ?? null,
        source: e.sources[0]?.url ?? e.sources[0]?.publisher ?? null,
      },
    };
    return `${i ? ',\n' : ''}${JSON.stringify(feature)}`;
  },
  end: () => '\n]}\n',
};

/** RFC 5545 text: escape, then fold lines longer than 75 octets. */
function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (new TextEncoder().encode(current + ch).length > (out.length ? 74 : 75)) {
      out.push(current);
      current = ch;
    } else current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}
const icsDate = (d: string) => d.replace(/-/g, '');

export const iCalendar: ExportFormat = {
  contentType: 'text/calendar; charset=utf-8',
  extension: 'ics',
  begin: () =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Faultline//Conflict timeline//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Faultline milestones',
    ].join('\r\n') + '\r\n',
  // Milestones and planned events only: a calendar of what was agreed and what is due.
  item: (e) => {
    if (!e.milestone && e.status !== 'planned') return '';
    const lines = [
      'BEGIN:VEVENT',
      `UID:faultline-event-${e.id}@faultline`,
      `DTSTAMP:${new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}`,
      `DTSTART;VALUE=DATE:${icsDate(firstDay(e))}`,
      // All-day events end the day after their last day (exclusive).
      `DTEND;VALUE=DATE:${icsDate(plusDays(lastDay(e), 1))}`,
      `SUMMARY:${icsText(e.title)}`,
      `DESCRIPTION:${icsText(
        `${e.summary}${e.summary ? '\n' : ''}` +
          `Date known to the ${e.precision === 'range' ? 'day (a range)' : e.precision}. Status: ${e.status}.`,
      )}`,
      ...(e.location ? [`LOCATION:${icsText(e.location.name)}`] : []),
      ...(e.sources[0]?.url ? [`URL:${e.sources[0].url}`] : []),
      'END:VEVENT',
    ];
    return lines.map(fold).join('\r\n') + '\r\n';
  },
  end: () => 'END:VCALENDAR\r\n',
};

export const EXPORT_FORMATS = { acled: acledCsv, json: faultlineJson, geojson: geoJson, ics: iCalendar } as const;
export type ExportFormatName = keyof typeof EXPORT_FORMATS;
