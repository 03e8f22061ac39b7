import 'server-only';
// The dashboard's time axis: the events of a window as they are dated (at most MAX_AXIS_EVENTS), or,
// when more match, their density in calendar bins. A bin counts an event whose whole period lies in
// it; an event dated more coarsely than a bin (a month in day bins, a long range) is counted in every
// bin its period overlaps, apart, so it is drawn across its period and never on its first day.
import { sql, type SQL } from 'drizzle-orm';
import { countBuckets, enumerateBuckets, bucketStart, BUCKETS, type Bucket } from '@/lib/dates/buckets';
import { addPeriod, plusDays, todayUtc } from '@/lib/dates/calendar';
import { clampToDomain } from '@/lib/dates/domain';
import { formatAtPrecision, type Precision } from '@/lib/dates/precision';
import type { Db } from '../types';
import { rows } from '../rows';
import { actorWhere, eventWhere, needsEventRow, windowParts, type WindowPart } from './conditions';
import { countMatching } from './events';
import { conflictExtent, rollupGrain, rollupSource, rollupWhere } from './rollup';
import type { Scope } from './scope';
import { usableGrain } from './stats';

/** Up to this many matching events the axis gets them one by one; beyond, their density. */
export const MAX_AXIS_EVENTS = 2000;

export interface AxisEvent {
  id: number;
  title: string;
  /** At the event's precision: `2020`, `2020-11`, `2020-11-10` (a week: its Monday). */
  dateStart: string;
  /** The period's end at the same precision: `2020`, `2020-11`, a range's or a week's last day. */
  dateLast: string;
  precision: Precision;
  subType: string;
  milestone: boolean;
}
export interface AxisBin {
  /** The bin's first day. */
  start: string;
  /** Events whose whole period lies in this bin. */
  events: number;
  /** Events dated more coarsely than a bin whose period overlaps this bin (each in every bin it overlaps). */
  coarse: number;
}
export interface AxisDensity {
  unit: Bucket;
  bins: AxisBin[];
  /** How many events are counted as coarse (once each, however many bins they overlap). */
  coarseEvents: number;
}
export interface Axis {
  mode: 'events' | 'density';
  /** The window: the filters' from/to, or the conflict's years where they are not given. */
  from: string;
  to: string;
  /** The conflict's first and last years, for "go to the start/end". */
  extent: { from: string; to: string } | null;
  total: number;
  events: AxisEvent[] | null;
  density: AxisDensity | null;
}

type EventRow = Omit<AxisEvent, 'dateStart' | 'dateLast'> & { dateStart: string; dateLast: string };

const atPrecision = (r: EventRow): AxisEvent => ({
  ...r,
  dateStart: formatAtPrecision(r.dateStart, r.precision),
  dateLast: formatAtPrecision(r.dateLast, r.precision),
});

/** One part of the window (see conditions.ts), through one actor's index when there is one. */
function eventsPart(scope: Scope, part: WindowPart, limit: number): SQL {
  const columns = sql`e.id, e.title, e.date_start::text as "dateStart", e.date_last::text as "dateLast",
    e.precision, e.sub_type as "subType", e.milestone`;
  const from =
    scope.actorIds?.length === 1
      ? sql`event_actors ea join events e on e.id = ea.event_id where ${actorWhere(scope, scope.actorIds, part)}`
      : sql`events e where ${eventWhere(scope, part)}`;
  return sql`select ${columns} from ${from} order by e.date_start, e.id limit ${limit}`;
}

async function listAxisEvents(db: Db, scope: Scope, limit: number): Promise<AxisEvent[]> {
  const union = sql.join(
    windowParts(scope).map((part) => sql`(${eventsPart(scope, part, limit)})`),
    sql` union all `,
  );
  const found = await rows<EventRow>(db, sql`select * from (${union}) p order by "dateStart", id limit ${limit}`);
  return found.map(atPrecision);
}

/** The finest calendar unit that gives at most `bins` bins over the window (years whatever the count). */
export function densityUnit(from: string, to: string, bins: number): Bucket {
  return BUCKETS.find((unit) => countBuckets(from, to, unit) <= bins) ?? 'year';
}

