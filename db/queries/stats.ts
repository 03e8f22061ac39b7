import 'server-only';
// Incident frequency: zero-filled buckets of counts by type or actor. Each event is counted in
// the bucket holding its whole period, or else as "imprecise" — never on the first day of a month.
import { sql, type SQL } from 'drizzle-orm';
import { autoBucket, bucketStart, countBuckets, enumerateBuckets, type Bucket } from '@/lib/dates/buckets';
import { clampToDomain } from '@/lib/dates/domain';
import { todayUtc } from '@/lib/dates/calendar';
import { EVENT_TYPES, eventTypeOfSubType } from '@/lib/taxonomy/taxonomy';
import type { Db } from '../types';
import { actorWhere, eventWhere, intArray, needsEventRow } from './conditions';
import { QueryError } from './errors';
import { conflictExtent, rollupGrain, rollupSource, rollupWhere, type Grain } from './rollup';
import type { Scope } from './scope';
import { rows } from '../rows';
import { listSpans, spreadRanges, type Spans, type SpreadCounts } from './spans';

export interface FrequencyPoint {
  start: string;
  counts: Record<string, number>;
  total: number;
}
export interface Frequency {
  bucket: Bucket;
  groupBy: 'type' | 'actor';
  from: string;
  to: string;
  keys: string[];
  labels: Record<string, string>;
  series: FrequencyPoint[];
  imprecise: { total: number; counts: Record<string, number> };
  /** Per key: its events in buckets plus its imprecise ones. */
  keyTotals: Record<string, number>;
  total: number;
  note: string;
  /** Range events overlapping the window, for the chart's spans lane; null unless asked for (spans=true). */
  spans: Spans | null;
  /** With spread: how many range events were spread over their days instead of counted beside the chart. */
  spread: { on: boolean; events: number };
}

/** How many actors get their own key; the rest are summed as "other". */
const TOP_ACTORS = 10;
const MAX_BUCKETS = 5000;

type Cell = { b: string; key: string; fit: number; imprecise: number };

function trunc(bucket: Bucket, col: SQL): SQL {
  return sql`date_trunc(${bucket}, ${col}::timestamp)::date`;
}

async function cellsFromRollup(
  db: Db,
  scope: Scope,
  grain: Grain,
  bucket: Bucket,
  groupBy: 'type' | 'actor',
): Promise<Cell[]> {
  const { table, first, last } = rollupSource(grain);
  const key = groupBy === 'type' ? sql`m.sub_type` : sql`m.actor_id::text`;
  const b = trunc(bucket, first);
  const fits = sql`${b} = ${trunc(bucket, last)}`;
  return rows<Cell>(
    db,
    sql`
    select ${b} as b, ${key} as key,
      coalesce(sum(m.n) filter (where ${fits}), 0)::int as fit,
      coalesce(sum(m.n) filter (where not (${fits})), 0)::int as imprecise
    from ${table} m where ${rollupWhere(scope, grain, groupBy === 'type' ? 'all' : 'each')}
    group by 1, 2`,
  );
}

/** Counts per bucket and key over `events e` or `event_actors ea`: drawn when the whole date fits the bucket. */
function cells(db: Db, bucket: Bucket, alias: 'e' | 'ea', key: SQL, from: SQL, where: SQL): Promise<Cell[]> {
  const b = trunc(bucket, sql.raw(`${alias}.date_start`));
  const fits = sql`${b} = ${trunc(bucket, sql.raw(`${alias}.date_last`))}`;
  return rows<Cell>(
    db,
    sql`
    select ${b} as b, ${key} as key,
      count(*) filter (where ${fits})::int as fit, count(*) filter (where not (${fits}))::int as imprecise
    from ${from} where ${where} group by 1, 2`,
  );
}

function cellsFromEvents(db: Db, scope: Scope, bucket: Bucket, groupBy: 'type' | 'actor'): Promise<Cell[]> {
  if (groupBy === 'type' && scope.actorIds?.length === 1 && !needsEventRow(scope)) {
    // One actor: an index-only range over its covering (actor, date) index.
    return cells(db, bucket, 'ea', sql`ea.sub_type`, sql`event_actors ea`, actorWhere(scope, scope.actorIds));
  }
  if (groupBy === 'type') return cells(db, bucket, 'e', sql`e.sub_type`, sql`events e`, eventWhere(scope));
  // Every actor of every matching event (with an actor filter: who else took part).
  return cells(
    db,
    bucket,
    'ea',
    sql`ea.actor_id::text`,
    sql`event_actors ea`,
    sql`ea.live and ea.event_id in (select e.id from events e where ${eventWhere(scope)})`,
  );
}

