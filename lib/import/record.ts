// What every importer produces: one validated event with its actors, place and sources by name,
// and a key that makes re-importing the same file idempotent.
import { createHash } from 'node:crypto';
import type { ParsedEventInput } from '@/lib/validation/event';
import type { ActorKind } from '@/lib/taxonomy/taxonomy';

export interface ImportPlace { name: string; altNames?: string[]; country: string | null; admin1: string | null; lat: number | null; lon: number | null; geoPrecision: number }

export interface ImportRecord {
  /** Physical line of the file where the record starts (1 = the first line). */
  line: number;
  /** ACLED's event_id_cnty, "csv:<id>", or a Faultline id ("faultline:<id>"). */
  key: string;
  /** Faultline JSON keeps event ids across a round trip. */
  keepId?: number;
  event: ParsedEventInput;
  place: ImportPlace | null;
  /** Kinds for actors the registry may not have yet. */
  actorKinds: Record<string, ActorKind>;
  /**
   * From a Faultline JSON export: what restores the event as it was — its version, its history,
   * and the ids of its actors and place (kept where they are free, as in a fresh database).
   */
  restore?: {
    version: number;
    revisions: { at: string; action: string; origin: string; reason: string | null; changes: unknown }[];
    actorIds: Record<string, number>;
    placeId: number | null;
  };
}

export type Mapped = { ok: true; record: ImportRecord } | { ok: false; line: number; reason: string };

/** A stable hash of what a record says, so an unchanged row in a re-import is recognised. */
export function recordHash(r: ImportRecord): string {
  const e = r.event;
  const payload = JSON.stringify([e.title, e.summary, e.subType, e.date, e.status, e.milestone, e.fatalities ?? null,
    e.actors.map((a) => [a.name, a.role]), e.sources.map((s) => [s.publisher, s.url ?? null, s.title ?? null, s.publishedAt ?? null, s.quote]),
    r.place ? [r.place.name, r.place.lat, r.place.lon] : null]);
  return createHash('sha1').update(payload).digest('hex');
}
