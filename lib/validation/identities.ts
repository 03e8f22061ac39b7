// What the actor and place registry routes accept (/api/actors/:id, /api/locations/:id, merges and
// the reconciliation queue), shared by the route handlers, the editor forms and the pages' search.
import { z } from 'zod';
import { isIsoDay } from '@/lib/dates/calendar';
import { ACTOR_KINDS } from '@/lib/taxonomy/taxonomy';
import { LATITUDE, LONGITUDE, idSchema, limitSchema, nameText, storable } from './primitives';

export const REGISTRY_PAGE_SIZE = 50;

/** ?q=&page= of the /actors and /places pages. */
export const registryQuerySchema = z.object({
  q: storable(z.string()).trim().max(200).optional(),
  page: z.coerce
    .number({ error: 'A page number' })
    .int('A whole page number')
    .min(1, 'Pages start at 1')
    .max(100_000, 'At most page 100,000')
    .default(1),
});

const day = z
  .string()
  .trim()
  .refine((d) => d === '' || isIsoDay(d), 'A day as YYYY-MM-DD that exists')
  .transform((d) => d || null)
  .nullish()
  .transform((d) => d ?? null);

const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => c === '' || /^[A-Z]{3}$/.test(c), 'An ISO 3166-1 alpha-3 code (ARM, AZE) or nothing')
  .transform((c) => c || null)
  .nullable();

export const aliasInputSchema = z
  .object({ alias: nameText(200, 'Write the alias'), validFrom: day, validTo: day })
  .refine((a) => !a.validFrom || !a.validTo || a.validFrom <= a.validTo, {
    message: 'The period ends before it starts',
    path: ['validTo'],
  });

const atLeastOne = (o: object) => Object.values(o).some((v) => v !== undefined);
const NOTHING = { message: 'Nothing to change: give a name, an alias or another field' };

/** PATCH /api/actors/:id */
export const actorPatchSchema = z
  .object({
    name: nameText(200).optional(),
    kind: z.enum(ACTOR_KINDS, { error: `One of ${ACTOR_KINDS.join(', ')}` }).optional(),
    country: country.optional(),
    addAlias: aliasInputSchema.optional(),
  })
  .strict()
  .refine(atLeastOne, NOTHING);
export type ActorPatchInput = z.input<typeof actorPatchSchema>;

/** PATCH /api/locations/:id */
export const placePatchSchema = z
  .object({
    name: nameText(200).optional(),
    addName: nameText(200, 'Write the other name').optional(),
    country: country.optional(),
    coordinates: z
      .object({
        lat: LATITUDE,
        lon: LONGITUDE,
      })
      .nullable()
      .optional(),
  })
  .strict()
  .refine(atLeastOne, NOTHING);
export type PlacePatchInput = z.input<typeof placePatchSchema>;

/** POST /api/actors/:id/merge and /api/locations/:id/merge: the record that survives. */
export const mergeSchema = z.object({ into: idSchema }).strict();

/** POST /api/reconciliation-queue/:id */
export const queueDecisionSchema = z
  .object({ decision: z.enum(['merge', 'distinct'], { error: 'decision is "merge" or "distinct"' }) })
  .strict();

/** GET /api/reconciliation-queue */
export const queueQuerySchema = z.object({
  kind: z.enum(['actor', 'place'], { error: 'kind is "actor" or "place"' }).optional(),
  limit: limitSchema(500, 100),
});
