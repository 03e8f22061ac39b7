// An article to store: its text (the same rules as extraction's) and where it came from.
import { z } from 'zod';
import { articleTextSchema, publishedSchema } from '@/lib/extract/types';
import { slugRefSchema } from './conflict';
import { storable, text } from './primitives';

export const articleInputSchema = z.object({
  text: articleTextSchema,
  title: text(500)
    .nullish()
    .transform((v) => v || null),
  publisher: text(200).min(1, 'Name the publisher'),
  url: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
    storable(
      z
        .url({
          protocol: /^https?$/,
          hostname: z.regexes.domain,
          error: 'The URL must be a full web address, like https://example.org/page',
        })
        .max(2000),
    ).nullish(),
  ),
  publishedAt: z.preprocess((v) => (v === '' ? null : v), publishedSchema.nullish()),
  conflict: slugRefSchema.optional(),
});
export type ArticleInput = z.output<typeof articleInputSchema>;
