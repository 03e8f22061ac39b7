import 'server-only';
// Merging one actor into another, and undoing it. The merged-away actor's events are re-pointed to
// the survivor (an event that named both keeps one link, with the stronger role), its name and
// aliases become the survivor's aliases, every affected event gets a revision, and the merge is
// recorded in identity_merges with exactly what moved, so that undo restores the previous state.
import { sql } from 'drizzle-orm';
import type { ACTOR_ROLES } from '@/lib/taxonomy/taxonomy';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { reviseEvents, snapshotsOf, type Origin } from './identity-revisions';

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
export interface MergeResult {
  mergeId: number;
  kind: 'actor' | 'place';
  mergedId: number;
  intoId: number;
  mergedName: string;
  intoName: string;
  events: number;
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

async function lockActor(tx: DbOrTx, id: number, param: string): Promise<ActorRow> {
  const [row] = await rows<ActorRow>(
    tx,
    sql`select id, name, kind, country, description from actors where id = ${id} for update`,
  );
  if (!row) throw new QueryError('not_found', `No actor ${id}`, param);
  return row;
}

async function aliasesOf(tx: DbOrTx, id: number): Promise<AliasRow[]> {
  return rows<AliasRow>(
    tx,
    sql`select id, alias, valid_from::text as "validFrom", valid_to::text as "validTo"
    from actor_aliases where actor_id = ${id} order by id`,
  );
}

/** Re-points the links; returns exactly what moved. */
async function moveLinks(tx: DbOrTx, from: number, into: number): Promise<ActorMove[]> {
  const moves = await rows<ActorMove>(
    tx,
    sql`select ea.event_id as "eventId", ea.role::text as role, y.role::text as "survivorRole"
    from event_actors ea left join event_actors y on y.event_id = ea.event_id and y.actor_id = ${into}
    where ea.actor_id = ${from} order by ea.event_id`,
  );
  for (const m of moves) {
    if (m.survivorRole === null) {
      await tx.execute(
        sql`update event_actors set actor_id = ${into} where event_id = ${m.eventId} and actor_id = ${from}`,
      );
      continue;
    }
    await tx.execute(sql`delete from event_actors where event_id = ${m.eventId} and actor_id = ${from}`);
    const role = strongerRole(m.role, m.survivorRole);
    if (role !== m.survivorRole)
      await tx.execute(
        sql`update event_actors set role = ${role} where event_id = ${m.eventId} and actor_id = ${into}`,
      );
  }
  return moves;
}

/** The merged-away name and aliases become the survivor's aliases (those it lacks); returns their ids. */
async function keepNames(tx: DbOrTx, snap: ActorSnapshot, into: ActorRow): Promise<number[]> {
  const names = [{ alias: snap.actor.name, validFrom: null, validTo: null }, ...snap.aliases];
  const added: number[] = [];
  for (const n of names) {
    if (n.alias.toLowerCase() === into.name.toLowerCase()) continue;
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into actor_aliases (actor_id, alias, valid_from, valid_to)
      values (${into.id}, ${n.alias}, ${n.validFrom}::date, ${n.validTo}::date) on conflict do nothing returning id`,
    );
    if (row) added.push(row.id);
  }
  return added;
}

/** Open queue entries pairing the two actors (either way round) are decided: merged. */
async function decideQueue(tx: DbOrTx, kind: 'actor' | 'place', a: number, b: number): Promise<number[]> {
  const decided = await rows<{ id: number }>(
    tx,
    sql`update reconciliation_queue set status = 'merged', decided_at = now()
    where kind = ${kind} and status = 'open'
      and ((record_id = ${a} and candidate_id = ${b}) or (record_id = ${b} and candidate_id = ${a}))
    returning id`,
  );
  return decided.map((d) => d.id);
}

export async function mergeActors({
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
  if (id === into) throw new QueryError('bad_request', 'An actor cannot be merged into itself', 'into');
  return db.transaction(async (tx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = id < into ? [id, into] : [into, id];
    const locked = [await lockActor(tx, first, first === id ? 'id' : 'into')];
    locked.push(await lockActor(tx, second, second === id ? 'id' : 'into'));
    const merged = locked.find((a) => a.id === id)!;
    const survivor = locked.find((a) => a.id === into)!;
    const snap: ActorSnapshot = { actor: merged, aliases: await aliasesOf(tx, id) };
    const eventIds = (
      await rows<{ id: number }>(tx, sql`select event_id as id from event_actors where actor_id = ${id} order by 1`)
    ).map((r) => r.id);
    const before = await snapshotsOf(tx, eventIds);
    const moved = await moveLinks(tx, id, into);
    await tx.execute(sql`delete from actors where id = ${id}`);
    const added = await keepNames(tx, snap, survivor);
    const queueIds = await decideQueue(tx, 'actor', id, into);
    await reviseEvents(tx, { before, origin, reason: `merged actor ${merged.name} into ${survivor.name}` });
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into identity_merges (kind, merged_id, into_id, merged_name, into_name, snapshot, moved, added, queue_ids, origin)
      values ('actor', ${id}, ${into}, ${merged.name}, ${survivor.name}, ${JSON.stringify(snap)}::json,
        ${JSON.stringify(moved)}::json, ${JSON.stringify(added)}::json, ${`{${queueIds.join(',')}}`}::int[], ${origin})
      returning id`,
    );
    return {
      mergeId: row!.id,
      kind: 'actor' as const,
      mergedId: id,
      intoId: into,
      mergedName: merged.name,
      intoName: survivor.name,
      events: moved.length,
    };
  });
}

