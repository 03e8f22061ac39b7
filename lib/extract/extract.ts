// From an article's text to proposed events. Pure and deterministic: the same text, publication
// date and registry always give the same proposals. The steps, each explainable to an analyst:
//   1. structure: paragraphs, sentences, dated list items, headlines and datelines (segment.ts);
//   2. time: every time expression resolved against the publication date (timexes.ts);
//   3. what happened: trigger words mapped to the taxonomy's sub-types (triggers.ts, lexicon.ts);
//   4. when: a trigger's own date ("last year's war"), the sentence's, a deadline, a vague window,
//      an earlier event the sentence refers to ("the peace deal"), or the paragraph's date — never
//      the publication date by default, and no date at all rather than an invented one;
//   5. who and where: registry actors and gazetteer places nearest each trigger (registry.ts),
//      unknown people and organisations proposed by name (participants.ts), new places (new-places.ts);
//   6. one event per happening: mentions of the same thing in one sentence or across sentences merge.
import { outsideDomain } from '@/lib/dates/domain';
import { anyOf } from '@/lib/temporal/pattern';
import { eventTypeOfSubType, type EventStatus } from '@/lib/taxonomy/taxonomy';
import { plusDays } from '@/lib/dates/calendar';
import { bounds, dateKey, dateOfValue, deadline, durationRange, written, type EventDate } from './dates';
import { SUBTYPE_RANK, type Family } from './lexicon';
import { casualtiesOf, tollsAfter } from './casualties';
import { claimOf } from './claims';
import { newPlaceIn } from './new-places';
import { titleOf } from './titles';
import { datelineOf, deadlineWordStart, timexes, type Tx } from './timexes';
import { headOf, inside, triggerHits, type Hit, type Trace } from './triggers';
import { distance, nearest, partOfName, unknownNames } from './participants';

export type { Trace } from './triggers';
import { inYear, sectionOf, withoutYear, type Section } from './sections';
import { merge, PRECISION_ORDER } from './merge';
import { NameIndex, type NameHit } from './registry';
import { quotedRanges, segment, within, type Sentence } from './segment';
import type { ExtractedEvent, Registry } from './types';
import { applyLearned, type LearnedModel } from './learned';
import type { SentenceContext } from './learned-features';
import shippedModel from './learned-model.json';

type DateSource = 'own' | 'sentence' | 'list' | 'deadline' | 'vague' | 'reference' | 'paragraph' | 'none';

interface Mention {
  sentence: Sentence;
  hits: Hit[];
  family: Family;
  subType: string;
  date: EventDate | null;
  dateSource: DateSource;
  dateText: string | null;
  /** Dated only by a date in force told too far back: merged by that date, proposed undated. */
  stale?: boolean;
  status: EventStatus;
  /** Who asserts it, when `status` is claimed ("Armenia's Defence Ministry"). */
  claimant: string | null;
  /** The sentence's date expressions, as offsets into it: a title leaves out the one it opens with. */
  dates: [number, number][];
  actors: string[];
  location: string | null;
  salience: number;
  order: number;
}
interface Anchor {
  head: string;
  word?: string;
  date: EventDate;
  dateText: string | null;
  location: string | null;
  actors: string[];
}

/**
 * The events told so far that later sentences may refer back to, by kind, word and place: the
 * latest that fits is a lookup, where a search back through all of them made long articles quadratic.
 */
class Anchors {
  private readonly latest = new Map<string, Anchor>();
  private static key = (head: string, word: string | null, place: string | null) => JSON.stringify([head, word, place]);

  add(a: Anchor) {
    for (const word of [a.word ?? null, null])
      for (const place of [a.location, null]) this.latest.set(Anchors.key(a.head, word, place), a);
  }

  /** The last told of kind `head`, in `place` when given: with the same word if any, else with any word. */
  find(head: string, word: string, place: string | null): Anchor | null {
    return this.latest.get(Anchors.key(head, word, place)) ?? this.latest.get(Anchors.key(head, null, place)) ?? null;
  }
}

const DECADE = /\b\d{3}0s\b/;

/**
 * How many sentences past the last one that told or used it the date in force still dates an undated report: further
 * on, an analyst's reading leaves the report undated (GUIDE.md: undated incidents take no neighbouring date).
 */
const PARAGRAPH_REACH = 2;

const DATE_SOURCE_CONFIDENCE: Record<DateSource, number> = {
  own: 0.85,
  sentence: 0.85,
  list: 0.85,
  deadline: 0.8,
  vague: 0.6,
  reference: 0.65,
  paragraph: 0.65,
  none: 0.35,
};
const PAST_VERB = /(?:ed|met|fought|took|held|brought|struck|hit|overran|fled|rose|broke out|sat down with)$/i;
const COLLECTIVE_PEOPLE =
  /\b(?:the|both|all)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|presidents|heads of state|ministers)\b/i;
