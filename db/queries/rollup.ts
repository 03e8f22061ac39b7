import 'server-only';
// Reads of the month rollup (event_month_counts). It answers exactly whenever the filters are
// expressible in its key: no text or place filter, at most one actor, a window of whole months.
import { sql, type SQL } from 'drizzle-orm';
import { endOfMonthDay } from '@/lib/dates/calendar';
import type { Db } from '../client';
import { needsEventRow, textArray } from './conditions';
import type { Scope } from './scope';
import { rows } from './sql';

export function rollupAnswers(scope: Scope): boolean {
  if (needsEventRow(scope)) return false;
  if (scope.actorIds && scope.actorIds.length > 1) return false;
  if (scope.from && !scope.from.endsWith('-01')) return false;
  if (scope.to && scope.to !== endOfMonthDay(scope.to)) return false;
  return true;
}

/** Conditions over event_month_counts `m` for a scope; `actor` picks the per-actor or all-events rows. */
export function rollupWhere(scope: Scope, actor: 'all' | 'each'): SQL {
  const parts: SQL[] = [sql`m.conflict_id = ${scope.conflictId}`, sql`m.n <> 0`];
  if (actor === 'all' && !scope.actorIds) parts.push(sql`m.actor_id = 0`);
  else if (scope.actorIds) parts.push(sql`m.actor_id = any(${`{${scope.actorIds.join(',')}}`}::int[])`);
  else parts.push(sql`m.actor_id <> 0`);
  if (scope.to) parts.push(sql`m.first_month <= ${scope.to}::date`);
  if (scope.from) parts.push(sql`m.last_month >= ${scope.from}::date`);
  if (scope.subTypes) parts.push(sql`m.sub_type = any(${textArray(scope.subTypes)})`);
  if (scope.statuses) parts.push(sql`m.status::text = any(${textArray(scope.statuses)})`);
  if (scope.milestone !== undefined) parts.push(sql`m.milestone = ${scope.milestone}`);
  return sql.join(parts, sql` and `);
}

/** The number of matching events, or null when the rollup cannot answer these filters. */
export async function rollupTotal({ db, scope }: { db: Db; scope: Scope }): Promise<number | null> {
  if (!rollupAnswers(scope)) return null;
  const [row] = await rows<{ n: number }>(db, sql`select coalesce(sum(m.n), 0)::int as n from event_month_counts m where ${rollupWhere(scope, 'all')}`);
  return row?.n ?? 0;
}

/** First and last day covered by a conflict's events: the default window of a chart. */
export async function conflictExtent({ db, conflictId }: { db: Db; conflictId: number }): Promise<{ from: string; to: string } | null> {
  const [row] = await rows<{ first: string | null; last: string | null }>(db, sql`
    select min(first_month) as first, max(last_month) as last from event_month_counts
    where conflict_id = ${conflictId} and actor_id = 0 and n <> 0`);
  if (!row?.first || !row.last) return null;
  return { from: row.first, to: endOfMonthDay(row.last) };
}
