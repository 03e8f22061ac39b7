// Training the learned stage (learned.ts) on the tuning set only: a sentence is a positive sample when it
// holds the evidence of a gold event. Thresholds are chosen by 5-fold cross-validation over the tuning
// documents (each document's sentences scored by a model that never saw it), as the ones that raise recall
// on main events most while precision, exact dates and invented dates stay at least as good as the rules'
// alone. The held-back set is never read here.
import { loadSet } from './corpus';
import type { DevArticle } from './dev-set';
import { score, total, type GoldEvent } from './evaluate';
import { readArticle } from './extract';
import { applyLearned, withoutOwnDate, type LearnedModel, type Scores } from './learned';
import { featuresOf, type SentenceContext } from './learned-features';
import { DEFAULT_TRAINING, probability, trainLogistic, type Sample, type Weights } from './logistic';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';
import type { ExtractedEvent } from './types';

export const FOLDS = 5;
const TRAINING = { ...DEFAULT_TRAINING, minCount: 3, l2: 1e-3 };
/** Sub-types with fewer gold sentences than this are left to the rules' triggers. */
const MIN_TYPE_SAMPLES = 12;
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 2];
const VETOES = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

/** A tuning document as the trainer sees it: the rules' events, every sentence, and each sentence's gold. */
export interface ReadDocument {
  article: DevArticle;
  events: ExtractedEvent[];
  contexts: SentenceContext[];
  /** Per sentence: the first gold event whose evidence it overlaps, or null. */
  gold: (GoldEvent | null)[];
}

export function readDocuments(articles: DevArticle[] = loadSet('tuning')): ReadDocument[] {
  const registry = seedRegistry();
  const index = new NameIndex(registry);
  return articles.map((article) => {
    const { events, contexts } = readArticle(article.text, {
      registry,
      index,
      publishedAt: article.publishedAt,
      model: null,
    });
    const spans = article.events.flatMap((g) =>
      (Array.isArray(g.evidence) ? g.evidence : [g.evidence]).map((e) => {
        const at = article.text.indexOf(e);
        return { g, start: at, end: at + e.length };
      }),
    );
    const gold = contexts.map(
      (c) => spans.find((e) => e.start >= 0 && e.start < c.sentence.end && c.sentence.start < e.end)?.g ?? null,
    );
    return { article, events, contexts, gold };
  });
}

const eventSamples = (docs: ReadDocument[]): Sample[] =>
  docs.flatMap((d) => d.contexts.map((c, i) => ({ features: featuresOf(c), label: d.gold[i] ? 1 : 0 }) as Sample));

/**
 * The sentences the rules proposed nothing for; positive when they hold a gold event the rules missed and that has
 * a date (a proposal always has one: for an event the analyst could not date, it would be an invented date).
 */
const missedSamples = (docs: ReadDocument[]): Sample[] =>
  docs.flatMap((d) => {
    const missed = new Set(score(d.article.text, d.article.events, d.events).missed);
    return d.contexts.flatMap((c, i) =>
      d.events.some((e) => e.span[0] < c.sentence.end && c.sentence.start < e.span[1])
        ? []
        : [{ features: featuresOf(c), label: d.gold[i]?.dateStart && missed.has(d.gold[i]) ? 1 : 0 } as Sample],
    );
  });

/**
 * The sentences the rules proposed nothing for that give no date of their own; positive when they hold a gold
 * event the rules missed that the article leaves undated (the stage proposes those without a date).
 */
const undatedSamples = (docs: ReadDocument[]): Sample[] =>
  docs.flatMap((d) => {
    const missed = new Set(score(d.article.text, d.article.events, d.events).missed);
    return d.contexts.flatMap((c, i) =>
      !withoutOwnDate(c) || d.events.some((e) => e.span[0] < c.sentence.end && c.sentence.start < e.span[1])
        ? []
        : [{ features: featuresOf(c), label: d.gold[i] && !d.gold[i].dateStart && missed.has(d.gold[i]) ? 1 : 0 }],
    );
  });

/** What says which sub-type: words and rule signals, not word pairs (that keeps the model small). */
const isTypeFeature = (f: string) => !f.startsWith('b:');

/** One weight set per frequent sub-type, each against the other event sentences. */
export function trainTypes(docs: ReadDocument[]): Record<string, Weights> {
  const positives = docs.flatMap((d) =>
    d.contexts.flatMap((c, i) =>
      d.gold[i]?.subType ? [{ features: featuresOf(c).filter(isTypeFeature), subType: d.gold[i].subType }] : [],
    ),
  );
  const counts = new Map<string, number>();
  for (const p of positives) counts.set(p.subType!, (counts.get(p.subType!) ?? 0) + 1);
  const kept = [...counts]
    .filter(([, n]) => n >= MIN_TYPE_SAMPLES)
    .map(([t]) => t)
    .sort();
  const options = { ...DEFAULT_TRAINING, minCount: 5, minWeight: 0.02 };
  return Object.fromEntries(
    kept.map((t) => [
      t,
      trainLogistic(
        positives.map((p) => ({ features: p.features, label: p.subType === t ? 1 : 0 })),
        options,
      ),
    ]),
  );
}

