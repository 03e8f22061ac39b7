// The time axis's view: a window of days as numbers (days since 1970-01-01, by arithmetic on the
// day's parts, so no time zone moves it), zoomed and panned inside the date domain, and turned back
// into the URL's inclusive From/To days.
import { FIRST_EVENT_DAY, lastEventDay } from '@/lib/dates/domain';
import type { IsoDay } from '@/lib/dates/calendar';

const DAY_MS = 86_400_000;

/** A window of days: `start` inclusive, `end` exclusive, fractional while a gesture runs. */
export interface View {
  start: number;
  end: number;
}

/** The narrowest window the axis zooms to, in days. */
export const MIN_SPAN_DAYS = 4;

export function dayNumber(day: IsoDay): number {
  const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / DAY_MS);
}

export function dayOfNumber(n: number): IsoDay {
  const date = new Date(Math.floor(n) * DAY_MS);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The domain as a view: from 1 January 1800 to the end of the last day events may have. */
export function domainView(today?: IsoDay): View {
  return { start: dayNumber(FIRST_EVENT_DAY), end: dayNumber(lastEventDay(today)) + 1 };
}

/** A window given by inclusive From/To days. */
export const viewOfBounds = (from: IsoDay, to: IsoDay): View => ({ start: dayNumber(from), end: dayNumber(to) + 1 });

/** The whole days a view shows, as the URL's inclusive From/To. */
export function viewBounds(view: View): { from: IsoDay; to: IsoDay } {
  const start = Math.floor(view.start + 1e-6);
  const end = Math.max(start + 1, Math.ceil(view.end - 1e-6));
  return { from: dayOfNumber(start), to: dayOfNumber(end - 1) };
}

/** A view moved (not resized) into the domain, and no wider than it. */
export function clampView(view: View, domain: View): View {
  const span = Math.min(Math.max(view.end - view.start, MIN_SPAN_DAYS), domain.end - domain.start);
  const start = Math.min(Math.max(view.start, domain.start), domain.end - span);
  return { start, end: start + span };
}

/** Zoomed by `factor` (below 1: in) around the point at `anchor` (0 the left edge, 1 the right). */
export function zoomView(view: View, factor: number, anchor: number, domain: View): View {
  const span = view.end - view.start;
  const next = Math.min(Math.max(span * factor, MIN_SPAN_DAYS), domain.end - domain.start);
  const at = view.start + anchor * span;
  return clampView({ start: at - anchor * next, end: at - anchor * next + next }, domain);
}

export const panView = (view: View, days: number, domain: View): View =>
  clampView({ start: view.start + days, end: view.end + days }, domain);

/**
 * What the axis asks the server for: the window and half of it on each side, so that a pan or a
 * zoom out shows events at once while the next answer comes. Server and browser compute the same.
 */
export function fetchWindow(from: IsoDay, to: IsoDay, today?: IsoDay): { from: IsoDay; to: IsoDay } {
  const view = viewOfBounds(from, to);
  const half = Math.ceil((view.end - view.start) / 2);
  const domain = domainView(today);
  const start = Math.max(domain.start, view.start - half);
  const end = Math.min(domain.end, view.end + half);
  return { from: dayOfNumber(start), to: dayOfNumber(end - 1) };
}

export const sameView = (a: View | null, b: View | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/** The window the axis fetches for parsed filters: widened when both bounds are set, else the filters' own. */
export const axisFetchWindow = (f: { from?: IsoDay; to?: IsoDay }): { from: IsoDay; to: IsoDay } | null =>
  f.from && f.to ? fetchWindow(f.from, f.to) : null;
