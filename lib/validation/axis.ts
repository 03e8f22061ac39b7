// The time axis's own parameter, beside the shared filters: how many columns its density may have.
import { z } from 'zod';

export const MAX_AXIS_BINS = 2000;

export const axisSchema = z.object({
  /** The most density bins wanted (about the axis's width in pixels): the finest calendar unit that fits is used. */
  bins: z.coerce
    .number({ error: 'bins is a number' })
    .int('bins is a whole number')
    .min(10, 'bins is at least 10')
    .max(MAX_AXIS_BINS, `bins is at most ${MAX_AXIS_BINS}`)
    .default(1000),
});
export type AxisOptions = z.output<typeof axisSchema>;
