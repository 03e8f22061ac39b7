// A batch of reconciliation queries (W3C Reconciliation API 0.2), as OpenRefine sends it in the
// `queries` parameter. The work is bounded here: at most MAX_QUERIES queries, each asking for at
// most MAX_LIMIT candidates, with short texts and a few properties.
import { z } from 'zod';
import { ACTOR_KINDS } from '@/lib/taxonomy/taxonomy';
import { isIsoDay } from '@/lib/dates/calendar';
import { COUNTRIES } from '@/lib/export/countries';
import { storable, text } from './primitives';

export const MAX_QUERIES = 50;
export const MAX_LIMIT = 25;
export const DEFAULT_LIMIT = 10;
export const ENTITY_TYPES = ['actor', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const PROPERTY_IDS = ['country', 'kind', 'date'] as const;

const TYPE_MESSAGE = `A type is ${ENTITY_TYPES.join(' or ')}`;
const entityType = z.enum(ENTITY_TYPES, { error: TYPE_MESSAGE });

/** A property value as the spec allows it: text, a number, a boolean, or an entity { id, name }. */
const scalar = z.union([
  storable(z.string()).pipe(z.string().max(200, 'At most 200 characters')),
  z.number(),
  z.boolean(),
  z.object({ id: text(200), name: text(200).optional() }).transform((v) => v.id),
]);
const valueOf = z
  .union([scalar, z.array(scalar).max(10, 'At most 10 values')])
  .transform((v) => (Array.isArray(v) ? v : [v]).map(String));

/** ARM, or a country named as ACLED names it (Armenia). */
function countryCode(v: string): string | null {
  const up = v.trim().toUpperCase();
  if (COUNTRIES[up]) return up;
  return (
    Object.entries(COUNTRIES).find(([, c]) => c.name.toUpperCase() === up)?.[0] ?? (/^[A-Z]{3}$/.test(up) ? up : null)
  );
}

/** The day as written: a date-time's time (OpenRefine sends dates as instants) is dropped, never converted. */
const dayOf = (v: string) => {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/.exec(v.trim());
  return m && isIsoDay(m[1]!) ? m[1]! : null;
};

const propertySchema = z
  .object({
    pid: z.enum(PROPERTY_IDS, { error: `A property is one of ${PROPERTY_IDS.join(', ')}` }),
    v: valueOf,
  })
  .strict()
  .transform((p, ctx) => {
    const out: string[] = [];
    for (const raw of p.v) {
      const value = p.pid === 'country' ? countryCode(raw) : p.pid === 'date' ? dayOf(raw) : raw.trim();
      const bad =
        value === null || (p.pid === 'kind' && !(ACTOR_KINDS as readonly string[]).includes(value))
          ? p.pid === 'country'
            ? `"${raw}" is not a country: give its ISO 3166-1 alpha-3 code (AZE)`
            : p.pid === 'date'
              ? `"${raw}" is not a day: give YYYY-MM-DD`
              : `"${raw}" is not a kind: one of ${ACTOR_KINDS.join(', ')}`
          : null;
      if (bad) ctx.addIssue({ code: 'custom', message: bad, path: ['v'] });
      else out.push(value!);
    }
    return { pid: p.pid, values: out };
  });

export const reconQuerySchema = z
  .object({
    query: text(500).optional(),
    type: z.preprocess((t) => (typeof t === 'string' ? [t] : t), z.array(entityType).max(2)).optional(),
    /** The spec's limit is any number: bounded here, never refused for being large. */
    limit: z
      .number({ error: 'limit is a number' })
      .optional()
      .transform((n) => Math.min(MAX_LIMIT, Math.max(1, Math.floor(n ?? DEFAULT_LIMIT) || DEFAULT_LIMIT))),
    properties: z.array(propertySchema).max(10, 'At most 10 properties').default([]),
    type_strict: z.enum(['any', 'should', 'all']).optional(),
  })
  .strict()
  .refine((q) => q.query || q.properties.length, { message: 'A query needs query text or properties' });
export type ReconQuery = z.output<typeof reconQuerySchema>;

const KEY = /^[\w.-]{1,64}$/;
export const reconBatchSchema = z.record(z.string(), reconQuerySchema).superRefine((batch, ctx) => {
  const keys = Object.keys(batch);
  if (!keys.length) ctx.addIssue({ code: 'custom', message: 'Send at least one query' });
  if (keys.length > MAX_QUERIES)
    ctx.addIssue({ code: 'custom', message: `At most ${MAX_QUERIES} queries per request` });
  for (const key of keys.filter((k) => !KEY.test(k)).slice(0, 5))
    ctx.addIssue({ code: 'custom', message: 'A query key is at most 64 letters, digits, _ . or -', path: [key] });
});
export type ReconBatch = z.output<typeof reconBatchSchema>;

export const suggestSchema = z.object({
  prefix: text(200).min(1, 'Give a prefix to complete'),
  // The shared query-string reader gives `type` as a list (it is one for the event filters).
  type: z.preprocess((t) => (Array.isArray(t) && t.length === 1 ? t[0] : t), entityType.optional()),
  cursor: z.coerce
    .number({ error: 'cursor is a number' })
    .int('cursor is a whole number')
    .min(0, 'cursor is from 0 to 1000')
    .max(1000, 'cursor is from 0 to 1000')
    .default(0),
});

export const entityIdSchema = z
  .string({ error: 'Give the id of an actor or a place' })
  .regex(/^(actor|place)-\d{1,10}$/, 'An id is actor-N or place-N')
  .transform((v) => {
    const [type, n] = v.split('-') as [EntityType, string];
    return { type, id: Number(n) };
  })
  .refine((v) => v.id >= 1 && v.id <= 2_147_483_647, 'Not an id');
