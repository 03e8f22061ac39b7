// The W3C Reconciliation Service API 0.2 for actors and places: GET without parameters is the
// manifest; `queries` (GET parameter or form-encoded POST field) a batch of queries, answered by
// the same name rule imports use. It only reads, so other sites may call it (CORS; the request
// guard lets its POST through: lib/security/request-guard.ts).
import { getDb } from '@/db/client';
import { badRequest, handle, readUtf8Body } from '@/lib/api/respond';
import { reconcileManifest } from '@/lib/reconcile/manifest';
import { preflight, withCors } from '@/lib/reconcile/respond';
import { reconcileBatch } from '@/lib/reconcile/service';
import { parseQueries } from '@/lib/reconcile/parse-queries';

export const dynamic = 'force-dynamic';

const MAX_BODY = { maxBytes: 1_000_000, tooLarge: 'The queries are larger than 1 MB: send fewer per request' };

async function answer(raw: string | null, origin: string): Promise<Response> {
  if (raw === null) return handle(async () => reconcileManifest(origin));
  const parsed = parseQueries(raw);
  if (!parsed.ok) return parsed.response;
  return handle(async () => reconcileBatch({ db: await getDb(), batch: parsed.batch }));
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  return withCors(await answer(url.searchParams.get('queries'), url.origin));
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  const body = await readUtf8Body(request, MAX_BODY);
  if (!body.ok) return withCors(body.response);
  const raw = new URLSearchParams(body.text).get('queries') ?? url.searchParams.get('queries');
  if (raw === null)
    return withCors(badRequest([{ param: 'queries', message: 'Send the queries as the form field "queries"' }]));
  return withCors(await answer(raw, url.origin));
}

export const OPTIONS = preflight;
