import 'server-only';
// Reads of the rollups kept by trigger: event_year_counts and event_month_counts (all events and
// per actor) and event_day_counts (all events). A rollup answers exactly whenever the filters are
// expressible in its key: no text or place filter, at most one actor, and a window of whole years,
// whole months, or (day rollup, no actor) any days.
import { sql, type SQL } from 'drizzle-orm';
import { endOfMonthDay } from '@/lib/dates/calendar';
import type { Db } from '../types';
import { needsEventRow, textArray } from './conditions';
import type { Scope } from './scope';
import { rows } from '../rows';

export type Grain = 'day' | 'month' | 'year';

const TABLES: Record<Grain, { table: SQL; first: SQL; last: SQL }> = {
  day: {
    table: sql.raw('event_day_counts'),
    first: sql.raw('m.first_day'),
    last: sql.raw('m.last_day'),
  },
  month: {
    table: sql.raw('event_month_counts'),
    first: sql.raw('m.first_month'),
    last: sql.raw('m.last_month'),
  },
  year: {
    table: sql.raw('event_year_counts'),
    first: sql.raw('m.first_year'),
    last: sql.raw('m.last_year'),
  },
};

/** The coarsest rollup that answers these filters exactly (coarser reads fewer rows), or null. */
export function rollupGrain(scope: Scope, opts: { perActor?: boolean } = {}): Grain | null {
  if (needsEventRow(scope)) return null;
  if (scope.actorIds && scope.actorIds.length > 1) return null;
  const perActor = Boolean(scope.actorIds) || opts.perActor;
  const monthAligned =
    (!scope.from || scope.from.endsWith('-01')) && (!scope.to || scope.to === endOfMonthDay(scope.to));
  const yearAligned =
    monthAligned && (!scope.from || scope.from.endsWith('-01-01')) && (!scope.to || scope.to.endsWith('-12-31'));
  if (yearAligned) return 'year';
  if (monthAligned) return 'month';
  return perActor ? null : 'day';
}

export function rollupSource(grain: Grain) {
  return TABLES[grain];
}

/** Conditions over a rollup `m` for a scope; `actor` picks the all-events rows or the per-actor rows. */
export function rollupWhere(scope: Scope, grain: Grain, actor: 'all' | 'each'): SQL {
  const { first, last } = TABLES[grain];
  const parts: SQL[] = [sql`m.conflict_id = ${scope.conflictId}`, sql`m.n <> 0`];
  if (grain !== 'day') {
    if (scope.actorIds) parts.push(sql`m.actor_id = any(${`{${scope.actorIds.join(',')}}`}::int[])`);
    else parts.push(actor === 'all' ? sql`m.actor_id = 0` : sql`m.actor_id <> 0`);
  }
  if (scope.to) parts.push(sql`${first} <= ${scope.to}::date`);
  if (scope.from) parts.push(sql`${last} >= ${scope.from}::date`);
  if (scope.subTypes) parts.push(sql`m.sub_type = any(${textArray(scope.subTypes)})`);
  if (scope.statuses) parts.push(sql`m.status::text = any(${textArray(scope.statuses)})`);
  if (scope.milestone !== undefined) parts.push(sql`m.milestone = ${scope.milestone}`);
  return sql.join(parts, sql` and `);
}

/** The number of matching events, or null when no rollup can answer these filters. */
export async function rollupTotal({ db, scope }: { db: Db; scope: Scope }): Promise<number | null> {
  const grain = rollupGrain(scope);
  if (!grain) return null;
  const [row] = await rows<{ n: number }>(
    db,
    sql`
    select coalesce(sum(m.n), 0)::int as n from ${TABLES[grain].table} m where ${rollupWhere(scope, grain, 'all')}`,
  );
  return row?.n ?? 0;
}

/** The whole years covered by a conflict's events: the default window of a chart. */
export async function conflictExtent({
  db,
  conflictId,
}: {
  db: Db;
  conflictId: number;
}): Promise<{ from: string; to: string } | null> {
  const [row] = await rows<{ first: string | null; last: string | null }>(
    db,
    sql`
    select min(first_year) as first, max(last_year) as last from event_year_counts
    where conflict_id = ${conflictId} and actor_id = 0 and n <> 0`,
  );
  if (!row?.first || !row.last) return null;
  return { from: row.first, to: `${row.last.slice(0, 4)}-12-31` };
}
