// One event per happening across sentences: a mention joins the first event that already holds a
// mention of the same happening (same sub-type, nested dates, shared actors or place). A long
// article has thousands of mentions, so each is compared only with those it could join — the ones
// of its own sentence, and those of its sub-type whose dates could nest with its own — and not
// with every mention before it, which made a 200,000-character article take most of a minute.
import { bounds, dateKey, type EventDate } from './dates';
import type { Sentence } from './segment';

export const PRECISION_ORDER = { day: 0, week: 1, range: 2, month: 3, year: 4 } as const;

export interface Mergeable {
  sentence: Sentence;
  family: string;
  subType: string;
  date: EventDate | null;
  salience: number;
  actors: string[];
  location: string | null;
  /** A document told by its signing ("signed", "initialled"), not by an agreeing. */
  signing?: boolean;
}

/** "met … and signed a declaration": a summit and the document signed at it are two events (corpus GUIDE). */
export const meetingAndDocument = (a: Mergeable, b: Mergeable) =>
  (a.subType === 'summit-or-meeting' && !!b.signing) || (b.subType === 'summit-or-meeting' && !!a.signing);

/** A mention already in an event, with its date's first and last day worked out once. */
interface Placed<M> {
  mention: M;
  event: number;
  days: [string, string] | null;
}

/** Whether `m` tells the happening `o` tells (`o` comes earlier in the text). */
function sameHappening<M extends Mergeable>(o: Placed<M>, m: M, days: [string, string] | null): boolean {
  const a = o.mention;
  const oneSentence = a.family === 'diplomacy' && m.family === 'diplomacy' && a.sentence === m.sentence;
  if (a.subType !== m.subType && !(oneSentence && !meetingAndDocument(a, m))) return false;
  if (a.sentence === m.sentence) return dateKey(a.date) === dateKey(m.date);
  if (!a.date || !m.date || !o.days || !days) return false;
  const [a0, a1] = o.days;
  const [b0, b1] = days;
  const nested = (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
  if (!nested) return false;
  if (dateKey(a.date) !== dateKey(m.date)) {
    // A coarser date merges into a finer one only as a reference to it ("the war", "last year's talks").
    const coarse = PRECISION_ORDER[a.date.precision] > PRECISION_ORDER[m.date.precision] ? a : m;
    if (coarse.salience !== 2) return false;
  }
  const shared = a.actors.some((x) => m.actors.includes(x));
  return (
    shared ||
    (!!a.location && a.location === m.location) ||
    (!a.actors.length && !m.actors.length) ||
    (!m.actors.length && !m.location)
  );
}

/** The months (as year × 12 + month) from a date's first day to its last. */
function monthsOf([first, last]: [string, string]): number[] {
  const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  const [a, b] = [month(first), month(last)];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/**
 * Several sentences about one happening become one event: same sub-type, compatible dates, shared
 * actors or place. Two dates nest when one holds the other's first day, or starts within the other:
 * so a mention looks among those of its sub-type that cover its first month and those that start
 * in one of its months — one lookup each, where a decade-long date would otherwise meet every
 * other long date once per month they share.
 */
export function merge<M extends Mergeable>(mentions: M[]): M[][] {
  const events: M[][] = [];
  const bySentence = new Map<Sentence, Placed<M>[]>();
  const covering = new Map<string, Placed<M>[]>();
  const starting = new Map<string, Placed<M>[]>();
  const listed = <K>(map: Map<K, Placed<M>[]>, key: K) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  for (const m of mentions) {
    const days = m.date ? bounds(m.date) : null;
    const keys = days ? monthsOf(days).map((n) => `${m.subType}|${n}`) : [];
    const candidates = [
      bySentence.get(m.sentence) ?? [],
      ...(keys.length ? [covering.get(keys[0]!) ?? []] : []),
      ...keys.map((k) => starting.get(k) ?? []),
    ];
    // The first event in the text's order that any candidate belongs to, as a scan of every event would find.
    let event = events.length;
    for (const list of candidates)
      for (const o of list) if (o.event < event && sameHappening(o, m, days)) event = o.event;
    if (event === events.length) events.push([]);
    events[event]!.push(m);
    const placed: Placed<M> = { mention: m, event, days };
    listed(bySentence, m.sentence).push(placed);
    for (const k of keys) listed(covering, k).push(placed);
    if (keys.length) listed(starting, keys[0]!).push(placed);
  }
  return events;
}
