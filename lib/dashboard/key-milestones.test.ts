import { describe, expect, it } from 'vitest';
import { keyMilestones } from './key-milestones';

const m = (id: number, subType: string, dateStart: string) => ({ id, subType, dateStart });

describe('keyMilestones', () => {
  it('names agreements and ceasefires, in date order', () => {
    const picked = keyMilestones([
      m(3, 'agreement-or-ceasefire', '2020-11-10'),
      m(1, 'summit-or-meeting', '2021-11-26'),
      m(2, 'agreement-or-ceasefire', '1994-05-12'),
      m(4, 'agreement', '2025-08-08'),
    ]);
    expect(picked.map((p) => p.id)).toEqual([2, 3, 4]);
  });
  it('keeps the first and the last and spaces the others when there are too many', () => {
    const many = Array.from({ length: 11 }, (_, i) => m(i, 'agreement-or-ceasefire', `${1994 + i * 3}-01-01`));
    const picked = keyMilestones(many, 6).map((p) => p.id);
    expect(picked).toHaveLength(6);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(10);
    expect(new Set(picked).size).toBe(6);
  });
  it('falls back to any milestone when none is an agreement', () => {
    expect(keyMilestones([m(1, 'summit-or-meeting', '2021-11-26')]).map((p) => p.id)).toEqual([1]);
  });
});
