// Honest dates: an event's date is a calendar day, week, month, year or range, and is never
// reported more precisely than its source. Storage keeps the first and last day of the period
// (for indexing and overlap tests); the API speaks at the event's precision.
import { endOfMonthDay, endOfYearDay, isIsoDay, plusDays, startOfIsoWeekDay, type IsoDay } from './calendar';

export const PRECISIONS = ['day', 'week', 'month', 'year', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Finest first: used to decide whether an event fits a chart bucket. */
export const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3, range: 4 };

export interface StoredDate {
  /** First day of the period. */
  dateStart: IsoDay;
  /** Last day, for precision 'range' only (what the user stated); null otherwise. */
  dateEnd: IsoDay | null;
  /** Last day of the period, whatever the precision: the overlap and bucketing key. */
  dateLast: IsoDay;
  precision: Precision;
}

const YEAR_RE = /^\d{4}$/;
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export type DateInputError = { field: 'dateStart' | 'dateEnd' | 'precision'; message: string };

/**
 * What is wrong with a day as written, or null when it is a calendar day: a day in the right
 * format that the calendar does not have ("2021-02-30") is told apart from a wrong format.
 */
export function dayProblem(value: string): string | null {
  if (isIsoDay(value)) return null;
  const gap = calendarGap(value);
  if (gap) return `${value} is not a real date: ${gap}`;
  return `Write the day as YYYY-MM-DD, e.g. 2020-11-10 (got "${value}")`;
}

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

/**
 * What the calendar lacks for a day or month written in the right form ("2021-02-30": "there is
 * no 30 February"), or null when the form is wrong or the date exists.
 */
export function calendarGap(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), m[3] === undefined ? 1 : Number(m[3])];
  if (year === 0) return 'there is no year 0 (1 BC comes before AD 1)';
  if (month < 1 || month > 12) return `there is no month ${m[2]}: months are 01 to 12`;
  if (day < 1) return 'days of the month start at 01';
  if (day > 31) return `no month has ${day} days`;
  if (isIsoDay(`${m[1]}-${m[2] ?? '01'}-${String(day).padStart(2, '0')}`)) return null;
  if (month === 2 && day === 29) return `there is no 29 February in ${year}, not a leap year`;
  return `there is no ${day} ${MONTH_NAMES[month - 1]}`;
}

/** Why a filter bound (YYYY, YYYY-MM or YYYY-MM-DD) is not a date, after `"value" is not a date`. */
export function boundProblem(value: string): string {
  return calendarGap(value) ?? 'use YYYY, YYYY-MM or YYYY-MM-DD';
}

/**
 * Turns a date as written at a precision ("2020", "2020-11", "2020-11-10", a week's day, or a
 * range of two days) into its stored form, or says what is wrong with it.
 */
