// What a Faultline JSON export carries beyond an event's own fields (those go through eventInputSchema):
// the ids a restore keeps, the place's coordinates, the actors' kinds and the event's history. A file can
// say anything, so each is checked here with the rules the API applies, before any of it reaches SQL.
import { z } from 'zod';
import { REVISION_ACTIONS, REVISION_ORIGINS } from '@/lib/history';
import { ACTOR_KINDS } from '@/lib/taxonomy/taxonomy';
import { LATITUDE, LONGITUDE, MAX_ID, checkCoordinatePair, text } from './primitives';

/**
 * The highest id a restore keeps. Ids come from a sequence that ends at 2,147,483,647: an event restored near the
 * end would leave no id for the next event anyone creates.
 */
export const MAX_RESTORED_ID = 1_000_000_000;

const RESTORED_ID = `Not an id a restore keeps: a whole number from 1 to ${MAX_RESTORED_ID.toLocaleString('en')}`;
const restoredId = z
  .number({ error: RESTORED_ID })
  .int(RESTORED_ID)
  .min(1, RESTORED_ID)
  .max(MAX_RESTORED_ID, RESTORED_ID);
const VERSION = `Not a version: a whole number from 1 to ${MAX_ID.toLocaleString('en')}`;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** The place: its id (kept where free), its name (checked as the event's location), a pair of coordinates or none. */
const exportedPlaceSchema = z
  .object(
    {
      id: restoredId.nullish(),
      name: z.string({ error: 'A place needs its name' }),
      lat: nullable(LATITUDE),
      lon: nullable(LONGITUDE),
      country: nullable(text(200)),
      admin1: nullable(text(200)),
    },
    { error: 'A place is { id, name, lat, lon } or null' },
  )
  .superRefine(checkCoordinatePair);

/** An actor: its name and role are checked as the event's actors; its id is kept where free, its kind given. */
const exportedActorSchema = z.object(
  {
    id: restoredId.nullish(),
    name: z.unknown(),
    role: z.unknown(),
    kind: z.enum(ACTOR_KINDS, { error: `The kind is one of ${ACTOR_KINDS.join(', ')}` }).optional(),
  },
  { error: 'An actor is { id, name, kind, role }' },
);

const exportedRevisionSchema = z.object(
  {
    at: z.iso.datetime({ offset: true, error: 'A time like 2021-05-03T10:00:00.000Z' }),
    action: z.enum(REVISION_ACTIONS, { error: `The action is one of ${REVISION_ACTIONS.join(', ')}` }),
    origin: z.enum(REVISION_ORIGINS, { error: `The origin is one of ${REVISION_ORIGINS.join(', ')}` }),
    reason: nullable(text(5000)),
    changes: z.record(z.string(), z.unknown(), { error: 'The changes are an object, field by field' }),
  },
  { error: 'A revision is { at, action, origin, reason, changes }' },
);

/** The nested parts of one exported event; lists are checked as lists before anything maps over them. */
export const exportedEventSchema = z.object({
  version: z.number({ error: VERSION }).int(VERSION).min(1, VERSION).max(MAX_ID, VERSION).optional(),
  location: exportedPlaceSchema.nullish(),
  actors: z.array(exportedActorSchema, { error: 'The actors are a list' }).max(50, 'At most 50 actors').default([]),
  sources: z
    .array(z.looseObject({}, { error: 'A source is { publisher, url, title, publishedAt, quote }' }), {
      error: 'The sources are a list',
    })
    .max(50, 'At most 50 sources')
    .default([]),
  revisions: z.array(exportedRevisionSchema, { error: 'The revisions are a list' }).default([]),
});

export type ExportedEvent = z.output<typeof exportedEventSchema>;
