import 'server-only';
// Listing and reading events. A page is found first as ids by keyset over (date_start, id),
// then read whole; the total comes from the month rollup when the filters allow it.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../types';
import { actorWhere, eventWhere, needsEventRow, windowParts, type WindowPart } from './conditions';
import { QueryError } from './errors';
import { formatAtPrecision } from '@/lib/dates/precision';
import { encodeCursor, type Cursor as PageCursor } from '@/lib/validation/cursor';
import { listRevisionsOf } from './event-history';
import { eventColumns, toEventView, type EventRowRaw, type EventView } from './event-shape';
import { rollupTotal } from './rollup';
import type { Scope } from './scope';
import { rows } from '../rows';

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

/** A count over one part of the window (see conditions.ts): through one actor's index when there is one. */
function countPart(scope: Scope, part: WindowPart): SQL {
  if (scope.actorIds?.length === 1) {
    const join = needsEventRow(scope) ? sql`join events e on e.id = ea.event_id` : sql``;
    return sql`select count(*)::int as n from event_actors ea ${join} where ${actorWhere(scope, scope.actorIds, part)}`;
  }
  return sql`select count(*)::int as n from events e where ${eventWhere(scope, part)}`;
}

export async function countMatching(db: Db, scope: Scope): Promise<number> {
  const fromRollup = await rollupTotal({ db, scope });
  if (fromRollup !== null) return fromRollup;
  const counts = sql.join(
    windowParts(scope).map((part) => sql`(${countPart(scope, part)})`),
    sql` union all `,
  );
  const [row] = await rows<{ n: number }>(db, sql`select coalesce(sum(n), 0)::int as n from (${counts}) c`);
  return row?.n ?? 0;
}

type PageQuery = { scope: Scope; sort: 'asc' | 'desc'; limit: number; after: Cursor | null; total: number };

/** The candidates of one part as `(id, d)` rows, through the cheapest index for the filters. */
function candidates(scope: Scope, part: WindowPart): { from: SQL; id: SQL; d: SQL } {
  if (scope.actorIds?.length === 1) {
    // One actor: its covering (actor, conflict, date) index.
    const join = needsEventRow(scope) ? sql`join events e on e.id = ea.event_id` : sql``;
    const from = sql`event_actors ea ${join} where ${actorWhere(scope, scope.actorIds, part)}`;
    return { from, id: sql`ea.event_id`, d: sql`ea.date_start` };
  }
  return { from: sql`events e where ${eventWhere(scope, part)}`, id: sql`e.id`, d: sql`e.date_start` };
}

/**
 * One part's page in order. Inside the window, the date index is walked in order and stops after a
 * page. The few matches of a rare word, and the few events going on when the window opens, are
 * collected first and then ordered: walking the date index for those would read most of the table
 * before finding a page.
 */
function pagePart({ scope, sort, limit, after, total }: PageQuery, part: WindowPart): SQL {
  const dir = sql.raw(sort === 'asc' ? 'asc' : 'desc');
  const cmp = sql.raw(sort === 'asc' ? '>' : '<');
  const { from, id, d } = candidates(scope, part);
  const collectFirst = part === 'straddle' || (scope.q && total <= FEW_MATCHES && !(scope.actorIds?.length === 1));
  if (collectFirst) {
    const keyset = after ? sql` where (h.d, h.id) ${cmp} (${after.d}::date, ${after.id})` : sql``;
    return sql`with h as materialized (select ${id} as id, ${d} as d from ${from})
      select h.id, h.d from h${keyset} order by h.d ${dir}, h.id ${dir} limit ${limit}`;
  }
  const keyset = after ? sql` and (${d}, ${id}) ${cmp} (${after.d}::date, ${after.id})` : sql``;
  return sql`select ${id} as id, ${d} as d from ${from}${keyset} order by ${d} ${dir}, ${id} ${dir} limit ${limit}`;
}

/** The ids (and start days) of one page: each part of the window paged alone, then merged in order. */
async function pageIds(db: Db, page: PageQuery): Promise<{ id: number; d: string }[]> {
  const parts = windowParts(page.scope);
  if (parts.length === 1) return rows<{ id: number; d: string }>(db, pagePart(page, parts[0]!));
  const dir = sql.raw(page.sort === 'asc' ? 'asc' : 'desc');
  const union = sql.join(
    parts.map((part) => sql`(${pagePart(page, part)})`),
    sql` union all `,
  );
  return rows<{ id: number; d: string }>(
    db,
    sql`select id, d from (${union}) p order by d ${dir}, id ${dir} limit ${page.limit}`,
  );
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
  const page = await pageIds(db, { scope, sort, limit: limit + 1, after, total });
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
    const page = await pageIds(db, { scope, sort: 'asc', limit: batch, after, total });
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

/** Events sharing an actor with this one, the closest in time, listed in date order: "what else happened around it". */
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
    select e.id, e.title, e.date_start, e.precision, count(*)::int as shared,
      abs(e.date_start - me.date_start)::int as apart
    from me join event_actors ea on ea.actor_id in (select actor_id from mine) and ea.live
      and ea.conflict_id = me.conflict_id
      and ea.date_start between me.date_start - 365 and me.date_start + 365
    join events e on e.id = ea.event_id
    where e.id <> me.id
    group by e.id, e.title, e.date_start, e.precision, me.date_start
    order by apart, shared desc, e.id
    limit ${limit}`,
  );
  const byDate = [...found].sort((a, b) => String(a.date_start).localeCompare(String(b.date_start)) || a.id - b.id);
  return byDate.map((r) => ({
    id: r.id,
    title: r.title,
    dateStart: formatAtPrecision(r.date_start, r.precision),
    precision: r.precision,
    sharedActors: r.shared,
    daysApart: r.apart,
  }));
}
