// The one schema for an event coming in from outside (seed file, form, API, import):
// text limits, a real calendar date at an honest precision, a sub-type of the stated type,
// fatalities that make sense, valid source URLs.
import { z } from 'zod';
import { PRECISIONS, toStoredDate } from '@/lib/dates/precision';
import { ACTOR_ROLES, EVENT_STATUSES, SUB_TYPE_SLUGS, eventTypeOfSubType, isSubTypeOf } from '@/lib/taxonomy/taxonomy';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is written YYYY-MM-DD');

export const sourceInputSchema = z.object({
  publisher: text(200).min(1, 'Name the publisher'),
  url: z.url({ protocol: /^https?$/, error: 'A source URL must be a web address (http or https)' }).max(2000).nullish(),
  title: text(500).nullish(),
  publishedAt: isoDay.nullish(),
  quote: text(5000).default(''),
});

export const fatalitiesSchema = z
  .object({
    best: z.number().int().min(0).nullish(),
    low: z.number().int().min(0).nullish(),
    high: z.number().int().min(0).nullish(),
  })
  .refine((f) => f.low == null || f.high == null || f.low <= f.high, { message: 'The low estimate is above the high one', path: ['low'] })
  .refine((f) => f.best == null || f.low == null || f.low <= f.best, { message: 'The best estimate is below the low one', path: ['best'] })
  .refine((f) => f.best == null || f.high == null || f.best <= f.high, { message: 'The best estimate is above the high one', path: ['best'] });

export const actorRefSchema = z.object({
  name: text(200).min(1),
  role: z.enum(ACTOR_ROLES).default('participant'),
});

export const eventInputSchema = z
  .object({
    title: text(300).min(1, 'A title is required'),
    summary: text(20_000).default(''),
    eventType: z.string().optional(),
    subType: z.enum(SUB_TYPE_SLUGS, { error: 'Unknown sub-type' }),
    dateStart: z.string().trim().min(1, 'A date is required'),
    dateEnd: z.string().trim().nullish(),
    precision: z.enum(PRECISIONS),
    status: z.enum(EVENT_STATUSES).default('occurred'),
    milestone: z.boolean().default(false),
    location: text(200).nullish(),
    fatalities: fatalitiesSchema.nullish(),
    actors: z.array(actorRefSchema).max(50).default([]),
    sources: z.array(sourceInputSchema).max(50).default([]),
  })
  .superRefine((e, ctx) => {
    const date = toStoredDate({ dateStart: e.dateStart, dateEnd: e.dateEnd ?? null, precision: e.precision });
    if (!date.ok) ctx.addIssue({ code: 'custom', path: [date.error.field], message: date.error.message });
    if (e.eventType && !isSubTypeOf(e.subType, e.eventType)) {
      ctx.addIssue({ code: 'custom', path: ['subType'], message: `"${e.subType}" is not a sub-type of "${e.eventType}"` });
    }
  })
  .transform((e) => {
    const date = toStoredDate({ dateStart: e.dateStart, dateEnd: e.dateEnd ?? null, precision: e.precision });
    if (!date.ok) throw new Error('unreachable: refined above');
    return { ...e, eventType: eventTypeOfSubType(e.subType)!.slug, date: date.value };
  });

export type EventInput = z.input<typeof eventInputSchema>;
export type ParsedEventInput = z.output<typeof eventInputSchema>;
