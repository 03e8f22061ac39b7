import 'server-only';
// Merging one actor into another, and undoing it. The merged-away actor's events are re-pointed to
// the survivor (an event that named both keeps one link, with the stronger role), its name and
// aliases become the survivor's aliases, and identity-merge.ts does the rest (revisions, the
// queue, the merge record). Every step is one statement whatever the number of events.
import { sql, type SQL } from 'drizzle-orm';
import type { ACTOR_ROLES } from '@/lib/taxonomy/taxonomy';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { checkUndo, mergeRecords, type MergeArgs, type MergeKind, type MergeResult } from './identity-merge';
import { reviseEvents, snapshotsOf, type Origin } from './identity-revisions';

export type { MergeResult } from './identity-merge';

interface ActorRow {
  id: number;
  name: string;
  kind: string;
  country: string | null;
  description: string;
}
interface AliasRow {
  id: number;
  alias: string;
  validFrom: string | null;
  validTo: string | null;
}
export interface ActorSnapshot {
  actor: ActorRow;
  aliases: AliasRow[];
}
export interface ActorMove {
  eventId: number;
  role: string;
  /** The survivor's role on this event before the merge, when the event named both. */
  survivorRole: string | null;
}

/** actor-1 is the strongest role, then actor-2, mediator, participant, associated. */
const STRENGTH = [
  'actor-1',
  'actor-2',
  'mediator',
  'participant',
  'associated',
] satisfies (typeof ACTOR_ROLES)[number][];
export const strongerRole = (a: string, b: string) =>
  STRENGTH.indexOf(a as (typeof STRENGTH)[number]) <= STRENGTH.indexOf(b as (typeof STRENGTH)[number]) ? a : b;
/** A role's strength in SQL: lower is stronger, as in STRENGTH. */
const strength = (role: SQL) => sql`array_position(${`{${STRENGTH.join(',')}}`}::text[], ${role}::text)`;

async function lockActor(tx: DbOrTx, id: number, param: string): Promise<ActorRow> {
  const [row] = await rows<ActorRow>(
    tx,
    sql`select id, name, kind, country, description from actors where id = ${id} for update`,
  );
  if (!row) throw new QueryError('not_found', `No actor ${id}`, param);
  return row;
}

/** Re-points the links in three statements; returns exactly what moved. */
async function moveLinks(tx: DbOrTx, from: number, into: number): Promise<ActorMove[]> {
  const moves = await rows<ActorMove>(
    tx,
    sql`select ea.event_id as "eventId", ea.role::text as role, y.role::text as "survivorRole"
    from event_actors ea left join event_actors y on y.event_id = ea.event_id and y.actor_id = ${into}
    where ea.actor_id = ${from} order by ea.event_id`,
  );
  // An event that named both keeps the survivor's link, with the stronger of the two roles.
  await tx.execute(sql`update event_actors y set role = x.role from event_actors x
    where x.actor_id = ${from} and y.actor_id = ${into} and y.event_id = x.event_id
      and ${strength(sql.raw('x.role'))} < ${strength(sql.raw('y.role'))}`);
  await tx.execute(sql`delete from event_actors x using event_actors y
    where x.actor_id = ${from} and y.actor_id = ${into} and y.event_id = x.event_id`);
  await tx.execute(sql`update event_actors set actor_id = ${into} where actor_id = ${from}`);
  return moves;
}

