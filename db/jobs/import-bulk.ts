// The fast path of an import: a batch of new records written with COPY (events with ids taken
// from their sequence up front, actor links, citations, revisions) instead of a dozen statements
// per row. Inside the batch's transaction, a superuser session turns off triggers and FK checks
// (SET LOCAL: this transaction only) and adds the batch to the rollups itself, counted in memory.
import { sql } from 'drizzle-orm';
import type { CopyRows } from '../types';
import type { ImportRecord } from '@/lib/import/record';
import { copyLine } from './copy';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { NameResolver, publisherName } from '../names';

/** Names resolved (db/names.ts) and sources by key, shared by both import paths for one import. */
export type NameCache = { names: NameResolver; sources: Map<string, number> };

export const emptyCache = async (db: DbOrTx, origin: 'import' | 'api', label: string): Promise<NameCache> => ({
  names: await NameResolver.load(db, { origin, label }),
  sources: new Map(),
});

/** After a rollback the cached ids may name rows that were never committed. */
export async function forget(db: DbOrTx, cache: NameCache) {
  cache.sources.clear();
  await cache.names.rollback(db);
}

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

/** Each record's actor ids (one per actor, in order, a name and its alias counted once) and place id. */
async function resolveNames(tx: DbOrTx, cache: NameCache, records: ImportRecord[]) {
  const actorIds: number[][] = [];
  const placeIds: (number | null)[] = [];
  for (const r of records) {
    const day = r.event.date.dateStart;
    const ids: number[] = [];
    for (const a of r.event.actors)
      ids.push(await cache.names.actor(tx, { name: a.name, kind: r.actorKinds[a.name] ?? 'group', day }));
    actorIds.push(ids);
    placeIds.push(r.place ? await cache.names.place(tx, r.place) : null);
  }
  return { actorIds, placeIds };
}

type Src = ImportRecord['event']['sources'][number];
/** How both import paths know a source again: its URL, else its publisher and title. */
export const sourceKey = (s: Src) =>
  s.url ?? `publisher:${publisherName(s.publisher).toLowerCase()}|${(s.title ?? '').toLowerCase()}`;

async function resolveSources(tx: DbOrTx, cache: NameCache, wanted: Map<string, Src>) {
  const missing = [...wanted.entries()].filter(([k]) => !cache.sources.has(k));
  if (!missing.length) return;
  const withUrl = missing.filter(([, s]) => s.url).map(([, s]) => s.url!);
  if (withUrl.length) {
    for (const f of await rows<{ url: string; id: number }>(
      tx,
      sql`select url, id from sources where url = any(select jsonb_array_elements_text(${json(withUrl)}))`,
    )) {
      cache.sources.set(f.url, f.id);
    }
  }
  const plain = missing
    .filter(([, s]) => !s.url)
    .map(([k, s]) => ({ k, p: publisherName(s.publisher).toLowerCase(), t: (s.title ?? '').toLowerCase() }));
  if (plain.length) {
    const found = await rows<{ k: string; id: number }>(
      tx,
      sql`
      select distinct on (x.k) x.k, s.id from jsonb_to_recordset(${json(plain)}) as x(k text, p text, t text)
      join sources s on s.url is null and lower(s.publisher) = x.p and lower(coalesce(s.title, '')) = x.t
      order by x.k, s.id`,
    );
    for (const f of found) cache.sources.set(f.k, f.id);
  }
  const create = missing
    .filter(([k]) => !cache.sources.has(k))
    .map(([k, s]) => ({
      k,
      publisher: publisherName(s.publisher),
      url: s.url ?? null,
      title: s.title ?? null,
      published: s.publishedAt ?? null,
    }));
  if (!create.length) return;
  const made = await rows<{ id: number }>(
    tx,
    sql`
    insert into sources (publisher, url, title, published_at)
    select x.publisher, x.url, x.title, x.published::date
    from jsonb_to_recordset(${json(create)}) as x(publisher text, url text, title text, published text)
    returning id`,
  );
  // RETURNING follows the order of the inserted rows.
  made.forEach((m, i) => cache.sources.set(create[i]!.k, m.id));
}

type Rollup = Map<
  string,
  { actor: number; sub: string; status: string; milestone: boolean; first: string; last: string; n: number }
>;

function bump(rollup: Rollup, actor: number, e: ImportRecord['event'], first: string, last: string) {
  const k = `${actor}|${e.subType}|${e.status}|${e.milestone}|${first}|${last}`;
  const hit = rollup.get(k);
  if (hit) hit.n++;
  else rollup.set(k, { actor, sub: e.subType, status: e.status, milestone: e.milestone, first, last, n: 1 });
}

const month = (day: string) => `${day.slice(0, 7)}-01`;
const year = (day: string) => `${day.slice(0, 4)}-01-01`;
const DAY_MS = 86_400_000;

/**
 * Adds new events to the rollups (what the triggers would have done, row by row), counted here
 * and written with one statement per rollup table.
 */
