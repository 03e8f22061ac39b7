import 'server-only';
// The datasets (conflicts) with their live event counts, from the year rollup.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';

export interface ConflictSummary {
  slug: string;
  name: string;
  description: string;
  events: number;
  /** First and last years with a live event (null when it has none). */
  firstYear: number | null;
  lastYear: number | null;
}

export async function listConflicts({ db }: { db: Db }): Promise<ConflictSummary[]> {
  return rows<ConflictSummary>(
    db,
    sql`
    select c.slug, c.name, c.description,
      coalesce(y.events, 0)::int as events, y.first as "firstYear", y.last as "lastYear"
    from conflicts c left join lateral (
      select sum(n) as events, extract(year from min(first_year))::int as first,
        extract(year from max(last_year))::int as last
      from event_year_counts y where y.conflict_id = c.id and y.actor_id = 0 and n <> 0
    ) y on true
    order by c.id`,
  );
}
