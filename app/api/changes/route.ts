// GET /api/changes?asOf=<ISO time>&<filters> — when the data last changed, and the revisions made
// since asOf to events the filters select (what a cited view's reader has not seen).
import { getDb } from '@/db/client';
import { listChangesSince } from '@/db/queries/changes';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { eventFiltersSchema } from '@/lib/validation/filters';
import { asOfSchema } from '@/lib/validation/share';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, share: asOfSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return listChangesSince({ db, scope, asOf: parsed.value.share.asOf ?? null });
  });
}
