// The one way in for actor, place and publisher names: every path that stores an event (the form and
// the API in queries/event-write.ts, both import paths, the seed) asks a NameResolver, which loads the
// registry once, applies the rule of lib/names/registry.ts, creates what is new, and queues what
// is "possibly the same" as a known record. Per distinct name it decides once (memoised), so an
// import's cost per row stays constant. A publisher's name (lib/names/publishers.ts) needs no
// registry rows: publisherName is the rule, for sources written with or without a resolver.
import { sql } from 'drizzle-orm';
import {
  NameRegistry,
  type ActorRecord,
  type Candidate,
  type How,
  type PlaceRecord,
  type Resolution,
} from '@/lib/names/registry';
import type { ImportPlace } from '@/lib/import/record';
import type { DbOrTx } from './types';
import { rows } from './rows';
import { QueryError } from './queries/errors';
import { distanceKm } from '@/lib/geo/distance';
import { publisherName as resolvePublisher } from '@/lib/names/publishers';

type Kind = 'actor' | 'place';
type Origin = 'seed' | 'form' | 'article' | 'import' | 'api';
export interface NamesReport {
  /** Each name that meant a known record, and how (name, alias, other name, ACLED rule, coordinates). */
  matched: { kind: Kind; name: string; id: number; as: string; how: How; via: string }[];
  created: { kind: Kind; name: string; id: number }[];
  /** Records created beside a known one with a close name: also in the reconciliation queue. */
  possiblySame: { kind: Kind; name: string; id: number; candidates: Candidate[] }[];
}
type Memo = { id: number; dayFree: boolean };

/** Loads the whole registry: a few hundred rows for the curated data, tens of thousands after large imports. */
async function loadRecords(db: DbOrTx): Promise<{ actors: ActorRecord[]; places: PlaceRecord[] }> {
  const actors = await rows<ActorRecord & { aliases: ActorRecord['aliases'] | string }>(
    db,
    sql`select a.id, a.name, coalesce((select json_agg(json_build_object('alias', al.alias,
      'validFrom', al.valid_from, 'validTo', al.valid_to)) from actor_aliases al where al.actor_id = a.id), '[]'::json)
      as aliases
    from actors a order by a.id`,
  );
  const places = await rows<PlaceRecord>(
    db,
    sql`select id, name, alt_names as "altNames", lat, lon from locations order by id`,
  );
  return {
    actors: actors.map((a) => ({ ...a, aliases: typeof a.aliases === 'string' ? JSON.parse(a.aliases) : a.aliases })),
    places,
  };
}

/** Time spent resolving actor and place names in this process, in ms (for the bench's share of an import). */
let resolvingMs = 0;
export const nameResolutionMs = () => resolvingMs;

/** The publisher's one name (lib/names/publishers.ts), on every way in that writes a source. */
export function publisherName(raw: string): string {
  const t = performance.now();
  try {
    return resolvePublisher(raw);
  } finally {
    resolvingMs += performance.now() - t;
  }
}

export class NameResolver {
  private registry: NameRegistry;
  private readonly actorMemo = new Map<string, Memo>();
  private readonly placeMemo = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly done: NamesReport = { matched: [], created: [], possiblySame: [] };
  /** What the current transaction added: kept by commit(), dropped by rollback(). */
  private pending: NamesReport = { matched: [], created: [], possiblySame: [] };

  private constructor(
    records: { actors: ActorRecord[]; places: PlaceRecord[] },
    private readonly origin: Origin,
    private readonly label: string | null,
    /** The curated dataset: its records are the registry, matched by their own names only, never queued. */
    private readonly curated: boolean,
  ) {
    this.registry = new NameRegistry(records);
  }

  static async load(db: DbOrTx, { origin, label = null }: { origin: Origin; label?: string | null }) {
    return new NameResolver(await loadRecords(db), origin, label, origin === 'seed');
  }

  /** The actor's id for a name on a day (creating it, with its kind, when the registry lacks it). */
  async actor(tx: DbOrTx, a: Parameters<NameResolver['resolveActor']>[1]): Promise<number> {
    const t = performance.now();
    try {
      return await this.resolveActor(tx, a);
    } finally {
      resolvingMs += performance.now() - t;
    }
  }

  /** The place's id (creating it when new; a known name far from the given coordinates is another place). */
  async place(tx: DbOrTx, place: ImportPlace, opts?: Parameters<NameResolver['resolvePlace']>[2]): Promise<number> {
    const t = performance.now();
    try {
      return await this.resolvePlace(tx, place, opts);
    } finally {
      resolvingMs += performance.now() - t;
    }
  }

