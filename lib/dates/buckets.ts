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

/** Every bucket start from the one holding `from` to the one holding `to`, for zero-filling. */
export function enumerateBuckets(from: IsoDay, to: IsoDay, bucket: Bucket): IsoDay[] {
  const out: IsoDay[] = [];
  for (let b = bucketStart(from, bucket); b <= to; b = addPeriod(b, bucket)) out.push(b);
  return out;
}

/** About 12–400 bars whatever the window: days up to ~3 months, weeks up to ~2 years, months up to ~25 years. */
export function autoBucket(from: IsoDay, to: IsoDay): Bucket {
  const span = daysBetween(from, to) + 1;
  if (span <= 92) return 'day';
  if (span <= 731) return 'week';
  if (span <= 25 * 366) return 'month';
  return 'year';
}
