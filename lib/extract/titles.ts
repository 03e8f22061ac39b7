// A suggestion's title as an analyst writes one: who did what to whom, at most 80 characters, never
// a cut fragment. Taken from the clause that tells the event, less what a reviewer would strip: the
// date it opens with ("On November 26, 2021"), who reported it ("the ministry said"), and trailing
// phrases past the object when the clause runs long. A noun alone ("the war") is named with its actors.
import nlp from 'compromise';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import { alt } from '@/lib/temporal/pattern';

export const MAX_TITLE = 80;

/** What a title may not end on: it would leave the reader waiting for the rest. */
const DANGLING = new RegExp(
  String.raw`\s+(?:${alt(
    ...['to', 'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'with', 'for', 'from', 'by', 'that', 'which'],
    ...['who', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'said', 'its', 'their', 'his', 'her', 'as'],
    ...['into', 'after', 'before', 'over', 'under', 'between', 'against', 'than', String.raw`[\p{L}-]+[’']s`],
    ...['along', 'toward', 'towards', 'across', 'through', 'within', 'without', 'near', 'around', 'but', 'while', 'no'],
    ...['where', 'when', 'how', 'why', 'whether'],
    ...['just', 'also', 'pledging', 'calling', 'urging', 'saying', 'demanding', 'including'],
    ...['described', 'called', 'dubbed', 'termed', 'he', 'she', 'we', 'they'],
  )})$`,
  'iu',
);
/** Where a long clause can end after its object: before a comma, a preposition or a subordinate clause. */
const TRAILING = new RegExp(
  String.raw`(?:,\s|\s(?:${alt(
    ...['for', 'to', 'in order to', 'on', 'in', 'at', 'with', 'after', 'before', 'amid', 'under', 'over'],
    ...['during', 'following', 'near', 'along', 'since', 'from', 'by', 'as', 'while'],
  )})\s)`,
  'g',
);
/** Who reported it, before what happened: "Armenia's Defence Ministry said (that)", "According to Baku,". */
const ATTRIBUTION = new RegExp(
  String.raw`^(?:[Aa]ccording to [^,]{2,80},\s*|` +
    String.raw`(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}(?:communiqu[eé]|statement|declaration|readout|report)\s+` +
    String.raw`(?:said|says|stated|reported)(?:\s+that)?\s+|` +
    String.raw`(?:[A-Z][\p{L}’'.-]*\s+|of\s+|the\s+|[Dd]efen[cs]e\s+|[Ff]oreign\s+|[Mm]inistry\s+){1,8}` +
    String.raw`(?:on\s+\w+\s+)?(?:said|says|reported|claimed|claims|stated|announced)(?:\s+that)?\s+|` +
    // "The breakaway region's authorities say …": any short subject before say, says or said; not "declined to say
    // whether …", "would not say how many …", which say what was not said.
    String.raw`(?:(?!(?:to|not|n't|would|could|will|did|declined|refused)\s)[\p{L}’'.-]+\s+){1,5}` +
    String.raw`(?:say|says|said)(?:\s+that)?\s+(?!(?:whether|how|what|if|why|when|who)\b))`,
  'u',
);

/**
 * A word that links the clause to the sentence ("After Russia stepped in…", "When the Soviet Union was collapsing",
 * "…, where a protocol was signed"), before its subject (a name, a determiner, a number word): the title starts at
 * the subject. Not before a year ("Until 1994 Armenian forces held…"): without the link the date changes meaning.
 * Not before a verb ("which is…", "as agreed…"), where the clause has no subject of its own.
 */
const capitalised = (...words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
const LINK_BEFORE_SUBJECT = new RegExp(
  String.raw`^(?:${alt(...capitalised('that', 'where', 'when', 'while', 'whereas', 'as', 'after', 'before'))}|` +
    String.raw`${alt(...capitalised('since', 'once', 'until', 'because', 'although', 'though'))})\s+` +
    String.raw`(?=(?:${alt(...capitalised('the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'several'))})\s|` +
    String.raw`(?:${alt(...capitalised('they', 'it', 'he', 'she', 'we'))})\s|` +
    String.raw`(?:${alt(...capitalised('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'))})\s|` +
    String.raw`[A-Z](?!s\s)[\p{L}’'-]*\s+(?![a-z]+ed\b))`,
  'u',
);

/** A wire agency's name before its report: "INTERFAX.RU - Ilham Aliyev and …", "TASS — The ministry …". */
const WIRE_PREFIX = /^[A-Z][A-Z.-]{2,}(?:\s+[A-Z]{2,})?\s+[-–—]\s+/;

/** An office before a name, which the name carries alone in a short title. */
const OFFICE_BEFORE_NAME = new RegExp(
  String.raw`\b(?:(?:US|U\.S\.|[A-Z][a-z]+(?:an|ani|ese|ish|i))\s+)?` +
    String.raw`(?:President|Prime Minister|(?:Foreign|Defen[cs]e) Minister)\s+(?=[A-Z][\p{L}-]+\s+[A-Z])`,
  'gu',
);

export interface TitleParts {
  /** The sentence, and the offsets of the trigger and of every date expression in it. */
  sentence: string;
  trigger: [number, number];
  dates: [number, number][];
  nounOnly: boolean;
  subType: string;
  actors: string[];
  location: string | null;
}

/** A quotation that goes on the clause ("had agreed to “work towards …”"): its quote marks are no boundary. */
const continuesInQuote = (text: string, at: number) =>
  /[“"]/.test(text.charAt(at)) && /\b(?:to|of|that|for|as|be|on|in)\s+$/i.test(text.slice(Math.max(0, at - 12), at));

/** Whether the quote mark at `at` closes one opened after `from`. */
const closesQuote = (text: string, from: number, at: number) =>
  text.charAt(at) === '”' || (text.charAt(at) === '"' && (text.slice(from, at).split('"').length - 1) % 2 === 1);

/** The clause around the trigger: from the boundary before it to the boundary after it. */
function clauseAround(text: string, [t0, t1]: [number, number], dates: [number, number][] = []): [number, number] {
  const boundaries =
    /,\s|[;—–()“”"]|:(?!\d)|\s(?:that|which|who|while|whereas|urging|saying|as|after|before|when|but)\s/g;
  let from = 0;
  let to = text.length;
  for (let m = boundaries.exec(text); m; m = boundaries.exec(text)) {
    const end = m.index + m[0].length;
    if (m.index >= t1 && continuesInQuote(text, m.index)) continue;
    // The comma of "Sunday, September 27, 2020" is the date's.
    if (dates.some(([a, b]) => a < m.index && m.index < b)) continue;
    // The quotation the clause opened ends with it: 'described as "historic"' keeps its last word.
    if (m.index >= t1 && closesQuote(text, from, m.index)) {
      to = m.index + 1;
      break;
    }
    // A date before the trigger ("On November 26, 2021 Putin hosted…") is not a boundary of the clause.
    if (end <= t0) from = end;
    else if (m.index >= t1) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** The clause without a date it opens with ("2021 Vladimir Putin hosted" is the tail of "On November 26, 2021"). */
function withoutLeadingDate(clause: string, from: number, dates: [number, number][]): string {
  let cut = 0;
  // One after another: "At 11 o'clock on April 2 the ministry confirmed…" opens with two.
  for (const [a, b] of [...dates].sort((x, y) => x[0] - y[0])) {
    const [start, end] = [a - from, b - from];
    if (end <= cut || start >= clause.length) continue;
    if (LEAD_IN.test(clause.slice(cut, Math.max(cut, start)))) cut = end;
  }
  return clause.slice(cut).replace(/^[\s,]+/, '');
}

/** What may come before a date the clause opens with: "On", "at around", a comma. */
const LEAD_IN = /^[\s,]*(?:(?:on|in|by|since|at|during|around|about|of)\s+)*$/i;

/** What a title may not end on either: a comma, a colon, a dash. */
const TRAILING_PUNCTUATION = /[\s,;:–—-]+$/;

/** At most 80 characters, cut after the object at a phrase boundary, never mid-phrase and without an ellipsis. */
function shorten(clause: string, triggerEnd: number): string {
  // First the qualifiers a reader does not need: "Armenia’s Nikol Pashinyan", "Azerbaijani President Ilham Aliyev".
  let out = clause;
  if (out.length > MAX_TITLE) out = out.replace(/\b[A-Z][\p{L}-]+[’']s\s+(?=[A-Z][\p{L}-]+\s+[A-Z])/gu, '');
  if (out.length > MAX_TITLE) out = out.replace(OFFICE_BEFORE_NAME, '');
  while (out.length > MAX_TITLE) {
    let cut = -1;
    for (const m of out.matchAll(TRAILING)) if (m.index > triggerEnd && m.index <= MAX_TITLE) cut = m.index;
    if (cut < 0) {
      const words = out.slice(0, MAX_TITLE + 1).split(/\s+/);
      words.pop();
      // The word the limit falls in or before.
      const next = out.slice(words.join(' ').length).trim().split(/\s+/)[0] ?? '';
      // Not in the middle of a name: "… and Ilham" without "Aliyev" is no title.
      if (/^[A-Z]/.test(next)) while (/^[A-Z]/.test(words.at(-1) ?? '')) words.pop();
      // Nor on a word that describes the next: "… internationally recognised" without "frontiers".
      while (words.length > 3 && describesNext(words.join(' '))) words.pop();
      out = words.join(' ');
      break;
    }
    out = out.slice(0, cut);
  }
  // A parenthesis the cut left open is left out whole.
  out = out.replace(/\s*\([^)]*$/, '').replace(TRAILING_PUNCTUATION, '');
  // Only a cut leaves a verb waiting for its phrase: "were disarmed and detained" as written stays whole.
  const cut = out.length < clause.length;
  const linked = () => cut && endsOnLinkedVerb(out) && LINKED_LAST.exec(out)!.index >= triggerEnd;
  while (DANGLING.test(out) || linked())
    out = out.replace(linked() ? LINKED_LAST : DANGLING, '').replace(TRAILING_PUNCTUATION, '');
  return out.trim();
}

/** compromise's tags of the text's last word ("Verb", "Noun", "Adjective"…). */
const lastTags = (text: string): string[] => nlp(text).terms().json().at(-1)?.terms?.[0]?.tags ?? [];

/** "… was part of a deal and came": a verb after "and" whose phrase the cut left out. */
const LINKED_LAST = /\s+(?:and|or|but)\s+[a-z]+$/;
function endsOnLinkedVerb(text: string): boolean {
  if (!LINKED_LAST.test(text)) return false;
  const tags = lastTags(text);
  return tags.includes('Verb') && !tags.includes('Noun');
}

/** Whether the last word of a cut title is an adjective, adverb or number waiting for its noun (compromise's tags). */
function describesNext(text: string): boolean {
  // A year ends a date ("on 27 September 2020"), not a phrase.
  if (/\b(?:1[89]|20)\d\d$/.test(text)) return false;
  const tags = lastTags(text);
  const waiting = ['Adjective', 'Adverb', 'Value'].some((t) => tags.includes(t));
  return waiting && !tags.includes('Verb') && !tags.includes('Noun');
}

const withActors = (head: string, actors: string[], location: string | null) => {
  const who = actors.slice(0, 3).join(', ');
  return `${head}${who ? `: ${who}` : ''}${location ? ` — ${location}` : ''}`;
};

/**
 * "saw Azerbaijan gain control of …" (what a deal or a year saw) says what Azerbaijan did: "Azerbaijan gained
 * control of …", and "… and reclaim" after it "… and reclaimed". compromise puts the verbs in the past.
 */
function withoutSaw(clause: string): string {
  const m = /^(?:saw|sees|see|witnessed)\s+((?:[A-Z][\p{L}’'-]*\s+)+)([a-z]+)\b/u.exec(clause);
  const past = m ? pastOf(m[2]!) : null;
  if (!m || !past) return clause;
  const rest = clause.slice(m[0].length).replace(/\band ([a-z]+)\b/, (and, verb: string) => {
    const done = pastOf(verb);
    return done ? `and ${done}` : and;
  });
  return `${m[1]}${past}${rest}`;
}

/** The past tense of a verb in its base form ("gain" → "gained"), or null when the word is none. */
function pastOf(word: string): string | null {
  const doc = nlp(word);
  return doc.has('#Infinitive') ? doc.verbs().toPastTense().text() || null : null;
}

/**
 * An opening phrase of time or setting before the subject, set off by a comma: "From the early hours of April 23,
 * large contingents …", "Following a special meeting held on 25 August, the OSCE …". The title starts at the subject.
 */
const OPENING_PHRASE = new RegExp(
  String.raw`^(?:${alt(...capitalised('at', 'in', 'on', 'from', 'during', 'following', 'after', 'amid', 'despite'))}|` +
    String.raw`${alt(...capitalised('under', 'within', 'throughout', 'by', 'with', 'before', 'since'))})` +
    String.raw`\s[^,]{2,70},\s+` +
    String.raw`(?=(?:${alt(...capitalised('the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'several'))})\s|` +
    String.raw`[A-Z][\p{L}’'-]*\s|(?:[a-z]+\s+){1,2}(?:of|from)\s)`,
  'u',
);

/** A verb group after a relative pronoun: "which orders", "who was", "which fought" (no subject between). */
const VERB_NEXT = new RegExp(
  String.raw`^(?:${alt('is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could')}|` +
    String.raw`${alt('fought', 'lies', 'lay', 'led', 'held', 'made', 'makes', 'took', 'began', 'won', 'lost')}|` +
    String.raw`[a-z]{3,}(?:ed|[^s]s))\b`,
);

/**
 * A relative clause ("…, which orders Azerbaijan to …") said with what it is about: "Its February 22 ruling orders
 * Azerbaijan to …", and "…region, which Azerbaijan had blockaded for nine months" as "The mountainous region,
 * which Azerbaijan had blockaded for nine months". The noun it is about ends where the clause starts: back to its
 * determiner, or the run of capitalised words that names it. Without one, the clause is left as it is.
 */
function withAntecedent(sentence: string, from: number, clause: string): string {
  const m = /^(?:which|who)\s+/i.exec(clause);
  if (!m || from === 0) return clause;
  const words = sentence
    .slice(Math.max(0, from - 120), from)
    .replace(/[\s,]*(?:which|who)?\s*$/i, '')
    .split(/\s+/);
  const det = words.findLastIndex((w, i) => i >= words.length - 5 && DETERMINER.test(w));
  // Else the run of capitalised words that names it ("Nagorno-Karabakh", "the Caucasus neighbors").
  let name = words.length;
  while (name > 0 && words.length - name < 6 && /^[A-Z][\p{L}’'-]*$/u.test(words[name - 1]!)) name--;
  const noun = (det >= 0 ? words.slice(det) : words.slice(name)).join(' ');
  // "…on Monday, which killed two civilians": the clause is about what happened, not about a day.
  if (!noun || TIME_WORD.test(noun.split(' ').at(-1)!)) return clause;
  const head = noun.replace(/^(?:its|their|his|her)\b/i, 'the');
  const rest = clause.slice(m[0].length);
  if (VERB_NEXT.test(rest)) return `${head} ${rest}`;
  return withObject(rest, head) ?? `${head}, ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|this|these)$/i;
const TIME_WORD = new RegExp(
  String.raw`^(?:${alt('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'weekend')}|` +
    String.raw`${alt('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September')}|` +
    String.raw`${alt('October', 'November', 'December', 'day', 'night', 'morning', 'evening', 'week', 'year')}|\d+)$`,
  'i',
);

/**
 * "which Azerbaijan had blockaded for nine months" about "the mountainous region": "Azerbaijan had blockaded the
 * mountainous region for nine months" (compromise finds the verb group). Null unless a short noun phrase comes first
 * and the verb does not end on a preposition it needs ("which the two countries fought over").
 */
function withObject(rest: string, head: string): string | null {
  const at = nlp(rest).verbs().first().json({ offset: true })[0]?.offset as
    { start: number; length: number } | undefined;
  if (!at || at.start === 0) return null;
  const subject = rest.slice(0, at.start).trim();
  const words = subject.split(/\s+/);
  if (words.length > 4 || !(/^[A-Z]/.test(subject) || DETERMINER.test(words[0]!))) return null;
  if (nlp(subject).has('#Verb')) return null;
  const after = rest.slice(at.start + at.length).trim();
  if (/^(?:over|with|for|about|on|in|to|into|from|at|by|up|out|off)\b/i.test(after)) return null;
  const object = head.replace(/^(?:The|A|An|This|These)\b/, (w) => w.toLowerCase());
  return [subject, rest.slice(at.start, at.start + at.length).trim(), object, after].filter(Boolean).join(' ');
}

/**
 * A statement's title says what was stated: "The ministry confirmed" goes on past its "that" ("… confirmed that
 * fighting had begun along the front") when the clause ends within a few words of the verb, and the title keeps
 * who stated it. Only when what was stated fits with its verb: "… told parliament that 105 Armenian servicemen"
 * is cut before the news.
 */
function statementTitle(p: TitleParts, [from, to]: [number, number]): string | null {
  const that = /^\s*,?\s*that\s+/.exec(p.sentence.slice(to));
  if (p.subType !== 'statement' || !that || to - p.trigger[1] > 25) return null;
  const at = to + that[0].length;
  const title = titleIn(p, [from, clauseAround(p.sentence, [at, at], p.dates)[1]], true);
  const stated = /\bthat\s+(.+)$/.exec(title)?.[1];
  return stated && nlp(stated).verbs().length ? title : null;
}

/** The title of a suggestion (see the header). */
export function titleOf(p: TitleParts): string {
  const range = clauseAround(p.sentence, p.trigger, p.dates);
  // ", and captured three heights": the clause's subject is the sentence's.
  const own = ownPredicate(p, /^\s*(?:and|then)\s/.test(p.sentence.slice(range[0])) ? [0, range[1]] : range);
  if (own !== p) return titleIn(own, clauseAround(own.sentence, own.trigger, own.dates));
  return statementTitle(p, range) ?? titleIn(p, range);
}

/**
 * "Aliyev and Pashinyan met at the White House and signed a declaration" tells two events with one subject: each
 * title keeps the subject and its own verb's phrase. For the first verb the clause ends before "and"; for the second
 * the words between the subject and "and" are left out of the sentence (offsets after them move back). "met in
 * Bishkek to sign a protocol" is read the same way, the signing in the past ("signed a protocol").
 */
function ownPredicate(p: TitleParts, [from, to]: [number, number]): TitleParts {
  const clause = p.sentence.slice(from, to);
  // Tagging a clause costs about a millisecond: only one with a link word before what may be a verb is tagged.
  if (![...clause.matchAll(LINKED_PREDICATE)].some((m) => MAY_BE_VERB.test(clause.slice(m.index + m[0].length))))
    return p;
  const verbs = verbStarts(clause).map((v) => v + from);
  const first = verbs[0];
  // No subject of its own before the first verb ("who gathered … and arrested"): the clause is not split.
  if (first === undefined || first > p.trigger[0] || !/\p{L}/u.test(p.sentence.slice(from, first))) return p;
  for (const m of clause.matchAll(LINKED_PREDICATE)) {
    const [link, next] = [from + m.index, from + m.index + m[0].length];
    const purpose = !!m[1];
    // The subject must be the first verb's: "X said Y had broken through and captured …" is Y's capture.
    const earlier = verbs.filter((v) => v < link);
    if (earlier.length > 1) return p;
    const before = earlier[0]!;
    // "killed and wounded 20 people": one verb phrase, two verbs.
    if (link <= first || !/\S\s+\S/.test(p.sentence.slice(before, link))) continue;
    if (purpose ? !GATHERED.test(p.sentence.slice(before)) : !verbs.includes(next)) continue;
    if (p.trigger[1] <= link) return { ...p, sentence: p.sentence.slice(0, link) };
    if (p.trigger[0] !== next && (purpose || p.trigger[0] < next)) return p;
    return withoutSpan(p, first, next, purpose ? pastOf(p.sentence.slice(...p.trigger)) : null);
  }
  return p;
}

/** A word that may be a verb in the past (compromise decides): "signed", "met", "took", or "sign" after "to". */
const MAY_BE_VERB =
  /^(?:[a-z]+(?:ed|en)|met|held|took|began|fought|shot|struck|won|lost|left|fled|sent|made|gave|broke|hit|led|said|sign|initial)\b/;

/** The verbs of a meeting held to sign something: "met … to sign", not "meant they had to sign". */
const GATHERED = /^(?:met|gathered|convened|arrived|came|travelled|traveled|flew)\b/i;
/** "and signed", "then held", or "to sign" (the signing a meeting was held for). */
const LINKED_PREDICATE = /\s(?:and|then)\s+(?:(?:later|also|then)\s+)?|\s(to)\s+(?=(?:sign|initial)\b)/g;

/** The title's parts with the sentence's words from `a` to `b` left out, the trigger put in the past when given. */
function withoutSpan(p: TitleParts, a: number, b: number, past: string | null): TitleParts {
  const [t0, t1] = p.trigger;
  const grown = past ? past.length - (t1 - t0) : 0;
  const moved = ([x, y]: [number, number]): [number, number] =>
    x >= b ? [x - (b - a) + (x > t0 ? grown : 0), y - (b - a) + grown] : [x, y];
  const sentence = p.sentence.slice(0, a) + p.sentence.slice(b, t0) + (past ?? p.sentence.slice(t0, t1));
  return {
    ...p,
    sentence: sentence + p.sentence.slice(t1),
    trigger: [t0 - (b - a), t1 - (b - a) + grown],
    dates: p.dates.filter(([x, y]) => y <= a || x >= b).map(moved),
  };
}

/** Where the clause's finite verbs in the past start (compromise's tags): "met", "signed", "had agreed". */
function verbStarts(clause: string): number[] {
  const terms: { offset: { start: number }; tags: string[] }[] = nlp(clause)
    .terms()
    .json({ offset: true })
    .map((t: { terms: { offset: { start: number }; tags: string[] }[] }) => t.terms[0]!);
  return terms.filter((t) => t.tags.includes('PastTense') && !t.tags.includes('Auxiliary')).map((t) => t.offset.start);
}

/**
 * Whether a noun opens its clause as the subject of a verb that follows ("The fighting on the border had stopped at
 * 20:00"): then the clause tells the event better than the noun with its actors.
 */
function subjectOfVerb(clause: string, trigger: string): boolean {
  const at = clause.toLowerCase().indexOf(trigger.toLowerCase());
  if (at < 0 || at > 4) return false;
  const after = clause
    .slice(at + trigger.length)
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');
  const tags: string[][] = nlp(after)
    .terms()
    .json()
    .map((t: { terms: { tags: string[] }[] }) => t.terms[0]?.tags ?? []);
  // The first verb, after words of the noun's phrase only; not a participle after a determiner ("the disputed").
  const k = tags.findIndex((t) => t.includes('Verb'));
  const phrase = ['Preposition', 'Determiner', 'Adjective', 'Noun', 'Value', 'Conjunction'];
  if (k < 0 || !tags.slice(0, k).every((t) => phrase.some((x) => t.includes(x)))) return false;
  return k === 0 || !tags[k - 1]!.includes('Determiner');
}

/** The title from the clause at `from`–`to` (`attributed`: keep who said it). */
function titleIn(p: TitleParts, [from, to]: [number, number], attributed = false): string {
  const label = getSubType(p.subType)?.label ?? p.subType;
  const trigger = p.sentence.slice(...p.trigger);
  let clause = withAntecedent(p.sentence, from, cleanClause(p, from, to, trigger, attributed));
  // A clause without its subject ("said in a televised interview", "commenting on the meeting") and no actor to
  // stand in for it is read from the sentence's start, where its subject is.
  if (NO_SUBJECT.test(clause) && from > 0 && !p.actors.length) clause = cleanClause(p, 0, to, trigger, attributed);
  // A clause that starts with its verb ("proposed the Madrid Principles…") gets its subject back.
  if (p.actors.length && trigger && clause.toLowerCase().startsWith(trigger.toLowerCase()) && /^[a-z]/.test(clause))
    clause = `${p.actors[0]} ${clause}`;
  // The noun the text uses ("War", "Talks") says what happened better than a sub-type's label.
  const head = p.nounOnly && trigger.length > 2 ? trigger.charAt(0).toUpperCase() + trigger.slice(1) : label;
  const labelled = withActors(head, p.actors, p.location);
  if ((p.nounOnly && !subjectOfVerb(clause, trigger)) || clause.split(/\s+/).length < 4) {
    // A label alone ("Other") says nothing of the event: the sentence's own words do.
    if (labelled !== label || p.nounOnly) return shorten(labelled, 0);
    clause = cleanClause(p, 0, p.sentence.length, trigger, attributed);
  }
  const at = clause.toLowerCase().indexOf(trigger.toLowerCase());
  const title = shorten(clause, at < 0 ? 0 : at + trigger.length);
  // A noun told by its verb, unless the verb did not fit in the title.
  if (p.nounOnly && !subjectOfVerb(title, trigger)) return shorten(labelled, 0);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** A clause that opens with its verb or a preposition, not its subject: "said in…", "is leading…", "of the…". */
const NO_SUBJECT = new RegExp(
  String.raw`^(?:[a-z]+(?:ed|ing)|${alt('is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said')}|` +
    String.raw`${alt('says', 'of', 'to', 'under', 'set', 'made', 'took', 'met', 'held')})\b`,
);

/** The words of the sentence from `from` to `to` as a title's clause: without an opening date, link or attribution. */
function cleanClause(p: TitleParts, from: number, to: number, trigger: string, attributed = false): string {
  const raw = p.sentence.slice(from, to);
  let clause = withoutLeadingDate(raw.trim(), from + raw.length - raw.trimStart().length, p.dates)
    .replace(/[.!?]+$/, '')
    .trim()
    .replace(/^[\s:;,–—-]+/, '')
    .replace(/^(?:and|but|however|meanwhile|then|so)\s+/i, '')
    .replace(/^(?:in addition|for (?:its|their|his|her) part|at the same time|in turn|earlier|later),\s+/i, '')
    // "also" points back to the article, which the title stands without.
    .replace(/\s+also(?=\s+[a-z])/, '')
    .replace(WIRE_PREFIX, '')
    .replace(LINK_BEFORE_SUBJECT, '')
    .replace(OPENING_PHRASE, (opening) =>
      trigger && opening.toLowerCase().includes(trigger.toLowerCase()) ? opening : '',
    );
  const attribution = ATTRIBUTION.exec(clause);
  // Only an attribution before the trigger: "Pashinyan says Armenia is ready" is titled by what it says of itself.
  const triggerAt = clause.toLowerCase().indexOf(trigger.toLowerCase());
  if (
    !attributed &&
    attribution &&
    clause.length - attribution[0].length > trigger.length + 8 &&
    triggerAt >= attribution[0].length
  )
    clause = clause.slice(attribution[0].length);
  return withoutSaw(clause.replace(/[“”"]/g, '')).replace(/[.!?]+$/, '');
}
