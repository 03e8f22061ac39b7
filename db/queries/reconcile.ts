import 'server-only';
// What the reconciliation service (app/api/reconcile) reads: every actor with its aliases and
// every place, for the same name registry imports use, and one record's facts for its preview.
import { sql } from 'drizzle-orm';
import type { ActorRecord } from '@/lib/names/registry';
import type { ReconActor, ReconPlace } from '@/lib/reconcile/entities';
import type { EntityType } from '@/lib/validation/reconcile';
import type { Db } from '../types';
import { rows } from '../rows';
import { onlyUnreviewedActor, onlyUnreviewedPlace } from './unreviewed';

type Aliases = ActorRecord['aliases'];
const parsed = (v: Aliases | string): Aliases => (typeof v === 'string' ? (JSON.parse(v) as Aliases) : v);

export async function listReconEntities({ db }: { db: Db }): Promise<{ actors: ReconActor[]; places: ReconPlace[] }> {
  const actors = await rows<Omit<ReconActor, 'type' | 'names' | 'aliases'> & { aliases: Aliases | string }>(
    db,
    sql`select a.id, a.name, a.kind, a.country, coalesce((select json_agg(json_build_object('alias', al.alias,
      'validFrom', al.valid_from, 'validTo', al.valid_to) order by al.id)
      from actor_aliases al where al.actor_id = a.id),
      '[]'::json) as aliases
    from actors a where not ${onlyUnreviewedActor('a')} order by a.id`,
  );
  const places = await rows<Omit<ReconPlace, 'type' | 'names'>>(
    db,
    sql`select id, name, alt_names as "altNames", country, admin1, lat, lon from locations
      where not ${onlyUnreviewedPlace('locations')} order by id`,
  );
  return {
    actors: actors.map((a) => {
      const aliases = parsed(a.aliases);
      return { ...a, type: 'actor', aliases, names: [a.name, ...aliases.map((al) => al.alias)] };
    }),
    places: places.map((p) => ({ ...p, type: 'place', names: [p.name, ...p.altNames] })),
  };
}

/** Changes whenever a name, alias, kind, country or place the service reads changes. */
export async function getReconSignature({ db }: { db: Db }): Promise<string> {
  const [row] = await rows<{ signature: string }>(
    db,
    sql`select concat_ws('|',
      (select count(*) || ':' || coalesce(sum(hashtext(concat_ws('/', id, name, kind, country))), 0) from actors),
      (select count(*) || ':' || coalesce(sum(hashtext(concat_ws('/', id, actor_id, alias, valid_from, valid_to))), 0)
        from actor_aliases),
      (select count(*) || ':' || coalesce(sum(hashtext(concat_ws('/', id, name, alt_names, country, admin1))), 0)
        from locations),
      -- Which names wait for review changes with the review state of events, not with any name.
      (select count(*) || ':' || coalesce(sum(hashtext(concat_ws('/', id, review))), 0)
        from events where review <> 'published')) as signature`,
  );
  return row!.signature;
}

export interface ReconPreview {
  type: EntityType;
  id: number;
  name: string;
  kind: string | null;
  country: string | null;
  admin1: string | null;
  description: string;
  /** Aliases (with the days they were valid) or a place's other names. */
  otherNames: { name: string; validFrom: string | null; validTo: string | null }[];
  /** Live events it takes part in (an actor) or took place at (a place). */
  events: number;
}

export async function getReconPreview({
  db,
  type,
  id,
}: {
  db: Db;
  type: EntityType;
  id: number;
}): Promise<ReconPreview | null> {
  const [found] = await rows<Omit<ReconPreview, 'otherNames'> & { otherNames: ReconPreview['otherNames'] | string }>(
    db,
    type === 'actor'
      ? sql`select 'actor' as type, a.id, a.name, a.kind, a.country, null as admin1, a.description,
          coalesce((select json_agg(json_build_object('name', al.alias,
            'validFrom', al.valid_from, 'validTo', al.valid_to)
            order by al.id) from actor_aliases al where al.actor_id = a.id), '[]'::json) as "otherNames",
          (select count(distinct ea.event_id)::int from event_actors ea where ea.actor_id = a.id and ea.live) as events
        from actors a where a.id = ${id} and not ${onlyUnreviewedActor('a')}`
      : sql`select 'place' as type, l.id, l.name, null as kind, l.country, l.admin1, '' as description,
          coalesce((select json_agg(json_build_object('name', n, 'validFrom', null, 'validTo', null))
            from unnest(l.alt_names) n), '[]'::json) as "otherNames",
          (select count(*)::int from events e
            where e.location_id = l.id and e.deleted_at is null and e.review = 'published') as events
        from locations l where l.id = ${id} and not ${onlyUnreviewedPlace('l')}`,
  );
  if (!found) return null;
  const otherNames = typeof found.otherNames === 'string' ? JSON.parse(found.otherNames) : found.otherNames;
  return { ...found, otherNames };
}
