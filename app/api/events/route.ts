import { getDb } from '@/db/client';
import { listEvents } from '@/db/queries/events';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { eventFiltersSchema, pageSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, page: pageSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return listEvents({ db, scope, ...parsed.value.page });
  });
}
