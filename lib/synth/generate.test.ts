import { describe, expect, it } from 'vitest';
import { isSubTypeOf } from '@/lib/taxonomy/taxonomy';
import { generateEvents } from './generate';

const take = (seed: number) => [...generateEvents({ count: 2000, seed, actors: 40, locations: 20 })];

describe('synthetic events', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it('are valid: sub-type of their type, distinct actors, dates inside 1988–2025 at an honest precision', () => {
    for (const e of take(1)) {
      expect(isSubTypeOf(e.subType, e.eventType)).toBe(true);
      expect(new Set(e.actors.map((a) => a.index)).size).toBe(e.actors.length);
      expect(e.date.dateLast >= e.date.dateStart).toBe(true);
      if (e.date.precision === 'month') expect(e.date.dateStart.endsWith('-01')).toBe(true);
    }
  });

  it('include about one decades-long range in 10,000 events', () => {
    const events = [...generateEvents({ count: 50_000, seed: 1, actors: 40, locations: 20 })];
    const long = events.filter(
      (e) => e.date.precision === 'range' && e.date.dateLast >= `${Number(e.date.dateStart.slice(0, 4)) + 10}`,
    );
    expect(long.length).toBeGreaterThanOrEqual(1);
    expect(long.length).toBeLessThanOrEqual(15);
  });
});
