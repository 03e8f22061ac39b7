import { describe, expect, it } from 'vitest';
import { autoBucket, bucketStart, enumerateBuckets, fitsBucket } from './buckets';

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
});
