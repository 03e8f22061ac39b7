import 'server-only';
// The Possible duplicates list: pairs of live events whose dates overlap (with duplicates.ts's
// slack) and that share an actor or a place, or have similar titles — minus the pairs an analyst
// marked "not the same". Each page walks the events newest first from its cursor and looks at a
// bounded number of them, so a page costs the same on 100 events as on a million.
import { sql } from 'drizzle-orm';
import { encodeCursor, type Cursor } from '@/lib/validation/cursor';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';
import { SIMILAR_TITLE, SLACK_DAYS, titleSimilarity } from './duplicates';
import { eventColumns, toEventView, type EventRowRaw, type EventView } from './event-shape';

/** Events looked at in each round of a page (1,000 at most), and candidates per event at most. */
const ROUNDS = [50, 100, 250, 300, 300];
const PER_EVENT = 20;
/** Candidates starting up to this many days before an event: from the date index; earlier ones: the range index. */
const NEAR_DAYS = 10;

export interface DuplicatePair {
  a: EventView;
  b: EventView;
  sharedActors: string[];
  samePlace: boolean;
  titleSimilarity: number;
  reasons: string[];
}

export interface DuplicatePage {
  pairs: DuplicatePair[];
  nextCursor: string | null;
  /** The first day of the oldest event this page looked at (pairs of older events are on later pages). */
  lookedBackTo: string | null;
}

type Candidate = { a: number; b: number; a_title: string; b_title: string; shared: number; same_place: boolean };

/** Shares an actor or a place, or a word of the title (a cheap test; the title rule is applied after). */
const alike = sql`(exists (select 1 from event_actors x
      join event_actors y on y.actor_id = x.actor_id and y.event_id = b.id where x.event_id = a.id)
    or a.location_id = b.location_id or tsvector_to_array(a.search) && tsvector_to_array(b.search))`;

/** For each event of the round, the earlier events (in page order) overlapping it that look alike. */
function candidatesOf(ids: number[]) {
  const near = sql`select b.id, b.title, b.location_id from events b
    where b.conflict_id = a.conflict_id and b.deleted_at is null and b.date_start >= a.date_start - ${NEAR_DAYS}::int
      and (b.date_start, b.id) < (a.date_start, a.id) and b.date_last >= a.date_start - ${SLACK_DAYS}::int
      and ${alike}`;
  const long = sql`select b.id, b.title, b.location_id from events b
    where daterange(b.date_start, b.date_last, '[]') @> (a.date_start - ${SLACK_DAYS}::int) and b.deleted_at is null
      and b.date_start < a.date_start - ${NEAR_DAYS}::int and b.conflict_id = a.conflict_id and ${alike}`;
  return sql`select a.id as a, b.id as b, a.title as a_title, b.title as b_title,
      (select count(*)::int from event_actors x join event_actors y on y.actor_id = x.actor_id and y.event_id = b.id
        where x.event_id = a.id) as shared, coalesce(a.location_id = b.location_id, false) as same_place
    from events a cross join lateral ((${near}) union all (${long}) limit ${PER_EVENT}) b
    where a.id = any(${`{${ids.join(',')}}`}::int[])
      and not exists (select 1 from event_distinct_pairs d
        where d.low_id = least(a.id, b.id) and d.high_id = greatest(a.id, b.id))`;
}

async function readEvents(db: Db, ids: number[]): Promise<Map<number, EventView>> {
  if (!ids.length) return new Map();
  const found = await rows<EventRowRaw>(
    db,
    sql`select ${eventColumns} from events e left join locations l on l.id = e.location_id
    where e.id = any(${`{${[...new Set(ids)].join(',')}}`}::int[])`,
  );
  return new Map(found.map((r) => [r.id, toEventView(r)]));
}