const ACTOR: MergeKind<ActorRow, ActorSnapshot, ActorMove[], number[]> = {
  kind: 'actor',
  A: 'An actor',
  lock: lockActor,
  snapshot: async (tx, actor) => ({
    actor,
    aliases: await rows<AliasRow>(
      tx,
      sql`select id, alias, valid_from::text as "validFrom", valid_to::text as "validTo"
      from actor_aliases where actor_id = ${actor.id} order by id`,
    ),
  }),
  eventIds: async (tx, id) =>
    (
      await rows<{ id: number }>(tx, sql`select event_id as id from event_actors where actor_id = ${id} order by 1`)
    ).map((r) => r.id),
  move: async (tx, merged, survivor) => {
    const moved = await moveLinks(tx, merged.id, survivor.id);
    await tx.execute(sql`delete from actors where id = ${merged.id}`);
    return moved;
  },
  /** The merged-away name and aliases become the survivor's aliases (those it lacks); returns their ids. */
  keepNames: async (tx, snap, into) => {
    const names = [{ alias: snap.actor.name, validFrom: null, validTo: null }, ...snap.aliases]
      .filter((n) => n.alias.toLowerCase() !== into.name.toLowerCase())
      .map((n, i) => ({ ...n, i }));
    if (!names.length) return [];
    const added = await rows<{ id: number }>(
      tx,
      sql`insert into actor_aliases (actor_id, alias, valid_from, valid_to)
      select ${into.id}, x.alias, x."validFrom"::date, x."validTo"::date
      from json_to_recordset(${JSON.stringify(names)}::json) as x(i int, alias text, "validFrom" text, "validTo" text)
      order by x.i on conflict do nothing returning id`,
    );
    return added.map((r) => r.id).sort((a, b) => a - b);
  },
  count: (moved) => moved.length,
};

export const mergeActors = (args: MergeArgs): Promise<MergeResult> => mergeRecords(ACTOR, args);

/** Puts back what mergeActors changed (the merge row is locked by the caller, in its transaction). */
export async function unmergeActors(
  tx: DbOrTx,
  m: { mergedId: number; intoId: number; snapshot: ActorSnapshot; moved: ActorMove[]; added: number[] },
  { origin, reason, userId = null }: { origin: Origin; reason: string; userId?: string | null },
): Promise<number> {
  await checkUndo(tx, ACTOR, { intoId: m.intoId, name: m.snapshot.actor.name });
  const before = await snapshotsOf(
    tx,
    m.moved.map((x) => x.eventId),
  );
  if (m.added.length) await tx.execute(sql`delete from actor_aliases where id in ${idsOf(m.added)}`);
  const a = m.snapshot.actor;
  await tx.execute(sql`insert into actors (id, name, kind, country, description)
    values (${a.id}, ${a.name}, ${a.kind}, ${a.country}, ${a.description})`);
  if (m.snapshot.aliases.length)
    await tx.execute(sql`insert into actor_aliases (id, actor_id, alias, valid_from, valid_to)
      select x.id, ${a.id}, x.alias, x."validFrom"::date, x."validTo"::date
      from json_to_recordset(${JSON.stringify(m.snapshot.aliases)}::json)
        as x(id int, alias text, "validFrom" text, "validTo" text)
      on conflict do nothing`);
  const moves = sql`json_to_recordset(${JSON.stringify(m.moved)}::json)
    as x("eventId" int, role text, "survivorRole" text)`;
  // Links that moved whole go back; an event that named both gets its own link again and the
  // survivor its own role.
  await tx.execute(sql`update event_actors ea set actor_id = ${a.id}, role = x.role::actor_role from ${moves}
    where x."survivorRole" is null and ea.event_id = x."eventId" and ea.actor_id = ${m.intoId}`);
  await tx.execute(sql`insert into event_actors (event_id, actor_id, role, conflict_id, sub_type, status, milestone,
      date_start, date_last, live)
    select e.id, ${a.id}, x.role::actor_role, e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start,
      e.date_last, e.deleted_at is null
    from ${moves} join events e on e.id = x."eventId"
    where x."survivorRole" is not null order by e.id on conflict do nothing`);
  await tx.execute(sql`update event_actors ea set role = x."survivorRole"::actor_role from ${moves}
    where x."survivorRole" is not null and ea.event_id = x."eventId" and ea.actor_id = ${m.intoId}
      and ea.role::text <> x."survivorRole"`);
  return reviseEvents(tx, { before, origin, reason, userId });
}

const idsOf = (ids: number[]) => sql.raw(`(${ids.map(Number).join(',')})`);
