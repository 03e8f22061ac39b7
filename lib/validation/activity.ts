// The activity page's query string (/users/{id}?page=, GET /api/users/{id}/activity?page=).
import { z } from 'zod';

export const activityQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'page is a whole number from 1' })
    .int('page is a whole number from 1')
    .min(1, 'page is a whole number from 1')
    .max(100_000, 'page is at most 100000')
    .default(1),
});
