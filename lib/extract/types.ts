// The shapes at the extraction boundary: what a caller sends (an article's text and its
// publication date) and what comes back (proposed events, each tied to the words it came from).
// The CLI, POST /api/extract and the review page all use these schemas.
import { z } from 'zod';
import { isIsoDay, plusDays } from '@/lib/dates/calendar';
import { PRECISIONS } from '@/lib/dates/precision';
import { EVENT_STATUSES, EVENT_TYPE_SLUGS, SUB_TYPE_SLUGS } from '@/lib/taxonomy/taxonomy';
import { slugRefSchema } from '@/lib/validation/conflict';
import { SURROGATE_MESSAGE } from '@/lib/validation/primitives';

/** The longest article accepted, in characters (about 30,000 words; a long feature is 10,000). */
export const MAX_ARTICLE_CHARS = 200_000;

export const publishedSchema = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'The publication date is written YYYY-MM-DD')
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDay(v), 'The publication date is not a day of the calendar')
  .refine((v) => v >= '1900-01-01', 'The publication date must be 1900 or later')
  // Tomorrow, not today: somewhere east of here it already is.
  .refine((v) => v <= plusDays(new Date().toISOString().slice(0, 10), 1), 'The publication date is after today');

/**
 * Text that is mostly control characters or undecodable bytes is not an article (a PDF, an image, a wrong
 * encoding).
 */
export function looksGarbled(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const bad = text.match(/[\uFFFD\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  return bad > 0 && bad / text.length > 0.01;
}

export const articleTextSchema = z
  .string({ error: 'Give the article text' })
  .max(
    MAX_ARTICLE_CHARS,
    `The article is longer than the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters: ` +
      'split it or keep the article body only',
  )
  .refine((t) => t.trim().length > 0, 'The article is empty: paste its text or choose a file')
  .refine((t) => t.isWellFormed(), SURROGATE_MESSAGE)
  .refine(
    (t) => !looksGarbled(t),
    'This does not read as text (binary or garbled bytes): give the article as plain text, UTF-8, or HTML',
  );

export const extractRequestSchema = z.preprocess(
  // `published` (the CLI's word) is accepted for `publishedAt`.
  (v) =>
    v && typeof v === 'object' && 'published' in v && !('publishedAt' in v)
      ? { ...v, publishedAt: (v as { published: unknown }).published }
      : v,
  z.object({
    text: articleTextSchema,
    publishedAt: z.preprocess((v) => (v === '' ? null : v), publishedSchema.nullish()),
    conflict: slugRefSchema.optional(),
  }),
);
export type ExtractRequest = z.output<typeof extractRequestSchema>;

/** A count as the text gives it (UCDP's best / low / high): "at least 27" is a best estimate, "as many as 300" a
 * high. */
export const casualtyFigureSchema = z.object({
  best: z.number().int().nullable(),
  low: z.number().int().nullable(),
  high: z.number().int().nullable(),
});

export const extractedEventSchema = z.object({
  title: z.string(),
  dateStart: z.string().nullable(),
  dateEnd: z.string().nullable(),
  precision: z.enum(PRECISIONS).nullable(),
  eventType: z.enum(EVENT_TYPE_SLUGS),
  subType: z.enum(SUB_TYPE_SLUGS),
  status: z.enum(EVENT_STATUSES),
  actors: z.array(z.string()),
  location: z.string().nullable(),
  /** The place is not in the gazetteer: proposed under the name the text uses, to be added without coordinates. */
  locationIsNew: z
    .boolean()
    .describe('The place is not in the gazetteer: proposed under the name the text uses, to add without coordinates'),
  quote: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
  dateText: z.string().nullable(),
  /** Who asserts it when `status` is `claimed`, as the text names them ("Armenia's Defence Ministry"); else null. */
  claimant: z.string().nullable().describe('Who asserts it when status is claimed, as the text names them; else null'),
  /** True when the date's year is not written with it ("On 27 August") and comes from a heading or the context. */
  yearInferred: z.boolean().describe('The year is not written with the date and comes from a heading or the context'),
  /** How the suggestion was made (where its date came from), for the reviewer; never part of the event's summary. */
  explanation: z
    .string()
    .describe('How the suggestion was made (where its date came from), for the reviewer: not part of the summary'),
  /** The dead the event's sentences count; the largest figure where they give several (a toll that rose). */
  fatalities: casualtyFigureSchema.nullable().describe('The dead the text counts for this event: best, low, high'),
  /** The wounded, kept apart from the dead (the event has no field for them: shown on the card only). */
  wounded: casualtyFigureSchema.nullable().describe('The wounded the text counts, kept apart from the dead'),
  confidence: z.number().min(0).max(1),
  matchesEventId: z.number().int().nullable(),
  /** From POST /api/extract: the stored event it matches, so the card names it by title and date, not by number. */
  matchesEvent: z
    .object({
      id: z.number().int(),
      title: z.string(),
      dateStart: z.string(),
      dateEnd: z.string().nullable(),
      precision: z.enum(PRECISIONS),
    })
    .nullable()
    .optional()
    .describe('The stored event the suggestion matches (its id is matchesEventId), by title and date'),
  /** From POST /api/extract: the registry's id for each actor name (null when new), by db/names.ts's rule. */
  actorIds: z.array(z.number().int().nullable()).optional(),
  /** From POST /api/extract: the gazetteer's id for the place, or null. */
  locationId: z.number().int().nullable().optional(),
});
export type ExtractedEvent = z.output<typeof extractedEventSchema>;

/** What the extractor knows of the world: the actor registry (with aliases and their periods) and the gazetteer. */
export interface RegistryActor {
  name: string;
  kind: string;
  aliases: { alias: string; validFrom?: string | null; validTo?: string | null }[];
}
export interface RegistryPlace {
  name: string;
  altNames: string[];
}
export interface Registry {
  actors: RegistryActor[];
  places: RegistryPlace[];
  /** The conflict's main parties: the sides of a war or battle whose text names none. */
  parties: string[];
}
