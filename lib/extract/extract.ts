// From an article's text to proposed events. Pure and deterministic: the same text, publication
// date and registry always give the same proposals. The steps, each explainable to an analyst:
//   1. structure: paragraphs, sentences, dated list items, headlines and datelines (segment.ts);
//   2. time: every time expression resolved against the publication date (timexes.ts);
//   3. what happened: trigger words mapped to the taxonomy's sub-types (triggers.ts, lexicon.ts);
//   4. when (dating.ts): a trigger's own date ("last year's war"), the sentence's, a deadline, a vague window,
//      an earlier event the sentence refers to ("the peace deal"), or the paragraph's date — never
//      the publication date by default, and no date at all rather than an invented one;
//   5. who and where: registry actors and gazetteer places nearest each trigger (registry.ts),
//      unknown people and organisations proposed by name (participants.ts), new places (new-places.ts);
//   6. one event per happening: mentions of the same thing in one sentence or across sentences merge.
import { isIsoDay } from '@/lib/dates/calendar';
import { outsideDomain } from '@/lib/dates/domain';
import { eventTypeOfSubType, type EventStatus } from '@/lib/taxonomy/taxonomy';
import { bounds, dateKey, written, type EventDate } from './dates';
import { SUBTYPE_RANK, agreementKind } from './lexicon';
import { casualtiesOf, tollsAfter } from './casualties';
import { claimOf, deniedBefore } from './claims';
import { newPlaceIn } from './new-places';
import { titleOf } from './titles';
import { datelineOf, timexes, type Tx } from './timexes';
import { headOf, inside, triggerHits, type Hit, type Trace } from './triggers';
import { nearest, partOfName, unknownNames } from './participants';
import { withoutYear } from './sections';
import { meetingAndDocument, merge, PRECISION_ORDER } from './merge';
import { NameIndex, type NameHit } from './registry';
import { quotedRanges, segment, within, type Sentence } from './segment';
import type { ExtractedEvent, Registry } from './types';
import { applyLearned, type LearnedModel } from './learned';
import type { SentenceContext } from './learned-features';
import {
  PAST_VERB,
  bindDates,
  dateFromNarrative,
  datedNounsOf,
  datingOf,
  inSection,
  openSection,
  referenceOf,
  told,
} from './dating';
import { Anchors, type Clause, type DateSource, type Mention, type Reading } from './reading';
import shippedModel from './learned-model.json';

export type { Trace } from './triggers';

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
const SIGNING = /^(?:sign|initial)/i;
/**
 * A finite signing: "the leaders signed a declaration", "the treaty was signed on Friday"; not a document named by
 * its signing ("the act of surrender signed last year", no object and no "was").
 */
const isSigning = (text: string, h: Hit) =>
  h.salience === 3 &&
  h.trigger.subType === 'agreement-or-ceasefire' &&
  SIGNING.test(text.slice(h.start, h.end)) &&
  !/^\s+(?:nothing|no|none)\b/i.test(text.slice(h.end, h.end + 12)) &&
  (/\b(?:was|were|been|be|is|are)\s+$/i.test(text.slice(Math.max(0, h.start - 8), h.start)) ||
    !/^\s*(?:[,.;]|(?:in|on|at|by|last|this|earlier|later|yesterday|today|between|with)\b)/i.test(
      text.slice(h.end, h.end + 12),
    ));
const COLLECTIVE_PEOPLE =
  /\b(?:the|both|all)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|presidents|heads of state|ministers)\b/i;