/** Rows of first and last days with a weight: a rollup's counts when one answers exactly, else the events. */
function densitySource(scope: Scope, unit: Bucket): { from: SQL; first: SQL; last: SQL; weight: SQL } {
  const perActor = Boolean(scope.actorIds);
  const grain = usableGrain(rollupGrain(scope), unit, perActor);
  if (grain) {
    const { table, first, last } = rollupSource(grain);
    return { from: sql`${table} m where ${rollupWhere(scope, grain, 'all')}`, first, last, weight: sql`m.n` };
  }
  if (scope.actorIds?.length === 1 && !needsEventRow(scope)) {
    const from = sql`event_actors ea where ${actorWhere(scope, scope.actorIds)}`;
    return { from, first: sql`ea.date_start`, last: sql`ea.date_last`, weight: sql`1` };
  }
  return {
    from: sql`events e where ${eventWhere(scope)}`,
    first: sql`e.date_start`,
    last: sql`e.date_last`,
    weight: sql`1`,
  };
}

type Cell = { b1: string | null; b2: string | null; fit: number; coarse: number };

/**
 * One pass, two groupings: by first bin (events that fit, coarse events starting there) and by last
 * bin (coarse events ending there). A running sum of starts minus ends gives each bin's coarse count.
 */
async function densityOf(db: Db, scope: Scope & { from: string; to: string }, unit: Bucket): Promise<AxisDensity> {
  const { from, first, last, weight } = densitySource(scope, unit);
  const cells = await rows<Cell>(
    db,
    sql`
    select b1::text as b1, b2::text as b2,
      coalesce(sum(w) filter (where b1 = b2), 0)::int as fit,
      coalesce(sum(w) filter (where b1 <> b2), 0)::int as coarse
    from (
      select date_trunc(${unit}, ${first}::timestamp)::date as b1, date_trunc(${unit}, ${last}::timestamp)::date as b2,
        ${weight} as w
      from ${from}
    ) t
    group by grouping sets ((b1), (b2))`,
  );
  const starts = enumerateBuckets(scope.from, scope.to, unit);
  const index = new Map(starts.map((s, i) => [s, i]));
  const bins: AxisBin[] = starts.map((start) => ({ start, events: 0, coarse: 0 }));
  const delta = new Array<number>(bins.length + 1).fill(0);
  let coarseEvents = 0;
  for (const c of cells) {
    if (c.b2 === null && c.b1 !== null) {
      // Grouped by first bin; a coarse event that started before the window counts from its first bin.
      const i = c.b1 < starts[0]! ? 0 : (index.get(c.b1) ?? -1);
      if (i < 0) continue;
      bins[i]!.events += c.fit;
      delta[i]! += c.coarse;
      coarseEvents += c.coarse;
    } else if (c.b1 === null && c.b2 !== null && c.coarse) {
      const i = index.get(c.b2);
      if (i !== undefined) delta[i + 1]! -= c.coarse;
    }
  }
  let running = 0;
  bins.forEach((bin, i) => {
    running += delta[i]!;
    bin.coarse = running;
  });
  return { unit, bins, coarseEvents };
}

export async function getAxis({
  db,
  scope,
  bins,
  maxEvents = MAX_AXIS_EVENTS,
}: {
  db: Db;
  scope: Scope;
  bins: number;
  /** Tests lower it to see the switch to density on a small dataset. */
  maxEvents?: number;
}): Promise<Axis> {
  // Both at once: in the embedded database's queue the second waits behind the first, not behind others.
  const [extent, total] = await Promise.all([
    conflictExtent({ db, conflictId: scope.conflictId }),
    countMatching(db, scope),
  ]);
  const from = scope.from ?? clampToDomain(extent?.from ?? todayUtc());
  const to = scope.to ?? clampToDomain(extent?.to ?? todayUtc());
  const base = { from, to, extent };
  if (total <= maxEvents) {
    const events = total ? await listAxisEvents(db, scope, maxEvents) : [];
    return { ...base, mode: 'events', total: events.length, events, density: null };
  }
  const unit = densityUnit(from, to, bins);
  // Whole bins: the window widened to the bins' edges, which also lets a month or year rollup answer.
  const first = bucketStart(from, unit);
  const lastDay = clampToDomain(plusDays(addPeriod(bucketStart(to, unit), unit, 1), -1));
  const density = await densityOf(db, { ...scope, from: first, to: lastDay }, unit);
  return { ...base, mode: 'density', total, events: null, density };
}
