// Deterministic synthetic events for scale tests: the same N and seed always give the same rows.
// Shaped like real conflict data — bursts around wars, mostly day precision, a long tail of
// actors and places, a vocabulary with common and rare words for full-text search.
import { toStoredDate, type Precision, type StoredDate } from '@/lib/dates/precision';
import { addPeriod, daysBetween, plusDays } from '@/lib/dates/calendar';
import { EVENT_TYPES, type EventStatus } from '@/lib/taxonomy/taxonomy';

/** mulberry32: tiny, fast, and good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SynthEvent {
  title: string;
  summary: string;
  subType: string;
  eventType: string;
  date: StoredDate;
  status: EventStatus;
  milestone: boolean;
  /** Index into the location pool, or null. */
  location: number | null;
  /** Indexes into the actor pool, distinct, with roles. */
  actors: { index: number; role: 'actor-1' | 'actor-2' | 'associated' }[];
  fatalities: number | null;
}

/** Word that appears in about one summary in ten thousand, for the "rare word" search benchmark. */
export const RARE_WORD = 'quarantine';
/** Word that appears in about a third of the titles, for the "common word" search benchmark. */
export const COMMON_WORD = 'border';

const VERBS = [
  'shelling reported',
  'clashes',
  'drone strike',
  'talks held',
  'statement issued',
  'protest',
  'arrests',
  'ceasefire violation',
  'artillery fire',
  'patrol attacked',
];
const NOUNS = [
  'positions',
  'villages',
  'checkpoint',
  'highway',
  'convoy',
  'outpost',
  'farmland',
  'bridge',
  'school',
  'market',
];
const ADJ = ['northern', 'southern', 'eastern', 'western', 'forward', 'disputed', 'mountain', 'frontline'];

const SUB_TYPES = EVENT_TYPES.flatMap((t) => t.subTypes.map((s) => ({ slug: s.slug, type: t.slug })));
// Fighting dominates ACLED-style data; talks are a steady trickle.
const TYPE_WEIGHT: Record<string, number> = {
  battles: 30,
  'explosions-remote-violence': 35,
  'violence-against-civilians': 8,
  protests: 8,
  riots: 3,
  'strategic-developments': 8,
  diplomacy: 8,
};

function pickWeighted<T>(rand: () => number, items: T[], weight: (t: T) => number): T {
  const total = items.reduce((s, i) => s + weight(i), 0);
  let r = rand() * total;
  for (const item of items) {
    r -= weight(item);
    if (r <= 0) return item;
  }
  return items[items.length - 1]!;
}

const START = '1988-01-01';
const END = '2025-12-31';
const SPAN = daysBetween(START, END);
// Bursts: the first war, April 2016, the 2020 war, the 2022–23 crises.
const BURSTS: [string, number, number][] = [
  ['1991-06-01', 1100, 0.25],
  ['2016-04-03', 20, 0.03],
  ['2020-10-15', 50, 0.12],
  ['2022-09-13', 400, 0.1],
];

function pickDay(rand: () => number): string {
  let r = rand();
  for (const [centre, radius, share] of BURSTS) {
    if (r < share) return plusDays(centre, Math.round((rand() * 2 - 1) * radius));
    r -= share;
  }
  return plusDays(START, Math.floor(rand() * (SPAN + 1)));
}

/** About one event in 10,000 spans decades (a dispute since 1991): 100 in a million-event benchmark. */
const LONG_SHARE = 0.0001;

function longRange(rand: () => number): StoredDate {
  const dateStart = plusDays(START, Math.floor(rand() * (SPAN / 2)));
  const end = plusDays(dateStart, 3650 + Math.floor(rand() * 9000));
  const dateEnd = end < END ? end : END;
  return { dateStart, dateEnd, dateLast: dateEnd, precision: 'range' };
}

function pickDate(rand: () => number): StoredDate {
  if (rand() < LONG_SHARE) return longRange(rand);
  const day = pickDay(rand);
  const p = rand();
  const precision: Precision = p < 0.84 ? 'day' : p < 0.9 ? 'week' : p < 0.96 ? 'month' : p < 0.99 ? 'year' : 'range';
  const input =
    precision === 'year'
      ? { dateStart: day.slice(0, 4), precision }
      : precision === 'month'
        ? { dateStart: day.slice(0, 7), precision }
        : precision === 'range'
          ? { dateStart: day, dateEnd: addPeriod(day, 'day', 1 + Math.floor(rand() * 60)), precision }
          : { dateStart: day, precision };
  const stored = toStoredDate(input);
  if (!stored.ok) throw new Error(`synthetic date ${JSON.stringify(input)}: ${stored.error.message}`);
  return stored.value;
}

export function* generateEvents(opts: {
  count: number;
  seed: number;
  actors: number;
  locations: number;
}): Generator<SynthEvent> {
  const rand = prng(opts.seed);
  // Zipf-like: actor k is chosen with weight 1/(k+1).
  const actorWeights = Array.from({ length: opts.actors }, (_, k) => 1 / (k + 1));
  const actorTotal = actorWeights.reduce((a, b) => a + b, 0);
  const pickActor = () => {
    let r = rand() * actorTotal;
    for (let k = 0; k < actorWeights.length; k++) {
      r -= actorWeights[k]!;
      if (r <= 0) return k;
    }
    return opts.actors - 1;
  };
  for (let i = 0; i < opts.count; i++) {
    const sub = pickWeighted(
      rand,
      SUB_TYPES,
      (s) => TYPE_WEIGHT[s.type]! / SUB_TYPES.filter((x) => x.type === s.type).length,
    );
    const verb = VERBS[Math.floor(rand() * VERBS.length)]!;
    const noun = NOUNS[Math.floor(rand() * NOUNS.length)]!;
    const adj = ADJ[Math.floor(rand() * ADJ.length)]!;
    const common = rand() < 0.33 ? ` near the ${COMMON_WORD}` : '';
    const rare = rand() < 0.0001 ? ` A ${RARE_WORD} was declared.` : '';
    const n = 1 + Math.floor(rand() * 3);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, opts.actors)) chosen.add(pickActor());
    const roles = ['actor-1', 'actor-2', 'associated'] as const;
    yield {
      title: `${verb[0]!.toUpperCase()}${verb.slice(1)}: ${adj} ${noun}${common}`,
      summary: `Synthetic event ${i + 1}. Reports of ${verb} affecting ${adj} ${noun}.${rare}`,
      subType: sub.slug,
      eventType: sub.type,
      date: pickDate(rand),
      status: rand() < 0.95 ? 'occurred' : 'claimed',
      milestone: sub.type === 'diplomacy' && rand() < 0.05,
      location: rand() < 0.9 ? Math.floor(rand() * opts.locations) : null,
      actors: [...chosen].map((index, k) => ({ index, role: roles[Math.min(k, 2)]! })),
      fatalities:
        sub.type === 'battles' || sub.type === 'explosions-remote-violence' ? Math.floor(rand() * rand() * 20) : null,
    };
  }
}
