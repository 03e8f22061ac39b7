import 'server-only';
// One event that is two: the chosen sources move to a new event that copies the other fields
// (to be edited after), and both get a revision. Fatalities are not copied, so no death is counted
// twice. The pair is remembered as "not the same", so the duplicates list never offers it back.
import { sql } from 'drizzle-orm';
import type { SplitInput } from '@/lib/validation/merge';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { diffSnapshots, snapshotEvent } from './event-history';
import { lockForChange, record, type Origin } from './event-write';
import { rememberDistinct } from './duplicate-pairs';

/** The sources of an event with their ids: what a split names. */
export async function listEventSources({ db, eventId }: { db: Db; eventId: number }) {
  return rows<{
    id: number;
    publisher: string;
    url: string | null;
    title: string | null;
    publishedAt: string | null;
    quote: string;
  }>(
    db,
    sql`select s.id, s.publisher, s.url, s.title, s.published_at::text as "publishedAt", es.quote
    from event_sources es join sources s on s.id = es.source_id
    where es.event_id = ${eventId} order by es.position, s.id`,
  );
}

async function checkSources(tx: DbOrTx, id: number, chosen: number[]): Promise<void> {
  const cited = new Set(
    (await rows<{ id: number }>(tx as Db, sql`select source_id as id from event_sources where event_id = ${id}`)).map(
      (r) => r.id,
    ),
  );
  chosen.forEach((s, i) => {
    if (!cited.has(s))
      throw new QueryError('bad_request', `Source ${s} is not a source of event #${id}`, `sources.${i}`);
  });
  if (chosen.length >= cited.size)
    throw new QueryError('bad_request', 'Leave at least one source on this event: choose fewer to move', 'sources');
}

async function copyEvent(tx: DbOrTx, id: number, title: string | null): Promise<number> {
  const [row] = await rows<{ id: number }>(
    tx as Db,
    sql`
    insert into events (conflict_id, title, summary, event_type, sub_type, date_start, date_end, date_last,
      precision, time, time_zone, status, milestone, location_id)
    select conflict_id, coalesce(${title}, title), summary, event_type, sub_type, date_start, date_end, date_last,
      precision, time, time_zone, status, milestone, location_id
    from events where id = ${id} returning id`,
  );
  const newId = row!.id;
  await tx.execute(sql`
    insert into event_actors (event_id, actor_id, role, conflict_id, sub_type, status, milestone, date_start,
      date_last, live)
    select ${newId}, actor_id, role, conflict_id, sub_type, status, milestone, date_start, date_last, live
    from event_actors where event_id = ${id}`);
  return newId;
}

/**
 * Locks the event and checks the split can be done as asked (the event is live, at the version
 * given, and the sources are its own, one left): an editor's split and a contributor's proposal
 * are both refused by this, before anything is stored.
 */
export async function checkSplit(tx: DbOrTx, id: number, input: SplitInput): Promise<{ version: number }> {
  const current = await lockForChange(tx, id);
  if (current.deleted) throw new QueryError('conflict', 'This event was deleted: restore it before splitting it');
  if (input.version !== undefined && input.version !== current.version)
    throw new QueryError(
      'conflict',
      `This event was changed since you opened it (it is now version ${current.version}): reload and choose again`,
      'version',
    );
  await checkSources(tx, id, input.sources);
  return current;
}

export async function splitEvent({
  db,
  id,
  input,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  input: SplitInput;
  origin?: Origin;
  /** The account that asked (null: written without accounts). */
  userId?: string | null;
}): Promise<{ id: number; version: number; newId: number }> {
  return db.transaction(async (tx) => {
    const current = await checkSplit(tx, id, input);
    const before = await snapshotEvent(tx, id);
    const newId = await copyEvent(tx, id, input.title);
    await tx.execute(sql`update event_sources set event_id = ${newId}
      where event_id = ${id} and source_id = any(${`{${input.sources.join(',')}}`}::int[])`);
    await tx.execute(sql`update events set version = version + 1, updated_at = now() where id = ${id}`);
    await rememberDistinct(tx, { a: id, b: newId, reason: `Split from event #${id}` });
    const why = (text: string) => (input.reason ? `${text}: ${input.reason}` : text);
    const after = await snapshotEvent(tx, id);
    await record(
      tx,
      id,
      'split',
      origin,
      { splitTo: { from: null, to: `#${newId}` }, ...diffSnapshots(before, after) },
      why(`Sources moved to new event #${newId}`),
      userId,
    );
    await record(
      tx,
      newId,
      'split',
      origin,
      { splitFrom: { from: null, to: `#${id}` }, ...diffSnapshots(null, await snapshotEvent(tx, newId)) },
      why(`Split from event #${id}`),
      userId,
    );
    return { id, version: current.version + 1, newId };
  });
}
