// The fast path of an import: a batch of new records written with a handful of set-based
// statements (JSON in, jsonb_to_recordset), instead of a dozen statements per row. Inside the
// batch's transaction, a superuser session turns off triggers and FK checks (SET LOCAL: this
// transaction only) and adds the batch to the rollups itself, in one statement per rollup.
import { sql } from 'drizzle-orm';
import type { ImportRecord } from '@/lib/import/record';
import { recordHash } from '@/lib/import/record';
import { diffSnapshots, snapshotOfRecord, type DbOrTx } from './queries/event-history';
import { rows } from './queries/sql';

export type NameCache = { actors: Map<string, number>; places: Map<string, number>; sources: Map<string, number> };

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

/** Ids for names, creating the missing ones in one statement. */
async function resolveActors(tx: DbOrTx, cache: NameCache, wanted: Map<string, { name: string; kind: string }>) {
  const missing = [...wanted.keys()].filter((k) => !cache.actors.has(k));
  if (!missing.length) return;
  const found = await rows<{ k: string; id: number }>(tx, sql`
    select lower(name) as k, id from actors where lower(name) = any(select jsonb_array_elements_text(${json(missing)}))
    union all select lower(alias), actor_id from actor_aliases where lower(alias) = any(select jsonb_array_elements_text(${json(missing)}))`);
  for (const f of found) if (!cache.actors.has(f.k)) cache.actors.set(f.k, f.id);
  const create = missing.filter((k) => !cache.actors.has(k)).map((k) => wanted.get(k)!);
  if (!create.length) return;
  const made = await rows<{ k: string; id: number }>(tx, sql`
    insert into actors (name, kind) select x.name, x.kind::actor_kind from jsonb_to_recordset(${json(create)}) as x(name text, kind text)
    returning lower(name) as k, id`);
  for (const m of made) cache.actors.set(m.k, m.id);
}

async function resolvePlaces(tx: DbOrTx, cache: NameCache, wanted: Map<string, NonNullable<ImportRecord['place']>>) {
  const missing = [...wanted.keys()].filter((k) => !cache.places.has(k));
  if (!missing.length) return;
  const found = await rows<{ k: string; id: number }>(tx, sql`
    select distinct on (lower(name)) lower(name) as k, id from locations where lower(name) = any(select jsonb_array_elements_text(${json(missing)})) order by lower(name), id`);
  for (const f of found) cache.places.set(f.k, f.id);
  const create = missing.filter((k) => !cache.places.has(k)).map((k) => wanted.get(k)!);
  if (!create.length) return;
  const made = await rows<{ k: string; id: number }>(tx, sql`
    insert into locations (name, country, admin1, lat, lon, geo_precision)
    select x.name, x.country, x.admin1, x.lat, x.lon, x."geoPrecision" from jsonb_to_recordset(${json(create)})
      as x(name text, country text, admin1 text, lat double precision, lon double precision, "geoPrecision" smallint)
    returning lower(name) as k, id`);
  for (const m of made) cache.places.set(m.k, m.id);
}

type Src = ImportRecord['event']['sources'][number];
const sourceKey = (s: Src) => s.url ?? `publisher:${s.publisher.toLowerCase()}|${(s.title ?? '').toLowerCase()}`;

async function resolveSources(tx: DbOrTx, cache: NameCache, wanted: Map<string, Src>) {
  const missing = [...wanted.entries()].filter(([k]) => !cache.sources.has(k));
  if (!missing.length) return;
  const withUrl = missing.filter(([, s]) => s.url).map(([, s]) => s.url!);
  if (withUrl.length) {
    for (const f of await rows<{ url: string; id: number }>(tx, sql`select url, id from sources where url = any(select jsonb_array_elements_text(${json(withUrl)}))`)) {
      cache.sources.set(f.url, f.id);
    }
  }
  const plain = missing.filter(([, s]) => !s.url).map(([k, s]) => ({ k, p: s.publisher.toLowerCase(), t: (s.title ?? '').toLowerCase() }));
  if (plain.length) {
    const found = await rows<{ k: string; id: number }>(tx, sql`
      select distinct on (x.k) x.k, s.id from jsonb_to_recordset(${json(plain)}) as x(k text, p text, t text)
      join sources s on s.url is null and lower(s.publisher) = x.p and lower(coalesce(s.title, '')) = x.t order by x.k, s.id`);
    for (const f of found) cache.sources.set(f.k, f.id);
  }
  const create = missing.filter(([k]) => !cache.sources.has(k)).map(([k, s]) => ({ k, publisher: s.publisher, url: s.url ?? null, title: s.title ?? null, published: s.publishedAt ?? null }));
  if (!create.length) return;
  const made = await rows<{ id: number }>(tx, sql`
    insert into sources (publisher, url, title, published_at)
    select x.publisher, x.url, x.title, x.published::date from jsonb_to_recordset(${json(create)}) as x(publisher text, url text, title text, published text)
    returning id`);
  // RETURNING follows the order of the inserted rows.
  made.forEach((m, i) => cache.sources.set(create[i]!.k, m.id));
}

let superuser: boolean | undefined;

