// From a time expression's TIMEX3 value to an event date an analyst would write: a day, an ISO
// week (its Monday), a month, a year, or a range of days — never more precise than the words.
import { addPeriod, endOfMonthDay, isIsoDay, plusDays } from '@/lib/dates/calendar';
import { toStoredDate, type Precision } from '@/lib/dates/precision';
import { UTCDate } from '@date-fns/utc';
import { format, setISOWeek, setISOWeekYear, startOfISOWeek } from 'date-fns';

export interface EventDate {
  start: string;
  end: string | null;
  precision: Precision;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function isoWeekMonday(year: number, week: number): string {
  const d = setISOWeek(setISOWeekYear(new UTCDate(year, 0, 4), year), week);
  return format(startOfISOWeek(d), 'yyyy-MM-dd');
}

const range = (start: string, end: string): EventDate =>
  start === end ? { start, end: null, precision: 'day' } : { start, end, precision: 'range' };

/**
 * A DATE value as an event date; `words` are the expression's own words (for early/mid/late). Null when
 * underspecified.
 */
export function dateOfValue(value: string, words: string): EventDate | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value)))
    return isIsoDay(m[1]!) ? { start: m[1]!, end: null, precision: 'day' } : null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const first = `${m[1]}-${m[2]}-01`;
    if (!isIsoDay(first)) return null;
    const part = /\b(early|beginning of|mid|middle of|late|end of|the end of)\b/i.exec(words)?.[1]?.toLowerCase();
    if (part === 'early' || part === 'beginning of') return range(first, `${m[1]}-${m[2]}-10`);
    if (part === 'mid' || part === 'middle of') return range(`${m[1]}-${m[2]}-11`, `${m[1]}-${m[2]}-20`);
    if (part === 'late' || part === 'end of' || part === 'the end of')
      return range(`${m[1]}-${m[2]}-21`, endOfMonthDay(first));
    return { start: first, end: null, precision: 'month' };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, end: null, precision: 'year' };
  // A decade ("the 1990s", "the early 1990s") is the range of its years, or of the part the words name.
  if ((m = /^(\d{3})$/.exec(value))) {
    const decade = Number(m[1]) * 10;
    const part = /\b(early|mid|late)\b/i.exec(words)?.[1]?.toLowerCase();
    const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
    return { start: `${decade + a}-01-01`, end: `${decade + b}-12-31`, precision: 'range' };
  }
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return range(plusDays(monday, 5), plusDays(monday, 6));
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value)))
    return { start: isoWeekMonday(Number(m[1]), Number(m[2])), end: null, precision: 'week' };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    const y = Number(m[1]);
    const first = `${y}-${String(a).padStart(2, '0')}-01`;
    const lastMonth =
      b > 12 ? `${y + 1}-${String(b - 12).padStart(2, '0')}-01` : `${y}-${String(b).padStart(2, '0')}-01`;
    return range(first, endOfMonthDay(lastMonth));
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = Number(m[2]);
    const first = `${m[1]}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    return range(first, endOfMonthDay(`${m[1]}-${String(q * 3).padStart(2, '0')}-01`));
  }
  return null;
}

/**
 * Vague windows before publication: "recent weeks", "the past few days", "in recent months". A
 * window that stays within one month is that month; otherwise the range of days it covers.
 */
export function vagueWindow(words: string, published: string | null): EventDate | null {
  if (!published) return null;
  const m = /\b(?:recent|past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?(days|weeks|months)\b/i.exec(words);
  if (!m) return null;
  const unit = m[1]!.toLowerCase();
  const start =
    unit === 'days'
      ? plusDays(published, -7)
      : unit === 'weeks'
        ? plusDays(published, -28)
        : addPeriod(published, 'month', -3);
  if (start.slice(0, 7) === published.slice(0, 7))
    return { start: `${published.slice(0, 7)}-01`, end: null, precision: 'month' };
  return { start, end: published, precision: 'range' };
}

/** A deadline ("before the end of the year", "by March") as the range from when it was set to when it falls. */
export function deadline(from: string, target: EventDate): EventDate | null {
  const last = bounds(target)[1];
  return last > from ? { start: from, end: last, precision: 'range' } : null;
}

/** The range a duration makes with one known end ("a six-week war that ended on 10 November"). */
export function durationRange(duration: string, anchor: EventDate, side: 'ends' | 'starts'): EventDate | null {
  const m = /^P(\d+)(D|W|M|Y)$/.exec(duration);
  if (!m || anchor.precision !== 'day') return null;
  const n = Number(m[1]);
  const unit = ({ D: 'day', W: 'week', M: 'month', Y: 'year' } as const)[m[2] as 'D'];
  // Days are counted inclusively: a 44-day war from 27 September ends on 9 November.
  const inclusive = unit === 'day' ? 1 : 0;
  if (side === 'ends')
    return { start: plusDays(addPeriod(anchor.start, unit, -n), inclusive), end: anchor.start, precision: 'range' };
  return { start: anchor.start, end: plusDays(addPeriod(anchor.start, unit, n), -inclusive), precision: 'range' };
}

/** The date as the output writes it, at its precision: 2021-11-26, 2021-11, 2021. */
export function written(d: EventDate): { dateStart: string; dateEnd: string | null } {
  const dateStart =
    d.precision === 'year' ? d.start.slice(0, 4) : d.precision === 'month' ? d.start.slice(0, 7) : d.start;
  return { dateStart, dateEnd: d.precision === 'range' ? d.end : null };
}

/** The same date (day, precision and both ends), as a key. */
export const dateKey = (d: EventDate | null) => (d ? `${d.start}|${d.end ?? ''}|${d.precision}` : 'none');

/** The first and last day a date covers (the store's own rule: lib/dates/precision). */
export function bounds(d: EventDate): [string, string] {
  const stored = toStoredDate({ ...written(d), precision: d.precision });
  if (!stored.ok) throw new RangeError(`Not a date at precision ${d.precision}: ${d.start}`);
  return [stored.value.dateStart, stored.value.dateLast];
}
