// The citation parameter of a view: `asOf`, the time of the latest revision a cited view showed.
import { z } from 'zod';
import { isIsoDay } from '@/lib/dates/calendar';

/** ISO 8601 with a time and a zone, as a permalink writes it (2026-12-07T09:00:00.000Z). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const asOfSchema = z.object({
  asOf: z
    .string()
    .max(40, 'asOf is a time such as 2026-12-07T09:00:00Z')
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      // Date.parse rolls 30 February over into March: the day must be one the calendar has.
      const ms = ISO_INSTANT.test(v) && isIsoDay(v.slice(0, 10)) ? Date.parse(v) : NaN;
      if (Number.isNaN(ms) || ms < Date.UTC(1900, 0, 1)) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a time: use ISO 8601, such as 2026-12-07T09:00:00Z` });
        return z.NEVER;
      }
      // A time still to come is read as now: nothing can have changed after it yet.
      return new Date(Math.min(ms, Date.now())).toISOString();
    }),
});
export type AsOf = z.output<typeof asOfSchema>;
