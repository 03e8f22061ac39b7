import 'server-only';
// Merging one place into another, and undoing it: the merged-away place's events move to the
// survivor, its name and other names become the survivor's other names, and identity-merge.ts
// does the rest (revisions, the queue, the merge record). One statement moves every event.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { checkUndo, mergeRecords, type MergeArgs, type MergeKind, type MergeResult } from './identity-merge';
import { idList, reviseEvents, snapshotsOf, type Origin } from './identity-revisions';

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

const eventIds = async (tx: DbOrTx, id: number) =>
  (await rows<{ id: number }>(tx, sql`select id from events where location_id = ${id} order by id`)).map((r) => r.id);

const PLACE: MergeKind<PlaceSnapshot, PlaceSnapshot, number[], string[]> = {
  kind: 'place',
  A: 'A place',
  lock: lockPlace,
  snapshot: async (_tx, place) => place,
  eventIds,
  move: async (tx, merged, survivor) => {
    const moved = await eventIds(tx, merged.id);
    await tx.execute(sql`update events set location_id = ${survivor.id} where location_id = ${merged.id}`);
    await tx.execute(sql`delete from locations where id = ${merged.id}`);
    return moved;
  },
  keepNames: async (tx, merged, survivor) => {
    const added = namesToAdd(merged, survivor);
    if (added.length)
      await tx.execute(
        sql`update locations set alt_names = alt_names || ${textArray(added)}::text[] where id = ${survivor.id}`,
      );
    return added;
  },
  count: (moved) => moved.length,
};

export const mergePlaces = (args: MergeArgs): Promise<MergeResult> => mergeRecords(PLACE, args);

/** Puts back what mergePlaces changed (the merge row is locked by the caller, in its transaction). */
export async function unmergePlaces(
  tx: DbOrTx,
  m: { intoId: number; snapshot: PlaceSnapshot; moved: number[]; added: string[] },
  { origin, reason, userId = null }: { origin: Origin; reason: string; userId?: string | null },
): Promise<number> {
  const p = m.snapshot;
  const survivor = await checkUndo(tx, PLACE, { intoId: m.intoId, name: p.name });
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
      where location_id = ${m.intoId} and id in ${idList(m.moved)}`);
  return reviseEvents(tx, { before, origin, reason, userId });
}