function describePair(a: EventView, b: EventView): DuplicatePair | null {
  const theirs = new Set(b.actors.map((x) => x.id));
  const sharedActors = a.actors.filter((x) => theirs.has(x.id)).map((x) => x.name);
  const samePlace = a.location !== null && a.location.id === b.location?.id;
  const similarity = Math.round(titleSimilarity(a.title, b.title) * 100) / 100;
  if (!sharedActors.length && !samePlace && similarity < SIMILAR_TITLE) return null;
  const reasons = ['dates overlap'];
  if (sharedActors.length)
    reasons.push(`${sharedActors.length} shared ${sharedActors.length === 1 ? 'actor' : 'actors'}`);
  if (samePlace) reasons.push('same place');
  if (similarity >= SIMILAR_TITLE) reasons.push('similar title');
  return { a, b, sharedActors, samePlace, titleSimilarity: similarity, reasons };
}

/** The rule of duplicates.ts on a candidate: a shared actor or place, or a similar title. */
const looksAlike = (c: Candidate) =>
  c.shared > 0 || c.same_place || titleSimilarity(c.a_title, c.b_title) >= SIMILAR_TITLE;

/** One round: the next events from `after`, newest first, and the pairs of each, in that order. */
async function round(db: Db, conflictId: number, after: { d: string; id: number } | null, size: number) {
  const keyset = after ? sql`and (e.date_start, e.id) < (${after.d}::date, ${after.id})` : sql``;
  const batch = await rows<{ id: number; d: string }>(
    db,
    sql`select e.id, e.date_start::text as d from events e
    where e.conflict_id = ${conflictId} and e.deleted_at is null ${keyset}
    order by e.date_start desc, e.id desc limit ${size}`,
  );
  const found = batch.length ? await rows<Candidate>(db, candidatesOf(batch.map((r) => r.id))) : [];
  const byAnchor = new Map<number, Candidate[]>();
  for (const c of found.filter(looksAlike)) byAnchor.set(c.a, [...(byAnchor.get(c.a) ?? []), c]);
  return { batch, byAnchor, last: batch.length < size };
}

export async function listDuplicatePairs({
  db,
  conflictId,
  cursor,
  limit,
}: {
  db: Db;
  conflictId: number;
  cursor?: Cursor;
  limit: number;
}): Promise<DuplicatePage> {
  let after = cursor ? { d: cursor.d, id: cursor.id } : null;
  const kept: Candidate[] = [];
  let more = true;
  // Rounds grow: a dense dataset fills a page from its first 50 events, a sparse one looks further back.
  for (const size of ROUNDS) {
    const { batch, byAnchor, last } = await round(db, conflictId, after, size);
    for (const [i, anchor] of batch.entries()) {
      kept.push(...(byAnchor.get(anchor.id) ?? []));
      after = anchor;
      // A page ends after the event that fills it, so the next page starts with the next event.
      if (kept.length >= limit) {
        more = !(last && i === batch.length - 1);
        break;
      }
    }
    if (kept.length >= limit) break;
    if (last) {
      more = false;
      break;
    }
  }
  const events = await readEvents(
    db,
    kept.flatMap((c) => [c.a, c.b]),
  );
  return {
    pairs: kept.flatMap((c) => describePair(events.get(c.a)!, events.get(c.b)!) ?? []),
    nextCursor: more && after ? encodeCursor({ d: after.d, id: after.id, sort: 'desc' }) : null,
    lookedBackTo: after?.d ?? null,
  };
}

/** Remembers that two events are not the same (the lower id first); saying it twice is harmless. */
export async function rememberDistinct(
  tx: DbOrTx,
  { a, b, reason }: { a: number; b: number; reason: string | null },
): Promise<void> {
  await tx.execute(sql`insert into event_distinct_pairs (low_id, high_id, reason)
    values (${Math.min(a, b)}, ${Math.max(a, b)}, ${reason}) on conflict do nothing`);
}

export async function markDistinct({
  db,
  events,
  reason,
}: {
  db: Db;
  events: [number, number];
  reason: string | null;
}): Promise<{ events: [number, number]; remembered: true }> {
  return db.transaction(async (tx) => {
    const known = await rows<{ id: number }>(tx, sql`select id from events where id in (${events[0]}, ${events[1]})`);
    events.forEach((id, i) => {
      if (!known.some((k) => k.id === id)) throw new QueryError('not_found', `No event ${id}`, `events.${i}`);
    });
    await rememberDistinct(tx, { a: events[0], b: events[1], reason });
    return { events: [Math.min(...events), Math.max(...events)] as [number, number], remembered: true as const };
  });
}
