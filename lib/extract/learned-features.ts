// What the learned stage (learned.ts) knows of a sentence: its words and word pairs, and what the rules
// made of it (their trigger words' sub-types, the rules that set a word aside, where its date comes from).
// The same features at training (scripts/train-extract.ts) and at extraction, so both live here.
import type { EventDate } from './dates';
import type { Sentence } from './segment';

export interface SentenceContext {
  sentence: Sentence;
  /** The date the sentence gives or inherits: its own words, its chronology entry, or the paragraph's. */
  date: EventDate | null;
  dateText: string | null;
  dateSource: 'sentence' | 'list' | 'paragraph' | null;
  /** The sentence's date expressions, as offsets into it (a title leaves out the one it opens with). */
  dates: [number, number][];
  /** Sub-types of the trigger words the rules kept in it. */
  triggers: string[];
  /** The names of the rules that set a word of it aside ("negation", "participial-clause"…). */
  rules: string[];
  /** Its place among the article's sentences (0 for the first read). */
  position: number;
  /** How many registry actors and places it names; the actors (registry names) and the first place. */
  names: number;
  actors: string[];
  location: string | null;
  /** Whether a rule's event elsewhere in the article has the same date: then it is often that event, told again. */
  dateTaken?: boolean;
}

/** Words as the model reads them: lower case, numbers by their shape (a year, a day, a count). */
export function tokensOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}]+(?:[’'][\p{L}]+)?|\d+/gu) ?? []).map((w) =>
    /^\d+$/.test(w) ? (/^(?:19|20)\d\d$/.test(w) ? '<year>' : w.length <= 2 ? '<small>' : '<number>') : w,
  );
}

/**
 * A word less its inflection, so that what tuning saw as "shelled" also reads "shelling" and "shells", and
 * "ceasefires" reads "ceasefire" (a crude suffix rule: a feature only needs one stem for related forms, not a lemma).
 */
export const stemOf = (w: string) =>
  w.length > 5 ? w.replace(/(?:ations?|ments?|ing|ed|es|s)$/, '').replace(/(?:e|ie)$/, '') : w;

const bucket = (n: number, edges: number[]) =>
  String(edges.findIndex((e) => n <= e) === -1 ? edges.length : edges.findIndex((e) => n <= e));

/** The sentence's features, each a name that is present (a binary feature); the same name at most once. */
export function featuresOf(c: SentenceContext): string[] {
  const words = tokensOf(c.sentence.text);
  const out = new Set<string>(['bias']);
  words.forEach((w, i) => {
    out.add(`w:${w}`);
    const stem = stemOf(w);
    if (stem !== w) out.add(`s:${stem}`);
    if (i + 1 < words.length) out.add(`b:${w}_${words[i + 1]}`);
  });
  if (words.length) out.add(`first:${words[0]}`);
  out.add(`kind:${c.sentence.kind}`);
  out.add(`date:${c.dateSource ?? 'none'}`);
  if (c.date) out.add(`precision:${c.date.precision}`);
  out.add(`dates:${bucket(c.dates.length, [0, 1])}`);
  out.add(`position:${bucket(c.position, [2, 5, 10, 20])}`);
  out.add(`length:${bucket(words.length, [8, 16, 30, 50])}`);
  out.add(`names:${bucket(c.names, [0, 1, 3])}`);
  out.add(`triggers:${bucket(c.triggers.length, [0, 1])}`);
  for (const t of c.triggers) out.add(`trigger:${t}`);
  for (const r of c.rules) out.add(`rule:${r}`);
  out.add(`taken:${c.dateTaken ? 'yes' : 'no'}`);
  return [...out];
}
