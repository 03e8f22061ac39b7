'use client';
// The frequency chart itself: stacked bars per bucket, range-dated events in a lane above on the same
// axis, milestones as labelled lines behind the bars, and (when the view can change) a brush that sets
// From/To. The dashboard's card and an embed both draw it.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { bucketLabel, colourFor } from '@/lib/charts/format';
import { countTicks } from '@/lib/charts/ticks';
import { bucketStart, type Bucket } from '@/lib/dates/buckets';
import { addPeriod, plusDays } from '@/lib/dates/calendar';
import { milestonesOptions } from '@/lib/query/options';
import type { Frequency } from '@/db/queries/stats';
import { CountTooltip, MilestoneLabels, useWidth, type MilestoneMark } from './chart-marks';
import { SpansLane } from './spans-lane';
import type { UrlState } from './use-url-state';
import { plural } from '@/lib/text/plural';

/** Beyond this many in the window, milestone lines would hide the bars: zoom in to see them. */
const MAX_MILESTONE_LINES = 40;
const Y_AXIS_WIDTH = 44;
/** Low enough that the first screen at 1280×800 reaches the timeline's first events. */
const CHART_HEIGHT = 260;
/** Room for the brush's end label inside the card. */
const RIGHT_INSET = 48;
const INSET = { left: Y_AXIS_WIDTH, right: RIGHT_INSET };

/** Short labels for the brush's ends, so they stay inside the card. */
function brushLabel(start: string, bucket: Bucket): string {
  const label = bucketLabel(start, bucket);
  return bucket === 'week' ? label.replace(/^wk /, '') : label;
}

type BrushIndices = { startIndex?: number; endIndex?: number };

/** "Zoom to Sep 2020 – Nov 2020" while the brush's handles are dragged; only this line re-renders. */
function BrushRange({
  data,
  listenRef,
}: {
  data: Frequency;
  listenRef: RefObject<((r: BrushIndices) => void) | null>;
}) {
  const [range, setRange] = useState<BrushIndices | null>(null);
  useEffect(() => {
    listenRef.current = setRange;
    return () => {
      listenRef.current = null;
    };
  }, [listenRef]);
  const first = range?.startIndex === undefined ? undefined : data.series[range.startIndex]?.start;
  const last = range?.endIndex === undefined ? undefined : data.series[range.endIndex]?.start;
  const whole = range?.startIndex === 0 && range.endIndex === data.series.length - 1;
  return (
    <p className="brush-range" aria-live="polite">
      {first && last && !whole ? `Zoom to ${brushLabel(first, data.bucket)} – ${brushLabel(last, data.bucket)}` : ''}
    </p>
  );
}

function useMilestoneMarks(data: Frequency | undefined, conflict: string | undefined): MilestoneMark[] {
  const milestones = useQuery(milestonesOptions(conflict));
  return useMemo(() => {
    if (!data) return [];
    const index = new Map(data.series.map((p, i) => [p.start, i]));
    const n = data.series.length;
    return (milestones.data?.events ?? [])
      .filter((m) => m.precision === 'day' || m.precision === 'range')
      .flatMap((m) => {
        const at = bucketStart(m.dateStart.length === 10 ? m.dateStart : `${m.dateStart}-01`, data.bucket);
        const i = index.get(at);
        // Lines sit at the middle of their bar's band, and so do their labels.
        return i === undefined ? [] : [{ id: m.id, title: m.title, start: at, at: (i + 0.5) / n }];
      });
  }, [data, milestones.data]);
}

