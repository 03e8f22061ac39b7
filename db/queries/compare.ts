import 'server-only';
// Two periods side by side: matching events per event type in each, counted in SQL with the same
// conditions as the list (an event counts in a period when its dates overlap it).
import { sql } from 'drizzle-orm';
import { EVENT_TYPES } from '@/lib/taxonomy/taxonomy';
import type { Db } from '../types';
import { rows } from '../rows';
import { eventWhere } from './conditions';
import type { Scope } from './scope';

export interface PeriodComparison {
  periods: { from: string; to: string; total: number }[];
  /** Types with events in either period, in the taxonomy's order; counts[i] is periods[i]'s. */
  types: { type: string; label: string; counts: number[] }[];
}

export async function comparePeriods({
  db,
  scope,
  periods,
}: {
  db: Db;
  scope: Scope;
  periods: { from: string; to: string }[];
}): Promise<PeriodComparison> {
  const parts = periods.map(
    (p, i) => sql`select ${i}::int as i, e.event_type as type, count(*)::int as n
      from events e where ${eventWhere({ ...scope, from: p.from, to: p.to })} group by e.event_type`,
  );
  const found = await rows<{ i: number; type: string; n: number }>(db, sql.join(parts, sql` union all `));
  const counts = new Map<string, number[]>();
  for (const r of found) {
    const c = counts.get(r.type) ?? periods.map(() => 0);
    c[r.i] = r.n;
    counts.set(r.type, c);
  }
  const known = EVENT_TYPES.map((t) => t.slug);
  const order = [...known, ...[...counts.keys()].filter((t) => !known.includes(t)).sort()];
  return {
    periods: periods.map((p, i) => ({ ...p, total: found.filter((r) => r.i === i).reduce((n, r) => n + r.n, 0) })),
    types: order
      .filter((t) => counts.has(t))
      .map((t) => ({ type: t, label: EVENT_TYPES.find((d) => d.slug === t)?.label ?? t, counts: counts.get(t)! })),
  };
}
