// Draws the time axis on a 2D canvas in CSS pixels: milestone lines and labels, then either the events
// (range bars, day points, faint periods) or the density (a histogram and a heat strip of coarse
// dates), then the date axis. Returns what it drew, for hit tests, the hidden list and the tests.
import { TYPE_COLOURS } from '@/lib/charts/format';
import { layoutItems, placeLabels, POINT_RADIUS, type AxisItem, type Mark } from '@/lib/axis/layout';
import { dayNumber, type View } from '@/lib/axis/scale';
import { axisTicks } from '@/lib/axis/ticks';
import { addPeriod } from '@/lib/dates/calendar';
import { EVENT_TYPES, eventTypeOfSubType } from '@/lib/taxonomy/taxonomy';
import type { Axis } from '@/db/queries/axis';
import type { AxisContext } from '@/lib/axis/svg-context';

export const AXIS_HEIGHT = 188;
const AXIS_Y = AXIS_HEIGHT - 42;
const MARKS_TOP = 36;
const LANE = { bar: 12, point: 10, period: 10 };
const LIMITS = { bar: 3, point: 4, period: 3 };
/** Beyond this many milestone lines in view, they would hide the events: zoom in to see them. */
export const MAX_MILESTONE_LINES = 40;
const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface AxisTheme {
  text: string;
  muted: string;
  border: string;
  surface: string;
  surface2: string;
  accent: string;
  focus: string;
}

export function readTheme(el: Element): AxisTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#17202b'),
    muted: v('--muted', '#5a6575'),
    border: v('--border', '#d5dbe3'),
    surface: v('--surface', '#ffffff'),
    surface2: v('--surface-2', '#eef1f5'),
    accent: v('--accent', '#1f5fbf'),
    focus: v('--focus', '#f5a524'),
  };
}

export interface MilestoneLine {
  id: number;
  title: string;
  /** Day number of its (first) day. */
  day: number;
}