/** Each document's sentence scores from the model trained on the other folds (document i is in fold i % 5). */
export function outOfFoldScores(docs: ReadDocument[]): Scores[] {
  const out: Scores[] = docs.map(() => ({ event: [], missed: [], undated: [] }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const others = docs.filter((_, i) => i % FOLDS !== fold);
    const event = trainLogistic(eventSamples(others), TRAINING);
    const missed = trainLogistic(missedSamples(others), TRAINING);
    const undated = trainLogistic(undatedSamples(others), TRAINING);
    docs.forEach((d, i) => {
      if (i % FOLDS !== fold) return;
      const features = d.contexts.map(featuresOf);
      out[i] = {
        event: features.map((f) => probability(event, f)),
        missed: features.map((f) => probability(missed, f)),
        undated: features.map((f) => probability(undated, f)),
      };
    });
  }
  return out;
}

export interface Figures {
  recall_main: number;
  precision: number;
  date_exact: number;
  invented_dates: number;
  proposed: number;
}

/** The tuning set's figures with the learned stage at these thresholds and these sentence scores. */
export function figuresWith(docs: ReadDocument[], scores: Scores[], model: LearnedModel | null): Figures {
  let goldMain = 0;
  let missedMain = 0;
  const all = docs.map((d, i) => {
    const events = model ? applyLearned(d.events, d.contexts, model, scores[i]) : d.events;
    const s = score(d.article.text, d.article.events, events);
    const isMain = (g: GoldEvent) => g.salience !== 'background';
    goldMain += d.article.events.filter(isMain).length;
    missedMain += s.missed.filter(isMain).length;
    return s;
  });
  const t = total(all);
  return {
    recall_main: goldMain ? (goldMain - missedMain) / goldMain : 0,
    precision: t.precision,
    date_exact: t.dateAccuracy,
    invented_dates: t.inventedDates,
    proposed: t.proposed,
  };
}

/**
 * The thresholds that raise recall on main events most without losing elsewhere: the veto and the threshold for
 * sentences with a date of their own together, then the one for dates inherited from a chronology's entry.
 */
export function chooseThresholds(docs: ReadDocument[], scores: Scores[], base: LearnedModel) {
  const rules = figuresWith(docs, scores, null);
  const ok = (f: Figures) =>
    f.precision >= rules.precision && f.date_exact >= rules.date_exact && f.invented_dates <= rules.invented_dates;
  const gain = (f: Figures) => f.recall_main + f.precision / 100;
  let model: LearnedModel = { ...base, propose: { sentence: 2, list: 2, paragraph: 2, none: 2 }, veto: 0 };
  let best = figuresWith(docs, scores, model);
  const consider = (next: LearnedModel) => {
    const f = figuresWith(docs, scores, next);
    if (ok(f) && gain(f) > gain(best)) [model, best] = [next, f];
  };
  for (const veto of VETOES)
    for (const at of THRESHOLDS) consider({ ...base, veto, propose: { ...model.propose, sentence: at } });
  // A date inherited from the paragraph is not the sentence's: on tuning only one in five of those sentences' events
  // has it and half have none, so the stage does not propose them (the threshold stays out of reach).
  for (const at of THRESHOLDS) consider({ ...model, propose: { ...model.propose, list: at } });
  for (const at of THRESHOLDS) consider({ ...model, propose: { ...model.propose, none: at } });
  return { model, rules, crossValidated: best };
}

/** The model `npm run train:extract` writes: weights from all of tuning, thresholds from cross-validation. */
export function trainModel(docs: ReadDocument[] = readDocuments()) {
  const types = trainTypes(docs);
  const base: LearnedModel = {
    about:
      `Logistic regression over a sentence's words, word pairs and rule signals; trained on the tuning set ` +
      `(${docs.length} documents) by scripts/train-extract.ts; thresholds by ${FOLDS}-fold cross-validation.`,
    propose: { sentence: 2, list: 2, paragraph: 2, none: 2 },
    veto: 0,
    event: {},
    missed: {},
    undated: {},
    types,
  };
  const { model, rules, crossValidated } = chooseThresholds(docs, outOfFoldScores(docs), base);
  const event = trainLogistic(eventSamples(docs), TRAINING);
  const missed = trainLogistic(missedSamples(docs), TRAINING);
  const undated = trainLogistic(undatedSamples(docs), TRAINING);
  return { model: { ...model, event, missed, undated }, rules, crossValidated };
}
