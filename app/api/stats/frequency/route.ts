import { getDb } from '@/db/client';
import { resolveScope } from '@/db/queries/scope';
import { getFrequency } from '@/db/queries/stats';
import { handle, parseQuery } from '@/lib/api/respond';
import { eventFiltersSchema, frequencySchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, options: frequencySchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return getFrequency({ db, scope, ...parsed.value.options });
  });
}
