// The gate on real articles: neither the tuning set nor the held-back set may get worse than the
// figures measured when the corpus was annotated (less a small margin for harmless shifts). Raise
// a floor when a change lifts a figure; a change that lowers one must fix what it broke instead.
import { describe, expect, it } from 'vitest';
import { evaluateSet, type SetFigures } from './corpus';

type Floors = Pick<
  SetFigures,
  | 'recall_main'
  | 'recall_all'
  | 'precision'
  | 'date_exact'
  | 'invented_dates'
  | 'invented_fatalities'
  | 'place_exact'
  | 'wrong_places'
> & {
  /**
   * Matched tolls proposed exactly, a count: their share falls whenever an event newly found has a toll told
   * otherwise (one more found, none lost), so the gate holds the number, not the share.
   */
  tolls_exact: number;
};

// Measured on 7 December 2026 (tuning 109 documents, 685 gold events; held-back 53, 358, later 68, 488), with the
// learned stage (learned.ts) beside the rules. It is trained on the tuning set, so the tuning figures are on its own
// training data (cross-validated on tuning: recall_main 0.489, precision 0.826, exact dates 0.695, 43 invented dates);
// the held-back figures are the estimate. Where a held-back figure fell (precision 0.812 at the corpus's annotation,
// 0.799 now; 34 invented dates where it invented 32), the floor stays where it was. Casualty figures (casualties.ts:
// tuning 9 of 21 matched tolls exact, 6 invented; held-back 1 of 4, none invented) and places (new-places.ts; the
// learned stage's proposals take the registry's place in their sentence: tuning 0.379 of 256 placed right, 68
// elsewhere; held-back 0.411 of 107, 28 elsewhere) measured the same day with both stages. Later on 7 December 2026 a
// date in force reaches only two sentences past the last that used it (PARAGRAPH_REACH in extract.ts) and "that day" is
// the day told before: tuning recall_main 0.528, recall_all 0.556, exact dates 0.709, 36 invented dates, places 0.381
// (69 elsewhere, within the margin); held-back recall 0.44 / 0.466, precision 0.803 (its floor stays 0.812), exact
// dates 0.635, 25 invented dates, places 0.415 of 106. Then a decade ("in the 1990s") dates nothing (GUIDE.md): tuning
// exact dates 0.719, 32 invented; held-back recall 0.44 / 0.466, precision 0.799, exact dates 0.671, 19 invented dates,
// places 0.415 of 106 (29 elsewhere, within the margin). Then the learned stage proposes, undated, events the article
// leaves undated (learned.ts, `undated`), without the sentence's first place (on tuning it was elsewhere 10 times in
// 13): cross-validated on tuning recall_main 0.491 → 0.505, precision 0.826 → 0.823, exact dates 0.727 → 0.720,
// invented 32; as shipped (in-sample) recall 0.608 / 0.626, precision 0.896, exact dates 0.748, places 98 right as
// before but of 275 scored, not 257 (0.356; its floor follows the ratio, not a loss), 69 elsewhere; held-back recall
// 0.452 / 0.478, precision 0.795, exact dates 0.673, 19 invented dates, places 0.407 of 108 (29 elsewhere, within the
// margin). Then the held-back set grew by 15 documents (c01–c15, 130 gold events) found and annotated under GUIDE.md by
// an annotator who never saw the extractor, its rules or its output, after all the rules above: on those 15 alone
// recall 0.446 / 0.485, precision 0.84, exact dates 0.571, 8 invented dates (rules alone 0.307 / 0.362 / 0.81 / 0.468 /
// 7). The held-back floors below are the grown set's (68 documents, 488 gold events), measured that day. Then the
// tuning set grew by 39 documents (d01–d20 less d13, e01–e20; 288 gold events) from two more annotators who never saw
// the extractor (d13 and e02 were the same TASS report, annotated apart: 8 of 9 events alike in date, type and
// status, 4 of them told main by one and background by the other; e02 is kept), and the learned stage was retrained:
// tuning (148 documents, 973 gold) cross-validated recall_main 0.504, precision 0.827, exact dates 0.706, 50
// invented; held-back 0.442 / 0.475, precision 0.808, exact dates 0.647, 25 invented, places 0.417 of 151 (40
// elsewhere), tolls 1 of 6 exact (1 of 5 before: one more matched). The learned stage then kept the rules' verdict
// on what happened again and again, might happen or did not (`habitual`, `hypothetical`, `negation`): tuning
// cross-validated 0.510 / 0.826 / 0.708 / 50; held-back 0.447 / 0.482, precision 0.805, exact dates 0.651, 25
// invented, places 0.405 of 153 (40 elsewhere), tolls 2 of 7 exact. The tuning floors are the grown set's. Then a
// clock time after a date in its sentence ("On 16 November at 13:00") stopped dating by the publication day
// (timexes.ts): held-back exact dates 0.66, precision 0.808; tuning exact dates 0.738. Then the learned stage read
// word stems beside words (learned-features.ts `stemOf`: "shelling" reads like "shelled"): tuning cross-validated
// 0.517 / 0.826 / 0.710 / 49 (in-sample 0.651 / 0.667, precision 0.901, exact dates 0.747, tolls 16 of 34 exact);
// held-back 0.453 / 0.486, precision 0.806, exact dates 0.658, 25 invented, places 0.403 of 154 (40 elsewhere).
// On 8 December 2026 a peace agreement, treaty or declaration named without a ceasefire became an `agreement`
// (lexicon.ts `agreementKind`): sub-types right on tuning 0.641 → 0.664, held-back 0.565 → 0.586; held-back precision
// 0.803 (one more proposal, unmatched), every other figure as before. Titles, the disputed status and reading long
// sentences, paragraphs and pages in pieces changed no figure. Later that day a summit and the document signed at it
// became two events, ground taken after a participial clause its own, and dates were read better (a weekday written
// with its date, a clock time before "on Wednesday", "is set for", a date "of" a noun): cross-validated on tuning
// 0.517 / 0.827 / 0.710 / 49 → 0.522 / 0.829 / 0.712 / 49; in-sample 0.657 / 0.671, precision 0.902, exact dates
// 0.750; held-back 0.453 / 0.486, precision 0.803, exact dates 0.658 → 0.662, 25 invented (the floors stay where
// they were where a figure did not rise).
const MEASURED: Record<'tuning' | 'held-back', Floors> = {
  tuning: {
    ...{ recall_main: 0.657, recall_all: 0.671, precision: 0.902, date_exact: 0.75, invented_dates: 52 },
    ...{ tolls_exact: 16, invented_fatalities: 7, place_exact: 0.301, wrong_places: 105 },
  },
  'held-back': {
    ...{ recall_main: 0.453, recall_all: 0.486, precision: 0.808, date_exact: 0.662, invented_dates: 25 },
    ...{ tolls_exact: 2, invented_fatalities: 0, place_exact: 0.413, wrong_places: 40 },
  },
};
const MARGIN = 0.02;

describe.each(['tuning', 'held-back'] as const)('extraction on the %s set of real articles', (set) => {
  const { figures } = evaluateSet(set);
  const floor = MEASURED[set];

  it('holds recall, precision and exact dates at their measured figures, less a small margin', () => {
    for (const key of ['recall_main', 'recall_all', 'precision', 'date_exact', 'place_exact'] as const)
      expect(figures[key], key).toBeGreaterThanOrEqual(floor[key] - MARGIN);
  });

  it('invents no more dates than it did', () => {
    expect(figures.invented_dates).toBeLessThanOrEqual(floor.invented_dates + 2);
  });

  it('counts no more dead where the text gives no toll, and no fewer tolls exactly, than it did', () => {
    expect(figures.invented_fatalities).toBeLessThanOrEqual(floor.invented_fatalities);
    expect(Math.round(figures.fatalities_scored * figures.fatalities_exact)).toBeGreaterThanOrEqual(floor.tolls_exact);
  });

  it('places no more events elsewhere than where the text puts them than it did', () => {
    expect(figures.wrong_places).toBeLessThanOrEqual(floor.wrong_places + 2);
  });
});
