import { describe, expect, it } from 'vitest';
import { viewOfBounds } from './scale';
import { axisTicks } from './ticks';

const labels = (from: string, to: string, width: number) => axisTicks(viewOfBounds(from, to), width);

describe('time axis ticks', () => {
  it('shows years over decades, months over a year or two, days over weeks', () => {
    const decades = labels('1988-01-01', '2025-12-31', 1000);
    expect(decades.unit).toBe('year');
    expect(decades.minor.map((t) => t.label)).toContain('2020');
    expect(decades.major).toEqual([]);
    const year = labels('2020-01-01', '2021-12-31', 1000);
    expect(year.unit).toBe('month');
    expect(year.major.map((t) => t.label)).toEqual(['2020', '2021']);
    const weeks = labels('2020-09-27', '2020-11-10', 1000);
    expect(weeks.unit).toBe('day');
    expect(weeks.major.map((t) => t.label)).toEqual(['Oct 2020', 'Nov 2020']);
    expect(weeks.context).toBe('Sep 2020');
  });

  it('spaces labels so that they never touch, at any width', () => {
    for (const width of [300, 700, 1300]) {
      for (const [from, to] of [
        ['1800-01-01', '2036-12-31'],
        ['1988-01-01', '2025-12-31'],
        ['2020-01-01', '2020-12-31'],
        ['2020-10-01', '2020-10-04'],
      ] as const) {
        const t = labels(from, to, width);
        const view = viewOfBounds(from, to);
        const px = (day: number) => ((day - view.start) * width) / (view.end - view.start);
        for (let i = 1; i < t.minor.length; i++)
          expect(px(t.minor[i]!.day) - px(t.minor[i - 1]!.day)).toBeGreaterThanOrEqual(36);
        expect(t.minor.length).toBeGreaterThan(0);
      }
    }
  });

  it('labels days by their day of the month and months by their short name', () => {
    const days = labels('2020-10-01', '2020-10-07', 700);
    expect(days.minor.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const months = labels('2020-01-01', '2020-06-30', 300);
    expect(months.minor.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
  });
});
