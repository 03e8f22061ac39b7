import { getDb } from '@/db/client';
import { getAxis } from '@/db/queries/axis';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { axisSchema } from '@/lib/validation/axis';
import { eventFiltersSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, options: axisSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return getAxis({ db, scope, bins: parsed.value.options.bins });
  });
}
