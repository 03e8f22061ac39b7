// Casualty figures in the sentences that tell an event: "At least 27 people have been killed and another 200
// wounded", "left more than 6,500 people dead", "the death toll has risen to 10", "as many as 30,000 dead".
// The words around a number (in digits or words) say whether it counts the dead or the wounded, and how sure the
// text is of it (UCDP's best / low / high): "at least" and "more than" give a best estimate, "as many as" and
// "close to" an upper bound, "between 300 and 500 killed" a range.
import { MONTH_RE } from '@/lib/temporal/tagger';

export interface Figure {
  best: number | null;
  low: number | null;
  high: number | null;
}
export interface Casualties {
  fatalities: Figure | null;
  wounded: Figure | null;
}
type Kind = keyof Casualties;

interface NumberToken {
  value: number;
  start: number;
  end: number;
}

const DEAD = String.raw`(?:killed|dead|died|deaths?|fatalit(?:y|ies)|lost\s+their\s+lives|perished|martyred)`;
const HURT = String.raw`(?:wounded|injured|injuries|hurt)`;
// Who they were ("Azerbaijani soldiers from both sides"), an aside between commas ("two children among them"),
// then the passive ("have been", "were seriously").
const WHO = String.raw`(?:[\p{L}’'-]+(?:\s+|(?=,))){0,6}?`;
const ASIDE = String.raw`(?:,[^,.;:]{1,40},\s*)?`;
const AUX = String.raw`(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is|been)\s+)?`;
const HOW = String.raw`(?:(?:seriously|severely|critically|slightly|reportedly)\s+)?`;
const after = (what: string) => new RegExp(String.raw`^(\s*${WHO})${ASIDE}${AUX}${HOW}${what}\b`, 'iu');
const AFTER: Record<Kind, RegExp> = { fatalities: after(DEAD), wounded: after(HURT) };
// The verb before the count: "killed more than 1,200 soldiers", "killing three soldiers", "the killing of 1.5 million",
// "wounded another 2,500".
const before = (what: string) => new RegExp(String.raw`\b${what}\s+(?:another\s+|some\s+)?$`, 'iu');
const TOLL = String.raw`death\s+toll\b[^.;]{0,80}?\b(?:to|at|of|reached|hit)`;
const BEFORE: Record<Kind, RegExp> = {
  fatalities: before(String.raw`(?:killed|killing(?:\s+of)?|claimed\s+the\s+lives\s+of|${TOLL})`),
  wounded: before(String.raw`(?:wounded|injured|injuring|wounding)`),
};
const UPPER = /\b(?:as\s+many\s+as|up\s+to|close\s+to|nearly|almost|fewer\s+than|less\s+than)\s+$/i;
const ESTIMATE = /\b(?:at\s+least|more\s+than|over|some|around|about|approximately|roughly|an\s+estimated)\s+$/i;
const RANGE_BEFORE = /\bbetween\s+$/i;
// A number that is part of a date, an age, a duration or a share counts nobody.
const NOT_A_COUNT_AFTER = new RegExp(String.raw`^(?:\s*${MONTH_RE}\b|\s*(?:of\s+(?:them|whom)|per\s*cent|%)|-)`, 'i');
const NOT_A_COUNT_BEFORE = new RegExp(String.raw`(?:\b${MONTH_RE}\s+|\bb\.\s*|[-–/:.]|\$\s*)$`, 'i');
const HARM_WORD = /\b(?:kill|dead|die|death|fatalit|lives|perish|martyr|wound|injur|hurt|toll)/i;
const YEAR = /^(?:1[89]|20)\d\d$/;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 13] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
  ['a', 1],
  ['an', 1],
]);
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const WORD = `(?:${[...TENS, ...TEENS, ...UNITS].join('|')})(?:-(?:${UNITS.slice(0, 9).join('|')}))?`;
const NUMBER = new RegExp(
  String.raw`\b(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(${WORD}|an?(?=\s+(?:hundred|thousand|million))))` +
    String.raw`(?:\s+(hundred|thousand|million))?\b`,
  'gi',
);

// Not compromise, which reads numbers too but costs milliseconds a sentence: the extractor's budget is 150 ms for
// a 2,000-word article, and counts of the dead are written in few ways.
function valueOf(digits: string | undefined, word: string | undefined, scale: string | undefined): number {
  const base = digits
    ? Number(digits.replace(/,/g, ''))
    : word!
        .toLowerCase()
        .split('-')
        .reduce((n, w) => n + (WORD_VALUE.get(w) ?? 0), 0);
  return base * (scale ? SCALE[scale.toLowerCase()]! : 1);
}

