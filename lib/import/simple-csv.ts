// A simple CSV for hand-made data. Columns (header names, any order; only title, date, precision,
// sub_type and source_publisher are required):
//   id, title, date, date_end, precision, type, sub_type, status, milestone, actors, location,
//   latitude, longitude, fatalities, summary, source_publisher, source_url, source_title,
//   source_published, source_quote
// `actors` is "Name (role); Name" (role: actor-1, actor-2, associated, mediator, participant).
// An `id` makes re-imports idempotent: the same id updates the same event.
import { ACTOR_ROLES, type ActorRole } from '@/lib/taxonomy/taxonomy';
import { eventInputSchema } from '@/lib/validation/event';
import { coordinateCells, wholeNumberCell } from './cells';
import type { MappedDraft } from './record';

export const SIMPLE_CSV_REQUIRED = ['title', 'date', 'precision', 'sub_type', 'source_publisher'];

export function detectSimpleCsv(header: string[]): { ok: true } | { ok: false; missing: string[] } {
  const have = new Set(header.map((h) => h.trim().toLowerCase()));
  const missing = SIMPLE_CSV_REQUIRED.filter((c) => !have.has(c));
  return missing.length ? { ok: false, missing } : { ok: true };
}

/** A bracket at the end of an actor is a role only when it names one: "Protesters (Azerbaijan)" is a name. */
function actorOf(entry: string): { name: string; role: ActorRole } {
  const m = /^(.*?)\s*\(([^)]+)\)$/.exec(entry);
  const role = ACTOR_ROLES.find((r) => r === m?.[2]?.trim().toLowerCase());
  return m && role ? { name: m[1]!.trim(), role } : { name: entry, role: 'participant' };
}

function actorsOf(cell: string | undefined): { name: string; role: ActorRole }[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(actorOf);
}

/** The event a row describes, for the shared schema to check. */
function eventFields(row: Record<string, string>, fatalities: number | null): Record<string, unknown> {
  return {
    title: row.title,
    summary: row.summary ?? '',
    eventType: row.type?.trim() || undefined,
    subType: row.sub_type?.trim(),
    dateStart: row.date?.trim(),
    dateEnd: row.date_end?.trim() || null,
    precision: row.precision?.trim(),
    status: row.status?.trim() || 'occurred',
    milestone: /^(true|yes|1)$/i.test(row.milestone?.trim() ?? ''),
    location: row.location?.trim() || null,
    fatalities: fatalities === null ? null : { best: fatalities },
    actors: actorsOf(row.actors),
    sources: [
      {
        publisher: row.source_publisher,
        url: row.source_url?.trim() || null,
        title: row.source_title?.trim() || null,
        publishedAt: row.source_published?.trim() || null,
        quote: row.source_quote ?? '',
      },
    ],
  };
}

export function mapSimpleCsvRow(row: Record<string, string>, line: number): MappedDraft {
  const coordinates = coordinateCells(row.latitude, row.longitude);
  const fatalities = wholeNumberCell('fatalities', row.fatalities);
  const parsed = eventInputSchema.safeParse(eventFields(row, fatalities.ok ? fatalities.value : null));
  if (!parsed.success || !coordinates.ok || !fatalities.ok) {
    // Every problem of the row at once, the cells' first.
    const cells = [coordinates, fatalities].flatMap((c) => (c.ok ? [] : [c.reason]));
    const fields = (parsed.error?.issues ?? []).map((i) => `${i.path.join('.') || 'row'}: ${i.message}`);
    return { ok: false, line, reason: [...cells, ...fields].join('; ') };
  }
  const { lat, lon } = coordinates.value;
  const id = row.id?.trim();
  return {
    ok: true,
    record: {
      line,
      key: id ? `csv:${id}` : `csv-line:${line}:${parsed.data.title}`,
      event: parsed.data,
      place: parsed.data.location
        ? { name: parsed.data.location, country: null, admin1: null, lat, lon, geoPrecision: 1 }
        : null,
      actorKinds: {},
    },
  };
}
