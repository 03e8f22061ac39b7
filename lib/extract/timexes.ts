// Stage 2 of the pipeline (extract.ts), time: every time expression of an article, resolved against its
// publication date. The tagger (lib/temporal/tagger) finds most; this stage places them where the words
// around them say ("November 10 last year", "a year ago today"), adds those the tagger leaves alone
// ("two days later", "that day", "over the weekend", "3-4 May"), joins written-out ranges, marks deadlines,
// reports ("said on Tuesday") and starts of states ("since 1992"), and drops wire datelines.
import { NUMBER_WORDS, tagTimex, type Timex } from '@/lib/temporal/tagger';
import { alt, anyOf } from '@/lib/temporal/pattern';
import { isIsoDay } from '@/lib/dates/calendar';
import { bounds, dateOfValue, vagueWindow, type EventDate } from './dates';
import { segment } from './segment';

export interface Tx {
  start: number;
  end: number;
  text: string;
  type: Timex['type'];
  value: string;
  date: EventDate | null;
  vague: boolean;
  deadline: boolean;
  /** "since 1992": the start of a state of affairs, not when something happened. */
  since: boolean;
  /** "two days later", "the following day": days after the date told just before. */
  offset?: number;
  /** "within weeks": some time after the date told before, known only to its year. */
  later?: boolean;
  /** "…, the ministry said on Wednesday": when it was reported, which dates the report more than the events. */
  report?: boolean;
}

const DEADLINE_BEFORE = /\b(?:before|by|until|no later than|ahead of)\s+$/i;
const DATELINE_WORDS = /^\s*(?:date|published|posted|updated)?\s*:?\s*/i;
/** A date right after a reporting verb ("said on Tuesday") dates the report. */
const REPORTED_BEFORE = new RegExp(
  String.raw`\b${anyOf(
    String.raw`said|says|told(?:\s+[\p{L}]+){0,2}`,
    ...['reported', 'confirmed', 'announced', 'stated', 'added', 'wrote'],
  )}\s+(?:(?:late|early)\s+)?(?:on\s+)?$`,
  'iu',
);

/** The publication date a dateline near the top of the article states ("Date: 29 November 2021"), if any. */
export function datelineOf(text: string): string | null {
  for (const s of segment(text.slice(0, 2000)).slice(0, 4)) {
    if (s.text.length > 80) continue;
    // A day the calendar lacks ("31 February 2021") is no publication date: it would date "yesterday" in March.
    const found = tagTimex(s.text).find((t) => t.type === 'DATE' && isIsoDay(t.value));
    if (found && (s.kind === 'dateline' || s.text.replace(DATELINE_WORDS, '').length <= found.text.length + 12))
      return found.value;
  }
  return null;
}

/** The weekend a text means by "over the weekend": the last one on or before publication. */
function weekendBefore(published: string): EventDate {
  const day = new Date(`${published}T00:00:00Z`).getUTCDay();
  const back = day === 6 ? 0 : day === 0 ? 1 : day + 1;
  const saturday = new Date(
    Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1, Number(published.slice(8, 10)) - back),
  );
  const sat = saturday.toISOString().slice(0, 10);
  const sun = new Date(saturday.getTime() + 86_400_000).toISOString().slice(0, 10);
  return sun > published ? { start: sat, end: null, precision: 'day' } : { start: sat, end: sun, precision: 'range' };
}

/**
 * Ranges written out: "between 27 September and 10 November 2020", "from December 2022 to September
 * 2023", "12 to 16 July 2020", "3–4 May". The two ends become one expression with a range of days;
 * a first end without a year takes the second's.
 */