/** Creates events for records whose keys are new. Returns the number created. */
export async function createBatch(tx: DbOrTx, cache: NameCache, conflictId: number, records: ImportRecord[], origin: string, label: string): Promise<number> {
  if (!records.length) return 0;
  superuser ??= (await rows<{ su: boolean }>(tx, sql`select usesuper as su from pg_user where usename = current_user`))[0]?.su ?? false;
  if (superuser) await tx.execute(sql`set local session_replication_role = replica`);

  const actors = new Map<string, { name: string; kind: string }>();
  const places = new Map<string, NonNullable<ImportRecord['place']>>();
  const sources = new Map<string, Src>();
  for (const r of records) {
    for (const a of r.event.actors) actors.set(a.name.toLowerCase(), { name: a.name, kind: r.actorKinds[a.name] ?? 'group' });
    if (r.place) places.set(r.place.name.toLowerCase(), r.place);
    for (const s of r.event.sources) sources.set(sourceKey(s), s);
  }
  await resolveActors(tx, cache, actors);
  await resolvePlaces(tx, cache, places);
  await resolveSources(tx, cache, sources);

  const eventsJson = records.map((r) => {
    const e = r.event;
    return {
      key: r.key, title: e.title, summary: e.summary, event_type: e.eventType, sub_type: e.subType, date_start: e.date.dateStart,
      date_end: e.date.dateEnd, date_last: e.date.dateLast, precision: e.date.precision, status: e.status, milestone: e.milestone,
      location_id: r.place ? cache.places.get(r.place.name.toLowerCase()) ?? null : null,
      best: e.fatalities?.best ?? null, low: e.fatalities?.low ?? null, high: e.fatalities?.high ?? null, hash: recordHash(r),
    };
  });
  const made = await rows<{ id: number; key: string }>(tx, sql`
    insert into events (conflict_id, external_id, title, summary, event_type, sub_type, date_start, date_end, date_last, precision, status,
      milestone, location_id, fatalities_best, fatalities_low, fatalities_high, import_hash)
    select ${conflictId}, x.key, x.title, x.summary, x.event_type, x.sub_type, x.date_start::date, x.date_end::date, x.date_last::date,
      x.precision::date_precision, x.status::event_status, x.milestone, x.location_id, x.best, x.low, x.high, x.hash
    from jsonb_to_recordset(${json(eventsJson)}) as x(key text, title text, summary text, event_type text, sub_type text, date_start text,
      date_end text, date_last text, precision text, status text, milestone boolean, location_id int, best int, low int, high int, hash text)
    returning id, external_id as key`);
  const idOf = new Map(made.map((m) => [m.key, m.id]));

  const links = records.flatMap((r) => r.event.actors.map((a) => ({ e: idOf.get(r.key)!, a: cache.actors.get(a.name.toLowerCase())!, role: a.role })));
  if (links.length) {
    await tx.execute(sql`
      insert into event_actors (event_id, actor_id, role, conflict_id, sub_type, status, milestone, date_start, date_last, live)
      select distinct on (x.e, x.a) x.e, x.a, x.role::actor_role, e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last, true
      from jsonb_to_recordset(${json(links)}) as x(e int, a int, role text) join events e on e.id = x.e
      on conflict do nothing`);
  }
  const cites = records.flatMap((r) => r.event.sources.map((s, i) => ({ e: idOf.get(r.key)!, s: cache.sources.get(sourceKey(s))!, q: s.quote, p: i })));
  if (cites.length) {
    await tx.execute(sql`
      insert into event_sources (event_id, source_id, quote, position)
      select distinct on (x.e, x.s) x.e, x.s, x.q, x.p from jsonb_to_recordset(${json(cites)}) as x(e int, s int, q text, p smallint)
      on conflict do nothing`);
  }
  const revisions = records.map((r) => ({
    e: idOf.get(r.key)!,
    c: diffSnapshots(null, snapshotOfRecord(r.event, r.place?.name ?? null)),
    why: `Imported from ${label}, line ${r.line}`,
  }));
  await tx.execute(sql`
    insert into event_revisions (event_id, action, origin, changes, reason)
    select x.e, 'import', ${origin}::revision_origin, x.c, x.why from jsonb_to_recordset(${json(revisions)}) as x(e int, c jsonb, why text)`);

  if (superuser) {
    // The triggers did not run: add this batch to the rollups and the span bound here.
    const ids = json([...idOf.values()]);
    const batchEvents = sql`(select * from events where id in (select jsonb_array_elements_text(${ids})::int))`;
    const batchLinks = sql`(select * from event_actors where event_id in (select jsonb_array_elements_text(${ids})::int))`;
    for (const grain of ['month', 'year'] as const) {
      const t = (c: string) => sql.raw(`date_trunc('${grain}', ${c}::timestamp)::date`);
      const [table, first, last] = [sql.raw(`event_${grain}_counts`), sql.raw(`first_${grain}`), sql.raw(`last_${grain}`)];
      await tx.execute(sql`
        insert into ${table} as c (conflict_id, actor_id, sub_type, status, milestone, ${first}, ${last}, n)
        select conflict_id, 0, sub_type, status, milestone, ${t('date_start')}, ${t('date_last')}, count(*) from ${batchEvents} b group by 1, 2, 3, 4, 5, 6, 7
        union all
        select conflict_id, actor_id, sub_type, status, milestone, ${t('date_start')}, ${t('date_last')}, count(*) from ${batchLinks} l group by 1, 2, 3, 4, 5, 6, 7
        on conflict (conflict_id, actor_id, sub_type, status, milestone, ${first}, ${last}) do update set n = c.n + excluded.n`);
    }
    await tx.execute(sql`
      insert into event_day_counts as c (conflict_id, sub_type, status, milestone, first_day, last_day, n)
      select conflict_id, sub_type, status, milestone, date_start, date_last, count(*) from ${batchEvents} b group by 1, 2, 3, 4, 5, 6
      on conflict (conflict_id, first_day, sub_type, status, milestone, last_day) do update set n = c.n + excluded.n`);
    await tx.execute(sql`
      update conflicts set max_span_days = greatest(max_span_days, (select coalesce(max(date_last - date_start), 0) from ${batchEvents} b))
      where id = ${conflictId}`);
  }
  return made.length;
}
