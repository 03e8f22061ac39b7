// Faultline's own JSON export, read back: ids are kept, so export → import → export is lossless. Nothing in the
// file is trusted: the event's fields go through eventInputSchema, the rest through exportedEventSchema.
import type { z } from 'zod';
import { eventInputSchema, type ParsedEventInput } from '@/lib/validation/event';
import { MAX_RESTORED_ID, exportedEventSchema, type ExportedEvent } from '@/lib/validation/faultline';
import type { MappedDraft, RecordDraft } from './record';

export { MAX_RESTORED_ID };

const reasonOf = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; ');

/** Why this is not an event a restore can keep the id of, or null. */
function idProblem(e: unknown): string | null {
  const id = e && typeof e === 'object' ? (e as { id?: unknown }).id : undefined;
  if (typeof id !== 'number' || !Number.isInteger(id)) return 'not a Faultline event (no id)';
  if (id >= 1 && id <= MAX_RESTORED_ID) return null;
  return (
    `id ${id} is outside 1–${MAX_RESTORED_ID.toLocaleString('en')}: a restore keeps ids, and one this high ` +
    'would leave none for the events people create next'
  );
}

/** The event's own fields, for the schema every way in shares. */
function eventFields(e: Record<string, unknown>, x: ExportedEvent): Record<string, unknown> {
  return {
    title: e.title,
    summary: e.summary,
    eventType: e.eventType,
    subType: e.subType,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    precision: e.precision,
    status: e.status,
    milestone: e.milestone,
    location: x.location?.name ?? null,
    fatalities: e.fatalities,
    actors: x.actors.map((a) => ({ name: a.name, role: a.role })),
    sources: x.sources.map((s) => ({
      publisher: s.publisher,
      url: s.url,
      title: s.title,
      publishedAt: s.publishedAt,
      quote: s.quote ?? '',
    })),
  };
}

/** Per actor name (as the schema cleaned it: the lists line up by position), what the file says of it. */
function byActorName<T>(
  event: ParsedEventInput,
  actors: ExportedEvent['actors'],
  pick: (a: ExportedEvent['actors'][number]) => T | null | undefined,
): Record<string, T> {
  return Object.fromEntries(
    event.actors.flatMap((a, i) => {
      const value = pick(actors[i]!);
      return value == null ? [] : [[a.name, value]];
    }),
  );
}

function recordOf(id: number, line: number, x: ExportedEvent, event: ParsedEventInput): RecordDraft {
  const at = x.location;
  return {
    line,
    key: `faultline:${id}`,
    keepId: id,
    event,
    place:
      at && event.location
        ? { name: event.location, country: at.country, admin1: at.admin1, lat: at.lat, lon: at.lon, geoPrecision: 1 }
        : null,
    actorKinds: byActorName(event, x.actors, (a) => a.kind),
    restore: {
      version: x.version ?? 1,
      revisions: x.revisions,
      actorIds: byActorName(event, x.actors, (a) => a.id),
      placeId: at?.id ?? null,
    },
  };
}

export function mapFaultlineEvent(value: unknown, line: number): MappedDraft {
  const problem = idProblem(value);
  if (problem) return { ok: false, line, reason: problem };
  const e = value as Record<string, unknown> & { id: number };
  const nested = exportedEventSchema.safeParse(e);
  if (!nested.success) return { ok: false, line, reason: reasonOf(nested.error) };
  const parsed = eventInputSchema.safeParse(eventFields(e, nested.data));
  if (!parsed.success) return { ok: false, line, reason: reasonOf(parsed.error) };
  return { ok: true, record: recordOf(e.id, line, nested.data, parsed.data) };
}
