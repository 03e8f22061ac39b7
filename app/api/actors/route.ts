import { z } from 'zod';
import { getDb } from '@/db/client';
import { listActors } from '@/db/queries/actors';
import { getConflictId } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { storable } from '@/lib/validation/primitives';

export const dynamic = 'force-dynamic';

const actorsQuerySchema = z.object({
  conflict: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  q: storable(z.string()).trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
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
