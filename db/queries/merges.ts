import 'server-only';
// The record of identity merges: undo one, list those into a record, and where a merged-away
// record's old address now leads (the survivor, following later merges).
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import type { IdentityKind } from './identity-merge';
import type { Origin } from './identity-revisions';
import { unmergeActors, type ActorMove, type ActorSnapshot } from './merge-actors';
import { unmergePlaces, type PlaceSnapshot } from './merge-places';

export type { IdentityKind } from './identity-merge';
export interface MergeSummary {
  id: number;
  kind: IdentityKind;
  mergedId: number;
  intoId: number;
  mergedName: string;
  intoName: string;
  events: number;
  createdAt: string;
  undoneAt: string | null;
  /** Who merged: null before accounts (or without one). */
  byName: string | null;
}

const SUMMARY = sql`id, kind, merged_id as "mergedId", into_id as "intoId", merged_name as "mergedName",
  into_name as "intoName", json_array_length(moved) as events, created_at as "createdAt", undone_at as "undoneAt",
  (select u.name from users u where u.id = user_id) as "byName"`;

const jsonSafe = (m: MergeSummary): MergeSummary => ({
  ...m,
  createdAt: new Date(m.createdAt).toISOString(),
  undoneAt: m.undoneAt ? new Date(m.undoneAt).toISOString() : null,
});

/** The merges into a record that are not undone, newest first. */
export async function listMergesInto({
  db,
  kind,
  id,
}: {
  db: Db;
  kind: IdentityKind;
  id: number;
}): Promise<MergeSummary[]> {
  const found = await rows<MergeSummary>(
    db,
    sql`select ${SUMMARY} from identity_merges
    where kind = ${kind} and into_id = ${id} and undone_at is null order by id desc`,
  );
  return found.map(jsonSafe);
}

/** The survivor a merged-away record's address leads to, or null when the record was not merged away. */
export async function mergedInto({ db, kind, id }: { db: Db; kind: IdentityKind; id: number }): Promise<number | null> {
  let at = id;
  // A chain (A into B, then B into C) leads to its end; the bound only guards against a cycle.
  for (let hops = 0; hops < 50; hops++) {
    const [m] = await rows<{ into: number }>(
      db,
      sql`select into_id as into from identity_merges
      where kind = ${kind} and merged_id = ${at} and undone_at is null order by id desc limit 1`,
    );
    if (!m) return at === id ? null : at;
    at = m.into;
  }
  return at;
}

interface MergeRow {
  id: number;
  kind: IdentityKind;
  mergedId: number;
  intoId: number;
  mergedName: string;
  intoName: string;
  snapshot: unknown;
  moved: unknown;
  added: unknown;
  queueIds: number[];
  undone: boolean;
}
const parsed = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** Undoes a merge: the record, its names and its links come back; each affected event gets a revision. */
export async function undoMerge({
  db,
  id,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  origin?: Origin;
  /** The account that asked (null: without accounts): named on the revisions the undo writes. */
  userId?: string | null;
}): Promise<MergeSummary & { revised: number }> {
  return db.transaction(async (tx) => {
    const [m] = await rows<MergeRow>(
      tx,
      sql`select id, kind, merged_id as "mergedId", into_id as "intoId", merged_name as "mergedName",
        into_name as "intoName", snapshot, moved, added, queue_ids as "queueIds", undone_at is not null as undone
      from identity_merges where id = ${id} for update`,
    );
    if (!m) throw new QueryError('not_found', `No merge ${id}`, 'id');
    if (m.undone) throw new QueryError('conflict', `The merge of ${m.mergedName} into ${m.intoName} is already undone`);
    const reason = `undid the merge of ${m.kind} ${m.mergedName} into ${m.intoName}`;
    const revised =
      m.kind === 'actor'
        ? await unmergeActors(
            tx,
            {
              mergedId: m.mergedId,
              intoId: m.intoId,
              snapshot: parsed<ActorSnapshot>(m.snapshot),
              moved: parsed<ActorMove[]>(m.moved),
              added: parsed<number[]>(m.added),
            },
            { origin, reason, userId },
          )
        : await unmergePlaces(
            tx,
            {
              intoId: m.intoId,
              snapshot: parsed<PlaceSnapshot>(m.snapshot),
              moved: parsed<number[]>(m.moved),
              added: parsed<string[]>(m.added),
            },
            { origin, reason, userId },
          );
    if (m.queueIds.length)
      await tx.execute(sql`update reconciliation_queue set status = 'open', decided_at = null
        where id in ${sql.raw(`(${m.queueIds.map(Number).join(',')})`)}`);
    const [done] = await rows<MergeSummary>(
      tx,
      sql`update identity_merges set undone_at = now() where id = ${id} returning ${SUMMARY}`,
    );
    return { ...jsonSafe(done!), revised };
  });
}
