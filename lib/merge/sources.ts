// When two citations are one source, and how two quotes of it are kept: the rule of a merge, shared
// by the query that moves the sources and the merge page's preview of the result.

/** What identifies a cited source; `id` is the stored row, when known. */
export interface SourceKey {
  id?: number;
  url: string | null;
  publisher: string;
  title: string | null;
}

const key = (s: string | null) => (s ?? '').trim().toLowerCase();

/** The same source: one row, one URL, or (not both having a URL) one publisher and one title. */
export function sameSource(a: SourceKey, b: SourceKey): boolean {
  if (a.id !== undefined && a.id === b.id) return true;
  if (a.url && b.url) return a.url === b.url;
  return !!a.title && !!b.title && key(a.publisher) === key(b.publisher) && key(a.title) === key(b.title);
}

/** Both quotes, without repeating one that the other already holds. */
export function joinQuotes(kept: string, added: string): string {
  if (!added || kept.includes(added)) return kept;
  if (!kept || added.includes(kept)) return added;
  return `${kept} … ${added}`;
}

/** The survivor's sources after a merge: its own, then each of the other's it does not cite yet. */
export function mergedSources<S extends SourceKey & { quote: string }>(kept: S[], added: S[]): S[] {
  const out = kept.map((s) => ({ ...s }));
  for (const s of added) {
    const same = out.find((k) => sameSource(k, s));
    if (same) same.quote = joinQuotes(same.quote, s.quote);
    else out.push({ ...s });
  }
  return out;
}
