// Candidates for a reconciliation query, by the rule imports use (lib/names/registry.ts): what the
// registry resolves a name to (its name, an alias valid on the day, ACLED's rule) is the one match,
// scored 100; what it calls "possibly the same" scores lower, and names sharing words lower still.
// Nothing but a registry match is ever `match: true`. Pure: db/queries/reconcile.ts loads the records.
import { NameRegistry, type Candidate, type Resolution } from '@/lib/names/registry';
import { nameKey } from '@/lib/names/key';
import type { EntityType, ReconQuery } from '@/lib/validation/reconcile';
import { describeEntity, type ReconActor, type ReconEntity, type ReconPlace } from './entities';

export interface ReconCandidate {
  id: string;
  name: string;
  description: string;
  type: { id: EntityType; name: string }[];
  score: number;
  match: boolean;
}

export const TYPE_NAMES: Record<EntityType, string> = { actor: 'Actor', place: 'Place' };

/** Scores below a registry match: one alias shared by several records, a close name, an alias of another day. */
function possiblyScore(c: Candidate): number {
  if (c.why.startsWith('shares the alias')) return 80;
  if (c.why.startsWith('a similar name') || c.why.startsWith('the same name')) return 70;
  return 60;
}

/** Names sharing whole words with the query (Aliyev, Ilham Aliyev): up to 50, by the words in common. */
function wordScore(query: string[], name: string[]): number {
  if (!query.length || !name.length) return 0;
  const common = query.filter((w) => name.includes(w)).length;
  return common ? Math.round((50 * common) / new Set([...query, ...name]).size) : 0;
}

const words = (name: string) => nameKey(name).split(' ').filter(Boolean);

export class ReconIndex {
  private readonly registry: NameRegistry;
  private readonly entities: Record<EntityType, Map<number, ReconEntity>> = { actor: new Map(), place: new Map() };
  private readonly wordsOf = new Map<ReconEntity, string[][]>();
  /** Entities by each word of their names: a query scores only those sharing a word with it. */
  private readonly byWord: Record<EntityType, Map<string, Set<ReconEntity>>> = { actor: new Map(), place: new Map() };

  constructor({ actors, places }: { actors: ReconActor[]; places: ReconPlace[] }) {
    this.registry = new NameRegistry({ actors, places });
    for (const e of [...actors, ...places]) {
      this.entities[e.type].set(e.id, e);
      const nameWords = e.names.map(words);
      this.wordsOf.set(e, nameWords);
      for (const w of new Set(nameWords.flat())) {
        const set = this.byWord[e.type].get(w) ?? new Set<ReconEntity>();
        set.add(e);
        this.byWord[e.type].set(w, set);
      }
    }
  }

  entity(type: EntityType, id: number): ReconEntity | undefined {
    return this.entities[type].get(id);
  }

  /** The query's candidates, best first, at most its limit. */
  reconcile(q: ReconQuery): ReconCandidate[] {
    const values = (pid: string) => q.properties.filter((p) => p.pid === pid).flatMap((p) => p.values);
    const [day = null] = values('date');
    const countries = values('country');
    const kinds = values('kind');
    const types = (q.type ?? ['actor', 'place']).filter((t) => !kinds.length || t === 'actor');
    const scored = new Map<ReconEntity, { score: number; resolved: boolean }>();
    const add = (e: ReconEntity | undefined, score: number, resolved = false) => {
      if (!e || (countries.length && e.country && !countries.includes(e.country))) return;
      if (kinds.length && e.type === 'actor' && !kinds.includes(e.kind)) return;
      const was = scored.get(e);
      if (!was || was.score < score) scored.set(e, { score, resolved });
    };
    const query = q.query ?? '';
    if (!nameKey(query)) return [];
    for (const type of types) {
      const res: Resolution =
        type === 'actor' ? this.registry.actor(query, day) : this.registry.place({ name: query, lat: null, lon: null });
      if (res.id !== null) add(this.entity(type, res.id), 100, true);
      else for (const c of res.possibly) add(this.entity(type, c.id), possiblyScore(c));
      const qWords = words(query);
      const sharing = new Set(qWords.flatMap((w) => [...(this.byWord[type].get(w) ?? [])]));
      for (const e of sharing) {
        const best = Math.max(...this.wordsOf.get(e)!.map((w) => wordScore(qWords, w)));
        if (best > 0) add(e, best);
      }
    }
    const resolved = [...scored.values()].filter((s) => s.resolved).length;
    return [...scored]
      .sort(([a, x], [b, y]) => y.score - x.score || a.name.localeCompare(b.name) || a.id - b.id)
      .slice(0, q.limit)
      .map(([e, s]) => ({
        ...candidateOf(e),
        score: s.score,
        // Two records named alike (an actor and a place both "Armenia") are no certain match.
        match: s.resolved && resolved === 1,
      }));
  }

  /** Records whose name or other name starts with `prefix` (or has a word that does), for auto-completion. */
  suggest({ prefix, type, cursor }: { prefix: string; type?: EntityType; cursor: number }) {
    const key = nameKey(prefix);
    if (!key) return [];
    const hits: { e: ReconEntity; rank: number }[] = [];
    for (const t of type ? [type] : (['actor', 'place'] as const))
      for (const e of this.entities[t].values()) {
        const keys = e.names.map(nameKey);
        const rank = keys.some((k) => k.startsWith(key)) ? 0 : keys.some((k) => k.includes(` ${key}`)) ? 1 : -1;
        if (rank >= 0) hits.push({ e, rank });
      }
    return hits
      .sort((a, b) => a.rank - b.rank || a.e.name.localeCompare(b.e.name) || a.e.id - b.e.id)
      .slice(cursor, cursor + 10)
      .map(({ e }) => {
        const c = candidateOf(e);
        return { id: c.id, name: c.name, description: c.description, notable: c.type };
      });
  }
}

export function candidateOf(e: ReconEntity): Omit<ReconCandidate, 'score' | 'match'> {
  return {
    id: `${e.type}-${e.id}`,
    name: e.name,
    description: describeEntity(e),
    type: [{ id: e.type, name: TYPE_NAMES[e.type] }],
  };
}
