'use client';
// The most involved actors under the current filters (an event counts once for each of its actors).
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useRef, type RefObject } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { eventsInfiniteOptions, frequencyOptions } from '@/lib/query/options';
import { ACTOR_PALETTE } from '@/lib/charts/format';
import { ChartDataTools, DataTable, useToggle, type ChartTable } from '@/components/ui/chart-data';
import { rechartsSvg } from '@/components/ui/chart-image';
import { ImageDownloads } from '@/components/ui/image-download';
import { EmptyState, Widget } from '@/components/ui/widget';
import type { UrlState } from './use-url-state';
import type { ViewShare } from './use-view-share';

const BAR_COLOUR = ACTOR_PALETTE[0]!;
const ROW_HEIGHT = 34;

/** Suspends until its data is in (see WidgetBoundary). It reads how many events match (the timeline's first page),
 *  so an empty chart can say whether nothing matches or no match has an actor. */
export function ActorsChart({ state, share }: { state: UrlState; share: ViewShare }) {
  const { filterKey, view, update } = state;
  const freq = useSuspenseQuery(frequencyOptions(filterKey, view.bucket, 'actor'));
  const total = useSuspenseInfiniteQuery({
    ...eventsInfiniteOptions(filterKey, view.sort),
    select: (d) => d.pages[0]?.total ?? 0,
  }).data;
  const [showTable, toggleTable] = useToggle();
  const rows = useMemo(
    () => freq.data.keys.filter((k) => k !== 'other').map((k) => ({ name: k, events: freq.data.keyTotals[k] ?? 0 })),
    [freq.data],
  );
  const table: ChartTable = { columns: ['Actor', 'Events'], rows: rows.map((r) => [r.name, r.events]) };
  const other = freq.data.keyTotals.other ?? 0;
  const figure = useRef<HTMLElement>(null);

  return (
    <Widget
      title="Most involved actors"
      id="actors"
      tools={
        <>
          <ChartDataTools
            table={table}
            filename={share.fileName('actors', 'csv')}
            showTable={showTable}
            onToggle={toggleTable}
          />
          <ImageDownloads
            name="actors chart"
            disabled={rows.length === 0 || showTable}
            source={() => rechartsSvg(figure.current)}
            caption={() => share.caption('Most involved actors', [{ label: 'Events', colour: BAR_COLOUR }])}
            fileName={(ext) => share.fileName('actors', ext)}
          />
        </>
      }
    >
      {rows.length === 0 ? (
        <EmptyState>
          {total
            ? `None of the ${total.toLocaleString('en')} matching ` +
              `${total === 1 ? 'event names' : 'events names'} an actor.`
            : 'No actors: no events match these filters.'}
        </EmptyState>
      ) : showTable ? (
        <DataTable table={table} caption="Events per actor" />
      ) : (
        <ActorsFigure rows={rows} other={other} update={update} figureRef={figure} />
      )}
    </Widget>
  );
}

/** "Ilham Aliyev: 12 events", in the frequency chart's tooltip style. */
function ActorTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: { name?: string; events?: number } }[];
}) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row?.name) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.name}</strong>
      <p>
        {(row.events ?? 0).toLocaleString('en')} {row.events === 1 ? 'event' : 'events'}
      </p>
    </div>
  );
}

function ActorsFigure({
  rows,
  other,
  update,
  figureRef,
}: {
  rows: { name: string; events: number }[];
  other: number;
  update: UrlState['update'];
  figureRef: RefObject<HTMLElement | null>;
}) {
  return (
    <figure ref={figureRef} style={{ margin: 0 }} aria-label="Events per actor, most involved first">
      <div style={{ width: '100%', height: 34 + rows.length * ROW_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
              label={{ value: 'Events', position: 'insideBottom', offset: -8, fill: 'var(--muted)', fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={150}
              // A long name takes two lines at most, ellipsized, in a row tall enough for both.
              tick={{ fill: 'var(--text)', fontSize: 12, maxLines: 2 }}
            />
            <Tooltip content={ActorTooltip} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              dataKey="events"
              name="Events"
              fill={BAR_COLOUR}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(d: { name?: string }) =>
                d.name &&
                update((p) => {
                  if (!p.getAll('actor').includes(d.name!)) p.append('actor', d.name!);
                })
              }
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="note">
        An event counts once for each of its actors.
        {other ? ` ${other.toLocaleString('en')} more involvements by other actors.` : ''} Click a bar to filter by that
        actor.
      </figcaption>
    </figure>
  );
}
