import { describe, expect, it } from 'vitest';
import { countTicks, formatCount } from './ticks';

describe('countTicks', () => {
  it('gives 0 and 1 when the tallest bar is 1', () => expect(countTicks(1)).toEqual([0, 1]));
  it('gives every whole number up to a small maximum', () => expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]));
  it('steps by 2, 5, 10… for larger maxima and ends at or above the top', () => {
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });
  it('keeps a whole top tick for a fractional spread count', () => expect(countTicks(0.3)).toEqual([0, 1]));
});

describe('formatCount', () => {
  it('writes whole counts plainly and shares to one decimal', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(0.0227)).toBe('<0.1');
    expect(formatCount(2.46)).toBe('2.5');
  });
});
