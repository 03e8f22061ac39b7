// ACLED's CSV exports — the current 31-column layout and the older one (event_id_no_cnty, data_id,
// iso3, numeric inter codes) — mapped one-to-one onto Faultline events.
import { UTCDate } from '@date-fns/utc';
import { format, isValid, parse } from 'date-fns';
import { isIsoDay } from '@/lib/dates/calendar';
import { isOwnExport, restoreCell } from '@/lib/export/csv-safe';
import { EVENT_STATUSES, EVENT_TYPES, eventTypeOfSubType, type ActorKind } from '@/lib/taxonomy/taxonomy';
import { eventInputSchema } from '@/lib/validation/event';
import { coordinateCells, wholeNumberCell, type Cell } from './cells';
import type { MappedDraft } from './record';

export const REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'country',
  'location',
  'latitude',
  'longitude',
  'source',
  'notes',
  'fatalities',
];

export type AcledLayout = 'acled' | 'acled-old';

/** Which ACLED layout a header is, or which required columns it lacks. */
export function detectAcledLayout(
  header: string[],
): { ok: true; layout: AcledLayout } | { ok: false; missing: string[] } {
  const have = new Set(header.map((h) => h.trim().toLowerCase()));
  const missing = REQUIRED_COLUMNS.filter((c) => !have.has(c));
  if (missing.length) return { ok: false, missing };
  return { ok: true, layout: have.has('disorder_type') || have.has('civilian_targeting') ? 'acled' : 'acled-old' };
}

const SUB_TYPES = new Map(
  EVENT_TYPES.flatMap((t) =>
    t.subTypes
      .filter((s) => s.acledName)
      .map((s) => [`${t.acledName}|${s.acledName}`.toLowerCase(), { type: t.slug, sub: s.slug }] as const),
  ),
);

/** ACLED writes dates as 2025-05-16 or "16 May 2025". */
export function parseAcledDate(value: string): string | null {
  const v = value.trim();
  // The common case without date-fns: an ISO day that exists.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isIsoDay(v) ? v : null;
  for (const pattern of ['yyyy-MM-dd', 'd MMMM yyyy', 'd MMM yyyy', 'dd/MM/yyyy']) {
    const d = parse(v, pattern, new UTCDate(2000, 0, 1));
    if (isValid(d) && d.getFullYear() > 1800) return format(d, 'yyyy-MM-dd');
  }
  return null;
}

/** ACLED's inter codes (text in the current layout, numbers in the old): what kind of actor. */
function kindOf(inter: string | undefined): ActorKind {
  const v = (inter ?? '').toLowerCase();
  if (v === '1' || v === '8' || v.includes('state forces') || v.includes('external')) return 'armed-force';
  return 'group';
}

const split = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** A row as its author wrote it: Faultline's own export quoted formula-like cells (csv-safe.ts). */
function originalCells(row: Record<string, string>): Record<string, string> {
  if (!isOwnExport(row.tags)) return row;
  return Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, restoreCell(cell)]));
}

/** What Faultline's own export wrote in `tags` that ACLED's columns cannot say (lib/export/formats.ts). */
function ownExportTags(tags: string | undefined) {
  const pairs = new Map(split(tags).map((t) => [t.split('=')[0]!.trim(), t.split('=').slice(1).join('=').trim()]));
  const subType = pairs.get('faultline_type');
  return {
    subType: subType && eventTypeOfSubType(subType) ? subType : null,
    precision: (['year', 'month', 'day'] as const).find((p) => pairs.get('precision') === p) ?? null,
    status: EVENT_STATUSES.find((s) => pairs.get('status') === s) ?? null,
    milestone: pairs.has('milestone'),
  };
}

/** The date ACLED's time_precision gives, or the precision Faultline's own export recorded when ACLED's is coarser. */
function datedAs(day: string, tp: string, precision: 'year' | 'month' | 'day' | null | undefined) {
  if (precision === 'year') return { dateStart: day.slice(0, 4), precision };
  if (precision === 'month') return { dateStart: day.slice(0, 7), precision };
  if (precision === 'day') return { dateStart: day, precision };
  return {
    dateStart: tp === '3' ? day.slice(0, 7) : day,
    precision: tp === '1' ? 'day' : tp === '2' ? 'week' : 'month',
  };
}

const GEO_PRECISIONS = ['1', '2', '3'];

