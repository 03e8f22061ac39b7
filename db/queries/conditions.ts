import 'server-only';
// WHERE clauses for a scope, over `events e` or over the denormalised `event_actors ea`.
// One place, so the list, its total and the charts can never disagree about what matches.
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from './scope';

const textArray = (values: string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;
const intArray = (values: number[]) => sql`${`{${values.join(',')}}`}::int[]`;

/** Conditions on columns that both `events` and `event_actors` carry. */
function shared(alias: 'e' | 'ea', s: Scope): SQL[] {
  const c = (col: string) => sql.raw(`${alias}.${col}`);
  const out: SQL[] = [sql`${c('conflict_id')} = ${s.conflictId}`];
  // An event matches when its [start, last] interval overlaps the window.
  if (s.to) out.push(sql`${c('date_start')} <= ${s.to}::date`);
  if (s.from) out.push(sql`${c('date_last')} >= ${s.from}::date`);
  // Redundant but sargable: keeps the (…, date_start) index scan from starting at the conflict's first day.
  if (s.minStart) out.push(sql`${c('date_start')} >= ${s.minStart}::date`);
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

/** For a query over `events e`. */
export function eventWhere(s: Scope): SQL {
  const parts = [sql`e.deleted_at is null`, ...shared('e', s), ...eventOnly(s)];
  if (s.actorIds) {
    parts.push(
      sql`e.id in (select ea.event_id from event_actors ea where ea.live and ea.actor_id = any(${intArray(s.actorIds)}))`,
    );
  }
  return sql.join(parts, sql` and `);
}

/** For a query over `event_actors ea` (joined to `events e` when needsEventRow). */
export function actorWhere(s: Scope, actorIds: number[]): SQL {
  const parts = [sql`ea.live`, sql`ea.actor_id = any(${intArray(actorIds)})`, ...shared('ea', s), ...eventOnly(s)];
  return sql.join(parts, sql` and `);
}

export { intArray, textArray };