/** Next to its noun, with at most one modifier between: not "on Wednesday under a deal". */
const ONE_MODIFIER_BETWEEN = new RegExp(
  String.raw`^(?:[’']s)?\s+(?:(?!${anyOf(
    ...['under', 'a', 'an', 'the', 'of', 'in', 'on', 'at', 'with', 'by', 'for', 'and', 'or', 'to', 'from'],
    ...['after', 'before', 'since', 'as', 'when', 'that'],
  )}\s)[\p{L}-]+\s+)?$`,
  'u',
);
/** "after the Sochi meeting": an earlier event named just before. */
const EARLIER_EVENT_BEFORE = new RegExp(
  String.raw`\b${anyOf('during', 'after', 'before', 'since', 'following', 'throughout', 'until', 'in', 'at')}\s+` +
    String.raw`(?:the|that|this)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}$`,
  'iu',
);

export interface ExtractOptions {
  registry: Registry;
  publishedAt?: string | null;
  index?: NameIndex;
  trace?: Trace;
  /** The learned stage (learned.ts) beside the rules: the shipped model by default; null for the rules alone. */
  model?: LearnedModel | null;
}

/** The date in force, and the number of the last sentence that told or used it. */
type Narrative = { date: EventDate; text: string; anchor: Anchor | null; at: number };

/** The article as its sentences are read in order: what holds throughout, and what has been told so far. */
interface Reading {
  text: string;
  published: string | null;
  registry: Registry;
  index: NameIndex;
  allTx: Tx[];
  allNames: NameHit[];
  personNames: Set<string>;
  /** Events told so far, for a later "the talks" to refer back to. */
  anchors: Anchors;
  /** The date told last: it stays in force across paragraphs until a section heading. */
  narrative: Narrative | null;
  /** How many sentences have been read: how far back the date in force was told. */
  sentenceNo: number;
  /** In a chronology, the date of the heading or list item the sentence is under. */
  section: Section | null;
  mentions: Mention[];
  order: number;
  trace?: Trace;
  /** What the rules made of each sentence, for the learned stage; the names of the rules that set words aside. */
  contexts: SentenceContext[];
  dropped: string[];
}

/** One sentence with triggers: its dates, sorted by what each may date. */
interface Clause {
  s: Sentence;
  quoted: [number, number][];
  txs: Tx[];
  names: NameHit[];
  hits: Hit[];
  /** Dates bound to one trigger: "last year's war", "the November 26 talks". */
  bound: Map<Hit, Tx>;
  free: Tx[];
  listDate: Tx | undefined;
  explicitFree: Tx[];
  /** When the sentence dates what happened, the date it was reported on dates only the report. */
  happened: Tx[];
  vagueFree: Tx[];
  deadlines: Tx[];
  durations: Tx[];
  reference: Anchor | null;
  referenceHit: Hit | null;
  datedNouns: Map<Hit, Tx>;
  hasVerb: boolean;
}

/** Proposed events of an article, in order of where they are told: the rules', then the learned stage's. */
export function extractEvents(text: string, options: ExtractOptions): ExtractedEvent[] {
  const { events, contexts } = readArticle(text, options);
  const model = options.model === undefined ? (shippedModel as LearnedModel) : options.model;
  return tollsAfter(text, model ? applyLearned(events, contexts, model) : events);
}

/** The rules' proposals, and what they made of each sentence (for the learned stage and its training). */
export function readArticle(
  text: string,
  options: ExtractOptions,
): { events: ExtractedEvent[]; contexts: SentenceContext[] } {
  const published = options.publishedAt ?? datelineOf(text);
  const index = options.index ?? new NameIndex(options.registry);
  const dropped: string[] = [];
  const reading: Reading = {
    text,
    published,
    registry: options.registry,
    index,
    allTx: timexes(text, published),
    allNames: index.find(text),
    personNames: new Set(options.registry.actors.filter((a) => a.kind === 'person').map((a) => a.name)),
    anchors: new Anchors(),
    narrative: null,
    sentenceNo: 0,
    section: null,
    mentions: [],
    order: 0,
    trace: (rule, start, end) => {
      dropped.push(rule);
      options.trace?.(rule, start, end);
    },
    contexts: [],
    dropped,
  };
  for (const s of segment(text)) {
    const from = dropped.length;
    readSentence(reading, s);
    const context = reading.contexts.at(-1);
    if (context?.sentence === s) context.rules = dropped.slice(from);
  }
  const groups = merge(reading.mentions);
  const out = groups.map((m) => toOutput(m, options.registry, index));
  if (options.trace)
    groups.forEach((g, i) => {
      for (const m of g)
        if (m.sentence.start !== out[i]!.event.span[0]) options.trace!('merged', m.sentence.start, m.sentence.end);
    });
  const events = out.sort((a, b) => a.event.span[0] - b.event.span[0] || a.order - b.order).map((x) => x.event);
  markTakenDates(
    reading.contexts,
    out.map((x) => ({
      span: x.event.span,
      ...(x.read ? written(x.read) : { dateStart: null, dateEnd: null }),
      precision: x.read?.precision ?? null,
    })),
  );
  return { events, contexts: reading.contexts };
}

