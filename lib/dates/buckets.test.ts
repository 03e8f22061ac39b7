import { describe, expect, it } from 'vitest';
import { autoBucket, BUCKETS, bucketStart, countBuckets, enumerateBuckets, fitsBucket } from './buckets';
import { fmtDay } from './calendar';

describe('buckets', () => {
  it('starts weeks on Monday', () => {
    expect(bucketStart('2021-11-28', 'week')).toBe('2021-11-22'); // a Sunday
    expect(bucketStart('2021-11-22', 'week')).toBe('2021-11-22');
  });

  it('draws a month-precision event in its month and year but not in a day or week', () => {
    expect(fitsBucket('2020-11-01', '2020-11-30', 'month')).toBe(true);
    expect(fitsBucket('2020-11-01', '2020-11-30', 'year')).toBe(true);
    expect(fitsBucket('2020-11-01', '2020-11-30', 'day')).toBe(false);
    expect(fitsBucket('2020-11-01', '2020-11-30', 'week')).toBe(false);
  });

  it('treats a week that straddles two months as imprecise for months', () => {
    expect(fitsBucket('2021-11-29', '2021-12-05', 'week')).toBe(true);
    expect(fitsBucket('2021-11-29', '2021-12-05', 'month')).toBe(false);
  });

  it('zero-fills every bucket of the window, inclusive', () => {
    expect(enumerateBuckets('2020-10-15', '2021-01-02', 'month')).toEqual([
      '2020-10-01',
      '2020-11-01',
      '2020-12-01',
      '2021-01-01',
    ]);
    expect(enumerateBuckets('2020-02-27', '2020-03-01', 'day')).toEqual([
      '2020-02-27',
      '2020-02-28',
      '2020-02-29',
      '2020-03-01',
    ]);
  });

  it('picks a bucket from the span of the window', () => {
    expect(autoBucket('2020-11-01', '2020-11-30')).toBe('day');
    expect(autoBucket('2020-01-01', '2021-06-30')).toBe('week');
    expect(autoBucket('2016-01-01', '2025-12-31')).toBe('month');
    expect(autoBucket('1988-01-01', '2025-12-31')).toBe('year');
  });

  it("counts a window's buckets without generating them, and the count is what is generated", () => {
    const windows: [string, string][] = [
      ['2020-02-27', '2020-03-01'],
      ['2019-12-30', '2021-01-03'],
      ['1988-02-20', '2025-12-31'],
      ['2020-01-01', '2020-01-01'],
      ['9998-06-15', '9999-12-31'],
    ];
    for (const [from, to] of windows)
      for (const bucket of BUCKETS)
        expect(countBuckets(from, to, bucket)).toBe(enumerateBuckets(from, to, bucket).length);
    expect(countBuckets('1000-01-01', '9999-12-31', 'day')).toBe(3_287_182);
  });

  it('ends at 9999-12-31 without stepping past the calendar', () => {
    expect(enumerateBuckets('9999-01-01', '9999-12-31', 'month').at(-1)).toBe('9999-12-01');
    expect(enumerateBuckets('9990-01-01', '9999-12-31', 'year').at(-1)).toBe('9999-01-01');
  });

  it('refuses to write a year it cannot write, instead of dropping its sign', () => {
    expect(() => fmtDay(new Date(Date.UTC(-5, 0, 1)))).toThrow(RangeError);
  });
});
