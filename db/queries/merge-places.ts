import 'server-only';
// Merging one place into another, and undoing it: the merged-away place's events move to the
// survivor, its name and other names become the survivor's other names, every affected event gets
// a revision, and identity_merges records exactly what moved (see merge-actors.ts).
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { reviseEvents, snapshotsOf, type Origin } from './identity-revisions';
import type { MergeResult } from './merge-actors';

export interface PlaceSnapshot {
  id: number;
  name: string;
  altNames: string[];
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number;
}

async function lockPlace(tx: DbOrTx, id: number, param: string): Promise<PlaceSnapshot> {
  const [row] = await rows<PlaceSnapshot>(
    tx,
    sql`select id, name, alt_names as "altNames", country, admin1, lat, lon, geo_precision as "geoPrecision"
    from locations where id = ${id} for update`,
  );
  if (!row) throw new QueryError('not_found', `No place ${id}`, param);
  return row;
}

const textArray = (list: string[]) => `{${list.map((n) => `"${n.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** The names of `merged` the survivor lacks (compared without case), in order. */
function namesToAdd(merged: PlaceSnapshot, survivor: PlaceSnapshot): string[] {
  const known = new Set([survivor.name, ...survivor.altNames].map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const n of [merged.name, ...merged.altNames]) {
    if (known.has(n.toLowerCase())) continue;
    known.add(n.toLowerCase());
    out.push(n);
  }
  return out;
}

export async function mergePlaces({
  db,
  id,
  into,
  origin = 'form',
}: {
  db: Db;
  id: number;
  into: number;
  origin?: Origin;
}): Promise<MergeResult> {
  if (id === into) throw new QueryError('bad_request', 'A place cannot be merged into itself', 'into');
  return db.transaction(async (tx) => {
    const [first, second] = id < into ? [id, into] : [into, id];
    const locked = [await lockPlace(tx, first, first === id ? 'id' : 'into')];
    locked.push(await lockPlace(tx, second, second === id ? 'id' : 'into'));
    const merged = locked.find((p) => p.id === id)!;
    const survivor = locked.find((p) => p.id === into)!;
    const moved = (
      await rows<{ id: number }>(tx, sql`select id from events where location_id = ${id} order by id`)
    ).map((r) => r.id);
    const before = await snapshotsOf(tx, moved);
    await tx.execute(sql`update events set location_id = ${into} where location_id = ${id}`);
    await tx.execute(sql`delete from locations where id = ${id}`);
    const added = namesToAdd(merged, survivor);
    if (added.length)
      await tx.execute(
        sql`update locations set alt_names = alt_names || ${textArray(added)}::text[] where id = ${into}`,
      );
    const queueIds = (
      await rows<{ id: number }>(
        tx,
        sql`update reconciliation_queue set status = 'merged', decided_at = now()
        where kind = 'place' and status = 'open'
          and ((record_id = ${id} and candidate_id = ${into}) or (record_id = ${into} and candidate_id = ${id}))
        returning id`,
      )
    ).map((r) => r.id);
    await reviseEvents(tx, { before, origin, reason: `merged place ${merged.name} into ${survivor.name}` });
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into identity_merges (kind, merged_id, into_id, merged_name, into_name, snapshot, moved, added, queue_ids, origin)
      values ('place', ${id}, ${into}, ${merged.name}, ${survivor.name}, ${JSON.stringify(merged)}::json,
        ${JSON.stringify(moved)}::json, ${JSON.stringify(added)}::json, ${`{${queueIds.join(',')}}`}::int[], ${origin})
      returning id`,
    );
    return {
      mergeId: row!.id,
      kind: 'place' as const,
      mergedId: id,
      intoId: into,
      mergedName: merged.name,
      intoName: survivor.name,
      events: moved.length,
    };
  });
}

/** Puts back what mergePlaces changed (the merge row is locked by the caller, in its transaction). */
export async function unmergePlaces(
  tx: DbOrTx,
  m: { intoId: number; snapshot: PlaceSnapshot; moved: number[]; added: string[] },
  { origin, reason }: { origin: Origin; reason: string },
): Promise<number> {
  const p = m.snapshot;
  const survivor = await lockPlace(tx, m.intoId, 'id').catch(() => {
    throw new QueryError('conflict', `${p.name} was merged into a place that no longer exists`);
  });
  const taken = await rows<{ name: string }>(tx, sql`select name from locations where lower(name) = lower(${p.name})`);
  if (taken.length)
    throw new QueryError('conflict', `Another place is now called ${taken[0]!.name}: rename it before undoing`);
  const before = await snapshotsOf(tx, m.moved);
  // The names the merge appended are taken off again (the last occurrence of each).
  const altNames = [...survivor.altNames];
  for (const n of m.added) {
    const at = altNames.lastIndexOf(n);
    if (at >= 0) altNames.splice(at, 1);
  }
  await tx.execute(sql`update locations set alt_names = ${textArray(altNames)}::text[] where id = ${m.intoId}`);
  await tx.execute(sql`insert into locations (id, name, alt_names, country, admin1, lat, lon, geo_precision)
    values (${p.id}, ${p.name}, ${textArray(p.altNames)}::text[], ${p.country}, ${p.admin1}, ${p.lat}, ${p.lon},
      ${p.geoPrecision})`);
  if (m.moved.length)
    await tx.execute(sql`update events set location_id = ${p.id}
      where location_id = ${m.intoId} and id in ${sql.raw(`(${m.moved.map(Number).join(',')})`)}`);
  return reviseEvents(tx, { before, origin, reason });
}
