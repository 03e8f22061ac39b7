// The one rule that says which registry record a name means, for actors and places, whatever the
// way in. Pure: db/names.ts loads the records and stores what this decides. An actor is found by
// its name, then by an alias valid on the event's day, then by ACLED's rule for generic actors; a
// place by its name or other names, then by coordinates (a few km away, under a compatible name).
// Anything close but not equal is never taken: the caller creates a record and lists the
// candidates as "possibly the same".
import { SAME_PLACE_KM, distanceKm } from '@/lib/geo/distance';
import { acledGenericActor, withoutAcledPeriod } from './acled';
import { isNearName, looseKey, nameKey } from './key';

export type How = 'name' | 'alias' | 'other name' | 'ACLED rule' | 'coordinates';
export interface ActorRecord {
  id: number;
  name: string;
  aliases: { alias: string; validFrom: string | null; validTo: string | null }[];
}
export interface PlaceRecord {
  id: number;
  name: string;
  altNames: string[];
  lat: number | null;
  lon: number | null;
}
export interface Candidate {
  id: number;
  name: string;
  why: string;
}
export type Resolution =
  { id: number; name: string; how: How; via: string } | { id: null; name: string; possibly: Candidate[] };

/** A different name this close to a known place (and compatible with its name) is that place. */
export const NEAR_PLACE_KM = 5;

type KeyEntry = {
  id: number;
  name: string;
  via: string;
  how: 'name' | 'alias' | 'other name';
  from?: string | null;
  to?: string | null;
};

const inPeriod = (e: KeyEntry, day: string | null) => !day || ((!e.from || e.from <= day) && (!e.to || e.to >= day));
const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
};

/** Keys with one letter deleted: two keys one edit apart share one of these (SymSpell's trick). */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

class Index {
  readonly byKey = new Map<string, KeyEntry[]>();
  private readonly near = new Map<string, Set<number>>();
  readonly names = new Map<number, string>();

  /** Indexes the entry under its own name's key, or under `under` (another way of writing that name). */
  add(entry: KeyEntry, under: string = entry.via) {
    const key = nameKey(under);
    if (!key) return;
    push(this.byKey, key, entry);
    if (!this.names.has(entry.id) || entry.how === 'name') this.names.set(entry.id, entry.name);
    for (const k of [...deletions(key), `~${looseKey(under)}`]) {
      const set = this.near.get(k) ?? new Set<number>();
      set.add(entry.id);
      this.near.set(k, set);
    }
  }

  /** Records whose name or other name is close to `name` (one edit, or the same loose key), verified. */
  nearTo(name: string, vias: (id: number) => string[]): number[] {
    const key = nameKey(name);
    const ids = new Set<number>();
    for (const k of [...deletions(key), `~${looseKey(name)}`]) for (const id of this.near.get(k) ?? []) ids.add(id);
    return [...ids].filter((id) => vias(id).some((v) => isNearName(v, name)));
  }
}

export class NameRegistry {
  private readonly actors = new Index();
  private readonly places = new Index();
  private readonly actorVias = new Map<number, string[]>();
  private readonly placeRecords = new Map<number, PlaceRecord>();

  constructor(records: { actors?: ActorRecord[]; places?: PlaceRecord[] } = {}) {
    for (const a of records.actors ?? []) this.addActor(a);
    for (const p of records.places ?? []) this.addPlace(p);
  }

  addActor(a: ActorRecord) {
    this.actors.add({ id: a.id, name: a.name, via: a.name, how: 'name' });
    for (const al of a.aliases) {
      const entry: KeyEntry = {
        id: a.id,
        name: a.name,
        via: al.alias,
        how: 'alias',
        from: al.validFrom,
        to: al.validTo,
      };
      this.actors.add(entry);
      // ACLED's name without its period ("Military Forces of Azerbaijan") means the alias whose period holds the day.
      const bare = withoutAcledPeriod(al.alias);
      if (bare) this.actors.add(entry, bare);
    }
    this.actorVias.set(a.id, [...(this.actorVias.get(a.id) ?? []), a.name, ...a.aliases.map((al) => al.alias)]);
  }

  addPlace(p: PlaceRecord) {
    this.places.add({ id: p.id, name: p.name, via: p.name, how: 'name' });
    for (const n of p.altNames) this.places.add({ id: p.id, name: p.name, via: n, how: 'other name' });
    this.placeRecords.set(p.id, p);
  }

