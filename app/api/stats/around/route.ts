import { getDb } from '@/db/client';
import { countAroundMilestone } from '@/db/queries/around';
import { getEventReview } from '@/db/queries/review';
import { resolveScope } from '@/db/queries/scope';
import { noEvent } from '@/lib/api/params';
import { handle, parseQuery } from '@/lib/api/respond';
import { aroundSchema, eventFiltersSchema } from '@/lib/validation/filters';
import { canSee } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, around: aroundSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const id = parsed.value.around.event;
    // A pending or rejected event is as private here as on its own page.
    const review = await getEventReview({ db, id });
    if (review && !canSee(await callerOf(request), review)) return noEvent(id, 'event');
    // From/To cut the windows (they no longer stand in for them): see countAroundMilestone.
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    return countAroundMilestone({ db, scope, milestoneId: id, days: parsed.value.around.days });
  });
}
