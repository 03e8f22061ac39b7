import 'server-only';
// The actor registry as the /actors pages show it: a searchable page of records with their
// aliases and event counts, one record in full, and the edits an editor makes (rename, kind,
// country, a new alias with its period). Merging lives in merge-actors.ts.
import { sql } from 'drizzle-orm';
import type { ActorKind } from '@/lib/taxonomy/taxonomy';
import type { Db } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { getRecord, listRecords, uniquely, type RecentEvent, type RecordKind } from './identity-shared';
import { refuseNameClash } from './name-clash';
import { onlyUnreviewedActor } from './unreviewed';

export interface ActorAliasRecord {
  id: number;
  alias: string;
  validFrom: string | null;
  validTo: string | null;
}
export interface ActorRecord {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  description: string;
  aliases: ActorAliasRecord[];
  /** Events naming the actor, every dataset, deleted ones not counted. */
  events: number;
}
export interface ActorDetail extends ActorRecord {
  recent: RecentEvent[];
}

const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
const ACTORS: RecordKind<ActorRecord> = {
  table: 'actors',
  columns: sql`r.id, r.name, r.kind, r.country, r.description,
    coalesce((select json_agg(json_build_object('id', al.id, 'alias', al.alias, 'validFrom', al.valid_from,
      'validTo', al.valid_to) order by al.valid_from nulls first, al.alias) from actor_aliases al
      where al.actor_id = r.id), '[]'::json) as aliases,
    (select count(*) from event_actors ea where ea.actor_id = r.id and ea.live)::int as events`,
  search: (pattern) => sql`(r.name ilike ${pattern} or exists (
    select 1 from actor_aliases al where al.actor_id = r.id and al.alias ilike ${pattern}))`,
  events: (id) => sql`exists (select 1 from event_actors ea where ea.event_id = e.id and ea.actor_id = ${id})`,
  parse: (a) => ({ ...a, aliases: parse(a.aliases) }),
  unlisted: onlyUnreviewedActor('r'),
};

/** A page of actors in name order, searchable by name or alias. */
export const listActorRecords = (args: { db: Db; q?: string; page: number; pageSize: number }) =>
  listRecords(ACTORS, args);

export const getActorRecord = (args: { db: Db; id: number; unlisted?: boolean }): Promise<ActorDetail | null> =>
  getRecord(ACTORS, args);

export interface ActorPatch {
  name?: string;
  kind?: ActorKind;
  country?: string | null;
  addAlias?: { alias: string; validFrom: string | null; validTo: string | null };
}

/**
 * Renames, re-kinds or adds an alias; a name, alias or other spelling of one (lib/names/clash.ts)
 * that another actor has is a 409 (merge them instead).
 */
export async function updateActorRecord({ db, id, patch }: { db: Db; id: number; patch: ActorPatch }) {
  await db.transaction(async (tx) => {
    const [row] = await rows<{ id: number }>(tx, sql`select id from actors where id = ${id} for update`);
    if (!row) throw new QueryError('not_found', `No actor ${id}`, 'id');
    const al = patch.addAlias;
    await refuseNameClash(tx, {
      kind: 'actor',
      id,
      names: [
        ...(patch.name !== undefined ? [{ via: patch.name, how: 'name' as const, param: 'name' }] : []),
        ...(al ? [{ via: al.alias, how: 'alias' as const, ...al, param: 'addAlias.alias' }] : []),
      ],
    });
    if (patch.name !== undefined)
      await uniquely(
        () => tx.execute(sql`update actors set name = ${patch.name} where id = ${id}`),
        `Another actor is already called ${patch.name}: merge the two instead`,
        'name',
      );
    if (patch.kind !== undefined) await tx.execute(sql`update actors set kind = ${patch.kind} where id = ${id}`);
    if (patch.country !== undefined)
      await tx.execute(sql`update actors set country = ${patch.country} where id = ${id}`);
    if (al)
      await uniquely(
        () =>
          tx.execute(sql`insert into actor_aliases (actor_id, alias, valid_from, valid_to)
          values (${id}, ${al.alias}, ${al.validFrom}::date, ${al.validTo}::date)`),
        `This actor already has the alias ${al.alias}`,
        'addAlias.alias',
      );
  });
  return (await getActorRecord({ db, id, unlisted: true }))!;
}