  /** The actor `name` means on `day` (YYYY-MM-DD, or null when unknown). */
  actor(name: string, day: string | null): Resolution {
    const direct = this.actorByKey(name, day);
    if (direct.id !== null) return direct;
    const generic = acledGenericActor(name);
    if (generic) {
      const ruled = this.actorByKey(generic.name, day);
      if (ruled.id !== null) return { ...ruled, how: 'ACLED rule', via: name };
    }
    const possibly = [...direct.possibly];
    for (const id of this.actors.nearTo(name, (i) => this.actorVias.get(i) ?? []))
      if (!possibly.some((c) => c.id === id))
        possibly.push({ id, name: this.actors.names.get(id)!, why: 'a similar name' });
    return { id: null, name: generic?.name ?? name, possibly };
  }

  /** Whether what `name` means cannot change with the day (no period on the aliases it could be). */
  actorIgnoresDay(name: string): boolean {
    const generic = acledGenericActor(name);
    return [name, ...(generic ? [generic.name] : [])].every((n) => {
      const entries = this.actors.byKey.get(nameKey(n)) ?? [];
      return entries.some((e) => e.how === 'name') || entries.every((e) => !e.from && !e.to);
    });
  }

  private actorByKey(name: string, day: string | null): Resolution {
    const entries = this.actors.byKey.get(nameKey(name)) ?? [];
    const named = entries.filter((e) => e.how === 'name');
    if (named.length) return found(named.sort((a, b) => a.id - b.id)[0]!);
    const valid = entries.filter((e) => inPeriod(e, day));
    const ids = new Set(valid.map((e) => e.id));
    if (ids.size === 1) return found(valid[0]!);
    const possibly: Candidate[] = (ids.size > 1 ? valid : entries).map((e) => ({
      id: e.id,
      name: e.name,
      why: ids.size > 1 ? `shares the alias "${e.via}"` : `has the alias "${e.via}" only ${period(e)}`,
    }));
    return { id: null, name, possibly };
  }

  /** The place a name (with the coordinates a source gives, if any) means. */
  place(p: { name: string; lat: number | null; lon: number | null }): Resolution {
    const at = p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : null;
    const entries = this.places.byKey.get(nameKey(p.name)) ?? [];
    const far: Candidate[] = [];
    const close = entries
      .map((e) => ({ e, km: this.kmTo(e.id, at) }))
      .filter(({ e, km }) => {
        if (km === null || km <= SAME_PLACE_KM) return true;
        if (!far.some((c) => c.id === e.id))
          far.push({ id: e.id, name: e.name, why: `the same name ${Math.round(km)} km away` });
        return false;
      })
      .sort((a, b) => (a.km ?? 0) - (b.km ?? 0) || a.e.id - b.e.id);
    if (close.length) return found(close[0]!.e);
    const near = this.places.nearTo(p.name, (id) => {
      const r = this.placeRecords.get(id)!;
      return [r.name, ...r.altNames];
    });
    if (at) {
      const nearby = near
        .map((id) => ({ id, km: this.kmTo(id, at) }))
        .filter((c): c is { id: number; km: number } => c.km !== null && c.km <= NEAR_PLACE_KM)
        .sort((a, b) => a.km - b.km);
      if (nearby.length) {
        const r = this.placeRecords.get(nearby[0]!.id)!;
        return { id: r.id, name: r.name, how: 'coordinates', via: `${Math.round(nearby[0]!.km * 10) / 10} km` };
      }
    }
    const possibly = [
      ...far,
      ...near
        .filter((id) => !far.some((c) => c.id === id))
        .map((id) => {
          const km = this.kmTo(id, at);
          const where = km === null ? '' : `, ${Math.round(km)} km away`;
          return { id, name: this.placeRecords.get(id)!.name, why: `a similar name${where}` };
        }),
    ];
    return { id: null, name: p.name, possibly };
  }

  placeRecord(id: number): PlaceRecord | undefined {
    return this.placeRecords.get(id);
  }

  private kmTo(id: number, at: { lat: number; lon: number } | null): number | null {
    const r = this.placeRecords.get(id);
    if (!at || !r || r.lat === null || r.lon === null) return null;
    return distanceKm({ lat: r.lat, lon: r.lon }, at);
  }
}

function found(e: KeyEntry): Resolution {
  return { id: e.id, name: e.name, how: e.how, via: e.via };
}
function period(e: KeyEntry): string {
  if (e.from && e.to) return `from ${e.from} to ${e.to}`;
  return e.from ? `from ${e.from}` : `until ${e.to}`;
}
