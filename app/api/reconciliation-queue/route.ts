import { getDb } from '@/db/client';
import { listQueue } from '@/db/queries/reconciliation';
import { handle, parseQuery } from '@/lib/api/respond';
import { queueQuerySchema } from '@/lib/validation/identities';

export const dynamic = 'force-dynamic';

/** Open entries: a record and its candidate side by side, with the reason. */
export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { query: queueQuerySchema });
  if (!parsed.ok) return parsed.response;
  const { kind, limit } = parsed.value.query;
  return handle(async () => listQueue({ db: await getDb(), kind, limit }));
}
