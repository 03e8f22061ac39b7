// Where the spans lane draws each range event: on the bars' own axis (equal bands, one per bucket,
// a day placed by its share of its bucket), in the first lane where it overlaps nothing.
import { bucketStart, type Bucket } from '@/lib/dates/buckets';
import { addPeriod, daysBetween, plusDays, type IsoDay } from '@/lib/dates/calendar';

export interface SpanInput {
  id: number;
  dateStart: IsoDay;
  dateLast: IsoDay;
}
export interface PlacedSpan<T extends SpanInput> {
  span: T;
  lane: number;
  /** Fractions of the plot's width, 0..1. */
  left: number;
  width: number;
}

/** Fraction of the axis at the start of `day`, for bands of `bucket` starting at `buckets[0]`. */
export function axisFraction(day: IsoDay, buckets: IsoDay[], bucket: Bucket): number {
  const n = buckets.length;
  if (!n) return 0;
  const first = buckets[0]!;
  const end = addPeriod(buckets[n - 1]!, bucket, 1);
  if (day <= first) return 0;
  if (day >= end) return 1;
  const start = bucketStart(day, bucket);
  const index = buckets.indexOf(start);
  const within = daysBetween(start, day) / daysBetween(start, addPeriod(start, bucket, 1));
  return (Math.max(index, 0) + within) / n;
}

/**
 * Greedy interval colouring in left order: each item takes the lowest lane whose last item ends
 * (plus a small gap) before it starts. Items beyond `maxLanes` are left out and counted.
 */
export function assignLanes<T extends { left: number; width: number }>(
  items: T[],
  { maxLanes = 4, gap = 0.004 } = {},
): { placed: (T & { lane: number })[]; hidden: number; lanes: number } {
  const ends: number[] = [];
  const placed: (T & { lane: number })[] = [];
  let hidden = 0;
  for (const item of [...items].sort((a, b) => a.left - b.left)) {
    let lane = ends.findIndex((end) => end + gap <= item.left);
    if (lane === -1) lane = ends.length;
    if (lane >= maxLanes) {
      hidden++;
      continue;
    }
    ends[lane] = item.left + item.width;
    placed.push({ ...item, lane });
  }
  return { placed, hidden, lanes: ends.length };
}

/** Range events as bars in lanes; a bar is never narrower than `minWidth` so a short range stays visible. */
export function placeSpans<T extends SpanInput>(
  spans: T[],
  buckets: IsoDay[],
  bucket: Bucket,
  { maxLanes = 4, gap = 0.004, minWidth = 0.004 } = {},
): { placed: PlacedSpan<T>[]; hidden: number; lanes: number } {
  const sorted = [...spans].sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.id - b.id);
  const items = sorted.map((span) => {
    const left = axisFraction(span.dateStart, buckets, bucket);
    const right = axisFraction(plusDays(span.dateLast, 1), buckets, bucket);
    return { span, left, width: Math.max(right - left, minWidth) };
  });
  return assignLanes(items, { maxLanes, gap });
}
