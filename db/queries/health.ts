import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';

/** Live events across all conflicts, from the rollup (a count(*) would scan a million rows). */
export async function countEvents({ db }: { db: Db }): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select coalesce(sum(n), 0)::int as n from event_month_counts where actor_id = 0`,
  );
  return row?.n ?? 0;
}
