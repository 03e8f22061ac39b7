import 'server-only';
// Range-dated events for the chart: the spans lane draws them as bars over the window, and the
// optional spread (UCDP-style) counts a range's event as 1/days on each of its days in the window.
import { sql } from 'drizzle-orm';
import type { Bucket } from '@/lib/dates/buckets';
import type { Db } from '../types';
import { eventWhere } from './conditions';
import type { Scope } from './scope';
import { rows } from '../rows';

export interface Span {
  id: number;
  title: string;
  dateStart: string;
  /** Last day of the range (inclusive). */
  dateLast: string;
  subType: string;
  milestone: boolean;
}
export interface Spans {
  /** The longest ranges overlapping the window, at most MAX_SPANS, in date order. */
  items: Span[];
  /** All the range events overlapping the window. */
  total: number;
}

/** More bars than this would be unreadable in a lane: the longest are drawn, the count says so. */
export const MAX_SPANS = 40;

/** A range of more than one day: what the lane draws and what spreading applies to. */
const isSpan = sql`e.precision = 'range' and e.date_last > e.date_start`;

export async function listSpans({ db, scope }: { db: Db; scope: Scope }): Promise<Spans> {
  const found = await rows<Span & { total: number }>(
    db,
    sql`
    select * from (
      select e.id, e.title, e.date_start::text as "dateStart", e.date_last::text as "dateLast",
        e.sub_type as "subType", e.milestone, count(*) over ()::int as total
      from events e where ${eventWhere(scope)} and ${isSpan}
      order by e.date_last - e.date_start desc, e.date_start, e.id limit ${MAX_SPANS}
    ) s order by "dateStart", id`,
  );
  const items = found.map((s) => ({
    id: s.id,
    title: s.title,
    dateStart: s.dateStart,
    dateLast: s.dateLast,
    subType: s.subType,
    milestone: s.milestone,
  }));
  return { items, total: found[0]?.total ?? 0 };
}

export interface SpreadCell {
  b: string;
  key: string;
  /** The share of the key's range events falling in this bucket (1/days per day in the window). */
  share: number;
}
export interface SpreadCounts {
  cells: SpreadCell[];
  /** Per key: how many range events were spread (they leave the "coarser than a bucket" count). */
  events: { key: string; n: number }[];
}

/**
 * Spreads every range event that no single bucket holds over the days it lasts within the window.
 * `groupBy: 'actor'` spreads each of the event's actors, as the frequency chart counts them.
 */
export async function spreadRanges({
  db,
  scope,
  bucket,
  groupBy,
}: {
  db: Db;
  scope: Scope & { from: string; to: string };
  bucket: Bucket;
  groupBy: 'type' | 'actor';
}): Promise<SpreadCounts> {
  const fits = sql`date_trunc(${bucket}, e.date_start::timestamp) = date_trunc(${bucket}, e.date_last::timestamp)`;
  const from =
    groupBy === 'type' ? sql`events e` : sql`events e join event_actors ea on ea.event_id = e.id and ea.live`;
  const key = groupBy === 'type' ? sql`e.sub_type` : sql`ea.actor_id::text`;
  const where = sql`${eventWhere(scope)} and ${isSpan} and not (${fits})`;
  const [cells, events] = await Promise.all([
    rows<SpreadCell>(
      db,
      sql`
      select date_trunc(${bucket}, d)::date::text as b, ${key} as key,
        sum(1.0 / (e.date_last - e.date_start + 1))::float8 as share
      from ${from}, generate_series(greatest(e.date_start, ${scope.from}::date)::timestamp,
        least(e.date_last, ${scope.to}::date)::timestamp, interval '1 day') d
      where ${where} group by 1, 2`,
    ),
    rows<{ key: string; n: number }>(
      db,
      sql`select ${key} as key, count(*)::int as n from ${from} where ${where} group by 1`,
    ),
  ]);
  return { cells, events };
}
