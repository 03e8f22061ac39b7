// The filter object shared by the API, the pages and the exports: parsed from URL search
// params with one schema, so a URL is a view and the same URL always means the same events.
import { z } from 'zod';
import { cleanName } from '@/lib/names/clean';
import { BUCKETS } from '@/lib/dates/buckets';
import { clampToDomain } from '@/lib/dates/domain';
import { boundProblem, parseBound } from '@/lib/dates/precision';
import { EVENT_STATUSES, EVENT_TYPE_SLUGS, SUB_TYPE_SLUGS, getEventType } from '@/lib/taxonomy/taxonomy';
import { OTHER_SORT, cursorSchema } from './cursor';
import { slugRefSchema } from './conflict';
import { MAX_ID, isOversizedId, limitSchema, storable } from './primitives';

/** An actor or a place: by id (within int4) or by name. */
const nameOrId = storable(z.string())
  .trim()
  .min(1)
  .max(200)
  .refine((v) => !isOversizedId(v), `Not an id: ids are at most ${MAX_ID}`)
  // As names are stored: an invisible character or a look-alike letter finds the same actor.
  .transform(cleanName);

const many = <T extends z.ZodType>(item: T) => z.array(item).default([]);
const bound = (side: 'from' | 'to') =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const day = parseBound(v, side);
      if (!day) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a date: ${boundProblem(v)}` });
        return z.NEVER;
      }
      return clampToDomain(day);
    });

export const eventFiltersSchema = z
  .object({
    conflict: slugRefSchema.optional(),
    actor: many(nameOrId),
    /** Several actors: events with any of them (the default) or with all of them. */
    actorMatch: z.enum(['any', 'all'], { error: 'actorMatch is any or all' }).default('any'),
    type: many(
      z.enum(EVENT_TYPE_SLUGS, { error: (i) => `Unknown event type "${String(i.input)}": see /api/taxonomy` }),
    ),
    subtype: many(z.enum(SUB_TYPE_SLUGS, { error: (i) => `Unknown sub-type "${String(i.input)}": see /api/taxonomy` })),
    from: bound('from'),
    to: bound('to'),
    q: storable(z.string())
      .trim()
      .max(500, 'At most 500 characters')
      .optional()
      .transform((v) => v || undefined),
    location: many(nameOrId),
    status: many(
      z.enum(EVENT_STATUSES, {
        error: (i) => `Unknown status "${String(i.input)}"; one of ${EVENT_STATUSES.join(', ')}`,
      }),
    ),
    milestone: z
      .enum(['true', 'false'], { error: 'milestone is true or false' })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.from > f.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: `from (${f.from}) is after to (${f.to})` });
    if (f.type.length && f.subtype.length) {
      const allowed = new Set(f.type.flatMap((t) => getEventType(t)?.subTypes.map((s) => s.slug) ?? []));
      for (const s of f.subtype) {
        if (!allowed.has(s))
          ctx.addIssue({
            code: 'custom',
            path: ['subtype'],
            message: `"${s}" is not a sub-type of ${f.type.join(' or ')}`,
          });
      }
    }
  });

export type EventFilters = z.output<typeof eventFiltersSchema>;

export const pageSchema = z
  .object({
    sort: z.enum(['asc', 'desc'], { error: 'sort is asc or desc' }).default('asc'),
    limit: limitSchema(500, 50),
    cursor: cursorSchema.optional(),
  })
  .refine((p) => !p.cursor?.sort || p.cursor.sort === p.sort, { message: OTHER_SORT, path: ['cursor'] });

export const frequencySchema = z.object({
  bucket: z.enum(['auto', ...BUCKETS], { error: 'bucket is auto, day, week, month or year' }).default('auto'),
  groupBy: z.enum(['type', 'actor'], { error: 'groupBy is type or actor' }).default('type'),
  /** The range events of the window for the chart's spans lane (a query of its own: asked for, not by default). */
  spans: z
    .enum(['true', 'false'], { error: 'spans is true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** UCDP-style: a range event counts 1/days on each of its days instead of beside the chart. */
  spread: z
    .enum(['true', 'false'], { error: 'spread is true or false' })
    .default('false')
    .transform((v) => v === 'true'),
});

export const aroundSchema = z.object({
  event: z.coerce
    .number({ error: 'event is the id of a milestone event' })
    .int()
    .positive('event is the id of a milestone event')
    .max(MAX_ID, 'event is the id of a milestone event'),
  days: z.coerce
    .number({ error: 'days is a number' })
    .int('days is a whole number')
    .min(1, 'days is at least 1')
    .max(3650, 'days is at most 3650')
    .default(30),
});

/** The dashboard's own view settings, beside the filters in the URL. */
export const viewSchema = z.object({
  sort: z.enum(['asc', 'desc']).catch('desc').default('desc'),
  bucket: z
    .enum(['auto', ...BUCKETS])
    .catch('auto')
    .default('auto'),
  split: z.enum(['type', 'actor']).catch('type').default('type'),
  spread: z
    .enum(['true', 'false'])
    .catch('false')
    .default('false')
    .transform((v) => v === 'true'),
});
export type View = z.output<typeof viewSchema>;

const ARRAY_KEYS = new Set(['actor', 'type', 'subtype', 'location', 'status']);

/**
 * URLSearchParams (or Next's searchParams object) as a plain object, repeatable keys as arrays. A single-value key
 * given twice with different values ("from=2020&from=2021") keeps both, and parseWith refuses it: which was meant?
 */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add = (key: string, value: string) => {
    if (ARRAY_KEYS.has(key)) {
      const list = (out[key] as string[] | undefined) ?? [];
      // "actor=a&actor=b" and "type=battles,riots" both work for slug lists; names may hold commas.
      list.push(...(key === 'actor' || key === 'location' ? [value] : value.split(',').filter(Boolean)));
      out[key] = list;
    } else {
      const before = out[key];
      const values = before === undefined ? [] : Array.isArray(before) ? (before as string[]) : [before as string];
      out[key] = values.length === 0 ? value : values.includes(value) ? before : [...values, value];
    }
  };
  if (params instanceof URLSearchParams) params.forEach((v, k) => add(k, v));
  else
    for (const [k, v] of Object.entries(params))
      for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) add(k, item);
  return out;
}

export interface ParamError {
  param: string;
  message: string;
}

export const NOT_UTF8 = 'Is not UTF-8: percent-encode the UTF-8 bytes of the text';

/**
 * The parameters of a raw query string ("?q=%ff") whose bytes are not UTF-8. URLSearchParams turns
 * such bytes into U+FFFD without a word, and Next rebuilds the query string from that parsed form
 * before a route handler sees it (so "%ff" arrives as "%EF%BF%BD"): a U+FFFD in a name or a value
 * is taken for bytes that were not UTF-8 too. Nobody filters on the replacement character.
 */
export function notUtf8Params(search: string): ParamError[] {
  const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  const errors: ParamError[] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.includes('=') ? part.indexOf('=') : part.length;
    const rawName = part.slice(0, eq) || 'query';
    try {
      const name = decode(part.slice(0, eq));
      if (!name.includes('\ufffd') && !decode(part.slice(eq + 1)).includes('\ufffd')) continue;
      errors.push({ param: name.includes('\ufffd') ? rawName : name, message: NOT_UTF8 });
    } catch {
      errors.push({ param: rawName, message: NOT_UTF8 });
    }
  }
  return errors;
}

export function issuesToParamErrors(error: z.ZodError): ParamError[] {
  return error.issues.map((i) => ({ param: String(i.path[0] ?? 'query'), message: i.message }));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

/** The errors, each said once (two schemas, or two rules of one, can find the same parameter wrong alike). */
export const uniqueErrors = (errors: ParamError[]): ParamError[] =>
  errors.filter((e, i) => errors.findIndex((o) => o.param === e.param && o.message === e.message) === i);

/** A single-value parameter given twice with different values (searchParamsToObject keeps both), or null. */
function repeatedParam(input: Record<string, unknown>, param: string): ParamError | null {
  const value = input[param];
  if (ARRAY_KEYS.has(param) || !Array.isArray(value)) return null;
  return { param, message: `Is given ${value.length} times (${value.map((v) => `“${v}”`).join(', ')}): give it once` };
}

/** Of `names`, those given twice with different values, each as its error. */
export const repeatedParams = (params: URLSearchParams, names: string[]): ParamError[] => {
  const input = searchParamsToObject(params);
  return names.flatMap((n) => repeatedParam(input, n) ?? []);
};

/**
 * The input read by the schema, or its errors, each naming its parameter. A parameter the schema reads that was
 * given twice says so; one it does not read ("utm=a&utm=b") is left alone, as unknown parameters are.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: Record<string, unknown>): Parsed<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    errors: uniqueErrors(issuesToParamErrors(r.error).map((e) => repeatedParam(input, e.param) ?? e)),
  };
}

/** The filter object back to URL params: the canonical, shareable form of a view. */
export function filtersToSearchParams(
  f: Partial<Record<keyof EventFilters, unknown>> & Record<string, unknown>,
): URLSearchParams {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) p.append(key, String(v));
    else p.set(key, String(value));
  }
  return p;
}

export const FILTER_KEYS = [
  'conflict',
  'actor',
  'actorMatch',
  'type',
  'subtype',
  'from',
  'to',
  'q',
  'location',
  'status',
  'milestone',
] as const;

/** Only the filter parameters, in a fixed order: the cache key and the shareable part of a URL. */
export function filterKeyOf(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const v of params.getAll(key)) if (v !== '') out.append(key, v);
  return out.toString();
}

const VIEW_KEYS = ['sort', 'bucket', 'split', 'spread'] as const;

/**
 * The dashboard's filters and view settings of a URL, for links that leave the dashboard and come back
 * ("← Timeline" on an event's page). Values pass through as text: the dashboard validates them.
 */
export function dashboardQuery(params: URLSearchParams): string {
  const out = new URLSearchParams(filterKeyOf(params));
  for (const key of VIEW_KEYS) for (const v of params.getAll(key)) if (v !== '') out.append(key, v);
  return out.toString();
}