/** A date that tells when something happened: not vague, not a deadline, not in the future of the article. */
function told(t: Tx, published: string | null): boolean {
  return (
    !!t.date &&
    !t.vague &&
    !t.deadline &&
    !t.since &&
    !t.later &&
    t.date.precision !== 'year' &&
    (!published || t.date.start <= published)
  );
}

/** A sentence's events, with their dates, actors and places; then the date it leaves in force. */
function readSentence(r: Reading, s: Sentence): void {
  r.sentenceNo++;
  // A section heading starts a new story; otherwise the date told last stays in force across paragraphs.
  if (s.kind === 'heading' && s.paragraph > 3) r.narrative = null;
  if (s.kind === 'heading') r.section = null;
  if (s.kind === 'date-heading') openSection(r, within(r.allTx, s.start, s.end)[0]);
  if (s.kind === 'heading' || s.kind === 'dateline' || s.kind === 'date-heading') {
    r.trace?.(s.kind, s.start, s.end);
    return;
  }
  const quoted = quotedRanges(s.text).map(([a, b]) => [s.start + a, s.start + b] as [number, number]);
  const txs = within(r.allTx, s.start, s.end);
  if (s.kind === 'list-item')
    openSection(
      r,
      txs.find((t) => t.start - s.start < 40 && t.date && !t.vague),
    );
  // In a chronology, "On 27 August" is in the section's year.
  if (r.section) for (const t of txs) if (withoutYear(t.text)) t.date = inSection(t, r.section.year) ?? t.date;
  dateFromNarrative(txs, r.narrative);
  const names = within(r.allNames, s.start, s.end);
  const hits = triggerHits(s, quoted, names, r.trace);
  const isTold = (t: Tx) => told(t, r.published);
  const ownDate = txs.findLast((t) => isTold(t) && !t.report) ?? txs.findLast(isTold);
  r.contexts.push(contextOf(r, s, ownDate, hits, names));
  if (!hits.length) {
    if (ownDate?.date) r.narrative = { at: r.sentenceNo, date: ownDate.date, text: ownDate.text, anchor: null };
    return;
  }
  const c = clauseOf(r, { s, quoted, txs, names, hits });
  const candidates: Mention[] = [];
  c.hits.forEach((h, i) => {
    const m = mentionOf(r, c, h, i);
    if (m) candidates.push(m);
  });
  if (!candidates.length) {
    if (ownDate?.date) r.narrative = { at: r.sentenceNo, date: ownDate.date, text: ownDate.text, anchor: null };
    return;
  }
  const groups = groupMentions(candidates);
  assignNames(r, c, groups);
  keepGroups(r, c, groups);
  // A sentence the date in force dated carries the story on: the date reaches the sentence after it too.
  if (r.narrative && groups.some((g) => g.dateSource === 'paragraph' && !g.stale)) r.narrative.at = r.sentenceNo;
  const own = c.happened.findLast(isTold);
  const first = groups.find((g) => g.dateSource === 'sentence' || g.dateSource === 'list');
  const anchor = first?.date
    ? { head: '', date: first.date, dateText: first.dateText, location: first.location, actors: first.actors }
    : null;
  if (own?.date) r.narrative = { at: r.sentenceNo, date: own.date, text: own.text, anchor };
  else if (c.listDate?.date) r.narrative = { at: r.sentenceNo, date: c.listDate.date, text: c.listDate.text, anchor };
}

/** Marks the sentences whose date a rule's event told elsewhere already has (the learned stage reads it). */
type Told = Pick<ExtractedEvent, 'span' | 'dateStart' | 'dateEnd' | 'precision'>;

function markTakenDates(contexts: SentenceContext[], events: Told[]): void {
  const taken = new Map<string, [number, number][]>();
  for (const e of events) {
    const key = `${e.dateStart}|${e.dateEnd}|${e.precision}`;
    taken.set(key, [...(taken.get(key) ?? []), e.span]);
  }
  for (const c of contexts) {
    if (!c.date) continue;
    const w = written(c.date);
    const spans = taken.get(`${w.dateStart}|${w.dateEnd}|${c.date.precision}`) ?? [];
    c.dateTaken = spans.some(([a, b]) => b <= c.sentence.start || a >= c.sentence.end);
  }
}

/** The sentence as the learned stage sees it: its date (its own, its chronology entry's or the paragraph's). */
function contextOf(r: Reading, s: Sentence, own: Tx | undefined, hits: Hit[], names: NameHit[]): SentenceContext {
  const [date, dateText, dateSource] = own?.date
    ? [own.date, own.text, 'sentence' as const]
    : r.section
      ? [r.section.date, r.section.text, 'list' as const]
      : r.narrative
        ? [r.narrative.date, r.narrative.text, 'paragraph' as const]
        : [null, null, null];
  const day = date?.start ?? r.published;
  const actors = names.flatMap((n) => r.index.actorAt(n, day, r.text.slice(Math.max(0, n.start - 30), n.start)) ?? []);
  const place = names.find((n) => n.place && !partOfName(r.text, n) && !n.actors.length)?.place ?? null;
  return {
    sentence: s,
    date,
    dateText,
    dateSource,
    dates: within(r.allTx, s.start, s.end).map((t) => [t.start - s.start, t.end - s.start]),
    triggers: hits.map((h) => h.trigger.subType),
    rules: [],
    position: r.contexts.length,
    names: names.length,
    actors: [...new Set(actors)],
    location: place,
  };
}

