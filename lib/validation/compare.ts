// Two periods of the analyst's choosing (?aFrom&aTo&bFrom&bTo), compared under the other filters.
// Each bound is written like the From/To filters (YYYY, YYYY-MM or YYYY-MM-DD) and read as a day.
import { z } from 'zod';
import { clampToDomain } from '@/lib/dates/domain';
import { boundProblem, parseBound } from '@/lib/dates/precision';

const bound = (name: string, side: 'from' | 'to') =>
  z.string({ error: `${name} is required: YYYY, YYYY-MM or YYYY-MM-DD` }).transform((v, ctx) => {
    if (!v.trim()) {
      ctx.addIssue({ code: 'custom', message: `${name} is required: YYYY, YYYY-MM or YYYY-MM-DD` });
      return z.NEVER;
    }
    const day = parseBound(v.trim(), side);
    if (!day) {
      ctx.addIssue({ code: 'custom', message: `${name}: "${v}" is not a date; ${boundProblem(v.trim())}` });
      return z.NEVER;
    }
    return clampToDomain(day);
  });

export const compareSchema = z
  .object({
    aFrom: bound('aFrom', 'from'),
    aTo: bound('aTo', 'to'),
    bFrom: bound('bFrom', 'from'),
    bTo: bound('bTo', 'to'),
  })
  .superRefine(
    (c, ctx) => {
      for (const p of ['a', 'b'] as const) {
        const from: unknown = c[`${p}From`];
        const to: unknown = c[`${p}To`];
        // Also when the other period failed to parse, so that every problem is told at once.
        if (typeof from === 'string' && typeof to === 'string' && from > to)
          ctx.addIssue({ code: 'custom', path: [`${p}From`], message: `${p}From (${from}) is after ${p}To (${to})` });
      }
    },
    { when: () => true },
  );

export type CompareQuery = z.output<typeof compareSchema>;
