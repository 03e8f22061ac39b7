import { describe, expect, it } from 'vitest';
import { enumerateBuckets } from '@/lib/dates/buckets';
import { axisFraction, placeSpans } from './span-lanes';

const autumn = enumerateBuckets('2020-09-01', '2020-11-30', 'week');
const months = enumerateBuckets('2020-09-01', '2020-11-30', 'month');

describe('axisFraction', () => {
  it('places a day by its bucket and its share of the bucket', () => {
    expect(axisFraction('2020-09-01', months, 'month')).toBe(0);
    expect(axisFraction('2020-10-01', months, 'month')).toBeCloseTo(1 / 3);
    expect(axisFraction('2020-10-16', months, 'month')).toBeCloseTo((1 + 15 / 31) / 3);
    expect(axisFraction('2020-12-01', months, 'month')).toBe(1);
  });
  it('clamps days outside the window to its edges', () => {
    expect(axisFraction('1994-05-12', months, 'month')).toBe(0);
    expect(axisFraction('2023-09-19', months, 'month')).toBe(1);
  });
});

describe('placeSpans', () => {
  const war = { id: 1, dateStart: '2020-09-27', dateLast: '2020-11-10' };
  it('draws the 2020 war from 27 September to the end of 10 November', () => {
    const { placed } = placeSpans([war], months, 'month');
    expect(placed[0]!.left).toBeCloseTo(26 / 30 / 3);
    expect(placed[0]!.left + placed[0]!.width).toBeCloseTo((2 + 10 / 30) / 3);
    expect(placed[0]!.lane).toBe(0);
  });
  it('stacks overlapping spans in separate lanes and reuses a lane once it is free', () => {
    const shelling = { id: 2, dateStart: '2020-10-04', dateLast: '2020-10-18' };
    const later = { id: 3, dateStart: '2020-11-20', dateLast: '2020-11-25' };
    const { placed, lanes } = placeSpans([later, shelling, war], autumn, 'week');
    const lane = Object.fromEntries(placed.map((p) => [p.span.id, p.lane]));
    expect(lane).toEqual({ 1: 0, 2: 1, 3: 0 });
    expect(lanes).toBe(2);
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.lane === b.lane) expect(a.left + a.width <= b.left || b.left + b.width <= a.left).toBe(true);
  });
  it('counts what does not fit in the lanes instead of overprinting it', () => {
    const same = [1, 2, 3].map((id) => ({ id, dateStart: '2020-10-01', dateLast: '2020-10-20' }));
    const { placed, hidden } = placeSpans(same, months, 'month', { maxLanes: 2 });
    expect(placed.map((p) => p.lane)).toEqual([0, 1]);
    expect(hidden).toBe(1);
  });
  it('keeps a one-day-wide bar visible at decade scale', () => {
    const decades = enumerateBuckets('1988-01-01', '2025-12-31', 'year');
    const { placed } = placeSpans([{ id: 9, dateStart: '2022-09-13', dateLast: '2022-09-14' }], decades, 'year');
    expect(placed[0]!.width).toBeGreaterThan(0);
  });
});
