import 'server-only';
// The gazetteer as the /places pages show it: a searchable page of places with their other names,
// coordinates and event counts, one place in full, and an editor's edits (rename, another name,
// coordinates). Merging lives in merge-places.ts.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { likePattern, recentEvents, uniquely, type RecentEvent, type RecordPage } from './identity-shared';

export interface PlaceRecord {
  id: number;
  name: string;
  altNames: string[];
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number;
  /** Events at the place, every dataset, deleted ones not counted. */
  events: number;
}
export interface PlaceDetail extends PlaceRecord {
  recent: RecentEvent[];
}

const RECORD = sql`l.id, l.name, l.alt_names as "altNames", l.country, l.admin1, l.lat, l.lon,
  l.geo_precision as "geoPrecision",
  (select count(*) from events e where e.location_id = l.id and e.deleted_at is null)::int as events`;

/** A page of places in name order, searchable by any of their names. */
export async function listPlaceRecords({
  db,
  q,
  page,
  pageSize,
}: {
  db: Db;
  q?: string;
  page: number;
  pageSize: number;
}): Promise<RecordPage<PlaceRecord>> {
  const pattern = likePattern(q);
  const where =
    pattern === null
      ? sql`true`
      : sql`(l.name ilike ${pattern} or exists (select 1 from unnest(l.alt_names) n where n ilike ${pattern}))`;
  const [{ total } = { total: 0 }] = await rows<{ total: number }>(
    db,
    sql`select count(*)::int as total from locations l where ${where}`,
  );
  const items = await rows<PlaceRecord>(
    db,
    sql`select ${RECORD} from locations l where ${where}
    order by lower(l.name), l.id limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return { items, total, page, pageSize };
}

export async function getPlaceRecord({ db, id }: { db: Db; id: number }): Promise<PlaceDetail | null> {
  const [p] = await rows<PlaceRecord>(db, sql`select ${RECORD} from locations l where l.id = ${id}`);
  if (!p) return null;
  return { ...p, recent: await recentEvents(db, sql`e.location_id = ${id}`) };
}

export interface PlacePatch {
  name?: string;
  addName?: string;
  country?: string | null;
  coordinates?: { lat: number; lon: number } | null;
}

/** Renames, adds another name or moves a place; a name another place has is a 409 (merge them instead). */
export async function updatePlaceRecord({ db, id, patch }: { db: Db; id: number; patch: PlacePatch }) {
  await db.transaction(async (tx) => {
    const [row] = await rows<{ altNames: string[]; name: string }>(
      tx,
      sql`select name, alt_names as "altNames" from locations where id = ${id} for update`,
    );
    if (!row) throw new QueryError('not_found', `No place ${id}`, 'id');
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
  return (await getPlaceRecord({ db, id }))!;
}
