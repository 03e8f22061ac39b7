import 'server-only';
// Two events that are one: the survivor takes each field from the side the analyst chose and every
// source of both (once each, quotes kept), and the other is marked merged into it. Nothing is lost:
// the merged event's row and history stay, both get a revision, its page redirects to the survivor.
// It is also deleted, so every list, count, chart, export and rollup already leaves it out.
import { sql } from 'drizzle-orm';
import type { MergeField, MergeInput } from '@/lib/validation/merge';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { diffSnapshots, listRevisionsOf, snapshotEvent, type Revision } from './event-history';
import { mergedAway, record, type Origin } from './event-write';
import { moveSources } from './event-merge-sources';

type Locked = { id: number; version: number; deleted: boolean; merged_into_id: number | null; conflict_id: number };

/** Checks what the schema cannot know: the two ids, and that every field names one of them. */
function checkPair(id: number, input: MergeInput): void {
  const { other, survivor, fields } = input;
  if (other === id) throw new QueryError('bad_request', 'An event cannot be merged with itself', 'other');
  if (survivor !== id && survivor !== other)
    throw new QueryError('bad_request', `The survivor must be event #${id} or #${other}`, 'survivor');
  for (const [field, side] of Object.entries(fields)) {
    if (side !== 'both' && side !== id && side !== other)
      throw new QueryError('bad_request', `Choose event #${id} or #${other}`, `fields.${field}`);
  }
}

/** Locks both rows (in id order, so two merges of one pair cannot deadlock) and checks they can merge. */
async function lockPair(tx: DbOrTx, id: number, input: MergeInput): Promise<void> {
  const found = await rows<Locked>(
    tx as Db,
    sql`select id, version, deleted_at is not null as deleted, merged_into_id, conflict_id from events
    where id in (${id}, ${input.other}) order by id for update`,
  );
  const byId = new Map(found.map((r) => [r.id, r]));
  for (const [which, param] of [
    [id, 'id'],
    [input.other, 'other'],
  ] as const) {
    const row = byId.get(which);
    if (!row) throw new QueryError('not_found', `No event ${which}`, param);
    if (row.merged_into_id !== null) throw mergedAway(which, row.merged_into_id);
    if (row.deleted) throw new QueryError('conflict', `Event #${which} was deleted: restore it before merging`, param);
    const expected = input.versions?.[param === 'id' ? 'event' : 'other'];
    if (expected !== undefined && expected !== row.version)
      throw new QueryError(
        'conflict',
        `Event #${which} was changed since you opened the merge (it is now version ${row.version}): ` +
          'reload and choose again',
        param,
      );
  }
  if (byId.get(id)!.conflict_id !== byId.get(input.other)!.conflict_id)
    throw new QueryError('bad_request', 'The two events belong to different datasets', 'other');
}

/** Everything an editor's merge checks before it changes anything; a contributor's proposal is checked the same. */
export async function checkMerge(tx: DbOrTx, id: number, input: MergeInput): Promise<void> {
  checkPair(id, input);
  await lockPair(tx, id, input);
}

const COLUMNS: Record<Exclude<MergeField, 'actors'>, string[]> = {
  title: ['title'],
  date: ['date_start', 'date_end', 'date_last', 'precision', 'time', 'time_zone'],
  type: ['event_type', 'sub_type'],
  location: ['location_id'],
  fatalities: ['fatalities_best', 'fatalities_low', 'fatalities_high'],
  summary: ['summary'],
  status: ['status', 'milestone'],
};