function joinRanges(text: string, out: Tx[]) {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!a.date || !b.date || a.vague || b.vague) continue;
    const between = text.slice(a.end, b.start);
    const opener = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
    const years = a.date.precision === 'year' && b.date.precision === 'year';
    if (
      !/^\s*(?:and|to|until|till|through|[-–—])\s*$/i.test(between) ||
      (!opener && !years && !/^\s*[-–—]\s*$|^\s+(?:to|until|through)\s+$/i.test(between))
    )
      continue;
    if (opener?.[1]?.toLowerCase() === 'between' && !/\band\b/i.test(between)) continue;
    // "in 2021 and 2022": both years, so the span from the first to the last.
    let first = bounds(a.date)[0];
    const last = bounds(b.date)[1];
    if (!/\d{4}/.test(a.text) && /\d{4}/.test(b.text)) first = `${last.slice(0, 4)}${first.slice(4)}`;
    // "from December to February 2021" crosses a new year; "from 3 May to 1 May 2021" and "from 3 June 2021 to
    // 1 May 2021" are no range at all.
    if (first > last && (/\d{4}/.test(a.text) || first.slice(5, 7) <= last.slice(5, 7))) continue;
    if (first > last) first = `${Number(first.slice(0, 4)) - 1}${first.slice(4)}`;
    const start = opener ? a.start - opener[0].length + (opener[0].length - opener[0].trimStart().length) : a.start;
    out.splice(i, 2, {
      ...b,
      start,
      end: b.end,
      text: text.slice(start, b.end),
      date: { start: first, end: last, precision: 'range' },
    });
  }
  // "12 to 16 July 2020", "3–4 May": a day number before a day of a month.
  for (const t of out) {
    if (t.date?.precision !== 'day') continue;
    const m = /\b(\d{1,2})\s*(?:-|–|—|to)\s*$/.exec(text.slice(Math.max(0, t.start - 8), t.start));
    // "the night of 1 to 2 April" is one night, dated by its morning.
    if (m && /\bnight of\s+$/i.test(text.slice(Math.max(0, t.start - m[0].length - 12), t.start - m[0].length)))
      continue;
    const day = m ? Number(m[1]) : 0;
    if (!m || day < 1 || day >= Number(t.date.start.slice(8, 10))) continue;
    const first = `${t.date.start.slice(0, 8)}${String(day).padStart(2, '0')}`;
    t.start -= m[0].length;
    t.text = text.slice(t.start, t.end);
    t.date = { start: first, end: t.date.start, precision: 'range' };
  }
}

