// The learned stage beside the rules: a logistic regression trained on the tuning set of the real-article
// corpus (scripts/train-extract.ts; `npm run train:extract` writes learned-model.json). It reads every
// sentence the rules proposed nothing for and proposes an event where it scores the sentence as reporting
// one, dated by the date stages' own answer for that sentence (its date expression, its chronology entry,
// or the paragraph's date). A sentence with no date of its own may still report an event the article leaves
// undated ("Baku admitted losing 31 servicemen"): a second weight set scores that, and such an event is
// proposed without a date — the stage never invents one.
// It may also set aside a rule's proposal it scores as no event, when that raised precision on tuning.
import { eventTypeOfSubType } from '@/lib/taxonomy/taxonomy';
import { agreementKind } from './lexicon';
import { outsideDomain } from '@/lib/dates/domain';
import { bounds, written } from './dates';
import { featuresOf, tokensOf, type SentenceContext } from './learned-features';
import { probability, type Weights } from './logistic';
import { titleOf } from './titles';
import { casualtiesOf, countsCasualties } from './casualties';
import type { ExtractedEvent } from './types';

export interface LearnedModel {
  /** How it was trained, for the reader of the JSON file. */
  about: string;
  /**
   * Lowest score at which a sentence the rules skipped becomes a proposal, by where its date comes from; `none`:
   * a sentence without a date of its own becomes an undated proposal (scored by `undated`).
   */
  propose: Record<'sentence' | 'list' | 'paragraph' | 'none', number>;
  /** A rule's proposal whose sentence scores below this is set aside (0: never). */
  veto: number;
  /** Does the sentence report an event (of the article, main or background)? Read for the veto. */
  event: Weights;
  /** Does a sentence the rules skipped report an event they missed? Read for proposals. */
  missed: Weights;
  /** Does a sentence the rules skipped, without a date of its own, report an event the article leaves undated? */
  undated: Weights;
  /** One weight set per sub-type: which sub-type a proposed sentence reports. */
  types: Record<string, Weights>;
}

/**
 * The score of a sentence: the probability that it reports an event (`missed`: a dated one the rules did not
 * propose; `undated`: an undated one they did not propose).
 */
export const eventScore = (
  model: LearnedModel,
  c: SentenceContext,
  weights: 'event' | 'missed' | 'undated' = 'event',
) => probability(model[weights], featuresOf(c));

/** A sentence that gives no date of its own: none in force, or only the paragraph's (not proposed by). */
export const withoutOwnDate = (c: SentenceContext) => c.dateSource === null || c.dateSource === 'paragraph';

/**
 * The veto reads only the proposals the rules are unsure of: under this confidence, those dated by the paragraph,
 * a reference, a vague window, or not at all. A sentence that dates its own event keeps the rules' word.
 */
export const VETO_BELOW_CONFIDENCE = 0.8;

/** Fewer words than this, less its dates, is a dateline or a caption ("YEREVAN, September 13."), not a report. */
export const MIN_WORDS = 6;

/** The sub-type of a proposed sentence: its rule trigger's when the rules found one, else the model's best. */
export function subTypeOf(model: LearnedModel, c: SentenceContext): string {
  if (c.triggers.length) return agreementKind(c.triggers[0]!, c.sentence.text);
  const features = featuresOf(c);
  let best = 'other';
  let top = -1;
  for (const [subType, weights] of Object.entries(model.types)) {
    const p = probability(weights, features);
    if (p > top) [best, top] = [subType, p];
  }
  return best;
}

const happeningOf = (e: ExtractedEvent) => `${e.subType}|${e.dateStart}|${e.dateEnd}|${e.precision}`;

/**
 * A finite verb, where the title's clause is: a past tense ("crossed"), one of the irregular ones news uses ("met",
 * "struck"), or a verb group ("has set up", "were soon meeting"). Not "said" or "told": the title is what was said.
 */
