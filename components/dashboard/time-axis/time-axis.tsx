'use client';
// The time axis: every matching event at its dates on a zoomable, pannable axis (from decades to days),
// or their density when too many match. Its zoom is the URL's From/To, so every other widget follows.
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useMemo, useRef, type RefObject } from 'react';
import type { AxisItem } from '@/lib/axis/layout';
import { axisFetchWindow, dayNumber, domainView, viewOfBounds, zoomView, type View } from '@/lib/axis/scale';
import { AXIS_KEYS_HELP } from '@/lib/axis/keys';
import { axisOptions, milestonesOptions } from '@/lib/query/options';
import { dashboardQuery, eventFiltersSchema, parseWith, searchParamsToObject } from '@/lib/validation/filters';
import type { Axis } from '@/db/queries/axis';
import type { EventView } from '@/db/queries/event-shape';
import { ImageDownloads } from '@/components/ui/image-download';
import { ErrorState, Skeleton, Widget } from '@/components/ui/widget';
import type { UrlState } from '../use-url-state';
import type { ViewShare } from '../use-view-share';
import { AxisCanvas, describeWindow } from './axis-canvas';
import { AxisText, inView } from './axis-text';
import { AXIS_HEIGHT, axisLegend, type MilestoneLine } from './draw';
import type { AxisSvg } from './image';
import { useAxisView } from './use-axis-view';

const asItem = (m: EventView): AxisItem => ({
  id: m.id,
  title: m.title,
  dateStart: m.dateStart,
  dateLast: m.dateEnd ?? m.dateStart,
  precision: m.precision,
  subType: m.subType,
  milestone: true,
});

/** Milestones known to the day (or a range's first day) get a labelled line; coarser ones would mislead. */
function useMilestones(conflict: string | undefined): { lines: MilestoneLine[]; items: AxisItem[] } {
  const milestones = useQuery(milestonesOptions(conflict));
  return useMemo(() => {
    const precise = (milestones.data?.events ?? []).filter((m) => m.precision === 'day' || m.precision === 'range');
    return {
      lines: precise.map((m) => ({ id: m.id, title: m.title, day: dayNumber(m.dateStart) })),
      items: precise.map(asItem),
    };
  }, [milestones.data]);
}

const PERIOD_WORDS = 'known only to the week, month or year';
/** The legend's swatches, drawn by CSS as the canvas draws the marks. */
const KEY = {
  point: <span className="key-point" />,
  bar: <span className="key-bar" />,
  period: <span className="key-period" />,
  milestone: <span className="key-milestone" />,
};

