import { getDb } from '@/db/client';
import { listPlaces } from '@/db/queries/places';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { eventFiltersSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    return listPlaces({ db, scope: await resolveScope({ db, filters: parsed.value.filters }) });
  });
}
