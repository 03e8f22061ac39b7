// Stage 3 of the pipeline (extract.ts), what happened: the trigger words of a sentence (lexicon.ts), each
// mapped to a sub-type of the taxonomy, less those a rule sets aside before anything else is read (in a
// quotation, negated, hypothetical, habitual, a statement without its speaker, a participial clause of
// another event); each rule has the name the eval's --misses output reports.
import { anyOf } from '@/lib/temporal/pattern';
import { HEAD_SYNONYMS, TRIGGERS, type Trigger } from './lexicon';
import { speakerBefore } from './claims';
import type { NameHit } from './registry';
import type { Sentence } from './segment';

export interface Hit {
  start: number;
  end: number;
  trigger: Trigger;
  salience: number;
  infinitive: boolean;
  definite: boolean;
  qualifier: string | null;
}

const NEGATION = /\b(?:not|no|never|without|n't|denied|denies|deny|neither|nor)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;

const NEGATED_SENTENCE = /^(?:No|Neither|Nobody|None|Nothing)\b/;

/** What only might happen — "If they sign…", "the border could be demarcated" — is not an event. */
const HYPOTHETICAL_SENTENCE = /^(?:If|Unless|Should)\b/;

const MODAL_BEFORE = new RegExp(
  String.raw`\b${anyOf('could', 'might', 'may', 'would', 'should', 'can')}\s+` +
    String.raw`(?:${anyOf('not', 'then', 'finally', 'still', 'also', 'soon', 'eventually', 'possibly')}\s+)*` +
    String.raw`(?:be\s+|have\s+)?(?:[\p{L}-]+ly\s+)?$`,
  'iu',
);

/** Something that happened again and again is not one event with one date. */
const HABITUAL = new RegExp(
  String.raw`\b${anyOf(
    'dozens of times',
    'many times',
    'several times',
    'repeatedly',
    'regularly',
    'routinely',
    'time and again',
    'every (?:day|week|month|year)',
  )}\b`,
  'i',
);

const FUTURE_BEFORE = new RegExp(
  String.raw`\b${anyOf(
    'will',
    'would',
    "'ll",
    'shall',
    'to',
    'plans? to',
    'planned to',
    'expected to',
    'scheduled to',
    'set to',
    'due to',
    'intends? to',
    'aims? to',
    'pledged to',
    'promised to',
    'going to',
    'were soon',
    'are soon',
    'is soon',
  )}\s+(?:[\p{L}’'-]+\s+){0,3}$`,
  'iu',
);

/** "last year's war", "the 2020 war": a noun dated by the words just before it. */
const DATED_NOUN_BEFORE = /\b(?:\d{4}|year|month|week)[’']s\s+(?:[\p{L}-]+\s+)?$/iu;

const lookbehinds = new Map<RegExp, RegExp>();

/**
 * Whether `re`, a pattern that ends with `$`, matches the text just before `at`: the same test as
 * on text.slice(0, at), read backwards from `at` by a sticky lookbehind. On the slice the engine
 * tries every start from the sentence's first character, for every trigger word of the sentence.
 */
function endsAt(re: RegExp, text: string, at: number): boolean {
  let back = lookbehinds.get(re);
  if (!back) {
    back = new RegExp(`(?<=${re.source.replace(/\$$/, '')})`, `${re.flags.replace(/[gy]/g, '')}y`);
    lookbehinds.set(re, back);
  }
  back.lastIndex = at;
  return back.test(text);
}

export const inside = (ranges: [number, number][], at: number) => ranges.some(([a, b]) => at >= a && at < b);

/** The name of the rule that sets a trigger word aside before anything else is read, or null. */
function setAside(
  s: Sentence,
  trigger: Trigger,
  m: RegExpExecArray,
  quoted: [number, number][],
  names: NameHit[],
): string | null {
  const start = s.start + m.index;
  if (inside(quoted, start)) return 'quotation';
  if (endsAt(NEGATION, s.text, m.index) || NEGATED_SENTENCE.test(s.text)) return 'negation';
  if (trigger.speakerSubject && !speakerBefore(s, names, start)) return 'statement-without-speaker';
  const person = (n: NameHit) =>
    n.actors.some((a) => a.kind === 'person') &&
    n.end <= start &&
    /^\s*(?:[\p{L}’'-]+\s+){0,1}$/u.test(s.text.slice(n.end - s.start, m.index));
  if (trigger.personSubject && !names.some(person)) return 'statement-without-person';
  return null;
}

export function triggerHits(s: Sentence, quoted: [number, number][], names: NameHit[], trace?: Trace): Hit[] {
  const found: Hit[] = [];
  const drop = (rule: string, at: number, length: number) => trace?.(rule, at, at + length);
  TRIGGERS.forEach((trigger, index) => {
    trigger.re.lastIndex = 0;
    for (let m = trigger.re.exec(s.text); m; m = trigger.re.exec(s.text)) {
      const start = s.start + m.index;
      const before = s.text.slice(0, m.index);
      const rule = setAside(s, trigger, m, quoted, names);
      if (rule) {
        drop(rule, start, m[0].length);
        continue;
      }
      // Capitalised mid-sentence, a trigger word is part of a name ("Second Nagorno-Karabakh War") unless the name
      // is the event.
      const word = m[0];
      const infinitive = endsAt(FUTURE_BEFORE, s.text, m.index);
      const gerund =
        trigger.kind === 'verb' && /^\S+ing$/i.test(word) && !/\b(?:is|are|was|were|been|be)\s+$/i.test(before);
      // "a blockade", "the rally": a verb's bare form after a determiner is a noun.
      const asNoun =
        trigger.kind === 'verb' &&
        !/\s/.test(word) &&
        !/(?:ed|ing|s)$/i.test(word) &&
        /\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+)?$/iu.test(before);
      // A participial clause tells the manner or the motive of the main event, not another one:
      // ", saying they were protesting", ", demanding that the government mobilise". A dated noun there still counts.
      if (
        (trigger.kind === 'verb' && /^\S+ing$/i.test(word) && /,\s*$/.test(before)) ||
        (/,\s*[a-z]+ing\b(?![^,]*,\s*(?:and\s+|then\s+)?$)/.test(before) &&
          !(trigger.kind === 'noun' && endsAt(DATED_NOUN_BEFORE, s.text, m.index)))
      ) {
        drop('participial-clause', start, word.length);
        continue;
      }
      // The months March and May are not the verbs.
      if (/^(?:March|May)$/.test(word)) continue;
      if (trigger.next && !trigger.next.test(s.text.slice(m.index + word.length))) continue;
      if (HABITUAL.test(s.text.slice(m.index, m.index + word.length + 40))) {
        drop('habitual', start, word.length);
        continue;
      }
      if (HYPOTHETICAL_SENTENCE.test(s.text) || endsAt(MODAL_BEFORE, s.text, m.index)) {
        drop('hypothetical', start, word.length);
        continue;
      }
      const definite = /\b(?:the|this|that|these|those)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/iu.exec(before);
      const qualifier = definite
        ? (names.find((n) => n.place && n.start >= s.start + definite.index && n.end <= start)?.place ?? null)
        : null;
      found.push({
        start,
        end: start + word.length,
        trigger: asNoun ? { ...trigger, kind: 'noun' } : trigger,
        salience: trigger.kind === 'noun' || asNoun ? 2 : gerund ? 1 : 3,
        infinitive,
        definite: !!definite && /^(?:the|this|that)/i.test(definite[0]),
        qualifier,
        order: index,
      } as Hit & { order: number });
    }
  });
  const ordered = (found as (Hit & { order: number })[]).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order,
  );
  const taken: Hit[] = [];
  for (const h of ordered) if (!taken.some((x) => h.start < x.end && x.start < h.end)) taken.push(h);
  // "X said" is the news only when nothing else in the sentence is: otherwise it attributes the news.
  const others = taken.some((h) => !h.trigger.personSubject && !h.trigger.outcome);
  for (const h of taken) if (h.trigger.personSubject && others) drop('attribution', h.start, h.end - h.start);
  return taken.filter((h) => !(h.trigger.personSubject && others)).sort((a, b) => a.start - b.start);
}

/** The kind of thing a trigger names, for later references to it ("the war", "the talks"). */
export function headOf(text: string, h: Hit): string | null {
  if (h.trigger.kind === 'verb') return h.trigger.head ? (HEAD_SYNONYMS[h.trigger.head] ?? null) : null;
  return HEAD_SYNONYMS[text.slice(h.start, h.end).toLowerCase().split(/\s+/).at(-1)!] ?? null;
}

/** Told where a rule set a word aside, by the rule's name: how `npm run eval:extract -- --misses` explains a miss. */
export type Trace = (rule: string, start: number, end: number) => void;
