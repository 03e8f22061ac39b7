// What every importer produces: one validated event with its actors, place and sources by name,
// and a key that makes re-importing the same file idempotent.
import { hash } from 'node:crypto';
import { diffSnapshots, snapshotOfRecord } from '@/lib/history';
import type { ParsedEventInput } from '@/lib/validation/event';
import type { ActorKind } from '@/lib/taxonomy/taxonomy';

export interface ImportPlace {
  name: string;
  altNames?: string[];
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number;
}

/** What a mapper makes of one row. */
export interface RecordDraft {
  /** Physical line of the file where the record starts (1 = the first line). */
  line: number;
  /** ACLED's event_id_cnty, "csv:<id>", or a Faultline id ("faultline:<id>"). */
  key: string;
  /** Faultline JSON keeps event ids across a round trip. */
  keepId?: number;
  /**
   * A row of Faultline's own ACLED export ("FL<id>"): the event it was written from. An ACLED file says less than the
   * event (no title, no range, no sources' links), so a stored event is never overwritten from it.
   */
  ownEventId?: number;
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

/** A draft with what storing it needs, computed where the file is parsed (a worker thread, often). */
export interface ImportRecord extends RecordDraft {
  /** recordHash of the draft. */
  hash: string;
  /** The changes (as JSON) of the revision that records the event's creation by this import. */
  creation: string;
}

export type Rejected = { ok: false; line: number; reason: string };
export type MappedDraft = { ok: true; record: RecordDraft } | Rejected;
export type Mapped = { ok: true; record: ImportRecord } | Rejected;

export function completeRecord(m: MappedDraft): Mapped {
  if (!m.ok) return m;
  const r = m.record;
  return {
    ok: true,
    record: {
      ...r,
      hash: recordHash(r),
      creation: JSON.stringify(diffSnapshots(null, snapshotOfRecord(r.event, r.place?.name ?? null))),
    },
  };
}

/** A stable hash of what a record says, so an unchanged row in a re-import is recognised. */
export function recordHash(r: RecordDraft): string {
  const e = r.event;
  const payload = JSON.stringify([
    e.title,
    e.summary,
    e.subType,
    e.date,
    e.status,
    e.milestone,
    e.fatalities ?? null,
    e.actors.map((a) => [a.name, a.role]),
    e.sources.map((s) => [s.publisher, s.url ?? null, s.title ?? null, s.publishedAt ?? null, s.quote]),
    r.place ? [r.place.name, r.place.lat, r.place.lon] : null,
  ]);
  return hash('sha1', payload, 'hex');
}
