// Finding the registry's actors and the gazetteer's places in text: every name and alias, longest
// first, an alias counting only within its period ("President of Azerbaijan" in 1995 is Heydar
// Aliyev, in 2021 Ilham Aliyev). Names that are both a government and a place ("Baku", "Moscow")
// are places after a locative preposition and actors elsewhere.
import { anyOf } from '@/lib/temporal/pattern';
import type { Registry } from './types';

export interface NameHit {
  start: number;
  end: number;
  text: string;
  actors: { name: string; kind: string; from: string | null; to: string | null }[];
  place: string | null;
  /** The state a nationality word points to, when no alias of the registry covers the date. */
  fallback?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOCATIVE = /\b(?:in|at|near|to|from|into|outside|around|over|across|toward|towards|via|of)\s+(?:the\s+)?$/i;

/** Nationality words: "Armenian forces" is Armenia's, "Azeri troops" Azerbaijan's. */
const DEMONYMS: Record<string, string> = {
  Armenian: 'Armenia',
  Azerbaijani: 'Azerbaijan',
  Azeri: 'Azerbaijan',
  Russian: 'Russia',
  Turkish: 'Turkey',
  Iranian: 'Iran',
  French: 'France',
  American: 'United States',
  Soviet: 'Soviet Union',
};
const FORCE_WORDS =
  String.raw`(?:armed\s+)?` +
  anyOf(
    ...['forces', 'troops', 'army', 'military', 'soldiers', 'side', 'government', 'authorities', 'officials'],
    ...['border guards', 'servicemen', 'units', 'positions', 'defence ministry', 'defense ministry'],
    ...['foreign ministry', 'leadership'],
  );

export class NameIndex {
  private readonly re: RegExp;
  private readonly byName = new Map<string, NameHit['actors']>();
  private readonly places = new Map<string, string>();
  private readonly demonymRe: RegExp;
  readonly actorNames: Set<string>;

  constructor(readonly registry: Registry) {
    const names = new Set<string>();
    for (const a of registry.actors) {
      const add = (text: string, from: string | null, to: string | null) => {
        const list = this.byName.get(text) ?? [];
        list.push({ name: a.name, kind: a.kind, from, to });
        this.byName.set(text, list);
        names.add(text);
      };
      add(a.name, null, null);
      for (const al of a.aliases) add(al.alias, al.validFrom ?? null, al.validTo ?? null);
    }
    for (const p of registry.places)
      for (const n of [p.name, ...p.altNames]) {
        if (!this.places.has(n)) this.places.set(n, p.name);
        names.add(n);
      }
    this.actorNames = new Set(registry.actors.map((a) => a.name));
    const sorted = [...names]
      .filter((n) => n.length > 1)
      .sort((a, b) => b.length - a.length)
      .map(escape);
    this.re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    this.demonymRe = new RegExp(`\\b(${Object.keys(DEMONYMS).join('|')})\\s+${FORCE_WORDS}\\b`, 'g');
  }

  /** Every actor and place name in `text` (offsets into it), longest match first, not overlapping. */
  find(text: string): NameHit[] {
    const hits: NameHit[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const actors = this.byName.get(m[0]) ?? [];
      const place = this.places.get(m[0]) ?? null;
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], actors, place });
    }
    this.demonymRe.lastIndex = 0;
    for (let m = this.demonymRe.exec(text); m; m = this.demonymRe.exec(text)) {
      const state = DEMONYMS[m[1]!]!;
      if (!this.actorNames.has(state)) continue;
      const overlapping = hits.find((h) => h.start < m!.index + m![0].length && m!.index < h.end);
      if (overlapping) overlapping.fallback ??= state;
      else
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          actors: [{ name: state, kind: 'state', from: null, to: null }],
          place: null,
        });
    }
    return hits.sort((a, b) => a.start - b.start);
  }

  /** The actor a hit names on `day` (YYYY-MM-DD), or null when it names a place there or no one then. */
  actorAt(hit: NameHit, day: string | null, before: string): string | null {
    if (hit.place && (LOCATIVE.test(before) || !hit.actors.length)) return null;
    const valid = hit.actors.filter((a) => !day || ((!a.from || a.from <= day) && (!a.to || a.to >= day)));
    // Several actors share the alias in that period (or no date is known): the alias is ambiguous.
    if (valid.length === 1) return valid[0]!.name;
    const exact = valid.find((a) => a.name === hit.text);
    return exact?.name ?? (valid.length ? null : (hit.fallback ?? null));
  }
}
