import 'server-only';
// Turns URL filters (names, slugs, partial dates) into a scope of ids and days that the SQL of
// the other query modules can use directly. Unknown names are the caller's error, never an empty list.
import { sql } from 'drizzle-orm';
import type { EventFilters } from '@/lib/validation/filters';
import { getEventType } from '@/lib/taxonomy/taxonomy';
import type { Db } from '../types';
import { QueryError } from './errors';
import { rows } from '../rows';

export interface Scope {
  conflictId: number;
  /** Null: no actor filter. Otherwise events with any of these actors. */
  actorIds: number[] | null;
  /** actorMatch=all with several actors: each group (one actor, or every actor an alias named) must take part. */
  actorAll?: number[][] | null;
  subTypes: string[] | null;
  locationIds: number[] | null;
  statuses: string[] | null;
  milestone: boolean | undefined;
  from: string | undefined;
  to: string | undefined;
  q: string | undefined;
}

export async function getConflict({ db, slug }: { db: Db; slug?: string }): Promise<{ id: number }> {
  const found = await rows<{ id: number }>(
    db,
    slug ? sql`select id from conflicts where slug = ${slug}` : sql`select id from conflicts order by id limit 1`,
  );
  if (!found[0]) {
    throw slug
      ? new QueryError('bad_request', `Unknown conflict "${slug}"`, 'conflict')
      : new QueryError('not_found', 'No conflict is loaded yet: run npm run db:seed');
  }
  return found[0];
}

export async function getConflictId({ db, slug }: { db: Db; slug?: string }): Promise<number> {
  return (await getConflict({ db, slug })).id;
}

/** Actors by id, name or alias (case-insensitive). An alias that named several actors over time matches them all. */
export async function resolveActorIds({ db, refs }: { db: Db; refs: string[] }): Promise<number[]> {
  const ids = new Set<number>();
  for (const ref of refs) {
    const found = /^\d+$/.test(ref)
      ? await rows<{ id: number }>(db, sql`select id from actors where id = ${Number(ref)}`)
      : await rows<{ id: number }>(
          db,
          sql`
          select id from actors where lower(name) = lower(${ref})
          union select actor_id from actor_aliases where lower(alias) = lower(${ref})`,
        );
    if (!found.length) throw new QueryError('bad_request', `Unknown actor "${ref}": see /api/actors`, 'actor');
    for (const r of found) ids.add(r.id);
  }
  return [...ids];
}

async function resolveLocationIds(db: Db, refs: string[]): Promise<number[]> {
  const ids = new Set<number>();
  for (const ref of refs) {
    const found = /^\d+$/.test(ref)
      ? await rows<{ id: number }>(db, sql`select id from locations where id = ${Number(ref)}`)
      : await rows<{ id: number }>(
          db,
          sql`
          select id from locations
          where lower(name) = lower(${ref})
            or exists (select 1 from unnest(alt_names) n where lower(n) = lower(${ref}))`,
        );
    if (!found.length) throw new QueryError('bad_request', `Unknown location "${ref}"`, 'location');
    for (const r of found) ids.add(r.id);
  }
  return [...ids];
}

function subTypesOf(f: EventFilters): string[] | null {
  if (!f.type.length) return f.subtype.length ? f.subtype : null;
  const ofTypes = f.type.flatMap((t) => getEventType(t)?.subTypes.map((s) => s.slug) ?? []);
  return f.subtype.length ? ofTypes.filter((s) => f.subtype.includes(s)) : ofTypes;
}

/** The actors of the filter: their union, and for actorMatch=all one group per named actor. */
async function resolveActors(db: Db, f: EventFilters): Promise<Pick<Scope, 'actorIds' | 'actorAll'>> {
  if (!f.actor.length) return { actorIds: null, actorAll: null };
  const groups = await Promise.all(f.actor.map((ref) => resolveActorIds({ db, refs: [ref] })));
  const actorIds = [...new Set(groups.flat())];
  return { actorIds, actorAll: f.actorMatch === 'all' && groups.length > 1 ? groups : null };
}

export async function resolveScope({ db, filters }: { db: Db; filters: EventFilters }): Promise<Scope> {
  const conflict = await getConflict({ db, slug: filters.conflict });
  return {
    conflictId: conflict.id,
    ...(await resolveActors(db, filters)),
    subTypes: subTypesOf(filters),
    locationIds: filters.location.length ? await resolveLocationIds(db, filters.location) : null,
    statuses: filters.status.length ? filters.status : null,
    milestone: filters.milestone,
    from: filters.from,
    to: filters.to,
    q: filters.q,
  };
}
