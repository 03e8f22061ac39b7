import { describe, expect, it } from 'vitest';
import { itemPeriod, layoutItems, markKind, placeLabels, type AxisItem } from './layout';
import { dayNumber, viewOfBounds } from './scale';

const item = (id: number, dateStart: string, dateLast: string, precision: AxisItem['precision']): AxisItem => ({
  id,
  title: `Event ${id}`,
  dateStart,
  dateLast,
  precision,
  subType: 'armed-clash',
  milestone: false,
});
const limits = { point: 3, bar: 2, period: 2 };

describe('time axis layout', () => {
  it('draws a day as a point, a range as a bar and a month or year over its whole period', () => {
    expect(markKind(item(1, '2020-10-01', '2020-10-01', 'day'))).toBe('point');
    expect(markKind(item(2, '2020-09-27', '2020-11-10', 'range'))).toBe('bar');
    expect(markKind(item(3, '2020-10', '2020-10', 'month'))).toBe('period');
    expect(markKind(item(4, '2020', '2020', 'year'))).toBe('period');
    expect(itemPeriod(item(3, '2020-10', '2020-10', 'month'))).toEqual({
      start: dayNumber('2020-10-01'),
      end: dayNumber('2020-11-01'),
    });
    expect(itemPeriod(item(4, '1988', '1988', 'year')).end - itemPeriod(item(4, '1988', '1988', 'year')).start).toBe(
      366,
    );
  });

  it('places marks at their dates: a month spans its month, never a point on the 1st', () => {
    const view = viewOfBounds('2020-10-01', '2020-10-31');
    const { point, bar, period } = layoutItems(
      [
        item(1, '2020-10-16', '2020-10-16', 'day'),
        item(2, '2020-09-27', '2020-11-10', 'range'),
        item(3, '2020-10', '2020-10', 'month'),
        item(4, '2021-01-01', '2021-01-01', 'day'),
      ],
      view,
      310,
      limits,
    );
    expect(point.map((m) => m.item.id)).toEqual([1]);
    expect((point[0]!.x0 + point[0]!.x1) / 2).toBeCloseTo(155, 6);
    expect(bar[0]).toMatchObject({ x0: -40, x1: 410 });
    expect(period[0]).toMatchObject({ x0: 0, x1: 310, kind: 'period' });
  });

  it('stacks marks that would overlap into lanes, and overlaps only when every lane is taken', () => {
    const view = viewOfBounds('2020-10-01', '2020-10-31');
    const same = [1, 2, 3, 4].map((id) => item(id, '2020-10-16', '2020-10-16', 'day'));
    const { point } = layoutItems(same, view, 310, limits);
    expect(point.map((m) => m.lane).sort()).toEqual([0, 0, 1, 2]);
    const apart = [item(1, '2020-10-02', '2020-10-02', 'day'), item(2, '2020-10-20', '2020-10-20', 'day')];
    expect(layoutItems(apart, view, 310, limits).point.map((m) => m.lane)).toEqual([0, 0]);
  });

  it('keeps milestone labels apart: staggered over two rows, the rest left out', () => {
    const labels = [0, 10, 20, 300].map((x, id) => ({ id, text: `M${id}`, x, width: 80 }));
    const placed = placeLabels(labels, 500);
    expect(placed.map((l) => [l.id, l.row])).toEqual([
      [0, 0],
      [1, 1],
      [3, 0],
    ]);
    // A label never runs past the right edge.
    expect(placeLabels([{ id: 9, text: 'End', x: 495, width: 80 }], 500)[0]!.left).toBe(420);
  });
});
