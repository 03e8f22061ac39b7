// The calendar Faultline's events live in: from 1 January 1800 to 31 December of the current year
// plus ten (planned events lie ahead). A date outside it is almost always a typing or parsing slip
// (1020 for 2020, 9999 for "unknown"), and one such event used to empty every date-filtered view.
// Filter bounds are not events: any valid year is accepted and clamped into the domain.
import { todayUtc, type IsoDay } from './calendar';

export const FIRST_EVENT_DAY: IsoDay = '1800-01-01';

/** 31 December of the current year + 10 (UTC). */
export const lastEventDay = (today: IsoDay = todayUtc()): IsoDay => `${Number(today.slice(0, 4)) + 10}-12-31`;

/** Why a period [first, last] is outside the domain, or null when it lies inside. */
export function outsideDomain(first: IsoDay, last: IsoDay, today: IsoDay = todayUtc()): string | null {
  const end = lastEventDay(today);
  if (first >= FIRST_EVENT_DAY && last <= end) return null;
  const which = first < FIRST_EVENT_DAY ? `${first} is before` : `${last} is after`;
  return `Event dates lie between ${FIRST_EVENT_DAY} and ${end}: ${which} that`;
}

/** A filter bound moved into the domain (a window over 1000–9999 asks for everything there is). */
export function clampToDomain(day: IsoDay, today: IsoDay = todayUtc()): IsoDay {
  const end = lastEventDay(today);
  return day < FIRST_EVENT_DAY ? FIRST_EVENT_DAY : day > end ? end : day;
}