  private async resolveActor(
    tx: DbOrTx,
    {
      name,
      kind,
      day,
      wantedId,
      country = null,
    }: { name: string; kind: string; day: string | null; wantedId?: number | null; country?: string | null },
  ): Promise<number> {
    const hit = this.actorMemo.get(name) ?? this.actorMemo.get(`${name}\u0000${day}`);
    if (hit) return hit.id;
    const res = this.curate(this.registry.actor(name, day));
    let id: number;
    if (res.id !== null) {
      id = res.id;
      this.note('actor', name, { id, as: res.name, how: res.how, via: res.via });
    } else {
      id = await this.createActor(
        tx,
        { name: res.name, alias: res.name === name ? null : name, country },
        kind,
        wantedId ?? null,
      );
      await this.queue(tx, 'actor', name, id, res.possibly);
    }
    const dayFree = this.registry.actorIgnoresDay(name);
    this.actorMemo.set(dayFree ? name : `${name}\u0000${day}`, { id, dayFree });
    return id;
  }

  private async resolvePlace(
    tx: DbOrTx,
    place: ImportPlace,
    { wantedId = null, refuseFar = false }: { wantedId?: number | null; refuseFar?: boolean } = {},
  ): Promise<number> {
    const memoKey = `${place.name}\u0000${place.lat}\u0000${place.lon}`;
    const hit = this.placeMemo.get(memoKey);
    if (hit) return hit;
    const res = this.curate(this.registry.place(place));
    let id: number;
    if (res.id !== null) {
      id = res.id;
      this.note('place', place.name, { id, as: res.name, how: res.how, via: res.via });
    } else {
      if (refuseFar) this.refuseFar(place, res.possibly);
      id = await this.createPlace(tx, place, res.possibly, wantedId);
      await this.queue(tx, 'place', place.name, id, res.possibly);
    }
    this.placeMemo.set(memoKey, id);
    return id;
  }

  /** The curated dataset takes a record by its own name only, and queues nothing. */
  private curate(res: Resolution): Resolution {
    if (!this.curated || (res.id !== null && res.how === 'name')) return res;
    return { id: null, name: res.name, possibly: [] };
  }

  /**
   * A typed place named like a known one far away: the form asks instead of creating a second
   * place of that name or dropping the typed coordinates.
   */
  private refuseFar(place: ImportPlace, possibly: Candidate[]) {
    const far = possibly.find((c) => c.why.startsWith('the same name'));
    const known = far && this.registry.placeRecord(far.id);
    if (!known || known.lat === null || known.lon === null || place.lat === null || place.lon === null) return;
    const km = distanceKm({ lat: known.lat, lon: known.lon }, { lat: place.lat, lon: place.lon });
    throw new QueryError(
      'bad_request',
      `The gazetteer already has ${known.name} at ${known.lat.toFixed(4)}, ${known.lon.toFixed(4)}, ` +
        `${Math.round(km).toLocaleString('en')} km from the coordinates given: choose it from the list, ` +
        `or name the new place so it can be told apart (e.g. "${place.name}, region")`,
      'location',
    );
  }

