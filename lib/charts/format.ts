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

/** Mid-tone colours (relative luminance 0.16–0.26) that keep 3:1 on the light and the dark surface alike, so a
 *  bar, a legend swatch or a time-axis mark reads in either theme (checked in palette.test.ts). */
export const TYPE_COLOURS: Record<string, string> = {
  battles: '#e8590c',
  'explosions-remote-violence': '#d6336c',
  'violence-against-civilians': '#845ef7',
  protests: '#0c936a',
  riots: '#be7a00',
  'strategic-developments': '#757c84',
  diplomacy: '#2980c8',
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

/** Series colours when the chart is split by actor: the same luminance band as TYPE_COLOURS, hues far apart. */
export const ACTOR_PALETTE = [
  '#2980c8',
  '#e8590c',
  '#0c936a',
  '#d6336c',
  '#845ef7',
  '#be7a00',
  '#0f8b9d',
  '#5f9513',
  '#ae3ec9',
  '#8a6c61',
];

/** "Other" (the actors beyond the palette) and unknown types: a grey in the same band. */
export const OTHER_COLOUR = '#777c82';

export function colourFor(key: string, index: number, groupBy: 'type' | 'actor'): string {
  if (key === 'other') return OTHER_COLOUR;
  return groupBy === 'type' ? (TYPE_COLOURS[key] ?? OTHER_COLOUR) : ACTOR_PALETTE[index % ACTOR_PALETTE.length]!;
}
