import { getDb } from '@/db/client';
import { countAroundMilestone } from '@/db/queries/around';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { aroundSchema, eventFiltersSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, around: aroundSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    // From/To cut the windows (they no longer stand in for them): see countAroundMilestone.
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return countAroundMilestone({ db, scope, milestoneId: parsed.value.around.event, days: parsed.value.around.days });
  });
}
