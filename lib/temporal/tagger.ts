// A rule-based temporal tagger: finds time expressions in news text and normalises them to TIMEX3
// types and values against the document creation time (DCT). Pure and deterministic. Rules are
// written per phenomenon (explicit dates, relative days/weeks/months/years, weekdays, seasons,
// durations, sets, vague references, clock times), not per document.
import { UTCDate } from '@date-fns/utc';
import { alt, anyOf } from './pattern';
import { isIsoDay } from '@/lib/dates/calendar';
import { addDays, addMonths, addWeeks, addYears, format, getISOWeek, getISOWeekYear, subDays } from 'date-fns';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTH_RE = `(${alt(
  ...[String.raw`jan(?:uary|\.)?`, String.raw`feb(?:ruary|\.)?`, String.raw`mar(?:ch|\.)?`, String.raw`apr(?:il|\.)?`],
  ...['may', 'june?', 'july?', String.raw`aug(?:ust|\.)?`, String.raw`sept?(?:ember|\.)?`],
  ...[String.raw`oct(?:ober|\.)?`, String.raw`nov(?:ember|\.)?`, String.raw`dec(?:ember|\.)?`],
)})`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Numbers written as words, as both the tagger and the extractor's offsets read them. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a few': -1,
  few: -1,
  several: -1,
  many: -1,
  some: -1,
};
const NUM_RE = `(${alt(
  String.raw`\d+(?:\.\d+)?`,
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'a hundred', 'a few', 'few', 'several', 'many', 'some'],
)})`;
const UNIT: Record<string, string> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

const monthIndex = (m: string) =>
  MONTHS.findIndex((name) => name.startsWith(m.toLowerCase().replace('.', '').slice(0, 3)));
const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => format(d, 'yyyy-MM-dd');
const week = (d: Date) => `${getISOWeekYear(d)}-W${pad(getISOWeek(d))}`;
const quantity = (w: string) => (/^\d/.test(w) ? Number(w) : (NUMBER_WORDS[w.toLowerCase()] ?? -1));

function duration(n: number, unitWord: string): string {
  const unit = unitWord.toLowerCase().replace(/s$/, '').replace(/-$/, '');
  const q = n < 0 ? 'X' : String(n);
  if (unit === 'decade') return n < 0 ? 'PXDE' : `P${n * 10}Y`;
  if (unit === 'century') return n < 0 ? 'PXCE' : `P${n * 100}Y`;
  const u = UNIT[unit] ?? 'X';
  return unit === 'hour' || unit === 'minute' || unit === 'second' ? `PT${q}${u}` : `P${q}${u}`;
}

interface Ctx {
  dct: Date | null;
  text: string;
}
type Rule = {
  re: RegExp;
  type: TimexType | ((m: RegExpExecArray) => TimexType);
  value: (m: RegExpExecArray, ctx: Ctx) => string | null;
  span?: (m: RegExpExecArray) => [number, number];
};

