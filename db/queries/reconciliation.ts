import 'server-only';
// The reconciliation queue: records created beside a known one with a close name (db/names.ts),
// shown side by side with their candidate, and an analyst's decision on each: merge the new record
// into the candidate, or "not the same" (distinct), which the resolver remembers for the pair.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import type { Origin } from './identity-revisions';
import { mergeActors, type MergeResult } from './merge-actors';
import { mergePlaces } from './merge-places';

export interface QueueSide {
  id: number;
  name: string;
  /** Aliases (actors, with their periods written out) or other names (places). */
  names: string[];
  detail: string;
  events: number;
}
export interface QueueEntry {
  id: number;
  kind: 'actor' | 'place';
  reason: string;
  origin: string;
  label: string | null;
  createdAt: string;
  record: QueueSide;
  candidate: QueueSide;
}

const actorSide = (col: string) => sql`(select json_build_object('id', a.id, 'name', a.name,
  'names', coalesce((select json_agg(al.alias || case when al.valid_from is null and al.valid_to is null then ''
      else ' (' || coalesce(al.valid_from::text, '…') || ' – ' || coalesce(al.valid_to::text, '…') || ')' end
    order by al.alias) from actor_aliases al where al.actor_id = a.id), '[]'::json),
  'detail', a.kind::text || coalesce(', ' || a.country, ''),
  'events', (select count(*) from event_actors ea where ea.actor_id = a.id and ea.live))
  from actors a where a.id = q.${sql.raw(col)})`;
const placeSide = (col: string) => sql`(select json_build_object('id', l.id, 'name', l.name,
  'names', to_json(l.alt_names),
  'detail', concat_ws(', ', l.admin1, l.country,
    case when l.lat is null then 'no coordinates'
      else round(l.lat::numeric, 4) || ', ' || round(l.lon::numeric, 4) end),
  'events', (select count(*) from events e where e.location_id = l.id and e.deleted_at is null))
  from locations l where l.id = q.${sql.raw(col)})`;

type Row = Omit<QueueEntry, 'record' | 'candidate'> & { record: QueueSide | string; candidate: QueueSide | string };
const side = (v: QueueSide | string): QueueSide => (typeof v === 'string' ? (JSON.parse(v) as QueueSide) : v);

/** Open entries whose two records both still exist, oldest first. */
export async function listQueue({
  db,
  kind,
  limit = 100,
}: {
  db: Db;
  kind?: 'actor' | 'place';
  limit?: number;
}): Promise<{ entries: QueueEntry[]; total: number }> {
  const found = await rows<Row>(
    db,
    sql`select * from (
      select q.id, q.kind, q.reason, q.origin, q.label, q.created_at as "createdAt",
        case when q.kind = 'actor' then ${actorSide('record_id')} else ${placeSide('record_id')} end as record,
        case when q.kind = 'actor' then ${actorSide('candidate_id')} else ${placeSide('candidate_id')} end as candidate
      from reconciliation_queue q
      where q.status = 'open' ${kind ? sql`and q.kind = ${kind}` : sql``}) t
    where t.record is not null and t.candidate is not null
    order by t."createdAt", t.id`,
  );
  const entries = found.map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt).toISOString(),
    record: side(r.record),
    candidate: side(r.candidate),
  }));
  return { entries: entries.slice(0, limit), total: entries.length };
}

/**
 * Decides an open entry: "merge" merges the new record into its candidate (undoable like any
 * merge); "distinct" marks the pair as two records, and the resolver never queues it again.
 */
export async function decideQueueEntry({
  db,
  id,
  decision,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  decision: 'merge' | 'distinct';
  origin?: Origin;
  /** The account that asked (null: without accounts). */
  userId?: string | null;
}): Promise<{ id: number; status: 'merged' | 'distinct'; merge: MergeResult | null }> {
  const [entry] = await rows<{ kind: 'actor' | 'place'; recordId: number; candidateId: number; status: string }>(
    db,
    sql`select kind, record_id as "recordId", candidate_id as "candidateId", status
    from reconciliation_queue where id = ${id}`,
  );
  if (!entry) throw new QueryError('not_found', `No queue entry ${id}`, 'id');
  if (entry.status !== 'open') throw new QueryError('conflict', `This entry was already decided: ${entry.status}`);
  if (decision === 'distinct') {
    const done = await rows<{ id: number }>(
      db,
      sql`update reconciliation_queue set status = 'distinct', decided_at = now()
      where id = ${id} and status = 'open' returning id`,
    );
    if (!done.length) throw new QueryError('conflict', 'This entry was decided by someone else meanwhile');
    return { id, status: 'distinct', merge: null };
  }
  const merge = entry.kind === 'actor' ? mergeActors : mergePlaces;
  const result = await merge({ db, id: entry.recordId, into: entry.candidateId, origin, userId });
  return { id, status: 'merged', merge: result };
}