/** A date written without its year ("27 August", "October"), placed in `year`. */
function inSection(t: Tx, year: string): EventDate | null {
  if (t.date) return inYear(t.date, year);
  const m = /^XXXX(-\d{2}(?:-\d{2})?)$/.exec(t.value);
  return m ? dateOfValue(`${year}${m[1]}`, t.text) : null;
}

/** A chronology's date heading or dated list item: it dates what follows until the next heading. */
function openSection(r: Reading, t: Tx | undefined): void {
  if (!t || t.vague) return;
  // "August:" heads a chronology's entries in the year of the heading before it, or of the document's next full date.
  const year =
    r.section?.year ??
    r.allTx.find((x) => x.start > t.start && x.date && /\d{4}/.test(x.text))?.date?.start.slice(0, 4);
  const date = withoutYear(t.text) && year ? inSection(t, year) : t.date;
  if (!date) return;
  r.section = sectionOf(date, t.text, r.section, !!year && withoutYear(t.text));
  t.date = r.section.date;
  r.narrative = { at: r.sentenceNo, date: r.section.date, text: t.text, anchor: null };
}

/** "two days later", "within weeks": dated from what was told just before (sets the dates in place). */
function dateFromNarrative(txs: Tx[], narrative: Narrative | null): void {
  let base: EventDate | null = narrative?.date ?? null;
  let baseText = narrative?.text ?? null;
  for (const t of txs) {
    if (t.offset !== undefined && base?.precision === 'day') {
      t.date = { start: plusDays(base.start, t.offset), end: null, precision: 'day' };
      t.text = `${baseText} … ${t.text}`;
      [base, baseText] = [t.date, t.text];
    } else if (t.later && base) {
      t.date = { start: `${base.start.slice(0, 4)}-01-01`, end: null, precision: 'year' };
      t.text = `${baseText} … ${t.text}`;
    } else if (t.date && !t.vague && !t.deadline && !t.since && t.date.precision === 'day') {
      [base, baseText] = [t.date, t.text];
    }
  }
}

/** Sorts a sentence's dates: bound to a noun, free, of the list item, deadlines, durations, a reference. */
function clauseOf(r: Reading, parts: Pick<Clause, 's' | 'quoted' | 'txs' | 'names' | 'hits'>): Clause {
  const { s, txs, hits } = parts;
  const { bound, free } = bindDates(r.text, txs, hits);
  const listDate = s.kind === 'list-item' ? free.find((t) => t.start - s.start < 40 && !t.vague) : undefined;
  const explicitFree = free.filter((t) => !t.vague && !t.deadline && !t.since);
  const happened = explicitFree.some((t) => !t.report) ? explicitFree.filter((t) => !t.report) : explicitFree;
  const vagueFree = free.filter((t) => t.vague);
  const deadlines = free.filter((t) => t.deadline);
  // Only a duration that measures the event: "a six-week war", "the war lasts 44 days".
  const durations = txs.filter(
    (t) =>
      t.type === 'DURATION' &&
      /^P\d+[DWMY]$/.test(t.value) &&
      (/-(?:day|week|month|year)/i.test(t.text) ||
        /\b(?:lasted|lasts|lasting|for)\s+$/i.test(r.text.slice(Math.max(0, t.start - 12), t.start))),
  );
  const { reference, referenceHit } = referenceOf(r, hits, bound);
  if (reference && !r.narrative)
    r.narrative = {
      at: r.sentenceNo,
      date: reference.date,
      text: reference.dateText ?? '',
      anchor: reference,
    };
  const hasVerb = hits.some(
    (h) => h.trigger.kind === 'verb' && h.salience > 1 && !h.trigger.outcome && !h.trigger.personSubject,
  );
  const datedNouns = datedNounsOf(happened, hits, listDate, referenceHit);
  return {
    ...parts,
    bound,
    free,
    listDate,
    explicitFree,
    happened,
    vagueFree,
    deadlines,
    durations,
    reference,
    referenceHit,
    datedNouns,
    hasVerb,
  };
}

