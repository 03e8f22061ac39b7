// GET /api/reconcile/suggest/entity?prefix=Alí&type=actor&cursor=0: auto-completion of actors and
// places for OpenRefine's "search for match" box (Reconciliation API 0.2, suggest service).
import { getDb } from '@/db/client';
import { handle, parseQuery } from '@/lib/api/respond';
import { preflight, withCors } from '@/lib/reconcile/respond';
import { loadReconIndex } from '@/lib/reconcile/service';
import { suggestSchema } from '@/lib/validation/reconcile';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { query: suggestSchema });
  if (!parsed.ok) return withCors(parsed.response);
  return withCors(
    await handle(async () => ({ result: (await loadReconIndex({ db: await getDb() })).suggest(parsed.value.query) })),
  );
}

export const OPTIONS = preflight;
