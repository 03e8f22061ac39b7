// Stage 5 of the pipeline (extract.ts), who: the registry's actors come from registry.ts; this stage finds the
// people and organisations the registry lacks (after a title, "Foreign Minister Jeyhun Bayramov", or in a run
// of capitalised words that compromise reads as a name) and says which names are part of a longer one and
// which trigger a name is nearest to.
import nlp from 'compromise';
import { anyOf } from '@/lib/temporal/pattern';
import type { NameHit, NameIndex } from './registry';
import type { Sentence } from './segment';

const TITLE_WORDS = new RegExp(
  String.raw`\b${anyOf(
    'President',
    'Prime Minister',
    'Foreign Minister',
    'Defen[cs]e Minister',
    'Minister',
    'spokes(?:man|woman|person)',
    String.raw`Gen\.`,
    'General',
    'Ambassador',
    'Secretary of State',
    'Chancellor',
    'Commissioner',
    'envoy',
    'Ombudsman',
    'Colonel',
    'Lieutenant',
  )}` + String.raw`\s+((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+)`,
  'gu',
);

export const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

export function nearest<T extends { start: number; end: number }>(
  to: { start: number; end: number },
  items: T[],
): T | null {
  let best: T | null = null;
  for (const it of items) if (!best || distance(to, it) < distance(to, best)) best = it;
  return best;
}

/**
 * A place name that is part of a longer proper name ("the Second Nagorno-Karabakh War") is not where something
 * happened.
 */
export function partOfName(text: string, hit: NameHit): boolean {
  return (
    /^\s+[A-Z]/.test(text.slice(hit.end, hit.end + 2)) ||
    /\b(?:First|Second|Third)\s+$/.test(text.slice(Math.max(0, hit.start - 8), hit.start))
  );
}

const NAMES_CACHE_SIZE = 5000;
const namesCache = new Map<string, string[]>();

/** Forget the names seen so far (the benchmark measures an article nobody has read before). */
export const forgetNames = () => namesCache.clear();

/** The people and organisations compromise finds in a run of capitalised words (cached: news repeats its names). */
function namesIn(run: string): string[] {
  let found = namesCache.get(run);
  if (!found) {
    const doc = nlp(run);
    found = ([...doc.people().out('array'), ...doc.organizations().out('array')] as string[])
      .map((n) =>
        n
          .replace(/[’']s$/, '')
          .replace(/[.,;:]+$/, '')
          .trim(),
      )
      .filter((n) => n.includes(' '));
    if (namesCache.size >= NAMES_CACHE_SIZE) namesCache.delete(namesCache.keys().next().value!);
    namesCache.set(run, found);
  }
  return found;
}

/** New people and organisations in a sentence that the registry does not know, by the names the text uses. */
export function unknownNames(s: Sentence, names: NameHit[], index: NameIndex): string[] {
  const covered = (a: number, b: number) => names.some((n) => a < n.end && n.start < b);
  const out = new Set<string>();
  TITLE_WORDS.lastIndex = 0;
  for (let m = TITLE_WORDS.exec(s.text); m; m = TITLE_WORDS.exec(s.text)) {
    const at = s.start + m.index + m[0].length - m[1]!.length;
    if (!covered(at, at + m[1]!.length) && !index.actorNames.has(m[1]!)) out.add(m[1]!);
  }
  // Runs of two or more capitalised words not at the sentence's start: let compromise say whether they name someone.
  const run = /(?<!^)(?<=\s)(?:[A-Z][\p{L}’'.-]+\s+){1,3}[A-Z][\p{L}’'-]+/gu;
  const candidates: string[] = [];
  for (let m = run.exec(s.text); m; m = run.exec(s.text))
    if (!covered(s.start + m.index, s.start + m.index + m[0].length)) candidates.push(m[0]);
  for (const candidate of candidates)
    for (const name of namesIn(candidate)) if (!index.actorNames.has(name)) out.add(name);
  return [...out];
}
