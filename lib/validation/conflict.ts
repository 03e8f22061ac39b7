// A conflict (a dataset) as the page, the CLI and the API create and edit it: a slug that can sit
// in a URL, a cleaned name, and facts about it (region, countries, span) that never claim more
// precision than they were given.
import { z } from 'zod';
import { parseBound } from '@/lib/dates/precision';
import { nameText, text } from './primitives';

export const SLUG_MAX = 64;
export const SLUG_MESSAGE = `A slug is lower-case letters a–z, digits and hyphens, at most ${SLUG_MAX} characters`;

/** The slug of a conflict: what `?conflict=` and `--conflict` name it by. */
export const slugSchema = z
  .string({ error: SLUG_MESSAGE })
  .trim()
  .min(1, 'A slug is required')
  .max(SLUG_MAX, SLUG_MESSAGE)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SLUG_MESSAGE);

/**
 * A slug naming a conflict that exists: older releases stored any of a–z, 0–9 and hyphens, so a
 * lookup takes those; a new slug must be a slugSchema one.
 */
export const slugRefSchema = z
  .string({ error: SLUG_MESSAGE })
  .max(SLUG_MAX, SLUG_MESSAGE)
  .regex(/^[a-z0-9-]+$/, SLUG_MESSAGE);

const COUNTRY_MESSAGE = 'A country is its ISO 3166-1 alpha-3 code (ARM, AZE)';

/** YYYY, YYYY-MM or YYYY-MM-DD, kept as written: a year stays a year. Empty: unknown or ongoing. */
const spanBound = z
  .string({ error: 'A date is YYYY, YYYY-MM or YYYY-MM-DD' })
  .trim()
  .refine((v) => v === '' || (/^\d{4}(-\d{2}){0,2}$/.test(v) && parseBound(v, 'from') !== null), {
    message: 'A date is YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .transform((v) => v || null)
  .nullable();

const fields = {
  name: nameText(200, 'Name the conflict'),
  description: text(2000),
  region: text(200),
  countries: z
    .array(
      z
        .string({ error: COUNTRY_MESSAGE })
        .trim()
        .transform((v) => v.toUpperCase())
        .pipe(z.string().regex(/^[A-Z]{3}$/, COUNTRY_MESSAGE)),
    )
    .max(30, 'At most 30 countries')
    .transform((list) => [...new Set(list)]),
  spanStart: spanBound,
  spanEnd: spanBound,
};

const spanOrder = (v: { spanStart?: string | null; spanEnd?: string | null }) =>
  !v.spanStart || !v.spanEnd || parseBound(v.spanStart, 'from')! <= parseBound(v.spanEnd, 'to')!;
const SPAN_ORDER = { message: 'The span ends before it starts', path: ['spanEnd'] };

/** POST /api/conflicts, the page's form and `npm run conflict -- create`. */
export const conflictCreateSchema = z
  .object({
    slug: slugSchema,
    ...fields,
    description: fields.description.default(''),
    region: fields.region.default(''),
    countries: fields.countries.default([]),
    spanStart: fields.spanStart.default(null),
    spanEnd: fields.spanEnd.default(null),
  })
  .strict()
  .refine(spanOrder, SPAN_ORDER);
export type ConflictCreate = z.infer<typeof conflictCreateSchema>;

/** PATCH /api/conflicts/:slug: only what is sent changes; a new slug renames it in URLs too. */
export const conflictPatchSchema = z
  .object({ slug: slugSchema, ...fields })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change', path: ['body'] })
  .refine(spanOrder, SPAN_ORDER);
export type ConflictPatch = z.infer<typeof conflictPatchSchema>;
