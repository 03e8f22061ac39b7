// Chart buckets. An event is drawn in a bucket only when its whole period lies inside it;
// otherwise it is "imprecise" for that bucket size (a month-precision event never lands on the 1st).
import { addPeriod, daysBetween, startOfIsoWeekDay, startOfMonthDay, startOfYearDay, type IsoDay } from './calendar';

export const BUCKETS = ['day', 'week', 'month', 'year'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The bucket holding a day. Weeks start on Monday (ISO 8601). */
export function bucketStart(day: IsoDay, bucket: Bucket): IsoDay {
  switch (bucket) {
    case 'day':
      return day;
    case 'week':
      return startOfIsoWeekDay(day);
    case 'month':
      return startOfMonthDay(day);
    case 'year':
      return startOfYearDay(day);
  }
}

/** Whether an event spanning [first, last] is drawn in a bucket, or counted as imprecise. */
export function fitsBucket(first: IsoDay, last: IsoDay, bucket: Bucket): boolean {
  return bucketStart(first, bucket) === bucketStart(last, bucket);
}

/**
 * How many buckets a window has, by arithmetic on its bounds: the guard against a window too
 * large to draw runs before a single bucket is generated.
 */
export function countBuckets(from: IsoDay, to: IsoDay, bucket: Bucket): number {
  const [y1, m1] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [y2, m2] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  switch (bucket) {
    case 'day':
      return daysBetween(from, to) + 1;
    case 'week':
      return Math.floor(daysBetween(startOfIsoWeekDay(from), to) / 7) + 1;
    case 'month':
      return (y2 - y1) * 12 + (m2 - m1) + 1;
    case 'year':
      return y2 - y1 + 1;
  }
}

/** Every bucket start from the one holding `from` to the one holding `to`, for zero-filling. */
export function enumerateBuckets(from: IsoDay, to: IsoDay, bucket: Bucket): IsoDay[] {
  const count = countBuckets(from, to, bucket);
  const first = bucketStart(from, bucket);
  // Each start from the first, never one past `to` (the day after 9999-12-31 is not a calendar day).
  return Array.from({ length: count }, (_, i) => addPeriod(first, bucket, i));
}

/** About 12–400 bars whatever the window: days up to ~3 months, weeks up to ~2 years, months up to ~25 years. */
export function autoBucket(from: IsoDay, to: IsoDay): Bucket {
  const span = daysBetween(from, to) + 1;
  if (span <= 92) return 'day';
  if (span <= 731) return 'week';
  if (span <= 25 * 366) return 'month';
  return 'year';
}
