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
}

export async function listConflicts({ db }: { db: Db }): Promise<ConflictSummary[]> {
  return rows<ConflictSummary>(
    db,
    sql`
    select c.slug, c.name, c.description,
      coalesce((select sum(n) from event_year_counts y where y.conflict_id = c.id and y.actor_id = 0), 0)::int as events
    from conflicts c order by c.id`,
  );
}
