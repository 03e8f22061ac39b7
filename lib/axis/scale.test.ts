import { describe, expect, it } from 'vitest';
import {
  clampView,
  dayNumber,
  dayOfNumber,
  domainView,
  fetchWindow,
  MIN_SPAN_DAYS,
  panView,
  viewBounds,
  viewOfBounds,
  zoomView,
} from './scale';

const domain = domainView('2026-12-07');

describe('the time axis view', () => {
  it('numbers calendar days and back, whatever the time zone', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-09-27')).toBe(18532);
    for (const day of ['1800-01-01', '1988-02-29', '2020-11-10', '2036-12-31'])
      expect(dayOfNumber(dayNumber(day))).toBe(day);
    expect(dayOfNumber(18532.9)).toBe('2020-09-27');
  });

  it('turns a window into the URL’s inclusive From/To, and back', () => {
    const view = viewOfBounds('2020-09-27', '2020-11-10');
    expect(view.end - view.start).toBe(45);
    expect(viewBounds(view)).toEqual({ from: '2020-09-27', to: '2020-11-10' });
    // A fractional view (mid-gesture) covers every day it shows part of.
    expect(viewBounds({ start: view.start + 0.4, end: view.end - 0.6 })).toEqual({
      from: '2020-09-27',
      to: '2020-11-10',
    });
  });

  it('zooms around the anchor, no narrower than the minimum and no wider than the domain', () => {
    const view = viewOfBounds('2000-01-01', '2019-12-31');
    const mid = (view.start + view.end) / 2;
    const zin = zoomView(view, 0.5, 0.5, domain);
    expect((zin.start + zin.end) / 2).toBeCloseTo(mid, 6);
    expect(zin.end - zin.start).toBeCloseTo((view.end - view.start) / 2, 6);
    // The day under the pointer stays under it.
    const left = zoomView(view, 0.25, 0.1, domain);
    expect(left.start + 0.1 * (left.end - left.start)).toBeCloseTo(view.start + 0.1 * (view.end - view.start), 6);
    let tiny = view;
    for (let i = 0; i < 30; i++) tiny = zoomView(tiny, 0.5, 0.5, domain);
    expect(tiny.end - tiny.start).toBe(MIN_SPAN_DAYS);
    let huge = view;
    for (let i = 0; i < 30; i++) huge = zoomView(huge, 2, 0.5, domain);
    expect(huge).toEqual(domain);
  });

  it('pans within the domain', () => {
    const view = viewOfBounds('1801-01-01', '1810-12-31');
    expect(panView(view, -10_000, domain).start).toBe(domain.start);
    expect(panView(view, 1e9, domain).end).toBe(domain.end);
    expect(clampView({ start: 0, end: 1 }, domain).end - clampView({ start: 0, end: 1 }, domain).start).toBe(
      MIN_SPAN_DAYS,
    );
  });

  it('asks for the window and half of it on each side, inside the domain', () => {
    expect(fetchWindow('2020-01-01', '2020-01-10', '2026-12-07')).toEqual({ from: '2019-12-27', to: '2020-01-15' });
    expect(fetchWindow('1800-01-01', '1900-12-31', '2026-12-07').from).toBe('1800-01-01');
    expect(fetchWindow('2030-01-01', '2036-12-31', '2026-12-07').to).toBe('2036-12-31');
  });
});