/** Dates bound to one trigger ("last year's war", "the November 26 talks") and the sentence's other dates. */
function bindDates(text: string, txs: Tx[], hits: Hit[]): { bound: Map<Hit, Tx>; free: Tx[] } {
  const bound = new Map<Hit, Tx>();
  const free: Tx[] = [];
  for (const t of txs) {
    if (!t.date) continue;
    const after = text.slice(t.end, t.end + 40);
    const possessive = /^[’']s\s+/.test(after);
    const target = hits.find(
      (h) => h.trigger.kind === 'noun' && h.start >= t.end && ONE_MODIFIER_BETWEEN.test(text.slice(t.end, h.start)),
    );
    if (target && (possessive || /^\s/.test(after)) && !bound.has(target)) bound.set(target, t);
    else free.push(t);
  }
  return { bound, free };
}

/** A definite reference to an event told earlier ("the peace deal", "the Sochi meeting") lends its date. */
function referenceOf(r: Reading, hits: Hit[], bound: Map<Hit, Tx>) {
  for (const h of hits) {
    const head = headOf(r.text, h);
    if (!h.definite || !head || h.trigger.kind !== 'noun' || bound.has(h)) continue;
    // The same word first ("the fighting" is the fighting told before), then any word for the same kind of event.
    const word = r.text.slice(h.start, h.end).toLowerCase();
    const reference = r.anchors.find(head, word, h.qualifier);
    if (reference) return { reference, referenceHit: h };
  }
  return { reference: null, referenceHit: null };
}

/**
 * A noun that a date of the sentence sits next to names an event of its own: "a ceasefire takes effect a week
 * later".
 */
function datedNounsOf(happened: Tx[], hits: Hit[], listDate: Tx | undefined, referenceHit: Hit | null) {
  const datedNouns = new Map<Hit, Tx>();
  for (const t of happened) {
    const owner = nearest(t, hits);
    const held = owner ? datedNouns.get(owner) : undefined;
    if (
      owner &&
      owner.trigger.kind === 'noun' &&
      t !== listDate &&
      owner !== referenceHit &&
      (!held || distance(owner, t) < distance(owner, held))
    )
      datedNouns.set(owner, t);
  }
  return datedNouns;
}

/** The date a trigger gets: the first choice that applies, most direct first. */
function chooseDate(r: Reading, c: Clause, h: Hit) {
  const { s, reference, referenceHit } = c;
  const statement = h.trigger.subType === 'statement';
  // What is still to happen is not dated by when it was reported ("said on Friday it was ready to sign").
  // What a side asserts is dated by when it spoke ("said on Tuesday", "On November 18, Baku reported…"), not by the
  // dates of what it reports.
  const spoke = (t: Tx) =>
    t.report || (t.end <= h.start && (t.start - s.start < 25 || /^\s*$/.test(r.text.slice(t.end, h.start))));
  const usable = h.trigger.speakerSubject
    ? c.explicitFree.filter(spoke)
    : statement
      ? c.explicitFree
      : h.infinitive
        ? c.happened.filter((t) => !t.report)
        : c.happened;
  const near = nearest(
    h,
    usable.filter((t) => ![...c.bound.values()].includes(t)),
  );
  const vague = nearest(h, c.vagueFree);
  const before = s.text.slice(0, h.start - s.start);
  const perfect = /\b(?:has|have)\s+(?:been\s+|not\s+)?(?:[\p{L}-]+ly\s+)?$/iu.test(before);
  // "the 2020 war, in which Azerbaijan took back…": the verb of a clause about a dated noun shares its date.
  const host = [...c.bound.entries()].find(
    ([n]) => n.end <= h.start && /^,?\s+(?:in|during)\s+which\b|^,?\s+when\b/i.test(r.text.slice(n.end, h.start)),
  );
  // "has been blocked since December": the state began then.
  const since = perfect
    ? nearest(
        h,
        c.free.filter((t) => t.since && t.date),
      )
    : null;
  // An earlier event named before the verb ("After the Sochi meeting, …", "The war ended…") dates it; named
  // after it ("urged both sides to respect the truce"), only a present perfect, which the paragraph's date does
  // not locate.
  const temporal = !!referenceHit && EARLIER_EVENT_BEFORE.test(r.text.slice(s.start, referenceHit.start));
  const narrative = r.narrative;
  const referenceFirst =
    !!reference && (!referenceHit || referenceHit.start <= h.start || temporal || perfect || !narrative);
  // What a side asserts is dated by its own words only: the report's date is not the paragraph's.
  const paragraphOk =
    !h.trigger.speakerSubject &&
    (h.salience === 3 ||
      h.definite ||
      c.hits.some((x) => x !== h && x.trigger.kind === 'verb' && x.trigger.family === h.trigger.family));
  // The date in force reaches PARAGRAPH_REACH sentences past the last that told or used it: further on, the text no
  // longer dates what it tells (rule `paragraph-date-too-far`).
  const recent = !!narrative && r.sentenceNo - narrative.at <= PARAGRAPH_REACH;
  const own = c.bound.get(h);
  const dateChoices: [EventDate | null | undefined, DateSource, string | null | undefined, boolean][] = [
    [own?.date, 'own', own?.text, true],
    [c.datedNouns.get(h)?.date, 'sentence', c.datedNouns.get(h)?.text, true],
    // A date of its own inside a chronology's entry wins over the entry's ("reopening it … on June 25").
    [c.listDate?.date, 'list', c.listDate?.text, !near || near === c.listDate],
    // "regained territory … during that war": a time named by an earlier event comes before other dates of the
    // sentence.
    [
      reference?.date,
      'reference',
      reference?.dateText,
      h.trigger.kind === 'verb' && temporal && referenceHit!.start > h.start,
    ],
    [near?.date, 'sentence', near?.text, true],
    [since?.date, 'sentence', since?.text, true],
    [vague?.date, 'vague', vague?.text, true],
    [host?.[1].date, 'sentence', host?.[1].text, h.trigger.kind === 'verb'],
    [reference?.date, 'reference', reference?.dateText, h.salience >= 2 && referenceFirst],
    // Under a chronology's date heading, every entry is dated by it.
    [r.section?.date, 'list', r.section?.text, h.salience >= 2],
    // The paragraph's date carries to a reported action or a definite "the talks", not to "a deal" nobody dated.
    [narrative?.date, 'paragraph', narrative?.text, paragraphOk && !perfect],
    [reference?.date, 'reference', reference?.dateText, h.salience >= 2],
  ];
  const chosen = dateChoices.find(([d, , , ok]) => d && ok);
  // A date in force told too far back still groups and merges the mention, but is not proposed.
  // A decade ("in the 1990s", "the late 1980s") is no precision an analyst dates by (GUIDE.md): proposed undated too.
  const stale =
    chosen?.[1] === 'paragraph' && !recent
      ? 'paragraph-date-too-far'
      : DECADE.test(chosen?.[2] ?? '')
        ? 'decade-undated'
        : null;
  return { chosen, perfect, stale };
}

/** A trigger's date and status, after deadlines ("by the end of the year") and durations ("a six-week war"). */
function datingOf(r: Reading, c: Clause, h: Hit) {
  const { text, published } = r;
  const { s } = c;
  const { chosen, perfect, stale } = chooseDate(r, c, h);
  let date: EventDate | null = chosen?.[0] ?? null;
  let source: DateSource = chosen?.[1] ?? 'none';
  let dateText: string | null = chosen?.[2] ?? null;
  let status: EventStatus =
    h.infinitive ||
    (/\b(?:will|would|'ll|shall|expected to|scheduled to|plans? to|set to|due to)\b/i.test(
      s.text.slice(0, h.start - s.start),
    ) &&
      !PAST_VERB.test(text.slice(h.start, h.end)))
      ? 'planned'
      : 'occurred';
  const due = nearest(h, c.deadlines);
  // A deadline dates what is still to be done: not an act already dated by its own words.
  if (due?.date && (h.infinitive || (source !== 'own' && source !== 'sentence' && source !== 'list'))) {
    const from = date ? bounds(date)[0] : published;
    const d = from ? deadline(from, due.date) : null;
    if (d) {
      date = d;
      source = 'deadline';
      dateText = dateText ? `${dateText} … ${text.slice(deadlineWordStart(text, due.start), due.end)}` : due.text;
      status = 'planned';
    }
  }
  // A duration with one known end makes a range: "a six-week war that ended on 10 November".
  const d0 = date as EventDate | null;
  if (d0 && c.durations.length && d0.precision === 'day') {
    const side = /\b(?:ended|ending|ends|until|concluded)\b/i.test(s.text)
      ? 'ends'
      : /\b(?:began|begins|started|starts|starting|from|launched|launches|lasted|lasts|lasting)\b/i.test(s.text)
        ? 'starts'
        : null;
    const dur = nearest(h, c.durations);
    const range = side && dur ? durationRange(dur.value, d0, side) : null;
    if (range) [date, dateText] = [range, `${dur!.text} … ${dateText}`];
  }
  // A deadline counted from the date in force dates what is still to be done; one counted from a decade does not.
  return {
    date,
    source,
    dateText,
    status,
    due,
    perfect,
    stale: source === chosen?.[1] || DECADE.test(dateText ?? '') ? stale : null,
  };
}

/** The event a trigger proposes, or null when it is not worth proposing (undated, a reference, a consequence…). */
function mentionOf(r: Reading, c: Clause, h: Hit, i: number): Mention | null {
  const { text, published } = r;
  const { s, hits } = c;
  const drop = (rule: string) => {
    r.trace?.(rule, h.start, h.end);
    return null;
  };
  if (
    h.trigger.kind === 'noun' &&
    !c.bound.get(h) &&
    !c.datedNouns.has(h) &&
    (c.hasVerb || i > hits.findIndex((x) => x.trigger.kind === 'noun' && !c.bound.has(x)))
  )
    return drop('noun-beside-verb');
  const dating = datingOf(r, c, h);
  const { date, source, dateText, due, perfect } = dating;
  let status: EventStatus = dating.status;
  // Without a date, only a plain report that something happened is worth proposing.
  if (status === 'planned' && source !== 'own' && source !== 'sentence' && source !== 'list' && !due)
    return drop('planned-undated');
  if (!date && (h.salience < 3 || status !== 'occurred' || perfect || !PAST_VERB.test(text.slice(h.start, h.end))))
    return drop('undated-not-plain-past');
  // "agreed to set up a commission": the agreement and what it sets in motion are one event, dated by the latter.
  const next = hits[i + 1];
  if (
    next &&
    next.infinitive &&
    next.trigger.family === h.trigger.family &&
    /^\s+to\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(h.end, next.start))
  )
    return drop('agreed-to');
  // A noun dated only as a reference to an earlier event is that event, told again.
  if (h.trigger.kind === 'noun' && source === 'reference') return drop('reference-told-again');
  if (h.trigger.outcome && !hits.some((x) => x !== h && x.trigger.family === 'violence' && !x.trigger.outcome))
    return drop('outcome-alone');
  if (date && published && bounds(date)[0] > published) status = 'planned';
  if (h.salience === 1 && source !== 'own' && source !== 'sentence' && source !== 'deadline')
    return drop('gerund-undated');
  // Dated only by a date told too far back, or by a decade: that date groups and merges it, but is not proposed.
  if (dating.stale === 'paragraph-date-too-far') r.trace?.(dating.stale, h.start, h.end);
  const stale = !!dating.stale;
  const claim = status === 'occurred' && h.trigger.family === 'violence' ? claimOf(s, c.names) : null;
  if (claim) status = 'claimed';
  return {
    sentence: s,
    hits: [h],
    family: h.trigger.family,
    subType: h.trigger.subType,
    date,
    dateSource: source,
    dateText,
    stale,
    status,
    claimant: claim?.claimant ?? null,
    dates: c.txs.map((t) => [t.start - s.start, t.end - s.start]),
    actors: [],
    location: null,
    salience: h.salience,
    order: r.order++,
  };
}

