import { z } from 'zod';
import { slugRefSchema } from '@/lib/validation/conflict';
import { getDb } from '@/db/client';
import { listActors } from '@/db/queries/actors';
import { getConflictId } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { limitSchema, storable } from '@/lib/validation/primitives';

export const dynamic = 'force-dynamic';

const actorsQuerySchema = z.object({
  conflict: slugRefSchema.optional(),
  q: storable(z.string()).trim().max(200).optional(),
  limit: limitSchema(1000, 200),
});

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { query: actorsQuerySchema });
  if (!parsed.ok) return parsed.response;
  const { conflict, q, limit } = parsed.value.query;
  return handle(async () => {
    const db = await getDb();
    const conflictId = await getConflictId({ db, slug: conflict });
    return { actors: await listActors({ db, conflictId, q: q || undefined, limit }) };
  });
}
