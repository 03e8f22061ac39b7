// The time axis in words, for screen readers and for tests (what was drawn, not pixels): a description
// of the view and a bounded list of the events drawn in it, each a link to its event.
import Link from 'next/link';
import { bucketLabel } from '@/lib/charts/format';
import { itemPeriod, markKind, type AxisItem, type MarkKind } from '@/lib/axis/layout';
import type { View } from '@/lib/axis/scale';
import type { Axis } from '@/db/queries/axis';
import { describeWindow, itemDate } from './axis-canvas';
import { plural } from '@/lib/text/plural';

/** At most this many events are listed; the rest are counted. */
export const MAX_LISTED = 50;

const KIND_TEXT: Record<MarkKind, string> = {
  point: 'a day',
  bar: 'a date range, drawn as a bar',
  period: 'known only to the period, drawn faint across it',
};

export const inView = (items: AxisItem[], view: View) =>
  items.filter((item) => {
    const p = itemPeriod(item);
    return p.end > view.start && p.start < view.end;
  });

export function describeAxis(data: Axis, view: View, drawn: number): string {
  const window = describeWindow(view);
  if (data.mode === 'events') {
    if (!drawn) return `No events between ${window}.`;
    return (
      `${plural(drawn, 'event')} between ${window}: points are days, bars date ranges, ` +
      'faint marks events known only to the week, month or year, diamonds milestones.'
    );
  }
  const d = data.density!;
  const busiest = d.bins.reduce((a, b) => (b.events > a.events ? b : a), d.bins[0]!);
  return (
    `${data.total.toLocaleString('en')} events around ${window}, too many to draw one by one: the bars count ` +
    `the events of each ${d.unit}, the grey strip the ${d.coarseEvents.toLocaleString('en')} dated more coarsely. ` +
    (busiest?.events
      ? `Busiest ${d.unit}: ${bucketLabel(busiest.start, d.unit)} (${busiest.events.toLocaleString('en')}).`
      : '')
  );
}

export function AxisText({
  data,
  view,
  items,
  descriptionId,
  viewQuery,
}: {
  data: Axis;
  view: View;
  /** The events drawn, or over a density the milestones. */
  items: AxisItem[];
  descriptionId: string;
  viewQuery: string;
}) {
  const shown = inView(items, view);
  const listed = shown.slice(0, MAX_LISTED);
  return (
    <div className="visually-hidden">
      <p id={descriptionId}>{describeAxis(data, view, shown.length)}</p>
      <ul
        aria-label={data.mode === 'events' ? 'Events drawn on the time axis' : 'Milestones on the time axis'}
        data-testid="time-axis-list"
        data-mode={data.mode}
        data-count={shown.length}
      >
        {listed.map((item) => {
          const kind = markKind(item);
          return (
            <li key={item.id} data-id={item.id} data-kind={kind} data-start={item.dateStart} data-last={item.dateLast}>
              {/* Out of the tab order: the axis itself is the keyboard's way in (↑/↓, Enter). */}
              <Link href={`/events/${item.id}${viewQuery ? `?${viewQuery}` : ''}`} tabIndex={-1}>
                {item.title}
              </Link>
              , {itemDate(item)}, {KIND_TEXT[kind]}
              {item.milestone ? ', a milestone' : ''}
            </li>
          );
        })}
        {shown.length > listed.length ? <li>and {(shown.length - listed.length).toLocaleString('en')} more</li> : null}
      </ul>
    </div>
  );
}