  private note(kind: Kind, name: string, m: Omit<NamesReport['matched'][number], 'kind' | 'name'>) {
    const k = `${kind}\u0000${name}\u0000${m.id}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.pending.matched.push({ kind, name, ...m });
  }

  /** A new actor; named by ACLED's rule ("Armenian protesters"), it keeps ACLED's name as an alias. */
  private async createActor(
    tx: DbOrTx,
    { name, alias, country }: { name: string; alias: string | null; country: string | null },
    kind: string,
    wantedId: number | null,
  ): Promise<number> {
    const free = wantedId ? await isFree(tx, 'actors', wantedId) : false;
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into actors (${free ? sql`id, ` : sql``}name, kind, country)
      values (${free ? sql`${wantedId}, ` : sql``}${name}, ${kind}, ${country})
      on conflict ((lower(name))) do update set name = actors.name returning id`,
    );
    if (alias)
      await tx.execute(
        sql`insert into actor_aliases (actor_id, alias) values (${row!.id}, ${alias}) on conflict do nothing`,
      );
    const aliases = alias ? [{ alias, validFrom: null, validTo: null }] : [];
    this.registry.addActor({ id: row!.id, name, aliases });
    this.pending.created.push({ kind: 'actor', name, id: row!.id });
    return row!.id;
  }

  private async createPlace(tx: DbOrTx, p: ImportPlace, possibly: Candidate[], wantedId: number | null) {
    // The gazetteer already has this name elsewhere: the new place is told apart by its region.
    const sameName = possibly.some((c) => c.why.startsWith('the same name'));
    const name = sameName ? `${p.name} (${whereOf(p)})` : p.name;
    const altNames = sameName ? [p.name, ...(p.altNames ?? [])] : (p.altNames ?? []);
    const free = wantedId ? await isFree(tx, 'locations', wantedId) : false;
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into locations (${free ? sql`id, ` : sql``}name, alt_names, country, admin1, lat, lon, geo_precision)
      values (${free ? sql`${wantedId}, ` : sql``}${name},
        ${`{${altNames.map((n) => `"${n.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[],
        ${p.country}, ${p.admin1}, ${p.lat}, ${p.lon}, ${p.geoPrecision})
      on conflict ((lower(name))) do update set name = locations.name returning id`,
    );
    this.registry.addPlace({ id: row!.id, name, altNames, lat: p.lat, lon: p.lon });
    this.pending.created.push({ kind: 'place', name, id: row!.id });
    return row!.id;
  }

  private async queue(tx: DbOrTx, kind: Kind, name: string, id: number, candidates: Candidate[]) {
    const close = candidates.filter((c) => c.id !== id);
    if (!close.length) return;
    // A pair an analyst called "not the same" (either way round) is never proposed again.
    const distinct = await rows<{ id: number }>(
      tx,
      sql`select case when record_id = ${id} then candidate_id else record_id end as id from reconciliation_queue
      where kind = ${kind} and status = 'distinct' and (record_id = ${id} or candidate_id = ${id})`,
    );
    const others = close.filter((c) => !distinct.some((d) => d.id === c.id));
    if (!others.length) return;
    this.pending.possiblySame.push({ kind, name, id, candidates: others });
    for (const c of others)
      await tx.execute(sql`insert into reconciliation_queue (kind, record_id, candidate_id, reason, origin, label)
        values (${kind}, ${id}, ${c.id}, ${`"${name}" is possibly the same as ${c.name}: ${c.why}`},
          ${this.origin}, ${this.label})
        on conflict do nothing`);
  }

  /** The transaction committed: what it created and matched is reported. */
  commit() {
    for (const k of ['matched', 'created', 'possiblySame'] as const)
      (this.done[k] as unknown[]).push(...this.pending[k]);
    this.pending = { matched: [], created: [], possiblySame: [] };
  }

  /** The transaction rolled back: forget its records (they were never stored). */
  async rollback(db: DbOrTx) {
    this.pending = { matched: [], created: [], possiblySame: [] };
    this.actorMemo.clear();
    this.placeMemo.clear();
    this.seen.clear();
    for (const m of this.done.matched) this.seen.add(`${m.kind}\u0000${m.name}\u0000${m.id}`);
    this.registry = new NameRegistry(await loadRecords(db));
  }

  report(): NamesReport {
    return this.done;
  }
}

/**
 * What the names of article suggestions mean in the registry, by the same rule (nothing is
 * stored until a suggestion is accepted): each actor's id or null, and the place's id or null.
 */
export async function resolveSuggestionNames({
  db,
  suggestions,
}: {
  db: DbOrTx;
  suggestions: { actors: string[]; location: string | null; dateStart: string | null }[];
}): Promise<{ actorIds: (number | null)[]; locationId: number | null }[]> {
  const registry = new NameRegistry(await loadRecords(db));
  return suggestions.map((s) => {
    const day = s.dateStart && /^\d{4}-\d{2}-\d{2}$/.test(s.dateStart) ? s.dateStart : null;
    const place = s.location ? registry.place({ name: s.location, lat: null, lon: null }) : null;
    return { actorIds: s.actors.map((a) => registry.actor(a, day).id), locationId: place?.id ?? null };
  });
}

/** What tells a new place from a namesake: its region, its country, its coordinates (when it has a pair). */
function whereOf(p: ImportPlace): string {
  const region = p.admin1 || p.country;
  if (region) return region;
  if (p.lat === null || p.lon === null) return 'elsewhere';
  return `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`;
}

async function isFree(tx: DbOrTx, table: 'actors' | 'locations', id: number): Promise<boolean> {
  const [taken] = await rows<{ id: number }>(tx, sql`select id from ${sql.raw(table)} where id = ${id}`);
  return !taken;
}
