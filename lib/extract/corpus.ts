// The real-article corpus (lib/extract/corpus/): published articles stored as close paraphrases,
// annotated under GUIDE.md. `tuning` may be read while writing rules; `held-back` is the estimate
// of how the extractor does on what users paste, and is only ever scored, never read for tuning.
import path from 'node:path';
import { type DevArticle, FIXTURES_DIR, loadDevSet } from './dev-set';
import { foldPlace, score, total, type Score } from './evaluate';
import { extractEvents } from './extract';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';

export const CORPUS_DIR = path.join(process.cwd(), 'lib', 'extract', 'corpus');
/** `development`: the twelve articles written for the extractor; the other two are real articles. */
export const EVAL_SETS = ['development', 'tuning', 'held-back'] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

export const loadSet = (set: EvalSet): DevArticle[] =>
  loadDevSet(set === 'development' ? FIXTURES_DIR : path.join(CORPUS_DIR, set));

export interface SetFigures {
  set: EvalSet;
  documents: number;
  gold: number;
  goldMain: number;
  proposed: number;
  recall_main: number;
  recall_all: number;
  precision: number;
  date_exact: number;
  type_accuracy: number;
  invented_dates: number;
  /** Matched events whose gold counts its dead, and the share of them whose toll (best, low, high) is exact. */
  fatalities_scored: number;
  fatalities_exact: number;
  /** Matched proposals giving a toll where the gold event has none. */
  invented_fatalities: number;
  /** Matched events whose gold names a place, the share placed there, and matched proposals placed elsewhere. */
  places_scored: number;
  place_exact: number;
  wrong_places: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Scores of every article of a set, with the set's totals (main events: salience main, or any when unmarked). */
export function evaluateSet(set: EvalSet): { figures: SetFigures; scores: { article: DevArticle; score: Score }[] } {
  const registry = seedRegistry();
  const index = new NameIndex(registry);
  // The gazetteer's other names count as the place ("Khankendi" is "Stepanakert / Khankendi").
  const canonical = new Map(registry.places.flatMap((p) => [p.name, ...p.altNames].map((n) => [foldPlace(n), p.name])));
  const placeKey = (name: string) => foldPlace(canonical.get(foldPlace(name)) ?? name);
  const scores = loadSet(set).map((article) => ({
    article,
    score: score(
      article.text,
      article.events,
      extractEvents(article.text, { registry, index, publishedAt: article.publishedAt }),
      placeKey,
    ),
  }));
  const t = total(scores.map((s) => s.score));
  const isMain = (e: { salience?: string }) => e.salience !== 'background';
  const goldMain = scores.reduce((n, s) => n + s.article.events.filter(isMain).length, 0);
  const missedMain = scores.reduce((n, s) => n + s.score.missed.filter(isMain).length, 0);
  const figures: SetFigures = {
    set,
    documents: scores.length,
    gold: t.gold,
    goldMain,
    proposed: t.proposed,
    recall_main: round(goldMain ? (goldMain - missedMain) / goldMain : 0),
    recall_all: round(t.recall),
    precision: round(t.precision),
    date_exact: round(t.dateAccuracy),
    type_accuracy: round(t.typeAccuracy),
    invented_dates: t.inventedDates,
    fatalities_scored: t.tolls,
    fatalities_exact: round(t.tollAccuracy),
    invented_fatalities: t.inventedTolls,
    places_scored: t.places,
    place_exact: round(t.placeAccuracy),
    wrong_places: t.wrongPlaces,
  };
  return { figures, scores };
}