export function TimeAxis({ state, share }: { state: UrlState; share: ViewShare }) {
  const { filterKey, params, update, conflict } = state;
  const router = useRouter();
  const helpId = useId();
  const descriptionId = useId();
  const parsed = parseWith(eventFiltersSchema, searchParamsToObject(params));
  const bounds = parsed.ok ? parsed.value : { from: undefined, to: undefined };
  const axis = useQuery({ ...axisOptions(filterKey, axisFetchWindow(bounds)), placeholderData: (prev) => prev });
  const milestones = useMilestones(conflict);
  const domain = useMemo(() => domainView(), []);
  const data = axis.data;
  // Without both bounds in the URL the answer's window is the view (the conflict's years, or one bound).
  const urlView: View | null =
    bounds.from && bounds.to
      ? viewOfBounds(bounds.from, bounds.to)
      : data && !axis.isPlaceholderData
        ? viewOfBounds(data.from, data.to)
        : null;
  const paintRef = useRef(() => {});
  const svgRef = useRef<AxisSvg | null>(null);
  const commit = (b: { from: string; to: string }) =>
    update((p) => {
      p.set('from', b.from);
      p.set('to', b.to);
      p.delete('bucket');
    });
  const { viewRef, change, cancel } = useAxisView(urlView, commit, paintRef);
  const zoom = (factor: number) => {
    if (viewRef.current) change(zoomView(viewRef.current, factor, 0.5, domain), false);
  };
  const reset = () => {
    cancel();
    update((p) => {
      p.delete('from');
      p.delete('to');
    });
  };
  const zoomed = params.has('from') || params.has('to');
  const items = data?.mode === 'events' ? (data.events ?? []) : milestones.items;
  const viewQuery = dashboardQuery(params);
  const extent = data?.extent ? viewOfBounds(data.extent.from, data.extent.to) : null;

  return (
    <Widget
      title="Time axis"
      id="time-axis"
      className="time-axis-widget"
      tools={
        <>
          <AxisTools zoom={zoom} reset={reset} ready={Boolean(urlView)} zoomed={zoomed} />
          <AxisImages data={data} ready={Boolean(urlView)} svgRef={svgRef} share={share} />
        </>
      }
    >
      {axis.isError && !data ? (
        <ErrorState error={axis.error} retry={() => axis.refetch()} />
      ) : !data || !urlView ? (
        <Skeleton height={AXIS_HEIGHT} label="Loading the time axis" />
      ) : (
        <>
          <AxisCanvas
            viewRef={viewRef}
            change={change}
            paintRef={paintRef}
            svgRef={svgRef}
            data={data}
            items={items}
            milestones={milestones.lines}
            extent={extent}
            domain={domain}
            label={`Time axis, ${describeWindow(urlView)}`}
            helpId={`${descriptionId} ${helpId}`}
            onOpen={(id) => router.push(`/events/${id}${viewQuery ? `?${viewQuery}` : ''}`)}
          />
          <AxisText data={data} view={urlView} items={items} descriptionId={descriptionId} viewQuery={viewQuery} />
          <AxisCaption data={data} helpId={helpId} shown={inView(items, urlView).length} />
        </>
      )}
    </Widget>
  );
}

function AxisTools({
  zoom,
  reset,
  ready,
  zoomed,
}: {
  zoom: (factor: number) => void;
  reset: () => void;
  ready: boolean;
  zoomed: boolean;
}) {
  return (
    <>
      <button type="button" onClick={() => zoom(0.5)} disabled={!ready}>
        Zoom in
      </button>
      <button type="button" onClick={() => zoom(2)} disabled={!ready}>
        Zoom out
      </button>
      <button type="button" onClick={reset} disabled={!zoomed}>
        Reset
      </button>
    </>
  );
}

/** "Download time axis as PNG / SVG": the axis as drawn, written as SVG, with the view's caption. */
function AxisImages({
  data,
  ready,
  svgRef,
  share,
}: {
  data: Axis | undefined;
  ready: boolean;
  svgRef: RefObject<AxisSvg | null>;
  share: ViewShare;
}) {
  // One group, so that on a phone PNG and SVG wrap together rather than SVG alone.
  return (
    <span style={{ display: 'flex', gap: 'inherit' }}>
      <ImageDownloads
        name="time axis"
        disabled={!data || !ready}
        source={() => document.querySelector<HTMLCanvasElement>('canvas[data-export="time-axis"]')}
        svg={(caption) => svgRef.current?.(caption) ?? null}
        caption={() => share.caption('Time axis', data ? axisLegend(data, document.documentElement) : [])}
        fileName={(ext) => share.fileName('time-axis', ext)}
      />
    </span>
  );
}

function AxisCaption({ data, helpId, shown }: { data: Axis; helpId: string; shown: number }) {
  return (
    <div className="note time-axis-caption">
      {data.mode === 'events' ? (
        <p className="time-axis-legend" aria-hidden="true">
          {KEY.point} a day {KEY.bar} a date range {KEY.period} {PERIOD_WORDS} {KEY.milestone} milestone
          {shown === 0 ? <strong> · No events in this period: zoom out or Reset.</strong> : null}
        </p>
      ) : (
        <p className="time-axis-legend" aria-hidden="true">
          {data.total.toLocaleString('en')} events: too many to draw one by one, so the bars count them per{' '}
          {data.density?.unit}, and the grey strip shows those dated more coarsely. Zoom in (or click a column) to see
          the events.
        </p>
      )}
      <p id={helpId}>{AXIS_KEYS_HELP}</p>
    </div>
  );
}
