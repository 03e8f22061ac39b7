// Shape of a curated dataset file under db/seed/: a conflict, its actors, places and events.
import { z } from 'zod';
import { ACTOR_KINDS } from '@/lib/taxonomy/taxonomy';
import { slugSchema } from './conflict';
import { eventInputSchema } from './event';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const datasetSchema = z.object({
  conflict: z.object({
    slug: slugSchema,
    name: z.string().min(1),
    description: z.string().default(''),
  }),
  actors: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.enum(ACTOR_KINDS),
      country: z.string().nullish(),
      aliases: z
        .array(z.object({ alias: z.string().min(1), validFrom: day.nullish(), validTo: day.nullish() }))
        .default([]),
    }),
  ),
  locations: z.array(
    z.object({
      name: z.string().min(1),
      altNames: z.array(z.string()).default([]),
      country: z.string().nullish(),
      admin1: z.string().nullish(),
      lat: z.number().min(-90).max(90).nullish(),
      lon: z.number().min(-180).max(180).nullish(),
      geoPrecision: z.number().int().min(1).max(3).default(1),
    }),
  ),
  events: z.array(eventInputSchema),
});

export type Dataset = z.output<typeof datasetSchema>;