async function addToRollups(tx: DbOrTx, conflictId: number, records: ImportRecord[], actorIds: number[][]) {
  const months: Rollup = new Map();
  const years: Rollup = new Map();
  const days: Rollup = new Map();
  let span = 0;
  records.forEach((r, i) => {
    const e = r.event;
    const { dateStart: start, dateLast: last } = e.date;
    for (const actor of [0, ...actorIds[i]!]) {
      bump(months, actor, e, month(start), month(last));
      bump(years, actor, e, year(start), year(last));
    }
    bump(days, 0, e, start, last);
    span = Math.max(span, (Date.parse(last) - Date.parse(start)) / DAY_MS);
  });
  for (const [grain, counts] of [
    ['month', months],
    ['year', years],
  ] as const) {
    const [table, first, last] = [
      sql.raw(`event_${grain}_counts`),
      sql.raw(`first_${grain}`),
      sql.raw(`last_${grain}`),
    ];
    await tx.execute(sql`
      insert into ${table} as c (conflict_id, actor_id, sub_type, status, milestone, ${first}, ${last}, n)
      select ${conflictId}, x.actor, x.sub, x.status::event_status, x.milestone, x.first::date, x.last::date, x.n
      from jsonb_to_recordset(${json([...counts.values()])})
        as x(actor int, sub text, status text, milestone boolean, first text, last text, n int)
      on conflict (conflict_id, actor_id, sub_type, status, milestone, ${first}, ${last})
      do update set n = c.n + excluded.n`);
  }
  await tx.execute(sql`
    insert into event_day_counts as c (conflict_id, sub_type, status, milestone, first_day, last_day, n)
    select ${conflictId}, x.sub, x.status::event_status, x.milestone, x.first::date, x.last::date, x.n
    from jsonb_to_recordset(${json([...days.values()])})
      as x(sub text, status text, milestone boolean, first text, last text, n int)
    on conflict (conflict_id, first_day, sub_type, status, milestone, last_day) do update set n = c.n + excluded.n`);
  await tx.execute(
    sql`update conflicts set max_span_days = greatest(max_span_days, ${span}::int) where id = ${conflictId}`,
  );
}

const EVENT_COLUMNS = [
  'id',
  'conflict_id',
  'external_id',
  'title',
  'summary',
  'event_type',
  'sub_type',
  'date_start',
  'date_end',
  'date_last',
  'precision',
  'status',
  'milestone',
  'location_id',
  'fatalities_best',
  'fatalities_low',
  'fatalities_high',
  'import_hash',
];
const LINK_COLUMNS = [
  'event_id',
  'actor_id',
  'role',
  'conflict_id',
  'sub_type',
  'status',
  'milestone',
  'date_start',
  'date_last',
  'live',
];

/** One events row in COPY text, its columns in EVENT_COLUMNS' order. */
function eventLine(id: number, conflictId: number, r: ImportRecord, placeId: number | null | undefined): string {
  const e = r.event;
  const d = e.date;
  const f = e.fatalities;
  return copyLine([
    id,
    conflictId,
    r.key,
    e.title,
    e.summary,
    e.eventType,
    e.subType,
    d.dateStart,
    d.dateEnd,
    d.dateLast,
    d.precision,
    e.status,
    e.milestone,
    placeId,
    f?.best,
    f?.low,
    f?.high,
    r.hash,
  ]);
}

/**
 * Creates events for records whose keys are new, with COPY. A superuser session (PGlite always)
 * turns triggers and FK checks off for this transaction and adds the batch to the rollups itself
 * (unless in bulk mode); otherwise the triggers keep the rollups. Returns the number created.
 */
export async function createBatch({
  tx,
  copy,
  superuser,
  rollups,
  cache,
  conflictId,
  records,
  origin,
  label,
  userId = null,
}: {
  tx: DbOrTx;
  copy: CopyRows;
  superuser: boolean;
  /** False in bulk mode: the rollups are rebuilt once when the import ends. */
  rollups: boolean;
  cache: NameCache;
  conflictId: number;
  records: ImportRecord[];
  origin: string;
  label: string;
  /** Who imports (an editor: a contributor's import never takes this path). */
  userId?: string | null;
}): Promise<number> {
  if (!records.length) return 0;
  if (superuser) await tx.execute(sql`set local session_replication_role = replica`);

  const sources = new Map<string, Src>();
  for (const r of records) for (const s of r.event.sources) sources.set(sourceKey(s), s);
  const names = await resolveNames(tx, cache, records);
  await resolveSources(tx, cache, sources);

  const ids = (
    await rows<{ id: number }>(
      tx,
      sql`select nextval('events_id_seq')::int as id from generate_series(1, ${records.length})`,
    )
  ).map((r) => r.id);
  const events: string[] = [];
  const links: string[] = [];
  const cites: string[] = [];
  const revisions: string[] = [];
  const actorIds: number[][] = [];
  records.forEach((r, i) => {
    const id = ids[i]!;
    const e = r.event;
    const d = e.date;
    events.push(eventLine(id, conflictId, r, names.placeIds[i]));
    // Two names can be one actor (a name and its alias): one link each.
    const linked = new Set<number>();
    for (const [k, a] of e.actors.entries()) {
      const actor = names.actorIds[i]![k]!;
      if (linked.has(actor)) continue;
      linked.add(actor);
      links.push(
        copyLine([id, actor, a.role, conflictId, e.subType, e.status, e.milestone, d.dateStart, d.dateLast, true]),
      );
    }
    actorIds.push([...linked]);
    const cited = new Set<number>();
    e.sources.forEach((s, position) => {
      const source = cache.sources.get(sourceKey(s))!;
      if (cited.has(source)) return;
      cited.add(source);
      cites.push(copyLine([id, source, s.quote, position]));
    });
    revisions.push(copyLine([id, 'import', origin, r.creation, `Imported from ${label}, line ${r.line}`, userId]));
  });
  await copy('events', EVENT_COLUMNS, events);
  await copy('event_actors', LINK_COLUMNS, links);
  await copy('event_sources', ['event_id', 'source_id', 'quote', 'position'], cites);
  await copy('event_revisions', ['event_id', 'action', 'origin', 'changes', 'reason', 'user_id'], revisions);
  if (superuser && rollups) await addToRollups(tx, conflictId, records, actorIds);
  return records.length;
}
