import 'server-only';
// The revisions a merge (or its undo) writes: every event whose actors or place it changed gets an
// update revision with the field-by-field difference and the reason, and a new version, so an edit
// opened before the merge is refused rather than silently undoing it. Set-based: a merge of 50,000
// events reads them in one statement before and one after, and writes every revision in one more.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { diffSnapshots, type Snapshot } from './event-history';

export type Origin = 'seed' | 'form' | 'article' | 'import' | 'api';

/** A list of ids as one parameter (a JSON array), however many there are. */
export const idList = (ids: number[]) => sql`(select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::int)`;

/**
 * The part of each event's snapshot (see snapshotEvent) a merge can change: its actors with their
 * roles and its place, written exactly as snapshotEvent writes them, so the revisions read the same.
 */
export async function snapshotsOf(tx: DbOrTx, eventIds: number[]): Promise<Map<number, Snapshot>> {
  if (!eventIds.length) return new Map();
  const found = await rows<{ id: number; actors: string | null; location: string | null }>(
    tx,
    sql`select e.id, l.name as location,
      (select string_agg(a.name || ' (' || ea.role || ')', '; ' order by a.name) from event_actors ea
        join actors a on a.id = ea.actor_id where ea.event_id = e.id) as actors
    from events e left join locations l on l.id = e.location_id where e.id in ${idList(eventIds)}`,
  );
  return new Map(found.map((e) => [e.id, { actors: e.actors, location: e.location }]));
}

/** One revision per event that changed since `before`, with the reason and who asked; returns how many. */
export async function reviseEvents(
  tx: DbOrTx,
  {
    before,
    origin,
    reason,
    userId = null,
  }: { before: Map<number, Snapshot>; origin: Origin; reason: string; userId?: string | null },
): Promise<number> {
  const after = await snapshotsOf(tx, [...before.keys()]);
  const changed: { id: number; changes: ReturnType<typeof diffSnapshots> }[] = [];
  for (const [id, was] of before) {
    const changes = diffSnapshots(was, after.get(id) ?? null);
    if (Object.keys(changes).length) changed.push({ id, changes });
  }
  if (!changed.length) return 0;
  await tx.execute(sql`update events set version = version + 1, updated_at = now()
    where id in ${idList(changed.map((c) => c.id))}`);
  await tx.execute(sql`insert into event_revisions (event_id, action, origin, changes, reason, user_id)
    select x.id, 'update', ${origin}, x.changes, ${reason}, ${userId}
    from json_to_recordset(${JSON.stringify(changed)}::json) as x(id int, changes json) order by x.id`);
  return changed.length;
}