/** The row's numbers, read strictly (lib/import/cells.ts); geo_precision is ACLED's 1, 2 or 3 (1 when empty). */
function numberCells(
  row: Record<string, string>,
): Cell<{ lat: number | null; lon: number | null; fatalities: number | null; geoPrecision: number }> {
  const coordinates = coordinateCells(row.latitude, row.longitude);
  if (!coordinates.ok) return coordinates;
  const fatalities = wholeNumberCell('fatalities', row.fatalities);
  if (!fatalities.ok) return fatalities;
  const geo = row.geo_precision?.trim() || '1';
  if (!GEO_PRECISIONS.includes(geo)) return { ok: false, reason: `geo_precision "${geo}" is not 1, 2 or 3` };
  return { ok: true, value: { ...coordinates.value, fatalities: fatalities.value, geoPrecision: Number(geo) } };
}

export function mapAcledRow(cells: Record<string, string>, line: number): MappedDraft {
  const row = originalCells(cells);
  const fail = (reason: string): MappedDraft => ({ ok: false, line, reason });
  const id = row.event_id_cnty?.trim();
  if (!id) return fail('event_id_cnty is empty');
  const day = parseAcledDate(row.event_date ?? '');
  if (!day) return fail(`event_date "${row.event_date ?? ''}" is not a date (YYYY-MM-DD or "16 May 2025")`);
  const tp = (row.time_precision ?? '').trim();
  if (!['1', '2', '3'].includes(tp)) return fail(`time_precision "${tp}" is not 1, 2 or 3`);
  const types = SUB_TYPES.get(`${row.event_type?.trim()}|${row.sub_event_type?.trim()}`.toLowerCase());
  if (!types) return fail(`"${row.event_type}" / "${row.sub_event_type}" is not an ACLED event type and sub-type`);
  const numbers = numberCells(row);
  if (!numbers.ok) return fail(numbers.reason);
  const { lat, lon, fatalities, geoPrecision } = numbers.value;

  const actors: { name: string; role: 'actor-1' | 'actor-2' | 'associated' }[] = [];
  const kinds: Record<string, ActorKind> = {};
  const add = (name: string, role: 'actor-1' | 'actor-2' | 'associated', inter?: string) => {
    if (!name || actors.some((a) => a.name.toLowerCase() === name.toLowerCase())) return;
    actors.push({ name, role });
    kinds[name] = kindOf(inter);
  };
  add(row.actor1?.trim() ?? '', 'actor-1', row.inter1);
  add(row.actor2?.trim() ?? '', 'actor-2', row.inter2);
  for (const a of split(row.assoc_actor_1)) add(a, 'associated', row.inter1);
  for (const a of split(row.assoc_actor_2)) add(a, 'associated', row.inter2);

  const own = isOwnExport(cells.tags) ? ownExportTags(row.tags) : null;
  const place = row.location?.trim() || null;
  // Made here from cells that may hold a line break: a title is one line (lib/validation/event.ts).
  const title = `${(row.sub_event_type ?? '').trim()}: ${[row.actor1, row.actor2]
    .map((a) => a?.trim())
    .filter(Boolean)
    .join(' vs ')}${place ? ` in ${place}` : ''}`.replace(/\s+/g, ' ');
  const parsed = eventInputSchema.safeParse({
    title: title.length > 300 ? `${title.slice(0, 297)}…` : title,
    summary: row.notes ?? '',
    eventType: own?.subType ? (eventTypeOfSubType(own.subType)?.slug ?? types.type) : types.type,
    subType: own?.subType ?? types.sub,
    ...datedAs(day, tp, own?.precision),
    status: own?.status ?? 'occurred',
    milestone: own?.milestone ?? false,
    location: place,
    fatalities: fatalities === null ? null : { best: fatalities },
    actors,
    // ACLED names its sources by publisher only.
    sources: split(row.source).map((publisher) => ({ publisher, quote: '' })),
  });
  if (!parsed.success)
    return fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; '));
  return {
    ok: true,
    record: {
      line,
      key: id,
      ...(own && /^FL\d+$/.test(id) ? { ownEventId: Number(id.slice(2)) } : {}),
      event: parsed.data,
      place: place
        ? {
            name: place,
            country: row.country?.trim() || null,
            admin1: row.admin1?.trim() || null,
            lat,
            lon,
            geoPrecision,
          }
        : null,
      actorKinds: kinds,
    },
  };
}
