import 'server-only';
// WHERE clauses for a scope, over `events e` or over the denormalised `event_actors ea`.
// One place, so the list, its total and the charts can never disagree about what matches.
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from './scope';

const textArray = (values: string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;
const intArray = (values: number[]) => sql`${`{${values.join(',')}}`}::int[]`;

/**
 * The two disjoint ways an event meets a window starting on `from`: it starts inside the window
 * (`inside`: one range of the date index), or it started before and is still going on that day
 * (`straddle`: the range indexes of migration 0007, however long the event). `both` is their union,
 * for aggregates.
 */
export type WindowPart = 'inside' | 'straddle' | 'both';

/** Whether a scope's window splits into parts at all (only a lower bound does). */
export const windowParts = (s: Scope): WindowPart[] => (s.from ? ['inside', 'straddle'] : ['both']);

function dateWindow(c: (col: string) => SQL, s: Scope, part: WindowPart): SQL[] {
  const out: SQL[] = [];
  if (s.to) out.push(sql`${c('date_start')} <= ${s.to}::date`);
  if (!s.from) return out;
  const from = sql`${s.from}::date`;
  // The same expression as the indexes', so the planner can use them.
  const going = sql`daterange(${c('date_start')}, ${c('date_last')}, '[]') @> ${from}`;
  if (part === 'inside') out.push(sql`${c('date_start')} >= ${from}`);
  else if (part === 'straddle') out.push(sql`${c('date_start')} < ${from}`, going);
  else out.push(sql`(${c('date_start')} >= ${from} or ${going})`);
  return out;
}

/** Conditions on columns that both `events` and `event_actors` carry. */
function shared(alias: 'e' | 'ea', s: Scope, part: WindowPart): SQL[] {
  const c = (col: string) => sql.raw(`${alias}.${col}`);
  const out: SQL[] = [sql`${c('conflict_id')} = ${s.conflictId}`, ...dateWindow(c, s, part)];
  if (s.subTypes) out.push(sql`${c('sub_type')} = any(${textArray(s.subTypes)})`);
  if (s.statuses) out.push(sql`${c('status')}::text = any(${textArray(s.statuses)})`);
  if (s.milestone !== undefined) out.push(sql`${c('milestone')} = ${s.milestone}`);
  return out;
}

/** Conditions that need the events row itself. */
function eventOnly(s: Scope): SQL[] {
  const out: SQL[] = [];
  if (s.locationIds) out.push(sql`e.location_id = any(${intArray(s.locationIds)})`);
  if (s.q) out.push(sql`e.search @@ websearch_to_tsquery('english', ${s.q})`);
  return out;
}

export const needsEventRow = (s: Scope) => Boolean(s.locationIds || s.q);

/** For a query over `events e`; `withDeleted` also matches deleted events (what changed in a view). */
export function eventWhere(s: Scope, part: WindowPart = 'both', { withDeleted = false } = {}): SQL {
  const kept = withDeleted ? sql`e.review = 'published'` : sql`e.deleted_at is null and e.review = 'published'`;
  const parts = [kept, ...shared('e', s, part), ...eventOnly(s)];
  // A deleted event's actor links are no longer live.
  const live = (alias: string) => (withDeleted ? sql`true` : sql.raw(`${alias}.live`));
  if (s.actorIds) {
    parts.push(
      sql`e.id in (select ea.event_id from event_actors ea
        where ${live('ea')} and ea.actor_id = any(${intArray(s.actorIds)}))`,
    );
  }
  // actorMatch=all: one more condition per named actor (never set with a single id: see resolveScope).
  for (const group of s.actorAll ?? []) {
    parts.push(sql`exists (select 1 from event_actors g where g.event_id = e.id and ${live('g')}
      and g.actor_id = any(${intArray(group)}))`);
  }
  return sql.join(parts, sql` and `);
}

/** For a query over `event_actors ea` (joined to `events e` when needsEventRow). */
export function actorWhere(s: Scope, actorIds: number[], part: WindowPart = 'both'): SQL {
  const parts = [
    sql`ea.live`,
    sql`ea.actor_id = any(${intArray(actorIds)})`,
    ...shared('ea', s, part),
    ...eventOnly(s),
  ];
  return sql.join(parts, sql` and `);
}

export { intArray, textArray };