export function toStoredDate(input: {
  dateStart: string;
  dateEnd?: string | null;
  precision: Precision;
}): { ok: true; value: StoredDate } | { ok: false; error: DateInputError } {
  const { dateStart, precision } = input;
  const dateEnd = input.dateEnd ?? null;
  const fail = (field: DateInputError['field'], message: string) => ({ ok: false as const, error: { field, message } });
  if (precision !== 'range' && dateEnd)
    return fail('dateEnd', `An end date is only given for a range, not for precision "${precision}"`);
  switch (precision) {
    case 'year': {
      if (!YEAR_RE.test(dateStart))
        return fail('dateStart', `A year-precision date is written YYYY, got "${dateStart}"`);
      const start = `${dateStart}-01-01`;
      const gap = calendarGap(start);
      if (gap) return fail('dateStart', `${dateStart} is not a real date: ${gap}`);
      return { ok: true, value: { dateStart: start, dateEnd: null, dateLast: endOfYearDay(start), precision } };
    }
    case 'month': {
      if (!MONTH_RE.test(dateStart))
        return fail('dateStart', `A month-precision date is written YYYY-MM, got "${dateStart}"`);
      const start = `${dateStart}-01`;
      const gap = calendarGap(start);
      if (gap) return fail('dateStart', `${dateStart} is not a real date: ${gap}`);
      return { ok: true, value: { dateStart: start, dateEnd: null, dateLast: endOfMonthDay(start), precision } };
    }
    case 'week': {
      const problem = dayProblem(dateStart);
      if (problem) return fail('dateStart', `A week is given by one of its days. ${problem}`);
      const monday = startOfIsoWeekDay(dateStart);
      return { ok: true, value: { dateStart: monday, dateEnd: null, dateLast: plusDays(monday, 6), precision } };
    }
    case 'day': {
      const problem = dayProblem(dateStart);
      if (problem) return fail('dateStart', problem);
      return { ok: true, value: { dateStart, dateEnd: null, dateLast: dateStart, precision } };
    }
    case 'range': {
      const startProblem = dayProblem(dateStart);
      if (startProblem) return fail('dateStart', startProblem);
      if (!dateEnd) return fail('dateEnd', 'A range needs an end date');
      const endProblem = dayProblem(dateEnd);
      if (endProblem) return fail('dateEnd', endProblem);
      if (dateEnd < dateStart) return fail('dateEnd', `The end (${dateEnd}) is before the start (${dateStart})`);
      return { ok: true, value: { dateStart, dateEnd, dateLast: dateEnd, precision } };
    }
  }
}

/** The date as the API and exports write it: no more precise than it is known. */
export function formatAtPrecision(dateStart: IsoDay, precision: Precision): string {
  switch (precision) {
    case 'year':
      return dateStart.slice(0, 4);
    case 'month':
      return dateStart.slice(0, 7);
    default:
      return dateStart;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dmy = (day: IsoDay) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/**
 * A reader's label: "26 Nov 2021", "week of 8 Nov 2021", "Nov 2020", "2020", "27 Sep – 10 Nov 2020".
 * Takes a stored first day or the API's form at precision ("2020", "2020-11").
 */
export function describeDate(d: { dateStart: string; dateEnd: IsoDay | null; precision: Precision }): string {
  const { dateEnd, precision } = d;
  const dateStart =
    d.dateStart.length === 4 ? `${d.dateStart}-01-01` : d.dateStart.length === 7 ? `${d.dateStart}-01` : d.dateStart;
  switch (precision) {
    case 'year':
      return dateStart.slice(0, 4);
    case 'month':
      return `${MONTHS[Number(dateStart.slice(5, 7)) - 1]} ${dateStart.slice(0, 4)}`;
    case 'week':
      return `week of ${dmy(dateStart)}`;
    case 'day':
      return dmy(dateStart);
    case 'range': {
      const end = dateEnd ?? dateStart;
      if (dateStart.slice(0, 4) === end.slice(0, 4)) {
        const s = `${Number(dateStart.slice(8, 10))} ${MONTHS[Number(dateStart.slice(5, 7)) - 1]}`;
        return `${s} – ${dmy(end)}`;
      }
      return `${dmy(dateStart)} – ${dmy(end)}`;
    }
  }
}

/**
 * A filter bound written as YYYY, YYYY-MM or YYYY-MM-DD, widened to the first day ('from')
 * or last day ('to') of what it names. Null when malformed or not a real day.
 */
export function parseBound(value: string, side: 'from' | 'to'): IsoDay | null {
  // Year 0 is no year of the calendar ("0000-05" once reached endOfMonthDay and failed the request with a 500).
  if (calendarGap(value)) return null;
  if (YEAR_RE.test(value)) return side === 'from' ? `${value}-01-01` : `${value}-12-31`;
  if (MONTH_RE.test(value)) return side === 'from' ? `${value}-01` : endOfMonthDay(`${value}-01`);
  return isIsoDay(value) ? value : null;
}