const FINITE_VERB = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|has|have|had|will|would)\s+(?:(?:not|soon|also|already|been|being|[a-z]+ly)\s+)*` +
    String.raw`[a-z]{3,}(?:ed|en|ing)\b|[a-z]{3,}ed\b|` +
    String.raw`(?:met|held|took|began|fought|shot|struck|won|lost|left|fled|sent|made|gave|broke|hit|led|set up)` +
    String.raw`\b)`,
);

/** Where the title's clause is: around the sentence's first finite verb, else the sentence's start. */
function verbOf(sentence: string): [number, number] {
  const m = FINITE_VERB.exec(sentence);
  return m ? [m.index, m.index + m[0].length] : [0, 0];
}

const DATE_SOURCE_WORDS: Record<string, string> = {
  sentence: 'the date in its sentence',
  list: "the list item's date",
  paragraph: 'the date in force in the paragraph',
};

/** How the learned stage came to a proposal, for the reviewer. */
function explanationOf(c: SentenceContext, score: number, dated: boolean): string {
  const date = dated
    ? `Dated from ${DATE_SOURCE_WORDS[c.dateSource ?? 'paragraph'] ?? DATE_SOURCE_WORDS.paragraph}` +
      `${c.dateText ? ` (“${c.dateText}”)` : ''}.`
    : 'No date: the sentence gives none for it.';
  return `Proposed by the learned model (score ${score.toFixed(2)}): no rule read an event here. ${date}`;
}

/** The event a sentence reports, as the learned stage proposes it: dated by its context's date, or undated. */
export function learnedEvent(model: LearnedModel, c: SentenceContext, score: number, dated = true): ExtractedEvent {
  const subType = subTypeOf(model, c);
  const w = dated && c.date ? written(c.date) : { dateStart: null, dateEnd: null };
  const eventType = eventTypeOfSubType(subType)!.slug;
  return {
    title: titleOf({
      sentence: c.sentence.text,
      trigger: verbOf(c.sentence.text),
      dates: c.dates,
      nounOnly: false,
      subType,
      actors: c.actors,
      location: c.location,
    }),
    dateStart: w.dateStart,
    dateEnd: w.dateEnd,
    precision: w.dateStart ? c.date!.precision : null,
    eventType,
    subType,
    // What the rules read as still to happen ("were soon meeting in Moscow") is proposed as planned.
    status: c.rules.includes('planned-undated') ? 'planned' : 'occurred',
    claimant: null,
    actors: c.actors,
    location: dated ? c.location : null,
    locationIsNew: false,
    quote: c.sentence.text,
    span: [c.sentence.start, c.sentence.end],
    dateText: w.dateStart ? c.dateText : null,
    yearInferred: false,
    explanation: explanationOf(c, score, !!w.dateStart),
    ...casualtiesOf(countsCasualties(eventType) ? [c.sentence.text] : []),
    confidence: Math.round(Math.min(0.9, score) * 100) / 100,
    matchesEventId: null,
  };
}

/** Sentence scores computed elsewhere (training tries thresholds on held-out folds), one per context. */
export type Scores = { event: number[]; missed: number[]; undated: number[] };

/** Rules whose verdict the stage keeps: what happened again and again, might happen or did not is no event. */
const NO_EVENT = new Set(['habitual', 'hypothetical', 'negation']);

/** The event the stage proposes for a sentence the rules skipped: dated by its context, undated, or none. */
function proposalFor(model: LearnedModel, c: SentenceContext, missed: number, undated: number) {
  if (tokensOf(c.sentence.text).length < MIN_WORDS || c.rules.some((r) => NO_EVENT.has(r))) return null;
  if (c.date && c.dateSource && missed >= model.propose[c.dateSource])
    return outsideDomain(...bounds(c.date)) ? null : learnedEvent(model, c, missed);
  return withoutOwnDate(c) && undated >= model.propose.none ? learnedEvent(model, c, undated, false) : null;
}

/**
 * The rules' events less those vetoed, with the learned proposals for the sentences they skipped, in text order.
 * `scores` (one per context) stand in for the model's own when training tries thresholds on held-out folds.
 */
export function applyLearned(
  events: ExtractedEvent[],
  contexts: SentenceContext[],
  model: LearnedModel,
  scores?: Scores,
): ExtractedEvent[] {
  // A rule's event quotes one sentence of the same segmentation, so it covers the sentence that starts where it does.
  const bySentence = new Map<number, ExtractedEvent[]>();
  for (const e of events) bySentence.set(e.span[0], [...(bySentence.get(e.span[0]) ?? []), e]);
  const vetoed = new Set<ExtractedEvent>();
  const proposals: ExtractedEvent[] = [];
  contexts.forEach((c, i) => {
    const own = bySentence.get(c.sentence.start);
    if (!own) {
      const missed = scores ? scores.missed[i]! : eventScore(model, c, 'missed');
      const undated = scores ? scores.undated[i]! : eventScore(model, c, 'undated');
      const event = proposalFor(model, c, missed, undated);
      if (event) proposals.push(event);
    }
    const unsure = own?.filter((e) => e.confidence < VETO_BELOW_CONFIDENCE) ?? [];
    if (model.veto > 0 && unsure.length && (scores?.event[i] ?? eventScore(model, c)) < model.veto)
      for (const e of unsure) vetoed.add(e);
  });
  // The same sentence told again (a repeated paragraph), or an event of the same sub-type and date as one already
  // proposed ("the Sochi meeting" after the Sochi meeting), is the same event: the rules' merge says so too.
  const told = new Set(events.map((e) => e.quote));
  const happenings = new Set(events.filter((e) => e.dateStart).map(happeningOf));
  const proposed: ExtractedEvent[] = [];
  for (const event of proposals) {
    if (told.has(event.quote) || (event.dateStart && happenings.has(happeningOf(event)))) continue;
    told.add(event.quote);
    if (event.dateStart) happenings.add(happeningOf(event));
    proposed.push(event);
  }
  return [...events.filter((e) => !vetoed.has(e)), ...proposed].sort((a, b) => a.span[0] - b.span[0]);
}
