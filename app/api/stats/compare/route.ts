import { getDb } from '@/db/client';
import { comparePeriods } from '@/db/queries/compare';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { compareSchema } from '@/lib/validation/compare';
import { eventFiltersSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

/** Matching events per type in two periods; the periods take the place of from/to. */
export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, compare: compareSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: { ...parsed.value.filters, from: undefined, to: undefined } });
    const { aFrom, aTo, bFrom, bTo } = parsed.value.compare;
    return comparePeriods({
      db,
      scope,
      periods: [
        { from: aFrom, to: aTo },
        { from: bFrom, to: bTo },
      ],
    });
  });
}
