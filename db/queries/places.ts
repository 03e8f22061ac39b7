import 'server-only';
// Where the matching events happened: counts per place for the map, and how many have no place.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { eventWhere } from './conditions';
import type { Scope } from './scope';
import { rows } from '../rows';

export interface PlaceCount {
  id: number;
  name: string;
  altNames: string[];
  lat: number;
  lon: number;
  events: number;
  /** The event, when the place has exactly one: a marker can open it directly. */
  onlyEventId: number | null;
}
export interface Places {
  places: PlaceCount[];
  withoutCoordinates: number;
  total: number;
}

export async function listPlaces({ db, scope }: { db: Db; scope: Scope }): Promise<Places> {
  const found = await rows<{
    id: number | null;
    name: string | null;
    altNames: string[] | null;
    lat: number | null;
    lon: number | null;
    events: number;
    onlyEventId: number;
  }>(
    db,
    sql`
    select l.id, l.name, l.alt_names as "altNames", l.lat, l.lon, count(*)::int as events, min(e.id) as "onlyEventId"
    from events e left join locations l on l.id = e.location_id
    where ${eventWhere(scope)}
    group by l.id, l.name, l.alt_names, l.lat, l.lon
    order by events desc`,
  );
  const places: PlaceCount[] = [];
  let withoutCoordinates = 0;
  let total = 0;
  for (const r of found) {
    total += r.events;
    if (r.id === null || r.lat === null || r.lon === null) withoutCoordinates += r.events;
    else
      places.push({
        id: r.id,
        name: r.name ?? '',
        altNames: r.altNames ?? [],
        lat: r.lat,
        lon: r.lon,
        events: r.events,
        onlyEventId: r.events === 1 ? r.onlyEventId : null,
      });
  }
  return { places, withoutCoordinates, total };
}