/** Puts back what mergeActors changed (the merge row is locked by the caller, in its transaction). */
export async function unmergeActors(
  tx: DbOrTx,
  m: { mergedId: number; intoId: number; snapshot: ActorSnapshot; moved: ActorMove[]; added: number[] },
  { origin, reason }: { origin: Origin; reason: string },
): Promise<number> {
  await lockActor(tx, m.intoId, 'id').catch(() => {
    throw new QueryError('conflict', `${m.snapshot.actor.name} was merged into an actor that no longer exists`);
  });
  const taken = await rows<{ name: string }>(
    tx,
    sql`select name from actors where lower(name) = lower(${m.snapshot.actor.name})`,
  );
  if (taken.length)
    throw new QueryError('conflict', `Another actor is now called ${taken[0]!.name}: rename it before undoing`);
  const before = await snapshotsOf(
    tx,
    m.moved.map((x) => x.eventId),
  );
  if (m.added.length) await tx.execute(sql`delete from actor_aliases where id in ${sql.raw(`(${m.added.join(',')})`)}`);
  const a = m.snapshot.actor;
  await tx.execute(sql`insert into actors (id, name, kind, country, description)
    values (${a.id}, ${a.name}, ${a.kind}, ${a.country}, ${a.description})`);
  for (const al of m.snapshot.aliases)
    await tx.execute(sql`insert into actor_aliases (id, actor_id, alias, valid_from, valid_to)
      values (${al.id}, ${a.id}, ${al.alias}, ${al.validFrom}::date, ${al.validTo}::date) on conflict do nothing`);
  for (const x of m.moved) {
    if (x.survivorRole === null) {
      await tx.execute(sql`update event_actors set actor_id = ${a.id}, role = ${x.role}
        where event_id = ${x.eventId} and actor_id = ${m.intoId}`);
      continue;
    }
    await tx.execute(sql`insert into event_actors (event_id, actor_id, role, conflict_id, sub_type, status, milestone,
        date_start, date_last, live)
      select e.id, ${a.id}, ${x.role}, e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last,
        e.deleted_at is null
      from events e where e.id = ${x.eventId} on conflict do nothing`);
    await tx.execute(sql`update event_actors set role = ${x.survivorRole}
      where event_id = ${x.eventId} and actor_id = ${m.intoId} and role <> ${x.survivorRole}`);
  }
  return reviseEvents(tx, { before, origin, reason });
}
