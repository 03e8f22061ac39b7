import 'server-only';
// Listing and reading events. A page is found first as ids by keyset over (date_start, id),
// then read whole; the total comes from the month rollup when the filters allow it.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { actorWhere, eventWhere, needsEventRow } from './conditions';
import { QueryError } from './errors';
import { formatAtPrecision } from '@/lib/dates/precision';
import { encodeCursor, type Cursor as PageCursor } from '@/lib/validation/cursor';
import { listRevisionsOf } from './event-history';
import { eventColumns, toEventView, type EventRowRaw, type EventView } from './event-shape';
import { rollupTotal } from './rollup';
import type { Scope } from './scope';
import { rows } from './sql';

export interface EventPage {
  events: EventView[];
  nextCursor: string | null;
  total: number;
}

type Cursor = { d: string; id: number };

/** Below this many text matches, a page is found through the text index rather than the date index. */
const FEW_MATCHES = 5000;

async function readEvents(db: Db, ids: number[]): Promise<EventView[]> {
  if (!ids.length) return [];
  const found = await rows<EventRowRaw>(
    db,
    sql`
    select ${eventColumns} from events e left join locations l on l.id = e.location_id
    where e.id = any(${`{${ids.join(',')}}`}::int[])`,
  );
  const byId = new Map(found.map((r) => [r.id, toEventView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function countMatching(db: Db, scope: Scope): Promise<number> {
  const fromRollup = await rollupTotal({ db, scope });
  if (fromRollup !== null) return fromRollup;
  const single = scope.actorIds?.length === 1;
  const query = single
    ? sql`select count(*)::int as n from event_actors ea ${needsEventRow(scope) ? sql`join events e on e.id = ea.event_id` : sql``}
          where ${actorWhere(scope, scope.actorIds!)}`
    : sql`select count(*)::int as n from events e where ${eventWhere(scope)}`;
  const [row] = await rows<{ n: number }>(db, query);
  return row?.n ?? 0;
}

/** The ids (and start days) of one page, walking the cheapest index for the filters. */
async function pageIds({
  db,
  scope,
  sort,
  limit,
  after,
  total,
}: {
  db: Db;
  scope: Scope;
  sort: 'asc' | 'desc';
  limit: number;
  after: Cursor | null;
  total: number;
}): Promise<{ id: number; d: string }[]> {
  const dir = sql.raw(sort === 'asc' ? 'asc' : 'desc');
  const cmp = sql.raw(sort === 'asc' ? '>' : '<');
  let query: SQL;
  if (scope.actorIds?.length === 1) {
    // One actor: walk the covering (actor, conflict, date) index in order and stop after a page.
    const keyset = after ? sql` and (ea.date_start, ea.event_id) ${cmp} (${after.d}::date, ${after.id})` : sql``;
    query = sql`select ea.event_id as id, ea.date_start as d from event_actors ea
      ${needsEventRow(scope) ? sql`join events e on e.id = ea.event_id` : sql``}
      where ${actorWhere(scope, scope.actorIds)}${keyset}
      order by ea.date_start ${dir}, ea.event_id ${dir} limit ${limit}`;
  } else if (scope.q && total <= FEW_MATCHES) {
    // A rare word: collect its few matches through the text index, then order them. (Walking
    // the date index instead would read most of the table before finding a page.)
    const keyset = after ? sql` where (h.d, h.id) ${cmp} (${after.d}::date, ${after.id})` : sql``;
    query = sql`with h as materialized (select e.id, e.date_start as d from events e where ${eventWhere(scope)})
      select h.id, h.d from h${keyset} order by h.d ${dir}, h.id ${dir} limit ${limit}`;
  } else {
    const keyset = after ? sql` and (e.date_start, e.id) ${cmp} (${after.d}::date, ${after.id})` : sql``;
    query = sql`select e.id, e.date_start as d from events e where ${eventWhere(scope)}${keyset}
      order by e.date_start ${dir}, e.id ${dir} limit ${limit}`;
  }
  return rows<{ id: number; d: string }>(db, query);
}

export async function listEvents({
  db,
  scope,
  sort,
  limit,
  cursor,
}: {
  db: Db;
  scope: Scope;
  sort: 'asc' | 'desc';
  limit: number;
  /** Decoded and checked by pageSchema (lib/validation/cursor.ts). */
  cursor?: PageCursor;
}): Promise<EventPage> {
  const after = cursor ?? null;
  const total = await countMatching(db, scope);
  const page = await pageIds({ db, scope, sort, limit: limit + 1, after, total });
  const hasMore = page.length > limit;
  const shown = page.slice(0, limit);
  const last = shown.at(-1);
  return {
    events: await readEvents(
      db,
      shown.map((r) => r.id),
    ),
    nextCursor: hasMore && last ? encodeCursor({ d: last.d, id: last.id, sort }) : null,
    total,
  };
}

/** Every matching event in date order, a batch at a time: exports stream this, never the whole set. */
export async function* streamEvents({
  db,
  scope,
  batch = 1000,
  withRevisions = false,
}: {
  db: Db;
  scope: Scope;
  batch?: number;
  withRevisions?: boolean;
}): AsyncGenerator<EventView[]> {
  const total = await countMatching(db, scope);
  let after: Cursor | null = null;
  for (;;) {
    const page = await pageIds({ db, scope, sort: 'asc', limit: batch, after, total });
    if (!page.length) return;
    const events = await readEvents(
      db,
      page.map((r) => r.id),
    );
    if (withRevisions) {
      const histories = await listRevisionsOf({ db, eventIds: events.map((e) => e.id) });
      // Revision ids are this database's own; the history travels without them.
      for (const e of events) {
        Object.assign(e, {
          revisions: (histories.get(e.id) ?? []).map((r) => ({
            at: r.at,
            action: r.action,
            origin: r.origin,
            reason: r.reason,
            changes: r.changes,
          })),
        });
      }
    }
    yield events;
    const last = page[page.length - 1]!;
    after = { d: last.d, id: last.id };
    if (page.length < batch) return;
  }
}

export async function getEvent({
  db,
  id,
  includeDeleted = false,
}: {
  db: Db;
  id: number;
  includeDeleted?: boolean;
}): Promise<EventView> {
  const [row] = await rows<EventRowRaw>(
    db,
    sql`
    select ${eventColumns} from events e left join locations l on l.id = e.location_id
    where e.id = ${id}${includeDeleted ? sql`` : sql` and e.deleted_at is null`}`,
  );
  if (!row) throw new QueryError('not_found', `No event ${id}`);
  return toEventView(row);
}

export interface RelatedEvent {
  id: number;
  title: string;
  dateStart: string;
  precision: EventView['precision'];
  sharedActors: number;
  daysApart: number;
}

/** Events sharing an actor with this one, closest in time first: "what else happened around it". */
export async function listRelatedEvents({
  db,
  id,
  limit = 8,
}: {
  db: Db;
  id: number;
  limit?: number;
}): Promise<RelatedEvent[]> {
  const found = await rows<{
    id: number;
    title: string;
    date_start: string;
    precision: EventView['precision'];
    shared: number;
    apart: number;
  }>(
    db,
    sql`
    with me as (select id, conflict_id, date_start from events where id = ${id}),
    mine as (select actor_id from event_actors where event_id = ${id})
    select e.id, e.title, e.date_start, e.precision, count(*)::int as shared, abs(e.date_start - me.date_start)::int as apart
    from me join event_actors ea on ea.actor_id in (select actor_id from mine) and ea.live and ea.conflict_id = me.conflict_id
      and ea.date_start between me.date_start - 365 and me.date_start + 365
    join events e on e.id = ea.event_id
    where e.id <> me.id
    group by e.id, e.title, e.date_start, e.precision, me.date_start
    order by apart, shared desc, e.id
    limit ${limit}`,
  );
  return found.map((r) => ({
    id: r.id,
    title: r.title,
    dateStart: formatAtPrecision(r.date_start, r.precision),
    precision: r.precision,
    sharedActors: r.shared,
    daysApart: r.apart,
  }));
}
