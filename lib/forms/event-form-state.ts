// The event form's state (what the inputs hold, as strings) and its mapping to the API's
// payload and back. Pure, so the browser form and its tests share it.
import type { EventView } from '@/db/queries/event-shape';
import type { Precision } from '@/lib/dates/precision';
import type { ActorKind, ActorRole, EventStatus } from '@/lib/taxonomy/taxonomy';
import { eventTypeOfSubType } from '@/lib/taxonomy/taxonomy';
import type { EventForm } from '@/lib/validation/event';

export type FormActor =
  | { key: string; id: number; name: string; role: ActorRole }
  | { key: string; newName: string; kind: ActorKind | ''; role: ActorRole };
export type FormLocation = null | { id: number; name: string } | { newName: string; lat: string; lon: string };
export interface FormSource {
  key: string;
  publisher: string;
  url: string;
  title: string;
  publishedAt: string;
  quote: string;
  /** Set when the source is a stored article and the quote is taken from it at these offsets. */
  article?: { id: number; start: number; end: number } | null;
}

export interface EventFormState {
  title: string;
  summary: string;
  eventType: string;
  subType: string;
  precision: Precision;
  dateStart: string;
  dateEnd: string;
  status: EventStatus;
  milestone: boolean;
  best: string;
  low: string;
  high: string;
  actors: FormActor[];
  location: FormLocation;
  sources: FormSource[];
  reason: string;
}

let keySeq = 0;
export const newKey = () => `k${++keySeq}`;
export const emptySource = (): FormSource => ({
  key: newKey(),
  publisher: '',
  url: '',
  title: '',
  publishedAt: '',
  quote: '',
});

export function emptyForm(): EventFormState {
  return {
    title: '',
    summary: '',
    eventType: '',
    subType: '',
    precision: 'day',
    dateStart: '',
    dateEnd: '',
    status: 'occurred',
    milestone: false,
    best: '',
    low: '',
    high: '',
    actors: [],
    location: null,
    sources: [emptySource()],
    reason: '',
  };
}

export function formFromEvent(e: EventView): EventFormState {
  return {
    title: e.title,
    summary: e.summary,
    eventType: e.eventType,
    subType: e.subType,
    precision: e.precision,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd ?? '',
    status: e.status,
    milestone: e.milestone,
    best: e.fatalities?.best?.toString() ?? '',
    low: e.fatalities?.low?.toString() ?? '',
    high: e.fatalities?.high?.toString() ?? '',
    actors: e.actors.map((a) => ({ key: newKey(), id: a.id, name: a.name, role: a.role })),
    location: e.location ? { id: e.location.id, name: e.location.name } : null,
    sources: e.sources.length
      ? e.sources.map((s) => ({
          key: newKey(),
          publisher: s.publisher,
          url: s.url ?? '',
          title: s.title ?? '',
          publishedAt: s.publishedAt ?? '',
          quote: s.quote,
        }))
      : [emptySource()],
    reason: '',
  };
}

/** "" stays empty (unknown); anything else must be a number, which the schema then checks. */
const num = (v: string): number | null => (v.trim() === '' ? null : Number(v.trim()));

/** Both coordinates empty: a place not yet on the map. One of them empty: the schema names the missing one. */
function newPlacePayload(l: { newName: string; lat: string; lon: string }) {
  const [lat, lon] = [num(l.lat), num(l.lon)];
  if (lat === null && lon === null) return { newName: l.newName, lat: null, lon: null };
  return { newName: l.newName, lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
}

export function toPayload(
  s: EventFormState,
  extra: { conflict?: string; submissionId?: string; version?: number },
): EventForm {
  const hasFatalities = [s.best, s.low, s.high].some((v) => v.trim() !== '');
  return {
    title: s.title,
    summary: s.summary,
    eventType: s.eventType || (s.subType ? eventTypeOfSubType(s.subType)?.slug : undefined),
    subType: s.subType as EventForm['subType'],
    precision: s.precision,
    dateStart: s.dateStart,
    dateEnd: s.precision === 'range' ? s.dateEnd : null,
    status: s.status,
    milestone: s.milestone,
    fatalities: hasFatalities ? { best: num(s.best), low: num(s.low), high: num(s.high) } : null,
    actors: s.actors.map((a) =>
      'id' in a ? { id: a.id, role: a.role } : { newName: a.newName, kind: a.kind as ActorKind, role: a.role },
    ),
    location: s.location === null ? null : 'id' in s.location ? { id: s.location.id } : newPlacePayload(s.location),
    sources: s.sources.map((x) => ({
      publisher: x.publisher,
      url: x.url || null,
      title: x.title || null,
      publishedAt: x.publishedAt || null,
      quote: x.quote,
      article: x.article ?? null,
    })),
    reason: s.reason || null,
    ...extra,
  };
}