export interface ExtractOptions {
  registry: Registry;
  publishedAt?: string | null;
  index?: NameIndex;
  trace?: Trace;
  /** The learned stage (learned.ts) beside the rules: the shipped model by default; null for the rules alone. */
  model?: LearnedModel | null;
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
  const unusable = reading.allTx.flatMap((t) => {
    const why = unusableDate(t);
    return why ? [{ ...t, why }] : [];
  });
  const violent = new Set(reading.mentions.filter((m) => m.family === 'violence').map((m) => m.sentence));
  const out = groups.map((m) => toOutput(m, options.registry, index, unusable, violent));
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
  // "…, the ministry said": fighting and ground taken alike are what one side asserts.
  const claim = status === 'occurred' && CLAIMABLE.has(h.trigger.family) ? claimOf(s, c.names) : null;
  if (claim) status = 'claimed';
  // "The ministry denied accusations that its units had opened fire": what one side asserts and the other denies.
  const disputed = status !== 'planned' && h.trigger.family === 'violence' && deniedBefore(s, h);
  return {
    sentence: s,
    hits: [h],
    family: h.trigger.family,
    subType: h.trigger.subType,
    date,
    dateSource: source,
    dateText,
    stale,
    status: disputed ? 'disputed' : status,
    claimant: disputed ? null : (claim?.claimant ?? null),
    dates: c.txs.map((t) => [t.start - s.start, t.end - s.start]),
    actors: [],
    location: null,
    salience: h.salience,
    order: r.order++,
    signing: isSigning(text, h),
  };
}

/** One event per family and date within a sentence: "shelled … killing two" is one attack. */
function groupMentions(candidates: Mention[]): Mention[] {
  const groups: Mention[] = [];
  for (const c of candidates) {
    const compatible = (a: Mention, b: Mention) =>
      (a.family === b.family && !meetingAndDocument(a, b)) ||
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
    same.signing ||= c.signing;
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

/** Why a date the text writes dates nothing: "31 February" no calendar has; "1724" before the years recorded. */
function unusableDate(t: Tx): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(t.value) && !isIsoDay(t.value)) return 'is not a day of the calendar';
  if (t.date && outsideDomain(...bounds(t.date)))
    return 'lies outside the years Faultline records (1800 to ten years ahead)';
  return null;
}

/** How the extractor came to the suggestion, for the reviewer: kept out of the event's summary. */
function explain(
  source: DateSource,
  dateText: string | null,
  mentions: number,
  unusable: { text: string; why: string } | null,
): string {
  const date =
    source !== 'none'
      ? `Dated from ${DATE_SOURCE_WORDS[source]}${dateText ? ` (“${dateText}”)` : ''}.`
      : unusable
        ? `No date: “${unusable.text}” ${unusable.why}.`
        : 'No date: the text gives none for it.';
  return mentions > 1 ? `${date} Told ${mentions} times; the clearest sentence is quoted.` : date;
}

/**
 * Only violence and fighting over ground count the dead: a ceasefire's sentence recalling the war's toll does not;
 * nor does ground taken in a sentence whose attack the dead are counted for ("shelled …, killing two, and captured").
 */
const COUNTS_CASUALTIES = new Set<string>(['violence', 'territory']);
const CLAIMABLE = COUNTS_CASUALTIES;
const tollSentences = (group: Mention[], violent: Set<Sentence>) =>
  !COUNTS_CASUALTIES.has(group[0]!.family)
    ? []
    : group.filter((m) => m.family === 'violence' || !violent.has(m.sentence)).map((m) => m.sentence.text);

function toOutput(
  group: Mention[],
  registry: Registry,
  index: NameIndex,
  unusable: (Tx & { why: string })[],
  violent: Set<Sentence>,
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
  const subType = agreementKind(best.subType, best.sentence.text);
  const w = date ? written(date) : { dateStart: null, dateEnd: null };
  // A date outside the domain is proposed as none, and explained as none.
  const source = date ? dated!.dateSource : 'none';
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
    dateText: date ? (dated?.dateText ?? null) : null,
    yearInferred: !!date && withoutYear(dated?.dateText ?? ''),
    explanation: explain(
      source,
      date ? (dated?.dateText ?? null) : null,
      group.length,
      within(unusable, best.sentence.start, best.sentence.end)[0] ?? null,
    ),
    ...casualtiesOf(tollSentences(group, violent)),
    confidence,
    matchesEventId: null,
  };
  return { event, order: best.order, read };
}
