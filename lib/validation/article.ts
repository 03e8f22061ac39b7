// An article to store: its text (the same rules as extraction's) and where it came from.
import { z } from 'zod';
import { articleTextSchema, publishedSchema } from '@/lib/extract/types';
import { slugRefSchema } from './conflict';
import { text, webUrl } from './primitives';

export const articleInputSchema = z.object({
  text: articleTextSchema,
  title: text(500)
    .nullish()
    .transform((v) => v || null),
  publisher: text(200).min(1, 'Name the publisher'),
  url: webUrl('The URL must be a full web address, like https://example.org/page'),
  publishedAt: z.preprocess((v) => (v === '' ? null : v), publishedSchema.nullish()),
  conflict: slugRefSchema.optional(),
});
export type ArticleInput = z.output<typeof articleInputSchema>;
