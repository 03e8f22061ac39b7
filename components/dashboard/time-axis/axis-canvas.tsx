'use client';
// The time axis's canvas: focusable, moved by gestures and keys, an event picked by ↑/↓ or the pointer
// and opened by Enter or a click. What it says to a screen reader goes through a polite live region.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { axisKeyAction } from '@/lib/axis/keys';
import { itemPeriod, type AxisItem } from '@/lib/axis/layout';
import { viewBounds, zoomView, type View } from '@/lib/axis/scale';
import { describeDate } from '@/lib/dates/precision';
import type { Axis } from '@/db/queries/axis';
import { useWidth } from '../chart-marks';
import { AXIS_HEIGHT, hitTest, type MilestoneLine } from './draw';
import { useAxisSvg, type AxisSvg } from './image';
import { useAxisGestures } from './use-axis-gestures';
import { useAxisPainter } from './use-axis-view';

export interface AxisCanvasProps {
  /** The live view and how to move it (useAxisView, owned by the widget so its buttons share it). */
  viewRef: RefObject<View | null>;
  change: (view: View, ongoing: boolean) => void;
  /** Set to this canvas's painter, so that a change of view paints. */
  paintRef: RefObject<() => void>;
  /** Set to what makes the axis as drawn into an SVG document with a caption (the image downloads). */
  svgRef: RefObject<AxisSvg | null>;
  data: Axis | undefined;
  /** What ↑/↓ pick from and the tooltip names: the events drawn, or the milestones over a density. */
  items: AxisItem[];
  milestones: MilestoneLine[];
  extent: View | null;
  domain: View;
  label: string;
  helpId: string;
  onOpen: (id: number) => void;
}

export const itemDate = (item: AxisItem) =>
  describeDate({
    dateStart: item.dateStart,
    dateEnd: item.precision === 'range' ? item.dateLast : null,
    precision: item.precision,
  });

const fmtDay = (day: string) => describeDate({ dateStart: day, dateEnd: null, precision: 'day' });
export const describeWindow = (view: View) => {
  const { from, to } = viewBounds(view);
  return `${fmtDay(from)} – ${fmtDay(to)}`;
};

/** The next item in date order within the view, after (or before) the one picked. */
function nextItem(items: AxisItem[], view: View, picked: number | null, step: 1 | -1): AxisItem | undefined {
  const visible = items
    .map((item) => ({ item, ...itemPeriod(item) }))
    .filter((p) => p.end > view.start && p.start < view.end)
    .sort((a, b) => a.start - b.start || a.item.id - b.item.id)
    .map((p) => p.item);
  const i = visible.findIndex((item) => item.id === picked);
  if (i < 0) return step > 0 ? visible[0] : visible.at(-1);
  return visible[Math.min(visible.length - 1, Math.max(0, i + step))];
}

export function AxisCanvas(props: AxisCanvasProps) {
  const { viewRef, change, paintRef, svgRef, data, items, milestones, extent, domain, label, helpId, onOpen } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(boxRef);
  const [picked, setPicked] = useState<number | null>(null);
  const [hover, setHover] = useState<{ id: number; x: number; y: number } | null>(null);
  const [said, say] = useState('');
  const highlight = picked ?? hover?.id ?? null;
  const { paint, drawnRef, scene } = useAxisPainter(canvasRef, viewRef, { width, data, milestones, highlight });
  useEffect(() => {
    paintRef.current = paint;
    paint();
  }, [paint, paintRef]);
  useAxisSvg(svgRef, canvasRef, scene);

  const gestures = useAxisGestures({
    canvasRef,
    viewRef,
    domain,
    onChange: change,
    onTap: (x, y) => {
      const hit = hitTest(drawnRef.current, x, y);
      const view = viewRef.current;
      if (hit) onOpen(hit.id);
      // Over a density, a click zooms in on the column.
      else if (data?.mode === 'density' && view && width) change(zoomView(view, 0.25, x / width, domain), false);
    },
    onHover: (x, y) => {
      const hit = hitTest(drawnRef.current, x, y);
      if (hit?.id !== hover?.id) setHover(hit ? { id: hit.id, x, y } : null);
    },
  });

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const view = viewRef.current;
    if (!view || e.altKey || e.ctrlKey || e.metaKey) return;
    const action = axisKeyAction(e.key, { view, domain, extent, shift: e.shiftKey });
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'view') {
      change(action.view, false);
      say(describeWindow(action.view));
    } else if (action.kind === 'pick') {
      const next = nextItem(items, view, picked, action.step);
      setPicked(next?.id ?? null);
      say(next ? `${next.title}, ${itemDate(next)}. Enter opens it.` : 'No event in this period.');
    } else if (action.kind === 'open' && picked !== null) onOpen(picked);
    else if (action.kind === 'clear') setPicked(null);
  };

  const tip = hover ? items.find((i) => i.id === hover.id) : undefined;
  return (
    <div ref={boxRef} className="time-axis-box">
      <canvas
        ref={canvasRef}
        className={`time-axis-canvas${hover ? ' over-event' : ''}`}
        style={{ height: AXIS_HEIGHT }}
        tabIndex={0}
        role="application"
        aria-roledescription="time axis"
        aria-label={label}
        aria-describedby={helpId}
        data-testid="time-axis-canvas"
        data-export="time-axis"
        onKeyDown={onKeyDown}
        onPointerLeave={() => setHover(null)}
        {...gestures}
      />
      {tip && hover ? (
        <div
          className="chart-tooltip time-axis-tip"
          style={{ left: Math.min(hover.x + 12, width - 220), top: hover.y + 14 }}
        >
          <strong>{tip.title}</strong>
          <p>{itemDate(tip)}</p>
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
