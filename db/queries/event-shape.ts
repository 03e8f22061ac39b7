import 'server-only';
// The JSON shape of an event, as the API pins it, built from one SQL row.
import { sql, type SQL } from 'drizzle-orm';
import { formatAtPrecision, type Precision } from '@/lib/dates/precision';
import type { ActorKind, ActorRole, EventStatus } from '@/lib/taxonomy/taxonomy';
import type { ReviewState } from '@/lib/auth/roles';

export interface EventActor {
  id: number;
  name: string;
  kind: ActorKind;
  role: ActorRole;
}
export interface EventSource {
  publisher: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  quote: string;
}
export interface EventLocation {
  id: number;
  name: string;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-3 (or a name, as an import gave it) and first-level region, when known. */
  country?: string | null;
  admin1?: string | null;
}

export interface EventView {
  id: number;
  title: string;
  summary: string;
  eventType: string;
  subType: string;
  /** At the event's precision: YYYY, YYYY-MM or YYYY-MM-DD (a week: its Monday). */
  dateStart: string;
  dateEnd: string | null;
  precision: Precision;
  status: EventStatus;
  milestone: boolean;
  fatalities: { best: number | null; low: number | null; high: number | null } | null;
  actors: EventActor[];
  location: EventLocation | null;
  sources: EventSource[];
  /** Edits name the version they started from. */
  version: number;
  /** Set when the event was (softly) deleted; deleted events are only shown on their own page. */
  deletedAt: string | null;
  /** 'pending' and 'rejected' events are seen only by their author and by editors. */
  review?: ReviewState;
  /** The account that proposed it (null: written without accounts). */
  authorId?: string | null;
}

export interface EventRowRaw {
  id: number;
  title: string;
  summary: string;
  event_type: string;
  sub_type: string;
  date_start: string;
  date_end: string | null;
  precision: Precision;
  status: EventStatus;
  milestone: boolean;
  fatalities_best: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  location_id: number | null;
  location_name: string | null;
  lat: number | null;
  lon: number | null;
  location_country?: string | null;
  location_admin1?: string | null;
  actors: EventActor[] | string;
  sources: EventSource[] | string;
  version: number;
  deleted_at: Date | string | null;
  review?: ReviewState;
  author_id?: string | null;
}

/** Columns for EventRowRaw over `events e`, with actors and sources aggregated in SQL. */
export const eventColumns: SQL = sql`
  e.id, e.title, e.summary, e.event_type, e.sub_type, e.date_start, e.date_end, e.precision, e.status, e.milestone,
  e.fatalities_best, e.fatalities_low, e.fatalities_high, e.version, e.deleted_at, e.review, e.author_id,
  l.id as location_id, l.name as location_name, l.lat, l.lon, l.country as location_country,
  l.admin1 as location_admin1,
  coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name, 'kind', a.kind, 'role', ea.role)
      order by ea.role, a.name)
    from event_actors ea join actors a on a.id = ea.actor_id where ea.event_id = e.id), '[]'::json) as actors,
  coalesce((select json_agg(json_build_object('publisher', s.publisher, 'url', s.url, 'title', s.title,
      'publishedAt', s.published_at, 'quote', es.quote) order by es.position, s.id)
    from event_sources es join sources s on s.id = es.source_id where es.event_id = e.id), '[]'::json) as sources`;

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

export function toEventView(r: EventRowRaw): EventView {
  const hasFatalities = r.fatalities_best != null || r.fatalities_low != null || r.fatalities_high != null;
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    eventType: r.event_type,
    subType: r.sub_type,
    dateStart: formatAtPrecision(r.date_start, r.precision),
    dateEnd: r.precision === 'range' ? r.date_end : null,
    precision: r.precision,
    status: r.status,
    milestone: r.milestone,
    fatalities: hasFatalities ? { best: r.fatalities_best, low: r.fatalities_low, high: r.fatalities_high } : null,
    actors: json(r.actors),
    location:
      r.location_id == null
        ? null
        : {
            id: r.location_id,
            name: r.location_name ?? '',
            lat: r.lat,
            lon: r.lon,
            country: r.location_country ?? null,
            admin1: r.location_admin1 ?? null,
          },
    sources: json(r.sources),
    version: r.version,
    deletedAt: r.deleted_at === null ? null : new Date(r.deleted_at).toISOString(),
    review: r.review ?? 'published',
    authorId: r.author_id ?? null,
  };
}
