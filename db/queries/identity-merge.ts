import 'server-only';
// What merging an actor and merging a place share: the checks, both rows locked in id order, the
// revisions on every affected event, the reconciliation-queue entries the merge decides, and the
// identity_merges record (with who asked) that undo reads back. Each kind says only how its
// events move and how its names are kept (merge-actors.ts, merge-places.ts); all of it set-based,
// so a record with 50,000 events merges in a handful of statements.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { reviseEvents, snapshotsOf, type Origin } from './identity-revisions';

export type IdentityKind = 'actor' | 'place';

export interface MergeResult {
  mergeId: number;
  kind: IdentityKind;
  mergedId: number;
  intoId: number;
  mergedName: string;
  intoName: string;
  events: number;
}

/** How one kind of record merges: the generic steps below call these. */
export interface MergeKind<Row extends { id: number; name: string }, Snap, Moved, Added> {
  kind: IdentityKind;
  /** "An actor", "A place": the start of a sentence. */
  A: string;
  /** Its row, locked; a missing one is a 404 naming `param`. */
  lock: (tx: DbOrTx, id: number, param: string) => Promise<Row>;
  /** What undo needs to bring the merged-away record back as it was. */
  snapshot: (tx: DbOrTx, merged: Row) => Promise<Snap>;
  /** The events that name the record, by id. */
  eventIds: (tx: DbOrTx, id: number) => Promise<number[]>;
  /** Moves the events to the survivor, deletes the merged record; returns exactly what moved. */
  move: (tx: DbOrTx, merged: Row, survivor: Row) => Promise<Moved>;
  /** The merged-away names the survivor keeps; returns what it gained. */
  keepNames: (tx: DbOrTx, snapshot: Snap, survivor: Row) => Promise<Added>;
  /** How many events moved. */
  count: (moved: Moved) => number;
}

/** Who asks for a merge: where from ('form' unless said), and the account (null: without accounts). */
export type MergeArgs = { db: Db; id: number; into: number; origin?: Origin; userId?: string | null };

/** Open queue entries pairing the two records (either way round) are decided: merged. */
async function decideQueue(tx: DbOrTx, kind: IdentityKind, a: number, b: number): Promise<number[]> {
  const decided = await rows<{ id: number }>(
    tx,
    sql`update reconciliation_queue set status = 'merged', decided_at = now()
    where kind = ${kind} and status = 'open'
      and ((record_id = ${a} and candidate_id = ${b}) or (record_id = ${b} and candidate_id = ${a}))
    returning id`,
  );
  return decided.map((d) => d.id);
}

/** Merges record `id` into `into`, in one transaction; undone by undoMerge (merges.ts). */
export async function mergeRecords<Row extends { id: number; name: string }, Snap, Moved, Added>(
  k: MergeKind<Row, Snap, Moved, Added>,
  { db, id, into, origin = 'form', userId = null }: MergeArgs,
): Promise<MergeResult> {
  if (id === into) throw new QueryError('bad_request', `${k.A} cannot be merged into itself`, 'into');
  return db.transaction(async (tx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = id < into ? [id, into] : [into, id];
    const locked = [await k.lock(tx, first, first === id ? 'id' : 'into')];
    locked.push(await k.lock(tx, second, second === id ? 'id' : 'into'));
    const merged = locked.find((r) => r.id === id)!;
    const survivor = locked.find((r) => r.id === into)!;
    const snap = await k.snapshot(tx, merged);
    const before = await snapshotsOf(tx, await k.eventIds(tx, id));
    const moved = await k.move(tx, merged, survivor);
    const added = await k.keepNames(tx, snap, survivor);
    const queueIds = await decideQueue(tx, k.kind, id, into);
    const reason = `merged ${k.kind} ${merged.name} into ${survivor.name}`;
    await reviseEvents(tx, { before, origin, reason, userId });
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into identity_merges (kind, merged_id, into_id, merged_name, into_name, snapshot, moved, added,
        queue_ids, origin, user_id)
      values (${k.kind}, ${id}, ${into}, ${merged.name}, ${survivor.name}, ${JSON.stringify(snap)}::json,
        ${JSON.stringify(moved)}::json, ${JSON.stringify(added)}::json, ${`{${queueIds.join(',')}}`}::int[],
        ${origin}, ${userId})
      returning id`,
    );
    return {
      mergeId: row!.id,
      kind: k.kind,
      mergedId: id,
      intoId: into,
      mergedName: merged.name,
      intoName: survivor.name,
      events: k.count(moved),
    };
  });
}

/**
 * Before an undo: the survivor still exists (locked), and no other record took the merged-away
 * name meanwhile (the caller renames it first).
 */
export async function checkUndo<Row>(
  tx: DbOrTx,
  k: { kind: IdentityKind; lock: (tx: DbOrTx, id: number, param: string) => Promise<Row> },
  { intoId, name }: { intoId: number; name: string },
): Promise<Row> {
  const [table, noun] = k.kind === 'actor' ? ['actors', 'an actor'] : ['locations', 'a place'];
  const survivor = await k.lock(tx, intoId, 'id').catch(() => {
    throw new QueryError('conflict', `${name} was merged into ${noun} that no longer exists`);
  });
  const taken = await rows<{ name: string }>(
    tx,
    sql`select name from ${sql.identifier(table)} where lower(name) = lower(${name})`,
  );
  if (taken.length)
    throw new QueryError('conflict', `Another ${k.kind} is now called ${taken[0]!.name}: rename it before undoing`);
  return survivor;
}