export interface DrawnMark {
  id: number;
  kind: Mark['kind'];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface AxisScene {
  view: View;
  width: number;
  data: Axis | undefined;
  milestones: MilestoneLine[];
  highlight: number | null;
  theme: AxisTheme;
}

const colourOf = (subType: string) => TYPE_COLOURS[eventTypeOfSubType(subType)?.slug ?? ''] ?? '#868e96';

function drawMilestones(ctx: AxisContext, s: AxisScene, x: (day: number) => number): void {
  const inView = s.milestones.filter((m) => m.day + 1 > s.view.start && m.day < s.view.end);
  if (!inView.length || inView.length > MAX_MILESTONE_LINES) return;
  ctx.save();
  ctx.strokeStyle = s.theme.muted;
  ctx.setLineDash([4, 3]);
  ctx.lineWidth = 1;
  for (const m of inView) {
    const px = Math.round(x(m.day + 0.5)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(px, 32);
    ctx.lineTo(px, AXIS_Y);
    ctx.stroke();
  }
  ctx.restore();
  ctx.font = FONT;
  ctx.fillStyle = s.theme.text;
  const labels = inView.map((m) => {
    const short = shorten(ctx, m.title.split(':')[0]!, 160);
    return { id: m.id, text: short, x: x(m.day + 0.5), width: ctx.measureText(short).width };
  });
  for (const l of placeLabels(labels, s.width)) ctx.fillText(l.text, l.left, 12 + l.row * 15);
}

function shorten(ctx: AxisContext, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

function drawEvents(ctx: AxisContext, s: AxisScene, items: AxisItem[]): DrawnMark[] {
  const marks = layoutItems(items, s.view, s.width, LIMITS);
  const drawn: DrawnMark[] = [];
  // Bottom-up from the axis: faint periods, then points, then range bars.
  const periodTop = AXIS_Y - 4 - LANE.period * Math.max(1, lanesOf(marks.period));
  const pointTop = periodTop - LANE.point * Math.max(1, lanesOf(marks.point));
  const barTop = Math.max(MARKS_TOP, pointTop - 2 - LANE.bar * lanesOf(marks.bar));
  for (const m of marks.period) {
    const y0 = periodTop + m.lane * LANE.period + 1;
    ctx.globalAlpha = 0.28;
    ctx.fillStyle = colourOf(m.item.subType);
    ctx.fillRect(m.x0, y0, m.x1 - m.x0, LANE.period - 3);
    ctx.globalAlpha = 0.7;
    ctx.strokeStyle = colourOf(m.item.subType);
    ctx.strokeRect(m.x0 + 0.5, y0 + 0.5, Math.max(0, m.x1 - m.x0 - 1), LANE.period - 4);
    drawn.push({ id: m.item.id, kind: 'period', x0: m.x0, x1: m.x1, y0, y1: y0 + LANE.period - 3 });
  }
  ctx.globalAlpha = 1;
  for (const m of marks.bar) {
    const y0 = barTop + m.lane * LANE.bar;
    ctx.fillStyle = colourOf(m.item.subType);
    ctx.fillRect(m.x0, y0, m.x1 - m.x0, LANE.bar - 3);
    drawn.push({ id: m.item.id, kind: 'bar', x0: m.x0, x1: m.x1, y0, y1: y0 + LANE.bar - 3 });
  }
  for (const m of marks.point) {
    const cy = pointTop + m.lane * LANE.point + LANE.point / 2;
    const cx = (m.x0 + m.x1) / 2;
    ctx.fillStyle = colourOf(m.item.subType);
    ctx.beginPath();
    if (m.item.milestone) diamond(ctx, cx, cy, POINT_RADIUS + 1.5);
    else ctx.arc(cx, cy, POINT_RADIUS, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = s.theme.surface;
    ctx.stroke();
    drawn.push({ id: m.item.id, kind: 'point', x0: m.x0, x1: m.x1, y0: cy - POINT_RADIUS, y1: cy + POINT_RADIUS });
  }
  return drawn;
}

const lanesOf = (marks: Mark[]) => marks.reduce((n, m) => Math.max(n, m.lane + 1), 0);

function diamond(ctx: AxisContext, cx: number, cy: number, r: number): void {
  ctx.moveTo(cx, cy - r);
  ctx.lineTo(cx + r, cy);
  ctx.lineTo(cx, cy + r);
  ctx.lineTo(cx - r, cy);
  ctx.closePath();
}

function drawDensity(ctx: AxisContext, s: AxisScene, x: (day: number) => number): void {
  const density = s.data?.density;
  if (!density) return;
  const { bins, unit } = density;
  const edges = bins.map((b) => dayNumber(b.start));
  edges.push(bins.length ? dayNumber(addPeriod(bins.at(-1)!.start, unit, 1)) : 0);
  let max = 1;
  let maxCoarse = 1;
  bins.forEach((b, i) => {
    if (edges[i + 1]! > s.view.start && edges[i]! < s.view.end) {
      max = Math.max(max, b.events);
      maxCoarse = Math.max(maxCoarse, b.coarse);
    }
  });
  const stripTop = AXIS_Y - 11;
  const height = stripTop - 2 - MARKS_TOP;
  bins.forEach((b, i) => {
    const x0 = x(edges[i]!);
    const x1 = x(edges[i + 1]!);
    if (x1 < 0 || x0 > s.width) return;
    const w = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
    if (b.events) {
      const h = Math.max(1.5, (b.events / max) * height);
      ctx.fillStyle = s.theme.accent;
      ctx.fillRect(x0, stripTop - 2 - h, w, h);
    }
    if (b.coarse) {
      ctx.globalAlpha = 0.12 + 0.6 * (b.coarse / maxCoarse);
      ctx.fillStyle = s.theme.muted;
      ctx.fillRect(x0, stripTop, w, 9);
      ctx.globalAlpha = 1;
    }
  });
  ctx.font = FONT;
  ctx.fillStyle = s.theme.muted;
  ctx.fillText(`tallest: ${max.toLocaleString('en')} per ${unit}`, 4, MARKS_TOP + 10);
}

function drawAxisLine(ctx: AxisContext, s: AxisScene, x: (day: number) => number): void {
  const ticks = axisTicks(s.view, s.width);
  ctx.fillStyle = s.theme.border;
  ctx.fillRect(0, AXIS_Y, s.width, 1);
  ctx.font = FONT;
  for (const t of ticks.minor) {
    const px = Math.round(x(t.day));
    ctx.fillStyle = s.theme.border;
    ctx.fillRect(px, AXIS_Y, 1, 6);
    ctx.fillStyle = s.theme.muted;
    // A label that would run past the right edge is left to its tick.
    if (px + 3 + ctx.measureText(t.label).width <= s.width) ctx.fillText(t.label, px + 3, AXIS_Y + 16);
  }
  ctx.font = `600 ${FONT}`;
  ctx.fillStyle = s.theme.text;
  let firstMajor = Infinity;
  for (const t of ticks.major) {
    const px = Math.round(x(t.day));
    firstMajor = Math.min(firstMajor, px);
    ctx.fillRect(px, AXIS_Y, 1, 22);
    if (px + 3 + ctx.measureText(t.label).width <= s.width) ctx.fillText(t.label, px + 3, AXIS_Y + 33);
  }
  if (ticks.context && ctx.measureText(ticks.context).width + 16 < firstMajor)
    ctx.fillText(ticks.context, 3, AXIS_Y + 33);
}

function drawHighlight(ctx: AxisContext, s: AxisScene, drawn: DrawnMark[]): void {
  const mark = drawn.find((m) => m.id === s.highlight);
  if (!mark) return;
  ctx.strokeStyle = s.theme.focus;
  ctx.lineWidth = 2.5;
  if (mark.kind === 'point') {
    ctx.beginPath();
    ctx.arc((mark.x0 + mark.x1) / 2, (mark.y0 + mark.y1) / 2, POINT_RADIUS + 3, 0, Math.PI * 2);
    ctx.stroke();
  } else {
    ctx.strokeRect(mark.x0 - 2, mark.y0 - 2, mark.x1 - mark.x0 + 4, mark.y1 - mark.y0 + 4);
  }
  ctx.lineWidth = 1;
}

/** Shades the part of the view the answer does not cover yet (a pan or zoom out before the next answer). */
function drawUnloaded(ctx: AxisContext, s: AxisScene, x: (day: number) => number): void {
  if (!s.data) return;
  const from = x(dayNumber(s.data.from));
  const to = x(dayNumber(s.data.to) + 1);
  ctx.fillStyle = s.theme.surface2;
  if (from > 0) ctx.fillRect(0, MARKS_TOP - 4, from, AXIS_Y - MARKS_TOP + 4);
  if (to < s.width) ctx.fillRect(to, MARKS_TOP - 4, s.width - to, AXIS_Y - MARKS_TOP + 4);
}

export function drawScene(ctx: AxisContext, s: AxisScene): DrawnMark[] {
  const k = s.width / (s.view.end - s.view.start);
  const x = (day: number) => (day - s.view.start) * k;
  ctx.clearRect(0, 0, s.width, AXIS_HEIGHT);
  drawUnloaded(ctx, s, x);
  drawMilestones(ctx, s, x);
  let drawn: DrawnMark[] = [];
  if (s.data?.mode === 'events' && s.data.events) drawn = drawEvents(ctx, s, s.data.events);
  else drawDensity(ctx, s, x);
  drawAxisLine(ctx, s, x);
  drawHighlight(ctx, s, drawn);
  return drawn;
}

/** What the colours of a drawing of `data` mean, for an image's caption: the event types drawn, or the density. */
export function axisLegend(data: Axis, themed: Element): { label: string; colour: string }[] {
  const theme = readTheme(themed);
  if (data.mode === 'density')
    return [
      { label: `Events per ${data.density?.unit ?? 'bin'}`, colour: theme.accent },
      { label: 'Dated more coarsely (shade: how many)', colour: theme.muted },
    ];
  const types = new Set((data.events ?? []).map((e) => eventTypeOfSubType(e.subType)?.slug ?? ''));
  return EVENT_TYPES.filter((t) => types.has(t.slug)).map((t) => ({
    label: t.label,
    colour: TYPE_COLOURS[t.slug] ?? '#868e96',
  }));
}

/** The mark under a point: points first (they are smallest), then bars, then periods. */
export function hitTest(drawn: DrawnMark[], px: number, py: number): DrawnMark | null {
  const slack = 3;
  const hits = drawn.filter(
    (m) => px >= m.x0 - slack && px <= m.x1 + slack && py >= m.y0 - slack && py <= m.y1 + slack,
  );
  const order = { point: 0, bar: 1, period: 2 };
  return hits.sort((a, b) => order[a.kind] - order[b.kind])[0] ?? null;
}