export function FrequencyFigure({
  data,
  conflict,
  update,
  figureRef,
}: {
  data: Frequency;
  conflict: string | undefined;
  /** Absent in a read-only view (an embed): no brush, and links open the full view in a new tab. */
  update?: UrlState['update'];
  figureRef?: RefObject<HTMLElement | null>;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const plotWidth = Math.max(0, width - INSET.left - INSET.right);
  const marks = useMilestoneMarks(data, conflict);
  const lines = marks.length <= MAX_MILESTONE_LINES ? marks : [];
  const buckets = useMemo(() => data.series.map((p) => p.start), [data]);

  // The period being dragged to is said under the chart, inside the card: recharts writes it beside the
  // handles, where a long date runs past the card's edges.
  const listenRef = useRef<((r: BrushIndices) => void) | null>(null);
  const onBrushChange = useCallback((r: BrushIndices) => listenRef.current?.(r), []);

  const onBrushEnd = ({ startIndex, endIndex }: BrushIndices) => {
    if (!update || startIndex === undefined || endIndex === undefined) return;
    if (startIndex === 0 && endIndex === data.series.length - 1) return;
    const from = data.series[startIndex]?.start;
    const lastStart = data.series[endIndex]?.start;
    if (!from || !lastStart) return;
    const to = plusDays(addPeriod(lastStart, data.bucket, 1), -1);
    update((p) => {
      p.set('from', from);
      p.set('to', to);
      p.delete('bucket');
    });
  };

  return (
    <figure
      ref={figureRef}
      style={{ margin: 0 }}
      aria-label={
        `Events per ${data.bucket}, ${data.from} to ${data.to}, ` +
        (data.groupBy === 'type' ? 'by event type' : 'by actor')
      }
      data-testid="frequency-chart"
      data-total={data.total}
    >
      <div ref={box} style={{ width: '100%' }}>
        {lines.length ? <MilestoneLabels marks={lines} plotWidth={plotWidth} inset={INSET} newTab={!update} /> : null}
        <SpansLane
          spans={data.spans}
          buckets={buckets}
          bucket={data.bucket}
          inset={INSET}
          plotWidth={plotWidth}
          newTab={!update}
        />
        {width > 0 ? (
          <Bars
            data={data}
            width={width}
            lines={lines}
            onBrushEnd={update ? onBrushEnd : undefined}
            onBrushChange={onBrushChange}
          />
        ) : (
          <div style={{ height: CHART_HEIGHT }} />
        )}
        {update ? (
          <BrushRange key={`${data.from}/${data.to}/${data.bucket}`} data={data} listenRef={listenRef} />
        ) : null}
      </div>
      <ChartCaption data={data} lines={lines.length} milestones={marks.length} brush={Boolean(update)} />
    </figure>
  );
}

function ChartCaption({
  data,
  lines,
  milestones,
  brush,
}: {
  data: Frequency;
  lines: number;
  milestones: number;
  brush: boolean;
}) {
  const drawn = data.total - data.imprecise.total;
  return (
    <figcaption className="note">
      {plural(data.total, 'event')}: {drawn.toLocaleString('en')} drawn by {data.bucket}
      {data.spread.on && data.spread.events ? (
        <>
          , of which <strong data-testid="spread-count">{data.spread.events.toLocaleString('en')}</strong> range events
          spread over their days (each adds 1/N to each of its N days; the part outside this period is not drawn)
        </>
      ) : null}
      {data.imprecise.total ? (
        <>
          ; <strong data-testid="imprecise-count">{data.imprecise.total.toLocaleString('en')}</strong> dated more
          coarsely than a {data.bucket} (a month, a year{data.spread.on ? '' : ' or a long range'}) are counted here,
          not drawn on a first day
        </>
      ) : null}
      .{' '}
      {data.spans?.total
        ? data.spans.total === 1
          ? 'The bar above the chart is the event dated by a range. '
          : `The bars above the chart are the ${data.spans.total.toLocaleString('en')} events dated by a range. `
        : ''}
      {milestones > lines
        ? `${milestones.toLocaleString('en')} milestones in this period: zoom in to see them as lines.`
        : lines
          ? 'Dashed lines are milestones.'
          : ''}{' '}
      {brush ? 'Drag the handles under the chart to zoom to a period.' : ''}
      {data.groupBy === 'actor' ? ` ${data.note}` : ''}
    </figcaption>
  );
}

function Bars({
  data,
  width,
  lines,
  onBrushEnd,
  onBrushChange,
}: {
  data: Frequency;
  width: number;
  lines: MilestoneMark[];
  onBrushEnd?: (range: BrushIndices) => void;
  onBrushChange?: (range: BrushIndices) => void;
}) {
  const rows = useMemo(() => data.series.map((p) => ({ start: p.start, ...p.counts })), [data]);
  const ticks = useMemo(() => countTicks(Math.max(0, ...data.series.map((p) => p.total))), [data]);
  return (
    <BarChart
      width={width}
      height={CHART_HEIGHT}
      data={rows}
      margin={{ top: 8, right: RIGHT_INSET, bottom: 4, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
      <XAxis
        dataKey="start"
        tickFormatter={(s: string) => bucketLabel(s, data.bucket)}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        minTickGap={18}
      />
      <YAxis
        allowDecimals={false}
        ticks={ticks}
        domain={[0, ticks.at(-1)!]}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        width={Y_AXIS_WIDTH}
        label={{ value: 'Events', angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12 }}
      />
      <Tooltip
        content={(props) => <CountTooltip {...props} labels={data.labels} title={(s) => bucketLabel(s, data.bucket)} />}
        // recharts' default grey band looks like a bar on the dark theme.
        cursor={{ fill: 'var(--surface-2)', fillOpacity: 0.6 }}
      />
      <Legend
        formatter={(k: string) => <span style={{ color: 'var(--text)' }}>{data.labels[k] ?? k}</span>}
        wrapperStyle={{ fontSize: 12 }}
      />
      {lines.map((m) => (
        // Behind the bars (zIndex below theirs), so a thin bar is never hidden by a line.
        <ReferenceLine
          key={m.id}
          x={m.start}
          stroke="var(--muted)"
          strokeDasharray="4 3"
          ifOverflow="hidden"
          zIndex={250}
        />
      ))}
      {data.keys.map((k, i) => (
        <Bar key={k} dataKey={k} name={k} stackId="a" fill={colourFor(k, i, data.groupBy)} isAnimationActive={false} />
      ))}
      {rows.length > 3 && onBrushEnd ? (
        <Brush
          dataKey="start"
          height={22}
          stroke="var(--accent)"
          fill="var(--surface-2)"
          travellerWidth={10}
          tickFormatter={() => ''}
          onChange={onBrushChange}
          onDragEnd={onBrushEnd}
        />
      ) : null}
    </BarChart>
  );
}
