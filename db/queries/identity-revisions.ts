import 'server-only';
// The revisions a merge (or its undo) writes: every event whose actors or place it changed gets an
// update revision with the field-by-field difference and the reason, and a new version, so an edit
// opened before the merge is refused rather than silently undoing it.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../types';
import { diffSnapshots, snapshotEvent, type Snapshot } from './event-history';

export type Origin = 'seed' | 'form' | 'article' | 'import' | 'api';

/** The events' snapshots before the change, by id. */
export async function snapshotsOf(tx: DbOrTx, eventIds: number[]): Promise<Map<number, Snapshot | null>> {
  const out = new Map<number, Snapshot | null>();
  for (const id of eventIds) out.set(id, await snapshotEvent(tx, id));
  return out;
}

/** One revision per event that changed since `before`, with the reason. */
export async function reviseEvents(
  tx: DbOrTx,
  { before, origin, reason }: { before: Map<number, Snapshot | null>; origin: Origin; reason: string },
): Promise<number> {
  let revised = 0;
  for (const [id, was] of before) {
    const changes = diffSnapshots(was, await snapshotEvent(tx, id));
    if (!was || !Object.keys(changes).length) continue;
    await tx.execute(sql`update events set version = version + 1, updated_at = now() where id = ${id}`);
    await tx.execute(sql`insert into event_revisions (event_id, action, origin, changes, reason)
      values (${id}, 'update', ${origin}, ${JSON.stringify(changes)}::json, ${reason})`);
    revised++;
  }
  return revised;
}
