// Merging two events into one, splitting sources off into a new event, and the Possible
// duplicates list: the bodies and query strings of their routes, shared with the pages.
import { z } from 'zod';
import { slugRefSchema } from './conflict';
import { MAX_ID, idSchema, limitSchema, text } from './primitives';
import { cursorSchema } from './cursor';

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v || null);

const version = z.number().int().positive().max(MAX_ID, 'Not a version of any event');

/** The fields a merge chooses one side of; actors may also be the union of both. */
export const MERGE_FIELDS = ['title', 'date', 'type', 'actors', 'location', 'fatalities', 'summary', 'status'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

const side = idSchema;
export const mergeFieldsSchema = z.strictObject({
  title: side.optional(),
  date: side.optional(),
  type: side.optional(),
  actors: z.union([side, z.literal('both')], { error: 'An event id, or "both"' }).optional(),
  location: side.optional(),
  fatalities: side.optional(),
  summary: side.optional(),
  status: side.optional(),
});
export type MergeFields = z.infer<typeof mergeFieldsSchema>;

/**
 * `POST /api/events/:id/merge`: the other event, which of the two survives (keeps its id and page),
 * and for each field the event whose value the survivor takes (the survivor's own when left out).
 */
export const mergeSchema = z.object({
  other: idSchema,
  survivor: idSchema,
  fields: mergeFieldsSchema.default({}),
  /** The versions the merge page showed: a merge over an edit made since is refused. */
  versions: z.strictObject({ event: version, other: version }).optional(),
  reason: optionalText(1000),
});
export type MergeInput = z.infer<typeof mergeSchema>;

/** `POST /api/events/:id/split`: the sources (ids from `GET /api/events/:id/sources`) that move. */
export const splitSchema = z.object({
  sources: z
    .array(idSchema)
    .min(1, 'Choose at least one source to move')
    .max(50, 'At most 50 sources')
    .refine((ids) => new Set(ids).size === ids.length, 'A source is listed twice'),
  title: optionalText(500),
  version: version.optional(),
  reason: optionalText(1000),
});
export type SplitInput = z.infer<typeof splitSchema>;

/** `POST /api/events/duplicates/distinct`: two events an analyst judged not the same. */
export const distinctSchema = z.object({
  events: z.tuple([idSchema, idSchema], { error: 'Two event ids' }).refine(([a, b]) => a !== b, 'Two different events'),
  reason: optionalText(1000),
});
export type DistinctInput = z.infer<typeof distinctSchema>;

/** `GET /api/events/duplicates` and the `/duplicates` page. */
export const duplicatePairsSchema = z.object({
  conflict: slugRefSchema.optional(),
  cursor: cursorSchema.optional(),
  limit: limitSchema(100, 20),
});
