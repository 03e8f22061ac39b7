// The schemas for an event coming in from outside — a seed or import file (actors and places by
// name) and the form/API (actors and places by id, or new ones) — sharing one set of fields and
// rules: text limits, a real calendar date at an honest precision, a sub-type of the stated type,
// fatalities that make sense, valid source URLs. The browser and the server run the same schema.
import { z } from 'zod';
import { FIRST_EVENT_DAY, outsideDomain } from '@/lib/dates/domain';
import { PRECISIONS, dayProblem, toStoredDate, type StoredDate } from '@/lib/dates/precision';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  EVENT_STATUSES,
  SUB_TYPE_SLUGS,
  eventTypeOfSubType,
  isSubTypeOf,
} from '@/lib/taxonomy/taxonomy';
import {
  LATITUDE,
  LONGITUDE,
  MAX_ID,
  checkCoordinatePair,
  idSchema,
  lineText,
  nameText,
  text,
  webUrl,
} from './primitives';
import { slugRefSchema } from './conflict';

const isoDay = z.string().superRefine((v, ctx) => {
  const problem = dayProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v || null);

/** A character offset into a stored article: an int4 column like the ids. */
const offset = z.number().int().min(0).max(MAX_ID, 'Past the end of any article');

export const sourceInputSchema = z.object({
  publisher: nameText(200, 'Name the publisher'),
  url: webUrl('A source URL must be a full web address, like https://example.org/page'),
  title: optionalText(500),
  publishedAt: z.preprocess((v) => (v === '' ? null : v), isoDay.nullish()),
  quote: text(5000).default(''),
  /**
   * The stored article this source is, and where the quote stands in its text: the evidence of an
   * accepted suggestion.
   */
  article: z
    .object({ id: idSchema, start: offset, end: offset })
    .refine((a) => a.end > a.start, { message: 'The quote ends before it starts', path: ['end'] })
    .nullish(),
});

const count = z
  .number({ error: 'A whole number' })
  .int('A whole number')
  .min(0, 'Not below zero')
  .max(10_000_000, 'Too large')
  .nullish();

export const fatalitiesSchema = z
  .object({ best: count, low: count, high: count })
  .refine((f) => f.low == null || f.high == null || f.low <= f.high, {
    message: 'The low estimate is above the high one',
    path: ['low'],
  })
  .refine((f) => f.best == null || f.low == null || f.low <= f.best, {
    message: 'The best estimate is below the low one',
    path: ['best'],
  })
  .refine((f) => f.best == null || f.high == null || f.best <= f.high, {
    message: 'The best estimate is above the high one',
    path: ['best'],
  });

const coreFields = {
  title: lineText(300, 'title'),
  summary: text(20_000).default(''),
  eventType: z.string().optional(),
  subType: z.enum(SUB_TYPE_SLUGS, { error: 'Choose a sub-type' }),
  dateStart: z.string().trim().min(1, 'A date is required'),
  dateEnd: z.string().trim().nullish(),
  precision: z.enum(PRECISIONS, { error: 'Choose a precision' }),
  status: z.enum(EVENT_STATUSES, { error: 'Choose a status' }).default('occurred'),
  milestone: z.boolean().default(false),
  fatalities: fatalitiesSchema.nullish(),
};

type Core = {
  subType: string;
  eventType?: string;
  dateStart: string;
  dateEnd?: string | null;
  precision: (typeof PRECISIONS)[number];
};

/**
 * Cross-field rules. They also run when other fields already failed (`when` below), so a form shows
 * every problem at once — hence the type guards: the values may not have parsed.
 */
function checkCore(e: Core, ctx: z.RefinementCtx) {
  if (!e || typeof e !== 'object') return; // null, an array, a number: the object schema already said so
  if (
    (PRECISIONS as readonly string[]).includes(e.precision) &&
    typeof e.dateStart === 'string' &&
    e.dateStart.trim()
  ) {
    const date = toStoredDate({
      dateStart: e.dateStart.trim(),
      dateEnd: typeof e.dateEnd === 'string' ? e.dateEnd.trim() || null : null,
      precision: e.precision,
    });
    if (!date.ok) ctx.addIssue({ code: 'custom', path: [date.error.field], message: date.error.message });
    else checkDomain(date.value, ctx);
  }
  if (!e.eventType && !(SUB_TYPE_SLUGS as readonly string[]).includes(e.subType)) {
    // The form asks for the type first (the sub-type list depends on it): the error goes there.
    ctx.addIssue({ code: 'custom', path: ['eventType'], message: 'Choose an event type, then its sub-type' });
  }
  if (
    typeof e.eventType === 'string' &&
    e.eventType &&
    typeof e.subType === 'string' &&
    e.subType &&
    !isSubTypeOf(e.subType, e.eventType)
  ) {
    ctx.addIssue({ code: 'custom', path: ['subType'], message: 'This sub-type belongs to another event type' });
  }
}

/** The date domain, reported on the end of a range when only the end lies outside it. */
function checkDomain(date: StoredDate, ctx: z.RefinementCtx) {
  const outside = outsideDomain(date.dateStart, date.dateLast);
  if (!outside) return;
  const field = date.dateEnd && date.dateStart >= FIRST_EVENT_DAY ? 'dateEnd' : 'dateStart';
  // A week is stored from its Monday to its Sunday: say which week, not a day the user never typed.
  const week = date.precision === 'week' ? ` (the week starts on ${date.dateStart} and ends on ${date.dateLast})` : '';
  ctx.addIssue({ code: 'custom', path: [field], message: `${outside}${week}` });
}

const ALWAYS = { when: () => true };

function withDate<T extends Core>(e: T) {
  const date = toStoredDate({ dateStart: e.dateStart, dateEnd: e.dateEnd || null, precision: e.precision });
  if (!date.ok) throw new Error('unreachable: checked by checkCore');
  return { ...e, eventType: eventTypeOfSubType(e.subType)!.slug, date: date.value };
}

/** An event in a dataset or import file: actors and place by name. */
export const eventInputSchema = z
  .object({
    ...coreFields,
    location: nameText(200).nullish(),
    actors: z
      .array(z.object({ name: nameText(200), role: z.enum(ACTOR_ROLES).default('participant') }))
      .max(50)
      .default([]),
    sources: z.array(sourceInputSchema).max(50).default([]),
  })
  .superRefine(checkCore, ALWAYS)
  .transform(withDate);

export type EventInput = z.input<typeof eventInputSchema>;
export type ParsedEventInput = z.output<typeof eventInputSchema>;

const role = z.enum(ACTOR_ROLES, { error: 'Choose a role' });
const registryActorSchema = z.object({ id: idSchema, role });
const newActorSchema = z.object({
  newName: nameText(200, 'Name the new actor'),
  kind: z.enum(ACTOR_KINDS, { error: 'Kind: choose what kind of actor the new one is' }),
  role,
});

/** An actor on the form: one from the registry (by id), or a new one with its kind. */
export const formActorSchema = z.union([registryActorSchema, newActorSchema], {
  error: 'An actor is { id, role } or a new one { newName, kind, role }',
});

const registryPlaceSchema = z.object({ id: idSchema });
const newPlaceSchema = z
  .object({
    newName: nameText(200, 'Name the new place'),
    lat: LATITUDE.nullable(),
    lon: LONGITUDE.nullable(),
    country: optionalText(3),
  })
  .superRefine(checkCoordinatePair);

/** The place on the form: one from the gazetteer (by id), a new one with coordinates, or none. */
export const formLocationSchema = z
  .union([registryPlaceSchema, newPlaceSchema], {
    error: 'A place is { id } or a new one { newName, lat, lon } (lat and lon both null when unknown)',
  })
  .nullable();

/**
 * A union says only that no branch fitted. The branch the value was meant for (a new actor or
 * place names itself with newName) says which of its fields is wrong, and on that field's path.
 */
function branchIssues(
  value: unknown,
  path: (string | number)[],
  fresh: z.ZodType,
  known: z.ZodType,
  ctx: z.RefinementCtx,
) {
  if (!value || typeof value !== 'object') return;
  const r = ('newName' in value ? fresh : known).safeParse(value);
  if (!r.success)
    for (const issue of r.error.issues)
      ctx.addIssue({
        code: 'custom',
        path: [...path, ...issue.path.map((k) => k as string | number)],
        message: issue.message,
      });
}

/** What the form (and POST/PUT /api/events) sends. */
export const eventFormSchema = z
  .object({
    ...coreFields,
    conflict: slugRefSchema.optional(),
    actors: z.array(formActorSchema).max(50, 'At most 50 actors').default([]),
    location: formLocationSchema.default(null),
    sources: z.array(sourceInputSchema).min(1, 'Give at least one source').max(50, 'At most 50 sources'),
    /** Chosen once per form: a second submit of the same form returns the first event. */
    submissionId: z.uuid().optional(),
    /** The version the edit started from: a save over a newer version is refused. */
    version: z.number().int().positive().max(MAX_ID, 'Not a version of any event').optional(),
    reason: optionalText(1000),
  })
  .superRefine((e, ctx) => {
    checkCore(e, ctx);
    if (!e || typeof e !== 'object') return;
    branchIssues(e.location, ['location'], newPlaceSchema, registryPlaceSchema, ctx);
    if (!Array.isArray(e.actors)) return;
    e.actors.forEach((a, i) => branchIssues(a, ['actors', i], newActorSchema, registryActorSchema, ctx));
    const seen = new Set<string>();
    e.actors.forEach((a, i) => {
      // Unparsed values too (a list where an actor should be): only well-formed ones are compared.
      if (!a || typeof a !== 'object') return;
      const key = 'id' in a ? `id:${a.id}` : typeof a.newName === 'string' ? `new:${a.newName.toLowerCase()}` : null;
      if (key === null) return;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['actors', i], message: 'This actor is already listed' });
      seen.add(key);
    });
  }, ALWAYS)
  .transform(withDate);

export type EventForm = z.input<typeof eventFormSchema>;
export type ParsedEventForm = z.output<typeof eventFormSchema>;

export const deleteSchema = z.object({ reason: text(1000).min(1, 'Say why this event is deleted') });
export const restoreSchema = z.object({ reason: optionalText(1000) });
export const addSourcesSchema = z.object({
  sources: z.array(sourceInputSchema).min(1, 'Give at least one source').max(50),
  reason: optionalText(1000),
});

export type FieldError = { param: string; message: string };

/**
 * Zod issues as field paths the form can put next to its fields ("sources.0.url"). A union's
 * "no branch fitted" is left out where a field inside it says what is wrong (see branchIssues).
 */
export function fieldErrors(error: z.ZodError, root = 'form'): FieldError[] {
  const list = error.issues.map((i) => ({
    param: i.path.map(String).join('.') || root,
    message: i.message,
    union: i.code === 'invalid_union',
  }));
  const seen = new Set<string>();
  return list
    .filter((e) => !e.union || !list.some((o) => o.param.startsWith(`${e.param}.`)))
    .filter((e) => !seen.has(`${e.param}\u0000${e.message}`) && seen.add(`${e.param}\u0000${e.message}`))
    .map(({ param, message }) => ({ param, message }));
}