const FUTURE = new RegExp(
  `(${alt(
    ...[String.raw`\bwill\b`, String.raw`'ll\b`, String.raw`\bshall\b`, String.raw`\bgoing to\b`],
    ...[String.raw`\bexpected to\b`, String.raw`\bexpects? to\b`, String.raw`\bplans? to\b`, String.raw`\bscheduled\b`],
    ...[String.raw`\bupcoming\b`, String.raw`\bintends? to\b`, String.raw`\b(?:is|are) (?:set |due )?to\b`],
    String.raw`\b(?:planned|discussed|considered|proposed|pencilled in|slated) for\b`,
    // "is set for December 15th", not "the stage was set for war".
    String.raw`\b(?:is|are)\s+(?:now\s+)?set for\b`,
  )})`,
  'i',
);

/** How far around a match its sentence is read: a text without full stops is not one sentence of any length. */
const SENTENCE_REACH = 600;

/** Whether the sentence around a match speaks of the future (then a bare date is the next one). */
function futureTense(ctx: Ctx, at: number): boolean {
  const from = Math.max(0, at - SENTENCE_REACH);
  const around = ctx.text.slice(from, at + SENTENCE_REACH);
  const stop = around.indexOf('.', at - from);
  return FUTURE.test(around.slice(around.lastIndexOf('.', at - from) + 1, stop < 0 ? undefined : stop));
}

const rel = (ctx: Ctx, f: (d: Date) => string) => (ctx.dct ? f(ctx.dct) : null);
const yearOf = (ctx: Ctx, delta = 0) => rel(ctx, (d) => String(d.getUTCFullYear() + delta));

/** The most recent (or, with future, next) occurrence of a month relative to the DCT. */
function monthNear(ctx: Ctx, month: number, future = false): string {
  if (!ctx.dct) return `XXXX-${pad(month + 1)}`;
  const y = ctx.dct.getUTCFullYear();
  const m = ctx.dct.getUTCMonth();
  const year = future ? (month < m ? y + 1 : y) : month > m ? y - 1 : y;
  return `${year}-${pad(month + 1)}`;
}

/** A day of a month written without its year ("May 3"): in the most recent (or, said of the future, next) May. */
function dayNear(ctx: Ctx, m: RegExpExecArray, month: number, dayOfMonth: number): string {
  return `${monthNear(ctx, month, futureTense(ctx, m.index)).slice(0, 4)}-${pad(month + 1)}-${pad(dayOfMonth)}`;
}

/** A weekday in news usually means the last one on or before the DCT ("said on Thursday"). */
function weekdayNear(ctx: Ctx, name: string, future = false, strictlyNext = false): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  if (!ctx.dct) return `XXXX-WXX-${target + 1}`;
  const today = (ctx.dct.getUTCDay() + 6) % 7;
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  return day(future ? addDays(ctx.dct, strictlyNext ? ahead || 7 : ahead) : subDays(ctx.dct, back));
}

const B = '(?<![\\w-])';
const E = '(?![\\w])';
const r = (src: string) => new RegExp(B + src + E, 'gi');

/** "Sunday, September 27, 2020": the weekday a date is written with belongs to it, not an expression of its own. */
const ON_WEEKDAY = `(?:${anyOf(...WEEKDAYS)},?\\s+)?`;

const RULES: Rule[] = [
  // Explicit dates.
  {
    re: r(`${ON_WEEKDAY}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`),
    type: 'DATE',
    value: (m) => `${m[3]}-${pad(monthIndex(m[1]!) + 1)}-${pad(Number(m[2]))}`,
  },
  {
    re: r(`${ON_WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})`),
    type: 'DATE',
    value: (m) => `${m[3]}-${pad(monthIndex(m[2]!) + 1)}-${pad(Number(m[1]))}`,
  },
  { re: r('(\\d{4})-(\\d{2})-(\\d{2})'), type: 'DATE', value: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // A timestamp ("2021-05-03T10:00Z") is the day and time as written: an offset never moves it to another day.
  {
    re: r('(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?'),
    type: 'TIME',
    value: (m) =>
      isIsoDay(`${m[1]}-${m[2]}-${m[3]}`) && Number(m[4]) < 24 && Number(m[5]) < 60
        ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`
        : null,
  },
  {
    re: r(`(?:(early|mid|late|the end of|the beginning of)[-\\s]+)?${MONTH_RE},?\\s+(\\d{4})`),
    type: 'DATE',
    value: (m) => `${m[3]}-${pad(monthIndex(m[2]!) + 1)}`,
  },
  {
    re: r(`${ON_WEEKDAY}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|,?\\s*\\d{4})`),
    type: 'DATE',
    value: (m, ctx) => dayNear(ctx, m, monthIndex(m[1]!), Number(m[2])),
  },
  {
    re: r(`${ON_WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?!\\w|,?\\s*\\d{4})`),
    type: 'DATE',
    value: (m, ctx) => dayNear(ctx, m, monthIndex(m[2]!), Number(m[1])),
  },
  {
    re: r(`(?:(early|mid|late)[-\\s]+)?(last|this|next)\\s+${MONTH_RE}`),
    type: 'DATE',
    value: (m, ctx) => {
      const base = monthNear(ctx, monthIndex(m[3]!), m[2]!.toLowerCase() === 'next');
      const year =
        Number(base.slice(0, 4)) +
        (m[2]!.toLowerCase() === 'last' && ctx.dct && monthIndex(m[3]!) <= ctx.dct.getUTCMonth() ? -1 : 0);
      return `${year}-${base.slice(5)}`;
    },
  },
  {
    re: r(`(?:(early|mid|late)[-\\s]+)?${MONTH_RE.replace('may|', '')}`),
    type: 'DATE',
    value: (m, ctx) => monthNear(ctx, monthIndex(m[2]!), futureTense(ctx, m.index)),
  },
  // "May" only where it cannot be the verb.
  {
    // The space in a lookbehind is bounded: `\s+` there read a run of spaces again at each of its characters.
    re: r(`(?<=\\b(?:in|since|until|by|from|through|of|for|early|mid|late|last|next|this)\\s{1,20})May`),
    type: 'DATE',
    value: (m, ctx) => monthNear(ctx, 4, futureTense(ctx, m.index)),
  },
  // Years, decades, quarters, seasons.
  { re: r('(?:(early|mid|late)[-\\s]+)?((?:19|20)\\d{2})'), type: 'DATE', value: (m) => m[2]! },
  { re: r("the\\s+(?:(?:early|mid|late)[-\\s]+)?((?:19|20)\\d)0'?s"), type: 'DATE', value: (m) => m[1]! },
  { re: r('(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]+century'), type: 'DATE', value: (m) => pad(Number(m[1]) - 1) },
  {
    re: r('(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?year'),
    type: 'DATE',
    value: (_m, ctx) => yearOf(ctx) ?? 'XXXX',
  },
  {
    re: r('(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+((?:19|20)\\d{2}))?'),
    type: 'DATE',
    value: (m, ctx) => {
      const q = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }[
        m[1]!.toLowerCase() as 'first'
      ];
      return `${m[2] ?? yearOf(ctx) ?? 'XXXX'}-Q${q}`;
    },
  },
  {
    re: r('(last|this|next|past)\\s+(spring|summer|autumn|fall|winter)'),
    type: 'DATE',
    value: (m, ctx) => {
      const s = SEASONS[m[2]!.toLowerCase()]!;
      const w = m[1]!.toLowerCase();
      return `${yearOf(ctx, w === 'last' || w === 'past' ? -1 : w === 'next' ? 1 : 0) ?? 'XXXX'}-${s}`;
    },
  },
  {
    re: r('(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+of\\s+((?:19|20)\\d{2})'),
    type: 'DATE',
    value: (m) => `${m[2]}-${SEASONS[m[1]!.toLowerCase()]}`,
  },
  // Relative days, weeks, months, years.
  { re: r('today'), type: 'DATE', value: (_m, ctx) => rel(ctx, day) ?? 'PRESENT_REF' },
  { re: r('yesterday'), type: 'DATE', value: (_m, ctx) => rel(ctx, (d) => day(subDays(d, 1))) ?? 'PAST_REF' },
  { re: r('tomorrow'), type: 'DATE', value: (_m, ctx) => rel(ctx, (d) => day(addDays(d, 1))) ?? 'FUTURE_REF' },
  {
    re: r('(?:the\\s+)?(?:last|past|next|following|coming|previous)\\s+decade'),
    type: 'DURATION',
    value: () => 'P10Y',
  },
  {
    re: r('(?:the\\s+)?(last|past|previous|this|next|coming|current)\\s+(week|month|year|decade|fiscal year|weekend)'),
    type: 'DATE',
    value: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      const delta = w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
      const unit = m[2]!.toLowerCase();
      // Without a creation time the value stays underspecified.
      if (!ctx.dct) return unit === 'week' || unit === 'weekend' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
      if (unit === 'week' || unit === 'weekend')
        return unit === 'weekend' ? `${week(addWeeks(ctx.dct, delta))}-WE` : week(addWeeks(ctx.dct, delta));
      if (unit === 'month') return format(addMonths(ctx.dct, delta), 'yyyy-MM');
      if (unit === 'decade') return String(Math.floor(ctx.dct.getUTCFullYear() / 10));
      return String(addYears(ctx.dct, delta).getUTCFullYear());
    },
  },
  {
    re: r(`${NUM_RE}\\s+(day|week|month|year|decade)s?\\s+(ago)`),
    type: 'DATE',
    value: (m, ctx) => {
      const n = quantity(m[1]!);
      if (!ctx.dct || n < 0) return 'PAST_REF';
      const sign = /ago|earlier/i.test(m[3]!) ? -1 : 1;
      const u = m[2]!.toLowerCase();
      if (u === 'day') return day(addDays(ctx.dct, sign * n));
      if (u === 'week') return week(addWeeks(ctx.dct, sign * n));
      if (u === 'month') return format(addMonths(ctx.dct, sign * n), 'yyyy-MM');
      if (u === 'decade') return String(Math.floor((ctx.dct.getUTCFullYear() + sign * 10 * n) / 10));
      return String(ctx.dct.getUTCFullYear() + sign * n);
    },
  },
  {
    re: r(
      String.raw`(?:(early|late|earlier|later)\s+)?(?:(last|this|next)\s+)?` +
        String.raw`(${alt(...WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?`,
    ),
    type: (m) => (m[4] ? 'TIME' : 'DATE'),
    value: (m, ctx) => {
      const next = m[2]?.toLowerCase() === 'next';
      const date = weekdayNear(ctx, m[3]!, next || (m[2]?.toLowerCase() !== 'last' && futureTense(ctx, m.index)), next);
      const part = m[4]?.toLowerCase();
      return part ? `${date}T${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[part]}` : date;
    },
  },
  // Vague references.
  {
    re: r('(?:right\\s+)?now|currently|at present|at the moment|these days|nowadays|the present'),
    type: 'DATE',
    value: () => 'PRESENT_REF',
  },
  {
    re: r('recently|the past|previously|formerly|in the past|at the time|earlier this year'),
    type: 'DATE',
    value: (m, ctx) => (/this year/i.test(m[0]) ? yearOf(ctx) : 'PAST_REF'),
  },
  { re: r('(?:the\\s+)?(?:near\\s+|foreseeable\\s+)?future|soon'), type: 'DATE', value: () => 'FUTURE_REF' },
  // Durations.
  {
    re: r(
      String.raw`(?:(?:the\s+)?(?:past|last|next|first|coming)\s+)?` +
        String.raw`(?:about\s+|nearly\s+|almost\s+|more than\s+|at least\s+)?${NUM_RE}[-\s]+` +
        `(${alt('second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'centur(?:y|ies)')})` +
        String.raw`s?(?:'|-long)?(?![-\s]old)`,
    ),
    type: 'DURATION',
    value: (m) => duration(quantity(m[1]!), m[2]!.replace(/ies$/, 'y')),
  },
  {
    re: r('(?:the\\s+)?(?:past|last|recent)\\s+(days|weeks|months|years|decades)'),
    type: 'DURATION',
    value: (m) => duration(-1, m[1]!),
  },
  {
    re: r('(?:several|many|recent|a few)\\s+(days|weeks|months|years|decades)'),
    type: 'DURATION',
    value: (m) => duration(-1, m[1]!),
  },
  {
    re: r(
      '(?<=\\b(?:for|in|over|within|after|took|lasted|than|last)\\s{1,20})' +
        '(minutes|hours|days|weeks|months|years|decades)',
    ),
    type: 'DURATION',
    value: (m) => duration(-1, m[1]!),
  },
  {
    re: r('(\\d{1,2}):(\\d{2}):(\\d{2})'),
    type: 'DURATION',
    value: (m) => `PT${Number(m[1])}H${Number(m[2])}M${Number(m[3])}S`,
  },
  // Sets.
  { re: r('(every|each)\\s+(day|week|month|year)'), type: 'SET', value: (m) => `P1${UNIT[m[2]!.toLowerCase()]}` },
  {
    re: r('(?:every|each)\\s+(morning|afternoon|evening|night)'),
    type: 'SET',
    value: (m) =>
      `XXXX-XX-XXT${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[m[1]!.toLowerCase() as 'morning']}`,
  },
  {
    re: r('(daily|weekly|monthly|yearly|annually)'),
    type: 'SET',
    value: (m) =>
      ({ daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y' })[m[1]!.toLowerCase() as 'daily'],
  },
  // Clock times.
  {
    re: r(
      String.raw`([01]?\d|2[0-3]):([0-5]\d)` +
        String.raw`(?:\s*${anyOf('GMT', 'UTC', 'BST', 'CET', 'EST', 'EDT', 'PST', 'ET', 'local time')})?` +
        String.raw`(?:\s+(?:on\s+)?(${alt(...WEEKDAYS)}))?`,
    ),
    type: 'TIME',
    value: (m, ctx) => {
      const date = m[3] ? weekdayNear(ctx, m[3], futureTense(ctx, m.index)) : (rel(ctx, day) ?? 'XXXX-XX-XX');
      return `${date}T${pad(Number(m[1]))}:${m[2]}`;
    },
  },
  {
    re: r('(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm)'),
    type: 'TIME',
    value: (m, ctx) => {
      let h = Number(m[1]) % 12;
      if (/p/i.test(m[3]!)) h += 12;
      return `${rel(ctx, day) ?? 'XXXX-XX-XX'}T${pad(h)}:${m[2] ?? '00'}`;
    },
  },
];

/** Every time expression in `text`, in order, none overlapping; `dct` is YYYY-MM-DD or omitted. */
export function tagTimex(text: string, dct?: string): Timex[] {
  const ctx: Ctx = {
    text,
    dct: dct ? new UTCDate(Number(dct.slice(0, 4)), Number(dct.slice(5, 7)) - 1, Number(dct.slice(8, 10))) : null,
  };
  const found: Timex[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const value = rule.value(m, ctx);
      if (value)
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          type: typeof rule.type === 'function' ? rule.type(m) : rule.type,
          value,
        });
    }
  }
  // Longest first, then earliest rule (the list's order is its priority); drop overlaps.
  const ordered = found
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.end - b.t.start - (a.t.end - a.t.start) || a.i - b.i);
  // Which characters are taken, so that each candidate is checked against its own span rather than
  // against every expression taken before it (thousands in a long article).
  const used = new Uint8Array(text.length);
  const taken: Timex[] = [];
  for (const { t } of ordered) {
    if (used.subarray(t.start, t.end).includes(1)) continue;
    used.fill(1, t.start, t.end);
    taken.push(t);
  }
  return taken.sort((a, b) => a.start - b.start);
}
