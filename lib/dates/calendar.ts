// Calendar days as 'YYYY-MM-DD' strings. All arithmetic goes through UTCDate so that the
// server's time zone can never shift a day (a DATE is not an instant).
import { UTCDate } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfMonth,
  endOfYear,
  format,
  isValid,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
} from 'date-fns';

export type IsoDay = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTCDate of a calendar day, or null when the string is not a day that exists (2021-02-31). */
export function toUtcDate(day: string): UTCDate | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // The calendar has no year 0 (1 BC comes before AD 1).
  if (y === 0) return null;
  // Date reads a year below 100 as 19xx: the year is set on its own, as written.
  const date = new UTCDate(2000, 0, 1);
  date.setFullYear(y, mo - 1, d);
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

// An import checks the same few thousand days again and again: remember the valid ones (a
// century is under 40,000 days; the bound only guards against a file of nonsense).
const knownDays = new Set<string>();

export function isIsoDay(day: string): boolean {
  if (knownDays.has(day)) return true;
  const valid = toUtcDate(day) !== null;
  if (valid && knownDays.size < 100_000) knownDays.add(day);
  return valid;
}

function mustDate(day: IsoDay): UTCDate {
  const date = toUtcDate(day);
  if (!date) throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

/** A day as YYYY-MM-DD. Years outside 0001–9999 have no such form (date-fns would print -0001 as 0001). */
export function fmtDay(d: Date): IsoDay {
  const year = d.getFullYear();
  if (!(year >= 1 && year <= 9999)) throw new RangeError(`Year ${year} is outside the calendar (0001–9999)`);
  return format(d, 'yyyy-MM-dd');
}

export const plusDays = (day: IsoDay, n: number): IsoDay => fmtDay(addDays(mustDate(day), n));
export const daysBetween = (a: IsoDay, b: IsoDay): number => differenceInCalendarDays(mustDate(b), mustDate(a));

export const startOfIsoWeekDay = (day: IsoDay): IsoDay => fmtDay(startOfISOWeek(mustDate(day)));
export const startOfMonthDay = (day: IsoDay): IsoDay => fmtDay(startOfMonth(mustDate(day)));
export const endOfMonthDay = (day: IsoDay): IsoDay => fmtDay(endOfMonth(mustDate(day)));
export const startOfYearDay = (day: IsoDay): IsoDay => fmtDay(startOfYear(mustDate(day)));
export const endOfYearDay = (day: IsoDay): IsoDay => fmtDay(endOfYear(mustDate(day)));

export const addPeriod = (day: IsoDay, unit: 'day' | 'week' | 'month' | 'year', n = 1): IsoDay => {
  const d = mustDate(day);
  switch (unit) {
    case 'day':
      return fmtDay(addDays(d, n));
    case 'week':
      return fmtDay(addWeeks(d, n));
    case 'month':
      return fmtDay(addMonths(d, n));
    case 'year':
      return fmtDay(addYears(d, n));
  }
};

/** Today's calendar day where the user is not known: UTC. */
export const todayUtc = (): IsoDay => fmtDay(new UTCDate());