/** In spans sorted by start and not overlapping (so sorted by end too), the first that ends after `at`. */
export function firstEndingAfter(spans: { end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every time expression of the text, in order: the tagger's, then those it leaves alone, less wire datelines. */
export function timexes(text: string, published: string | null): Tx[] {
  const out = taggedTimexes(text, published);
  const add = spanAdder(text, out);
  addRelativeSpans(text, published, out, add);
  addDayPairs(text, published, add);
  joinRanges(text, out);
  const prefixes = wirePrefixes(text);
  return withoutClockTimesOfDates(
    text,
    out.filter((t) => !prefixes.some(([a, b]) => t.start >= a && t.end <= b)).sort((a, b) => a.start - b.start),
  );
}

/** A time of day and nothing else: "13:00", "at 2 a.m.", "from 23:40 to 00:30". */
const CLOCK_ONLY = new RegExp(
  String.raw`^(?:(?:at|from|between)\s+)?${alt(String.raw`\d{1,2}[:.]\d{2}`, String.raw`\d{1,2}\s*[ap]\.?\s?m\.?`)}` +
    String.raw`(?:\s*(?:to|and|-|–)\s*${alt(String.raw`\d{1,2}[:.]\d{2}`, String.raw`\d{1,2}\s*[ap]\.?\s?m\.?`)})?` +
    String.raw`(?:\s*(?:local\s+time|GMT|UTC|Moscow\s+time|Baku\s+time|Yerevan\s+time))?$`,
  'i',
);

/**
 * "On 16 November at 13:00": the clock time is a time of that day, not a date of its own (the tagger dates it on the
 * publication day, which would then win as the sentence's last date). One that follows a date in its sentence goes.
 */
function withoutClockTimesOfDates(text: string, txs: Tx[]): Tx[] {
  let day: Tx | null = null;
  return txs.filter((t, i) => {
    const clock = t.type === 'TIME' && CLOCK_ONLY.test(t.text);
    if (!clock) {
      if (t.date) day = t;
      return true;
    }
    // "at 1pm local time on Wednesday": the day it is a time of follows it.
    const next = txs[i + 1];
    if (next?.date && next.start - t.end <= 40 && CLOCK_THEN_DAY.test(text.slice(t.end, next.start))) return false;
    // "at 13:00 and again at 15:00": every clock time after the date, up to the sentence's end.
    return !day || /[.!?](?:\s|$)|\n/.test(text.slice(day.end, t.start));
  });
}

/** Between a clock time and the day it is on: "local time on", "(GMT) on", "on the night of". */
const CLOCK_THEN_DAY = new RegExp(
  String.raw`^\s*(?:\(?(?:(?:local|Moscow|Baku|Yerevan)\s+time|GMT|UTC)\)?\s*)?,?\s*(?:on|of)\s+` +
    String.raw`(?:the\s+(?:night|morning|evening)\s+of\s+)?$`,
  'i',
);

type AddSpan = (start: number, end: number, extra: Partial<Tx>) => void;

/** The tagger's expressions, placed where the words around them say ("November 10 last year", "a year ago today"). */
function taggedTimexes(text: string, published: string | null): Tx[] {
  const out: Tx[] = [];
  let agoToday: number | null = null;
  for (const t of tagTimex(text, published ?? undefined)) {
    // "nearly 2000 peacekeepers" is a number, not a year.
    if (
      /^\d{4}$/.test(t.text) &&
      /^\s+[a-z]+s\b/.test(text.slice(t.end, t.end + 20)) &&
      !/\b(?:in|since|by|of|from|until|before|after|during|early|late|mid)\s+$/i.test(
        text.slice(Math.max(0, t.start - 10), t.start),
      )
    )
      continue;
    let date = t.type === 'DATE' || t.type === 'TIME' ? dateOfValue(t.value, t.text) : null;
    // "November 10 last year": a year-less date placed in the year the next words name.
    const yearAfter = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i.exec(text.slice(t.end, t.end + 20));
    if (
      date?.precision === 'day' &&
      /^\d{4}-\d{2}-\d{2}$/.test(t.value) &&
      !/\d{4}/.test(t.text) &&
      yearAfter &&
      published
    ) {
      const y =
        Number(published.slice(0, 4)) +
        ({ last: -1, this: 0, next: 1 } as const)[yearAfter[1]!.toLowerCase() as 'last'];
      date = { start: `${y}${t.value.slice(4)}`, end: null, precision: 'day' };
    }
    // "A year ago today": the same day, years before.
    if (
      date?.precision === 'year' &&
      /\bago$/i.test(t.text) &&
      /^\s+today\b/i.test(text.slice(t.end, t.end + 7)) &&
      published
    ) {
      date = { start: `${t.value}${published.slice(4)}`, end: null, precision: 'day' };
      agoToday = t.end;
    } else if (agoToday !== null && /^today$/i.test(t.text) && /^\s+$/.test(text.slice(agoToday, t.start))) continue;
    const vague = t.type === 'DURATION' ? vagueWindow(t.text, published) : null;
    const before = text.slice(Math.max(0, t.start - 25), t.start);
    const report = REPORTED_BEFORE.test(before);
    out.push({
      ...t,
      date: date ?? vague,
      vague: !!vague,
      deadline: DEADLINE_BEFORE.test(before),
      since: /\bsince\s+$/i.test(before),
      report,
    });
  }
  return out;
}

/** Adds an expression over those it overlaps. */
function spanAdder(text: string, out: Tx[]): AddSpan {
  // `out` stays in order and without overlaps, so what a new expression overlaps is found by binary search.
  return (start: number, end: number, extra: Partial<Tx>) => {
    const i = firstEndingAfter(out, start);
    let j = i;
    while (j < out.length && out[j]!.start < end) j++;
    out.splice(i, j - i, {
      start,
      end,
      text: text.slice(start, end),
      type: 'DATE',
      value: '',
      date: null,
      vague: false,
      deadline: false,
      since: false,
      ...extra,
    });
  };
}

/** "within weeks", "two days later", "overnight", "at the weekend": dated from another date. */
function addRelativeSpans(text: string, published: string | null, out: Tx[], add: AddSpan): void {
  const later = new RegExp(
    String.raw`\b${anyOf(
      String.raw`within\s+(?:days|weeks|months)`,
      String.raw`(?:days|weeks|months)\s+later`,
      String.raw`in\s+the\s+(?:following|next)\s+(?:days|weeks|months)`,
    )}\b`,
    'gi',
  );
  for (let m = later.exec(text); m; m = later.exec(text)) add(m.index, m.index + m[0].length, { later: true });
  const offsets = new RegExp(
    String.raw`\b${anyOf(
      String.raw`(?:(${alt(String.raw`\d+`, 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight')}` +
        '|nine|ten)' +
        String.raw`\s+(day|week)s?\s+(later|earlier|after|before))`,
      String.raw`the\s+(following|next|previous)\s+(day|week)`,
      String.raw`the\s+day\s+(before|after)`,
    )}\b`,
    'gi',
  );
  for (let m = offsets.exec(text); m; m = offsets.exec(text)) {
    const n = m[1] ? Number(m[1]) || NUMBER_WORDS[m[1].toLowerCase()]! : 1;
    const unit = (m[2] ?? m[5] ?? 'day').toLowerCase() === 'week' ? 7 : 1;
    const sign = /earlier|before|previous/i.test(m[3] ?? m[4] ?? m[6] ?? '') ? -1 : 1;
    add(m.index, m.index + m[0].length, { offset: sign * n * unit });
  }
  // "that day", "on the same day": the day told just before.
  const sameDay = /\b(?:that|the\s+same)\s+day\b/gi;
  for (let m = sameDay.exec(text); m; m = sameDay.exec(text)) {
    const i = firstEndingAfter(out, m.index);
    if (!(out[i] && out[i].start < m.index + m[0].length)) add(m.index, m.index + m[0].length, { offset: 0 });
  }
  if (published) {
    // A wire report's "overnight" is the night before it was filed: its date.
    const night = /\bovernight\b/gi;
    for (let m = night.exec(text); m; m = night.exec(text))
      add(m.index, m.index + m[0].length, { date: { start: published, end: null, precision: 'day' } });
  }
  if (published) {
    const re = /\b(?:over|during|at|on)\s+the\s+weekend\b/gi;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].indexOf('the');
      const i = firstEndingAfter(out, m.index);
      if (!(out[i] && out[i].start < m.index + m[0].length))
        out.splice(i, 0, {
          start: at,
          end: m.index + m[0].length,
          text: text.slice(at, m.index + m[0].length),
          type: 'DATE',
          value: 'WE',
          date: weekendBefore(published),
          vague: false,
          deadline: false,
          since: false,
        });
    }
  }
}

/** "3-4 May", "May 3-4, 2021": two days of one month, which the tagger leaves alone. */
function addDayPairs(text: string, published: string | null, add: AddSpan): void {
  const MONTH = `(${alt(
    ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
    ...['November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  )})\\.?`;
  const dayPair = new RegExp(
    alt(
      String.raw`\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s+${MONTH}(?:,?\s+(\d{4}))?\b`,
      String.raw`\b${MONTH}\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?:,?\s+(\d{4}))?\b`,
    ),
    'g',
  );
  for (let m = dayPair.exec(text); m; m = dayPair.exec(text)) {
    const [d1, d2, month, year] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[6], m[7], m[5], m[8]];
    const mi =
      ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
        month!.slice(0, 3).toLowerCase(),
      ) + 1;
    const y =
      year ??
      (published
        ? String(Number(published.slice(0, 4)) - (published.slice(5, 7) < String(mi).padStart(2, '0') ? 1 : 0))
        : null);
    if (!y || Number(d1) >= Number(d2)) continue;
    const [a, b] = [
      `${y}-${String(mi).padStart(2, '0')}-${d1!.padStart(2, '0')}`,
      `${y}-${String(mi).padStart(2, '0')}-${d2!.padStart(2, '0')}`,
    ];
    if (!isIsoDay(a) || !isIsoDay(b)) continue;
    add(m.index, m.index + m[0].length, { date: { start: a, end: b, precision: 'range' } });
  }
}

/** A wire dateline ("YEREVAN, Nov 17 (Reuters) –") dates the report, not what it tells: its spans. */
function wirePrefixes(text: string): [number, number][] {
  const wire = new RegExp(
    // place, then "Nov 17" or "Tuesday 17 November, 2020", then an optional "(Reuters)", then a dash
    String.raw`(?:^|\n)[ \t]*[A-Z][A-Z .'/-]{2,60},` +
      String.raw`[ \t]+[A-Z]?[a-z]*\.?[ \t]*\d{1,2}(?:[ \t]+[A-Z][a-z]+)?(?:,?[ \t]+\d{4})?` +
      String.raw`[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]`,
    'g',
  );
  const prefixes: [number, number][] = [];
  for (let m = wire.exec(text); m; m = wire.exec(text)) prefixes.push([m.index, m.index + m[0].length]);
  return prefixes;
}

/**
 * Where the word that makes a date a deadline ("by", "no later than") begins, or `at` when none
 * does: read back over the spaces to the word, since matching the text from its start for each
 * deadline is quadratic in a long article.
 */
export function deadlineWordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  // Room for the longest word, "no later than", and the character before it that \b looks at.
  const m = DEADLINE_BEFORE.exec(text.slice(Math.max(0, i - 14), at));
  return at - (m?.[0].length ?? 0);
}
