import 'server-only';
// The other event of a merge, as the merge page offers it: the event's likely duplicates (the rule
// of duplicates.ts), or the events of its dataset a search finds (by words or by id).
import { sql } from 'drizzle-orm';
import type { Precision } from '@/lib/dates/precision';
import type { Db } from '../types';
import { rows } from '../rows';
import { findDuplicates, type DuplicateCandidate } from './duplicates';

type Found = { id: number; title: string; dateStart: string; precision: Precision };

async function eventKey(db: Db, id: number) {
  const [e] = await rows<{
    conflict_id: number;
    title: string;
    date_start: string;
    date_end: string | null;
    date_last: string;
    precision: Precision;
    actor_ids: number[] | string | null;
  }>(
    db,
    sql`select conflict_id, title, date_start::text, date_end::text, date_last::text, precision,
      (select array_agg(actor_id) from event_actors where event_id = e.id) as actor_ids
    from events e where id = ${id}`,
  );
  return e;
}

export async function likelyDuplicatesOf({ db, id }: { db: Db; id: number }): Promise<DuplicateCandidate[]> {
  const e = await eventKey(db, id);
  if (!e) return [];
  const ids = e.actor_ids;
  const actorIds = Array.isArray(ids)
    ? ids
    : ids
      ? ids.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number)
      : [];
  const date = { dateStart: e.date_start, dateEnd: e.date_end, dateLast: e.date_last, precision: e.precision };
  return findDuplicates({ db, conflictId: e.conflict_id, title: e.title, date, actorIds, excludeId: id });
}

/** Live events of the same dataset matching the words (full text), or the event with that id; at most 20. */
export async function searchOtherEvents({ db, id, q }: { db: Db; id: number; q: string }): Promise<Found[]> {
  const e = await eventKey(db, id);
  if (!e || !q.trim()) return [];
  const match = /^#?\d{1,9}$/.test(q.trim())
    ? sql`e.id = ${Number(q.trim().replace('#', ''))}`
    : sql`e.search @@ websearch_to_tsquery('english', ${q})`;
  return rows<Found>(
    db,
    sql`select e.id, e.title, e.date_start::text as "dateStart", e.precision from events e
    where e.conflict_id = ${e.conflict_id} and e.deleted_at is null and e.id <> ${id} and ${match}
    order by e.date_start desc, e.id desc limit 20`,
  );
}
