import 'server-only';
// The gazetteer as the /places pages show it: a searchable page of places with their other names,
// coordinates and event counts, one place in full, and an editor's edits (rename, another name,
// coordinates). Merging lives in merge-places.ts.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { getRecord, listRecords, uniquely, type RecentEvent, type RecordKind } from './identity-shared';
import { refuseNameClash } from './name-clash';
import { onlyUnreviewedPlace } from './unreviewed';

export interface PlaceRecord {
  id: number;
  name: string;
  altNames: string[];
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number;
  /** Published events at the place, every dataset, deleted ones not counted. */
  events: number;
}
export interface PlaceDetail extends PlaceRecord {
  recent: RecentEvent[];
}

const PLACES: RecordKind<PlaceRecord> = {
  table: 'locations',
  columns: sql`r.id, r.name, r.alt_names as "altNames", r.country, r.admin1, r.lat, r.lon,
    r.geo_precision as "geoPrecision",
    (select count(*) from events e
      where e.location_id = r.id and e.deleted_at is null and e.review = 'published')::int as events`,
  search: (pattern) =>
    sql`(r.name ilike ${pattern} or exists (select 1 from unnest(r.alt_names) n where n ilike ${pattern}))`,
  events: (id) => sql`e.location_id = ${id}`,
  unlisted: onlyUnreviewedPlace('r'),
};

/** A page of places in name order, searchable by any of their names. */
export const listPlaceRecords = (args: { db: Db; q?: string; page: number; pageSize: number }) =>
  listRecords(PLACES, args);

export const getPlaceRecord = (args: { db: Db; id: number; unlisted?: boolean }): Promise<PlaceDetail | null> =>
  getRecord(PLACES, args);

export interface PlacePatch {
  name?: string;
  addName?: string;
  country?: string | null;
  coordinates?: { lat: number; lon: number } | null;
}

/**
 * Renames, adds another name or moves a place; a name or other name of another place, however
 * spelt (lib/names/clash.ts), is a 409 (merge them instead).
 */
export async function updatePlaceRecord({ db, id, patch }: { db: Db; id: number; patch: PlacePatch }) {
  await db.transaction(async (tx) => {
    const [row] = await rows<{ altNames: string[]; name: string }>(
      tx,
      sql`select name, alt_names as "altNames" from locations where id = ${id} for update`,
    );
    if (!row) throw new QueryError('not_found', `No place ${id}`, 'id');
    await refuseNameClash(tx, {
      kind: 'place',
      id,
      names: [
        ...(patch.name !== undefined ? [{ via: patch.name, how: 'name' as const, param: 'name' }] : []),
        ...(patch.addName !== undefined ? [{ via: patch.addName, how: 'other name' as const, param: 'addName' }] : []),
      ],
    });
    if (patch.name !== undefined)
      await uniquely(
        () => tx.execute(sql`update locations set name = ${patch.name} where id = ${id}`),
        `Another place is already called ${patch.name}: merge the two instead`,
        'name',
      );
    if (patch.country !== undefined)
      await tx.execute(sql`update locations set country = ${patch.country} where id = ${id}`);
    if (patch.coordinates !== undefined)
      await tx.execute(sql`update locations set lat = ${patch.coordinates?.lat ?? null},
        lon = ${patch.coordinates?.lon ?? null} where id = ${id}`);
    const n = patch.addName;
    if (n !== undefined) {
      const known = [patch.name ?? row.name, ...row.altNames].map((x) => x.toLowerCase());
      if (known.includes(n.toLowerCase()))
        throw new QueryError('conflict', `This place is already called ${n}`, 'addName');
      await tx.execute(sql`update locations set alt_names = array_append(alt_names, ${n}::text) where id = ${id}`);
    }
  });
  return (await getPlaceRecord({ db, id, unlisted: true }))!;
}