const GRAIN_ORDER: Grain[] = ['day', 'month', 'year'];

export function usableGrain(answering: Grain | null, bucket: Bucket, perActor: boolean): Grain | null {
  if (!answering) return null;
  // Weeks straddle months and years: only day rows can place them.
  const needed: Grain = bucket === 'week' || bucket === 'day' ? 'day' : bucket;
  const grain = GRAIN_ORDER.indexOf(answering) <= GRAIN_ORDER.indexOf(needed) ? answering : needed;
  // The day rollup has no per-actor rows; a finer rollup than the window needs is still exact.
  if (grain === 'day' && perActor) return null;
  return grain;
}

async function actorNames(db: Db, ids: number[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const found = await rows<{ id: number; name: string }>(
    db,
    sql`select id, name from actors where id = any(${intArray(ids)})`,
  );
  return new Map(found.map((r) => [String(r.id), r.name]));
}

/** Moves the spread range events from "coarser than a bucket" into the buckets their days fall in. */
function applySpread(
  spread: SpreadCounts,
  into: {
    series: FrequencyPoint[];
    index: Map<string, number>;
    imprecise: Frequency['imprecise'];
    bucket: Bucket;
    keyOf: (raw: string) => string;
  },
): number {
  const { series, index, imprecise, bucket, keyOf } = into;
  let events = 0;
  for (const { key, n } of spread.events) {
    const k = keyOf(key);
    imprecise.counts[k] = (imprecise.counts[k] ?? 0) - n;
    imprecise.total -= n;
    events += n;
  }
  for (const c of spread.cells) {
    const point = series[index.get(bucketStart(c.b, bucket)) ?? -1];
    if (!point) continue;
    const k = keyOf(c.key);
    point.counts[k] = (point.counts[k] ?? 0) + c.share;
    point.total += c.share;
  }
  return events;
}

/** The window (the scope's, else the conflict's years, within the date domain) and its buckets. */
async function frequencyWindow(db: Db, scope: Scope, wanted: Bucket | 'auto') {
  const extent = scope.from && scope.to ? null : await conflictExtent({ db, conflictId: scope.conflictId });
  // Stored events from before the date domain existed may lie outside it: the axis never does.
  const from = scope.from ?? clampToDomain(extent?.from ?? todayUtc());
  const to = scope.to ?? clampToDomain(extent?.to ?? todayUtc());
  const bucket = wanted === 'auto' ? autoBucket(from, to) : wanted;
  const count = countBuckets(from, to, bucket);
  if (count > MAX_BUCKETS) {
    const message =
      `${count.toLocaleString('en')} ${bucket} buckets is too many (at most ${MAX_BUCKETS}): ` +
      'choose a larger bucket or a shorter window';
    throw new QueryError('bad_request', message, 'bucket');
  }
  return { from, to, bucket, buckets: enumerateBuckets(from, to, bucket) };
}

/** The counted cells (from a rollup when one can answer, else from the events), with spans and spread ranges. */
function countWindow(
  db: Db,
  windowScope: Scope & { from: string; to: string },
  {
    bucket,
    groupBy,
    spread,
    withSpans,
  }: { bucket: Bucket; groupBy: 'type' | 'actor'; spread: boolean; withSpans: boolean },
) {
  // A rollup of grain g draws buckets of size g or larger; a finer bucket needs a finer rollup.
  const grain =
    groupBy === 'actor' && windowScope.actorIds ? null : rollupGrain(windowScope, { perActor: groupBy === 'actor' });
  const usable = usableGrain(grain, bucket, groupBy === 'actor' || Boolean(windowScope.actorIds));
  return Promise.all([
    usable
      ? cellsFromRollup(db, windowScope, usable, bucket, groupBy)
      : cellsFromEvents(db, windowScope, bucket, groupBy),
    withSpans ? listSpans({ db, scope: windowScope }) : null,
    spread ? spreadRanges({ db, scope: windowScope, bucket, groupBy }) : null,
  ]);
}

/** Keys: event types in taxonomy order, or the most involved actors (+ "other"), and what each raw key counts as. */
async function seriesKeys(db: Db, counted: Cell[], groupBy: 'type' | 'actor', keyOf: (raw: string) => string) {
  const totals = new Map<string, number>();
  for (const c of counted) totals.set(keyOf(c.key), (totals.get(keyOf(c.key)) ?? 0) + c.fit + c.imprecise);
  if (groupBy === 'type') {
    return {
      keys: EVENT_TYPES.map((t) => t.slug).filter((k) => totals.has(k)),
      labels: Object.fromEntries(EVENT_TYPES.map((t) => [t.slug, t.label])) as Record<string, string>,
      rename: (k: string) => k,
    };
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const top = ranked.slice(0, TOP_ACTORS);
  const names = await actorNames(db, top.map(Number));
  const topSet = new Set(top);
  const keys = top.map((k) => names.get(k) ?? k).concat(ranked.length > TOP_ACTORS ? ['other'] : []);
  return {
    keys,
    labels: Object.fromEntries(keys.map((k) => [k, k === 'other' ? 'Other actors' : k])) as Record<string, string>,
    rename: (k: string) => (topSet.has(k) ? (names.get(k) ?? k) : 'other'),
  };
}

/** Zero-filled buckets and the imprecise counts, with each cell added under its key. */
function fillSeries(
  counted: Cell[],
  buckets: string[],
  bucket: Bucket,
  keys: string[],
  keyFor: (raw: string) => string,
) {
  const index = new Map(buckets.map((b, i) => [b, i]));
  const series: FrequencyPoint[] = buckets.map((start) => ({
    start,
    counts: Object.fromEntries(keys.map((k) => [k, 0])),
    total: 0,
  }));
  const imprecise = { total: 0, counts: Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number> };
  for (const c of counted) {
    const key = keyFor(c.key);
    if (c.imprecise) {
      imprecise.counts[key] = (imprecise.counts[key] ?? 0) + c.imprecise;
      imprecise.total += c.imprecise;
    }
    if (c.fit) {
      const point = series[index.get(bucketStart(c.b, bucket)) ?? -1];
      // An event that fits a bucket and overlaps the window lies in an enumerated bucket.
      if (point) {
        point.counts[key] = (point.counts[key] ?? 0) + c.fit;
        point.total += c.fit;
      }
    }
  }
  return { index, series, imprecise };
}

export async function getFrequency({
  db,
  scope,
  bucket: wanted,
  groupBy,
  spread = false,
  spans: withSpans = false,
}: {
  db: Db;
  scope: Scope;
  bucket: Bucket | 'auto';
  groupBy: 'type' | 'actor';
  spread?: boolean;
  spans?: boolean;
}): Promise<Frequency> {
  const { from, to, bucket, buckets } = await frequencyWindow(db, scope, wanted);
  const windowScope = { ...scope, from, to };
  const [counted, spans, spreadCounts] = await countWindow(db, windowScope, { bucket, groupBy, spread, withSpans });
  const keyOf = (raw: string) => (groupBy === 'type' ? (eventTypeOfSubType(raw)?.slug ?? raw) : raw);
  const { keys, labels, rename } = await seriesKeys(db, counted, groupBy, keyOf);
  const keyFor = (raw: string) => rename(keyOf(raw));
  const { index, series, imprecise } = fillSeries(counted, buckets, bucket, keys, keyFor);
  // The totals as counted, before the range events are spread.
  const total = series.reduce((n, p) => n + p.total, 0) + imprecise.total;
  const keyTotals = Object.fromEntries(
    keys.map((k) => [k, (imprecise.counts[k] ?? 0) + series.reduce((n, p) => n + (p.counts[k] ?? 0), 0)]),
  );
  const spreadEvents = spreadCounts
    ? applySpread(spreadCounts, { series, index, imprecise, bucket, keyOf: keyFor })
    : 0;
  return {
    bucket,
    groupBy,
    from,
    to,
    keys,
    labels,
    series,
    imprecise,
    keyTotals,
    total,
    spans,
    spread: { on: spread, events: spreadEvents },
    note:
      groupBy === 'actor'
        ? 'Grouped by actor: an event with several actors is counted once for each of them.'
        : `Each event is counted once: in the ${bucket} that holds its whole date, ` +
          `or under "imprecise" when its date is coarser than a ${bucket}.`,
  };
}