function numbersIn(text: string): NumberToken[] {
  return [...text.matchAll(NUMBER)]
    .map((m) => ({ value: valueOf(m[1], m[2], m[3]), start: m.index, end: m.index + m[0].length, raw: m[0] }))
    .filter((n) => n.value > 0 && Number.isInteger(n.value) && !YEAR.test(n.raw));
}

/** How sure the text is of a count: `head` is the sentence before it, `previous` the number before that. */
function qualified(value: number, head: string, previous: NumberToken | undefined): Figure {
  const lead = previous ? head.slice(previous.end) : '';
  if (previous && RANGE_BEFORE.test(head.slice(0, previous.start)) && /^\s+and\s+$/i.test(lead))
    return { best: null, low: previous.value, high: value };
  if (previous && /^\s*(?:to|-|–)\s*$/.test(lead)) return { best: null, low: previous.value, high: value };
  if (UPPER.test(head)) return { best: null, low: null, high: value };
  return { best: value, low: null, high: null };
}

/** The figures one sentence gives: each number that counts the dead or the wounded. */
export function casualtiesIn(sentence: string): { kind: Kind; figure: Figure }[] {
  // Most sentences count nobody, and say so without a word of death or injury.
  if (!HARM_WORD.test(sentence)) return [];
  const numbers = numbersIn(sentence);
  const out: { kind: Kind; figure: Figure }[] = [];
  numbers.forEach((n, i) => {
    const head = sentence.slice(0, n.start);
    const tail = sentence.slice(n.end);
    if (NOT_A_COUNT_AFTER.test(tail) || NOT_A_COUNT_BEFORE.test(head)) return;
    const next = numbers[i + 1];
    for (const kind of ['fatalities', 'wounded'] as const) {
      const m = AFTER[kind].exec(tail);
      // Who they were must not hold another number: in "27 September three soldiers were killed" the count is
      // "three" (an aside may: "Nine civilians, four of them women, were killed").
      const counted = m && (!next || n.end + m[1]!.length <= next.start);
      const bare = head.replace(ESTIMATE, '').replace(UPPER, '');
      if (!counted && !BEFORE[kind].test(bare)) continue;
      out.push({ kind, figure: qualified(n.value, head, numbers[i - 1]) });
      return;
    }
  });
  return out;
}

const largest = (f: Figure) => f.best ?? f.high ?? f.low ?? 0;

/**
 * The casualties of an event told by these sentences: for each kind, the largest figure given (a toll that
 * "has risen to 10" replaces the nine first reported; the sides' tolls are not added up, as the text may count
 * one inside the other). Null where the sentences give none.
 */
export function casualtiesOf(sentences: string[]): Casualties {
  const all = sentences.flatMap(casualtiesIn);
  const pick = (kind: Kind) =>
    all
      .filter((c) => c.kind === kind)
      .map((c) => c.figure)
      .sort((a, b) => largest(b) - largest(a))[0] ?? null;
  return { fatalities: pick('fatalities'), wounded: pick('wounded') };
}

/** ACLED's event types whose events have dead: a toll told after one of them is its toll. */
const VIOLENT_TYPES = new Set(['battles', 'explosions-remote-violence', 'violence-against-civilians']);
export const countsCasualties = (eventType: string) => VIOLENT_TYPES.has(eventType);

/**
 * "Shelling resumed on 13 September. Two soldiers were killed.": a violent event whose own sentences count no dead
 * takes the toll told after it in the same paragraph, up to the next proposed event.
 */
export function tollsAfter<E extends { eventType: string; span: [number, number] } & Casualties>(
  text: string,
  events: E[],
): E[] {
  return events.map((e, i) => {
    if (e.fatalities || !countsCasualties(e.eventType)) return e;
    const paragraphEnd = text.indexOf('\n', e.span[1]);
    const nextStart = events.slice(i + 1).find((n) => n.span[0] >= e.span[1])?.span[0] ?? text.length;
    const end = Math.min(nextStart, paragraphEnd < 0 ? text.length : paragraphEnd);
    if (end <= e.span[1]) return e;
    const found = casualtiesOf([text.slice(e.span[1], end)]);
    return found.fatalities ? { ...e, fatalities: found.fatalities, wounded: e.wounded ?? found.wounded } : e;
  });
}
