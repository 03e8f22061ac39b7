// Where the time axis draws each event at a given zoom: a day as a point, a range as a bar over its
// days, a week, month or year as a faint mark over its whole period (never a point on its first day);
// each kind in lanes so that marks overlap only when there is no room left. Pure, so it is tested.
import { assignLanes } from '@/lib/charts/span-lanes';
import { parseBound } from '@/lib/dates/precision';
import { dayNumber, type View } from './scale';

export interface AxisItem {
  id: number;
  title: string;
  dateStart: string;
  dateLast: string;
  precision: 'day' | 'week' | 'month' | 'year' | 'range';
  subType: string;
  milestone: boolean;
}

export type MarkKind = 'point' | 'bar' | 'period';

export interface Mark<T extends AxisItem = AxisItem> {
  item: T;
  kind: MarkKind;
  /** Pixels from the plot's left edge. */
  x0: number;
  x1: number;
  lane: number;
}

/** An item's period as day numbers: first day, and the day after its last. */
export function itemPeriod(item: Pick<AxisItem, 'dateStart' | 'dateLast'>): { start: number; end: number } {
  return {
    start: dayNumber(parseBound(item.dateStart, 'from')!),
    end: dayNumber(parseBound(item.dateLast, 'to')!) + 1,
  };
}

export function markKind(item: Pick<AxisItem, 'precision' | 'dateStart' | 'dateLast'>): MarkKind {
  if (item.precision === 'day') return 'point';
  if (item.precision === 'range') return item.dateStart === item.dateLast ? 'point' : 'bar';
  return 'period';
}

export interface LaneLimits {
  point: number;
  bar: number;
  period: number;
}
export const POINT_RADIUS = 4;
const MIN_BAR_PX = 3;

/** Greedy lanes in left order; when every lane is taken, the one that frees first (marks then overlap). */
function inLanes<T extends AxisItem>(marks: Omit<Mark<T>, 'lane'>[], max: number, gap: number): Mark<T>[] {
  const ends: number[] = [];
  return [...marks]
    .sort((a, b) => a.x0 - b.x0)
    .map((m) => {
      let lane = ends.findIndex((end) => end + gap <= m.x0);
      if (lane === -1) lane = ends.length < max ? ends.length : ends.indexOf(Math.min(...ends));
      ends[lane] = Math.max(ends[lane] ?? -Infinity, m.x1);
      return { ...m, lane };
    });
}

/** The marks of the items that meet the view, by kind, with their lanes. */
export function layoutItems<T extends AxisItem>(
  items: T[],
  view: View,
  width: number,
  limits: LaneLimits,
): Record<MarkKind, Mark<T>[]> {
  const k = width / (view.end - view.start);
  const by: Record<MarkKind, Omit<Mark<T>, 'lane'>[]> = { point: [], bar: [], period: [] };
  for (const item of items) {
    const { start, end } = itemPeriod(item);
    if (end <= view.start || start >= view.end) continue;
    const kind = markKind(item);
    let x0 = (start - view.start) * k;
    let x1 = (end - view.start) * k;
    if (kind === 'point') {
      const cx = (x0 + x1) / 2;
      [x0, x1] = [cx - POINT_RADIUS, cx + POINT_RADIUS];
    } else if (x1 - x0 < MIN_BAR_PX) {
      const cx = (x0 + x1) / 2;
      [x0, x1] = [cx - MIN_BAR_PX / 2, cx + MIN_BAR_PX / 2];
    }
    by[kind].push({ item, kind, x0, x1 });
  }
  return {
    point: inLanes(by.point, limits.point, 1),
    bar: inLanes(by.bar, limits.bar, 2),
    period: inLanes(by.period, limits.period, 2),
  };
}

export interface Label {
  id: number;
  text: string;
  /** Where its line is drawn (px). */
  x: number;
  width: number;
}

/** Labels beside their lines in at most `rows` rows; one that would touch another is left out. */
export function placeLabels(labels: Label[], plotWidth: number, rows = 2): (Label & { left: number; row: number })[] {
  const items = labels.map((l) => ({ ...l, left: Math.max(0, Math.min(l.x + 3, plotWidth - l.width)) }));
  const { placed } = assignLanes(items, { maxLanes: rows, gap: 8 });
  return placed.map(({ lane, ...l }) => ({ ...l, row: lane }));
}