/** One event per family and date within a sentence: "shelled … killing two" is one attack. */
function groupMentions(candidates: Mention[]): Mention[] {
  const groups: Mention[] = [];
  for (const c of candidates) {
    const compatible = (a: Mention, b: Mention) =>
      a.family === b.family ||
      (a.family === 'protest' && b.subType === 'change-to-group-activity') ||
      (b.family === 'protest' && a.subType === 'change-to-group-activity');
    const same = groups.find(
      (g) =>
        compatible(g, c) &&
        (dateKey(g.date) === dateKey(c.date) || (c.hits[0]!.trigger.outcome && g.family === 'violence')),
    );
    if (!same) {
      groups.push(c);
      continue;
    }
    same.hits.push(...c.hits);
    if (same.family === c.family && (SUBTYPE_RANK[c.subType] ?? 0) > (SUBTYPE_RANK[same.subType] ?? 0))
      same.subType = c.subType;
    if (c.family === 'protest' && same.family !== 'protest') [same.family, same.subType] = [c.family, c.subType];
    same.salience = Math.max(same.salience, c.salience);
    if (c.status === 'planned') same.status = 'planned';
  }
  return groups;
}

/** Who: each actor goes to the nearest event in the sentence; where: the nearest place. */
function assignNames(r: Reading, c: Clause, groups: Mention[]): void {
  const { text, published, index } = r;
  const { names, quoted } = c;
  const allHits = groups.flatMap((g) => g.hits.map((h) => ({ h, g })));
  const qualifiers = new Set<NameHit>();
  names.forEach((n, i) => {
    const next = names[i + 1];
    if (next && /^[’']s\s+$/.test(text.slice(n.end, next.start)) && next.actors.some((a) => a.kind === 'person'))
      qualifiers.add(n);
  });
  for (const n of names) {
    if (inside(quoted, n.start) || qualifiers.has(n)) continue;
    const owner = nearest(
      n,
      allHits.map((x) => ({ start: x.h.start, end: x.h.end, g: x.g })),
    );
    if (!owner) continue;
    const day = owner.g.date?.start ?? published;
    const actor = index.actorAt(n, day, text.slice(Math.max(0, n.start - 30), n.start));
    if (actor) {
      if (!owner.g.actors.includes(actor)) owner.g.actors.push(actor);
    } else if (n.place && !partOfName(text, n)) {
      const current = owner.g.location;
      if (!current) owner.g.location = n.place;
    }
  }
}

/** The sentence's events, completed (unknown names, the parties, "the three leaders"), kept and made referable. */
function keepGroups(r: Reading, c: Clause, groups: Mention[]): void {
  const { text, narrative, anchors } = r;
  const { s, reference } = c;
  const unknown = groups.some((g) => g.salience >= 2 || g.date) ? unknownNames(s, c.names, r.index) : [];
  for (const g of groups) {
    if (unknown.length && g === groups[0]) g.actors.push(...unknown.filter((u) => !g.actors.includes(u)));
    if (!g.actors.length && (g.family === 'violence' || g.family === 'territory') && g.subType !== 'attack')
      g.actors.push(...r.registry.parties);
    if (g.dateSource === 'reference' && reference && !g.location) g.location = reference.location;
    // "the three leaders", "both sides": the people or parties of the event the sentence refers to.
    const context = reference ?? (g.dateSource === 'paragraph' ? (narrative?.anchor ?? null) : null);
    if (COLLECTIVE_PEOPLE.test(s.text) && context)
      for (const a of context.actors) if (!g.actors.includes(a) && r.personNames.has(a)) g.actors.push(a);
    r.mentions.push(g);
    // What later sentences may refer back to.
    if (g.date && g.dateSource !== 'paragraph' && g.dateSource !== 'vague') {
      for (const h of g.hits) {
        const head = headOf(text, h);
        if (head)
          anchors.add({
            head,
            word: h.trigger.kind === 'noun' ? text.slice(h.start, h.end).toLowerCase() : undefined,
            date: g.date,
            dateText: g.dateText,
            location: g.location,
            actors: g.actors,
          });
      }
    }
  }
}

const DATE_SOURCE_WORDS: Record<DateSource, string> = {
  own: 'the date next to its noun',
  sentence: 'the date in its sentence',
  list: "the list item's date",
  deadline: 'a deadline, counted from when it was agreed',
  vague: 'a vague window before publication',
  reference: 'the date of the earlier event it refers to',
  paragraph: 'the date in force in the paragraph',
  none: '',
};

/** How the extractor came to the suggestion, for the reviewer: kept out of the event's summary. */
function explain(source: DateSource, dateText: string | null, mentions: number): string {
  const date =
    source === 'none'
      ? 'No date: the text gives none for it.'
      : `Dated from ${DATE_SOURCE_WORDS[source]}${dateText ? ` (“${dateText}”)` : ''}.`;
  return mentions > 1 ? `${date} Told ${mentions} times; the clearest sentence is quoted.` : date;
}

/** Only violence and fighting over ground count the dead: a ceasefire's sentence recalling the war's toll does not. */
const COUNTS_CASUALTIES = new Set<string>(['violence', 'territory']);

function toOutput(
  group: Mention[],
  registry: Registry,
  index: NameIndex,
): { event: ExtractedEvent; order: number; read: EventDate | null } {
  // The mention that tells it best: a main-clause verb over a noun over a subordinate gerund, then its own date.
  const best = [...group].sort(
    (a, b) =>
      b.salience - a.salience ||
      (a.dateSource === 'own' || a.dateSource === 'sentence' ? -1 : 0) -
        (b.dateSource === 'own' || b.dateSource === 'sentence' ? -1 : 0) ||
      a.order - b.order,
  )[0]!;
  const byPrecision = (a: Mention, b: Mention) =>
    PRECISION_ORDER[a.date!.precision] - PRECISION_ORDER[b.date!.precision] ||
    DATE_SOURCE_CONFIDENCE[b.dateSource] - DATE_SOURCE_CONFIDENCE[a.dateSource];
  const dated = group.filter((m) => m.date && !m.stale).sort(byPrecision)[0];
  // The date the rules read it by, proposed or not: what the learned stage counts as told already.
  const read = group.filter((m) => m.date).sort(byPrecision)[0]?.date ?? null;
  // A date outside the domain events live in (lib/dates/domain.ts) is proposed as no date at all.
  const date = dated && !outsideDomain(...bounds(dated.date!)) ? dated.date : null;
  const actors = [...new Set(group.flatMap((m) => m.actors))];
  // The parties stand in only where no one is named.
  const named = actors.filter(
    (a) => !registry.parties.includes(a) || group.some((m) => m.actors.includes(a) && m.actors.length > 0),
  );
  const known = best.location ?? group.find((m) => m.location)?.location ?? null;
  const trigger = best.hits[0]!.start - best.sentence.start;
  const location = known ?? newPlaceIn(best.sentence.text, index, trigger)?.name ?? null;
  const subType = best.subType;
  const w = date ? written(date) : { dateStart: null, dateEnd: null };
  const source = dated?.dateSource ?? 'none';
  let confidence =
    DATE_SOURCE_CONFIDENCE[source] +
    (actors.length ? 0.05 : -0.05) +
    (group.length > 1 ? 0.05 : 0) -
    (best.salience === 1 ? 0.1 : 0);
  confidence = Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100;
  const main = best.hits.sort((a, b) => b.salience - a.salience)[0]!;
  const status = group.some((m) => m.status === 'planned') && best.status === 'planned' ? 'planned' : best.status;
  const event: ExtractedEvent = {
    title: titleOf({
      sentence: best.sentence.text,
      trigger: [main.start - best.sentence.start, main.end - best.sentence.start],
      dates: best.dates,
      nounOnly: main.trigger.kind === 'noun',
      subType,
      actors: named,
      location,
    }),
    dateStart: w.dateStart,
    dateEnd: w.dateEnd,
    precision: date?.precision ?? null,
    eventType: eventTypeOfSubType(subType)!.slug,
    subType,
    status,
    claimant: status === 'claimed' ? (best.claimant ?? group.find((m) => m.claimant)?.claimant ?? null) : null,
    actors: named,
    location,
    locationIsNew: !known && !!location,
    quote: best.sentence.text,
    span: [best.sentence.start, best.sentence.end],
    dateText: dated?.dateText ?? null,
    yearInferred: !!date && withoutYear(dated?.dateText ?? ''),
    explanation: explain(source, dated?.dateText ?? null, group.length),
    ...casualtiesOf(COUNTS_CASUALTIES.has(best.family) ? group.map((m) => m.sentence.text) : []),
    confidence,
    matchesEventId: null,
  };
  return { event, order: best.order, read };
}
