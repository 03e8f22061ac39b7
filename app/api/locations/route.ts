import { z } from 'zod';
import { getDb } from '@/db/client';
import { listLocations } from '@/db/queries/locations';
import { handle, parseQuery } from '@/lib/api/respond';
import { limitSchema, storable } from '@/lib/validation/primitives';

export const dynamic = 'force-dynamic';

const locationsQuerySchema = z.object({
  q: storable(z.string()).trim().max(200).optional(),
  limit: limitSchema(2000, 500),
});

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { query: locationsQuerySchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => ({
    locations: await listLocations({
      db: await getDb(),
      q: parsed.value.query.q || undefined,
      limit: parsed.value.query.limit,
    }),
  }));
}
