// Labels and colours for charts; pure so the chart, its table and its CSV agree.
import type { Bucket } from '@/lib/dates/buckets';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function bucketLabel(start: string, bucket: Bucket): string {
  const y = start.slice(0, 4);
  const m = MONTHS[Number(start.slice(5, 7)) - 1];
  const d = Number(start.slice(8, 10));
  switch (bucket) {
    case 'year':
      return y;
    case 'month':
      return `${m} ${y}`;
    case 'week':
      return `wk ${d} ${m} ${y}`;
    case 'day':
      return `${d} ${m} ${y}`;
  }
}

/** Mid-tone colours that keep their contrast on light and dark surfaces. */
export const TYPE_COLOURS: Record<string, string> = {
  battles: '#e8590c',
  'explosions-remote-violence': '#d6336c',
  'violence-against-civilians': '#845ef7',
  protests: '#12b886',
  riots: '#f59f00',
  'strategic-developments': '#868e96',
  diplomacy: '#339af0',
};

/** Darker twins of TYPE_COLOURS for white text on a badge (contrast ≥ 4.5:1). */
export const BADGE_COLOURS: Record<string, string> = {
  battles: '#a93a0b',
  'explosions-remote-violence': '#a61e4d',
  'violence-against-civilians': '#5f3dc4',
  protests: '#087f5b',
  riots: '#8a5a00',
  'strategic-developments': '#495057',
  diplomacy: '#1864ab',
};

const ACTOR_PALETTE = [
  '#339af0',
  '#e8590c',
  '#12b886',
  '#d6336c',
  '#845ef7',
  '#f59f00',
  '#15aabf',
  '#82c91e',
  '#e64980',
  '#fab005',
];

export function colourFor(key: string, index: number, groupBy: 'type' | 'actor'): string {
  if (key === 'other') return '#adb5bd';
  return groupBy === 'type' ? (TYPE_COLOURS[key] ?? '#868e96') : ACTOR_PALETTE[index % ACTOR_PALETTE.length]!;
}
