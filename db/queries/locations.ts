import 'server-only';
// The gazetteer: places by any of their names, for the form's type-ahead.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { onlyUnreviewedPlace } from './unreviewed';

export interface Place {
  id: number;
  name: string;
  altNames: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** A place whose name or one of its other names matches an ILIKE pattern. */
const matchesName = (pattern: string) =>
  sql`(name ilike ${pattern} or exists (select 1 from unnest(alt_names) n where n ilike ${pattern}))`;

export async function listLocations({ db, q, limit }: { db: Db; q?: string; limit: number }): Promise<Place[]> {
  const pattern = q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : null;
  return rows<Place>(
    db,
    sql`
    select id, name, alt_names as "altNames", country, lat, lon from locations
    where not ${onlyUnreviewedPlace('locations')} and ${pattern === null ? sql`true` : matchesName(pattern)}
    order by name limit ${limit}`,
  );
}
