// Scoring proposed events against an analyst's gold events for one article. A proposal matches a
// gold event when its quoted sentence contains the gold evidence; each side matches at most once,
// exact dates first. Dates are compared at their precision (start, end and precision all equal).

export interface GoldEvent {
  title: string;
  dateStart: string | null;
  dateEnd?: string | null;
  precision: string | null;
  subType?: string;
  status?: string;
  actors: string[];
  location?: string | null;
  fatalities?: Figure | null;
  level?: 'must' | 'should';
  /** In the real-article corpus: the news of the article, or an earlier event it recalls. */
  salience?: 'main' | 'background';
  /** The words of the article that state it; several when the article tells it more than once. */
  evidence: string | string[];
}
export interface Proposal {
  dateStart: string | null;
  dateEnd: string | null;
  precision: string | null;
  subType?: string;
  actors: string[];
  span: [number, number];
  fatalities?: Figure | null;
  location?: string | null;
}
type Figure = { best: number | null; low: number | null; high: number | null };
export interface Score {
  gold: number;
  proposed: number;
  matched: number;
  exactDates: number;
  sameType: number;
  inventedDates: number;
  /** Matched gold events that count their dead; of those, how many the proposal counts exactly. */
  tolls: number;
  exactTolls: number;
  /** Matched proposals that count dead where the gold event counts none. */
  inventedTolls: number;
  /** Matched gold events with a place; of those, how many the proposal places there; proposals placed elsewhere. */
  places: number;
  samePlaces: number;
  wrongPlaces: number;
  missed: GoldEvent[];
  extra: Proposal[];
  wrongDates: { gold: GoldEvent; proposal: Proposal }[];
}

const sameDate = (g: GoldEvent, p: Proposal) =>
  g.dateStart === p.dateStart && (g.dateEnd ?? null) === (p.dateEnd ?? null) && g.precision === p.precision;

const sameFigure = (a: Figure, b: Figure) => a.best === b.best && a.low === b.low && a.high === b.high;

function countToll(t: Pick<Score, 'tolls' | 'exactTolls' | 'inventedTolls'>, gold: Figure | null, got: Figure | null) {
  if (gold) t.tolls++;
  if (gold && got && sameFigure(gold, got)) t.exactTolls++;
  if (!gold && got) t.inventedTolls++;
}

/** Place names compared: case, punctuation and spacing folded ("Nagorno Karabakh" is "Nagorno-Karabakh"). */
export const foldPlace = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function countPlace(t: Pick<Score, 'places' | 'samePlaces' | 'wrongPlaces'>, gold: string | null, got: string | null) {
  if (gold) t.places++;
  if (gold && got === gold) t.samePlaces++;
  if (got && got !== gold) t.wrongPlaces++;
}

export function score(
  text: string,
  gold: GoldEvent[],
  proposals: Proposal[],
  placeKey: (name: string) => string = foldPlace,
): Score {
  const located = gold.map((g) => ({
    g,
    places: (Array.isArray(g.evidence) ? g.evidence : [g.evidence]).map((e) => {
      const at = text.indexOf(e);
      if (at < 0) throw new Error(`Gold evidence not found in the text: "${e}"`);
      return { start: at, end: at + e.length };
    }),
  }));
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  const overlaps = (i: number, j: number) =>
    located[i]!.places.some((e) => proposals[j]!.span[0] < e.end && e.start < proposals[j]!.span[1]);
  const pass = (accept: (g: GoldEvent, p: Proposal) => boolean) =>
    located.forEach((_, i) => {
      if (pairs.has(i)) return;
      const j = proposals.findIndex((p, k) => !used.has(k) && overlaps(i, k) && accept(located[i]!.g, p));
      if (j >= 0) {
        pairs.set(i, j);
        used.add(j);
      }
    });
  pass((g, p) => sameDate(g, p) && (!g.subType || g.subType === p.subType));
  pass((g, p) => sameDate(g, p));
  pass((g, p) => !!g.subType && g.subType === p.subType);
  pass(() => true);
  let exactDates = 0;
  let sameType = 0;
  let inventedDates = 0;
  const tolls = { tolls: 0, exactTolls: 0, inventedTolls: 0 };
  const places = { places: 0, samePlaces: 0, wrongPlaces: 0 };
  const wrongDates: Score['wrongDates'] = [];
  for (const [i, j] of pairs) {
    const g = located[i]!.g;
    const p = proposals[j]!;
    if (sameDate(g, p)) exactDates++;
    else wrongDates.push({ gold: g, proposal: p });
    if (g.subType && g.subType === p.subType) sameType++;
    if (g.dateStart === null && p.dateStart !== null) inventedDates++;
    countToll(tolls, g.fatalities ?? null, p.fatalities ?? null);
    countPlace(places, g.location ? placeKey(g.location) : null, p.location ? placeKey(p.location) : null);
  }
  return {
    gold: gold.length,
    proposed: proposals.length,
    matched: pairs.size,
    exactDates,
    sameType,
    inventedDates,
    ...tolls,
    ...places,
    missed: located.filter((_, i) => !pairs.has(i)).map((l) => l.g),
    extra: proposals.filter((_, j) => !used.has(j)),
    wrongDates,
  };
}

export function total(scores: Score[]) {
  type Summed = 'gold' | 'proposed' | 'matched' | 'exactDates' | 'sameType' | 'inventedDates';
  const sum = (k: Summed | 'tolls' | 'exactTolls' | 'inventedTolls' | 'places' | 'samePlaces' | 'wrongPlaces') =>
    scores.reduce((n, s) => n + s[k], 0);
  const matched = sum('matched');
  return {
    gold: sum('gold'),
    proposed: sum('proposed'),
    matched,
    precision: sum('proposed') ? matched / sum('proposed') : 0,
    recall: sum('gold') ? matched / sum('gold') : 0,
    dateAccuracy: matched ? sum('exactDates') / matched : 0,
    typeAccuracy: matched ? sum('sameType') / matched : 0,
    inventedDates: sum('inventedDates'),
    tolls: sum('tolls'),
    tollAccuracy: sum('tolls') ? sum('exactTolls') / sum('tolls') : 0,
    inventedTolls: sum('inventedTolls'),
    places: sum('places'),
    placeAccuracy: sum('places') ? sum('samePlaces') / sum('places') : 0,
    wrongPlaces: sum('wrongPlaces'),
  };
}