/** Copies each chosen field from the merged event onto the survivor (fields left to the survivor stay). */
async function takeFields(tx: DbOrTx, survivor: number, merged: number, input: MergeInput): Promise<void> {
  const taken = Object.entries(COLUMNS).flatMap(([field, columns]) =>
    input.fields[field as MergeField] === merged ? columns : [],
  );
  if (taken.length) {
    const set = sql.join(
      taken.map((c) => sql`${sql.identifier(c)} = m.${sql.identifier(c)}`),
      sql`, `,
    );
    await tx.execute(sql`update events s set ${set} from events m where s.id = ${survivor} and m.id = ${merged}`);
  }
  const actors = input.fields.actors ?? survivor;
  if (actors === survivor) return;
  if (actors === merged) await tx.execute(sql`delete from event_actors where event_id = ${survivor}`);
  // The derived columns are filled from the survivor's row by the event_actors trigger (migration 0001).
  await tx.execute(sql`
    insert into event_actors (event_id, actor_id, role, conflict_id, sub_type, status, milestone, date_start,
      date_last, live)
    select s.id, ea.actor_id, ea.role, s.conflict_id, s.sub_type, s.status, s.milestone, s.date_start, s.date_last, true
    from event_actors ea join events s on s.id = ${survivor} where ea.event_id = ${merged}
    on conflict (event_id, actor_id) do nothing`);
}

const titleOf = async (tx: DbOrTx, id: number) =>
  (await rows<{ title: string }>(tx as Db, sql`select title from events where id = ${id}`))[0]!.title;

export async function mergeEvents({
  db,
  id,
  input,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  input: MergeInput;
  origin?: Origin;
  /** The account that asked (null: written without accounts). */
  userId?: string | null;
}): Promise<{ id: number; merged: number; version: number }> {
  return db.transaction(async (tx) => {
    await checkMerge(tx, id, input);
    const survivor = input.survivor;
    const merged = survivor === id ? input.other : id;
    const [beforeSurvivor, beforeMerged] = [await snapshotEvent(tx, survivor), await snapshotEvent(tx, merged)];
    const [survivorTitle, mergedTitle] = [await titleOf(tx, survivor), await titleOf(tx, merged)];
    await takeFields(tx, survivor, merged, input);
    await moveSources(tx, { from: merged, to: survivor });
    await tx.execute(sql`update events set version = version + 1, updated_at = now() where id = ${survivor}`);
    await tx.execute(sql`
      update events set merged_into_id = ${survivor}, deleted_at = now(), version = version + 1, updated_at = now()
      where id = ${merged}`);
    // Events merged into this one earlier now point straight at the survivor.
    await tx.execute(sql`update events set merged_into_id = ${survivor} where merged_into_id = ${merged}`);
    const why = (text: string) => (input.reason ? `${text}: ${input.reason}` : text);
    await record(
      tx,
      survivor,
      'merge',
      origin,
      {
        mergedFrom: { from: null, to: `#${merged} ${mergedTitle}` },
        ...diffSnapshots(beforeSurvivor, await snapshotEvent(tx, survivor)),
      },
      why(`Merged event #${merged} into this`),
      userId,
    );
    await record(
      tx,
      merged,
      'merge',
      origin,
      {
        mergedInto: { from: null, to: `#${survivor} ${survivorTitle}` },
        ...diffSnapshots(beforeMerged, await snapshotEvent(tx, merged)),
      },
      why(`Merged into event #${survivor}`),
      userId,
    );
    const [{ version }] = (await rows<{ version: number }>(
      tx,
      sql`select version from events where id = ${survivor}`,
    )) as [{ version: number }];
    return { id: survivor, merged, version };
  });
}

/** Where a merged event went (following no chain: merges keep every pointer at the final survivor). */
export async function getMergedInto({ db, id }: { db: Db; id: number }): Promise<number | null> {
  const [row] = await rows<{ merged_into_id: number | null }>(
    db,
    sql`select merged_into_id from events where id = ${id}`,
  );
  return row?.merged_into_id ?? null;
}

/** The events merged into this one, each with its own history (newest revision first, as listRevisions). */
export async function listMergedHistories({
  db,
  id,
}: {
  db: Db;
  id: number;
}): Promise<{ id: number; title: string; revisions: Revision[] }[]> {
  const merged = await rows<{ id: number; title: string }>(
    db,
    sql`select id, title from events where merged_into_id = ${id} order by id`,
  );
  const histories = await listRevisionsOf({ db, eventIds: merged.map((m) => m.id) });
  return merged.map((m) => ({ ...m, revisions: [...(histories.get(m.id) ?? [])].reverse() }));
}
