// Chronologies: a date heading ("September 19, 2023", "1988", "August:") or a dated list item dates
// the entries under it until the next heading. A heading or a date inside an entry that gives no
// year ("August:", "On 27 August") takes the year of the chronology around it, not the year of
// publication, and says so (`yearInferred`).
import { isIsoDay } from '@/lib/dates/calendar';
import { anyOf } from '@/lib/temporal/pattern';
import type { EventDate } from './dates';

export interface Section {
  date: EventDate;
  text: string;
  /** The year the section's entries are in. */
  year: string;
  inferred: boolean;
}

const MONTH_WORD = new RegExp(
  String.raw`\b${anyOf(
    ...['Jan(?:uary)?', 'Feb(?:ruary)?', 'Mar(?:ch)?', 'Apr(?:il)?', 'May', 'June?', 'July?', 'Aug(?:ust)?'],
    ...['Sept?(?:ember)?', 'Oct(?:ober)?', 'Nov(?:ember)?', 'Dec(?:ember)?'],
  )}\b`,
);

/** A calendar date written without its year: "27 August", "in October", "June 6". */
export const withoutYear = (text: string) => !/\d{4}/.test(text) && MONTH_WORD.test(text);

/** The same day or month in another year (a 29 February that the year lacks stays as it was). */
export function inYear(date: EventDate, year: string): EventDate {
  if (date.precision === 'year' || date.start.startsWith(year)) return date;
  const move = (d: string) => `${year}${d.slice(4)}`;
  const start = move(date.start);
  const end = date.end ? move(date.end) : null;
  if ((start.length === 10 && !isIsoDay(start)) || (end && end.length === 10 && !isIsoDay(end))) return date;
  if (end && end < start) return date;
  return { ...date, start, end };
}

/** The section a heading's date opens; `inferred` when its year came from the chronology around it. */
export function sectionOf(date: EventDate, text: string, previous: Section | null, inferred: boolean): Section {
  return { date, text, year: date.start.slice(0, 4), inferred: inferred || (!!previous && withoutYear(text)) };
}
