// Faultline's own JSON export, read back: ids are kept, so export → import → export is lossless.
import type { EventView } from '@/db/queries/event-shape';
import type { ActorKind } from '@/lib/taxonomy/taxonomy';
import { eventInputSchema } from '@/lib/validation/event';
import type { MappedDraft, RecordDraft } from './record';

/**
 * The highest id a restore keeps. Ids come from a sequence that ends at 2,147,483,647: an event restored near the
 * end would leave no id for the next event anyone creates.
 */
export const MAX_RESTORED_ID = 1_000_000_000;

type Exported = EventView & { revisions?: NonNullable<RecordDraft['restore']>['revisions'] };

export function mapFaultlineEvent(e: Exported, line: number): MappedDraft {
  if (!e || typeof e !== 'object' || !Number.isInteger(e.id))
    return { ok: false, line, reason: 'not a Faultline event (no id)' };
  if (e.id < 1 || e.id > MAX_RESTORED_ID)
    return {
      ok: false,
      line,
      reason:
        `id ${e.id} is outside 1–${MAX_RESTORED_ID.toLocaleString('en')}: a restore keeps ids, and one this high ` +
        'would leave none for the events people create next',
    };
  const parsed = eventInputSchema.safeParse({
    title: e.title,
    summary: e.summary,
    eventType: e.eventType,
    subType: e.subType,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    precision: e.precision,
    status: e.status,
    milestone: e.milestone,
    location: e.location?.name ?? null,
    fatalities: e.fatalities,
    actors: (e.actors ?? []).map((a) => ({ name: a.name, role: a.role })),
    sources: (e.sources ?? []).map((s) => ({
      publisher: s.publisher,
      url: s.url,
      title: s.title,
      publishedAt: s.publishedAt,
      quote: s.quote ?? '',
    })),
  });
  if (!parsed.success)
    return {
      ok: false,
      line,
      reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; '),
    };
  return {
    ok: true,
    record: {
      line,
      key: `faultline:${e.id}`,
      keepId: e.id,
      event: parsed.data,
      place: e.location
        ? {
            name: e.location.name,
            // Exports since the ACLED columns were filled carry these; older ones do not.
            country: typeof e.location.country === 'string' ? e.location.country : null,
            admin1: typeof e.location.admin1 === 'string' ? e.location.admin1 : null,
            lat: e.location.lat,
            lon: e.location.lon,
            geoPrecision: 1,
          }
        : null,
      actorKinds: Object.fromEntries((e.actors ?? []).map((a) => [a.name, a.kind as ActorKind])),
      restore: {
        version: Number.isInteger(e.version) && e.version > 0 ? e.version : 1,
        revisions: Array.isArray(e.revisions) ? e.revisions : [],
        actorIds: Object.fromEntries((e.actors ?? []).map((a) => [a.name, a.id])),
        placeId: e.location?.id ?? null,
      },
    },
  };
}
