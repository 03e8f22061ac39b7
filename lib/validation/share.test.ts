import { describe, expect, it } from 'vitest';
import { parseWith } from './filters';
import { asOfSchema } from './share';

describe('asOf', () => {
  it('reads an ISO time with a zone as the same instant, to the millisecond', () => {
    expect(asOfSchema.parse({ asOf: '2026-01-07T09:00:00Z' }).asOf).toBe('2026-01-07T09:00:00.000Z');
    expect(asOfSchema.parse({ asOf: '2026-01-07T11:00:00.123+02:00' }).asOf).toBe('2026-01-07T09:00:00.123Z');
    expect(asOfSchema.parse({}).asOf).toBeUndefined();
  });

  it('treats a time still to come as now', () => {
    const before = Date.now();
    const asOf = asOfSchema.parse({ asOf: '2999-01-01T00:00:00Z' }).asOf!;
    expect(Date.parse(asOf)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(asOf)).toBeLessThanOrEqual(Date.now());
  });

  it('refuses what is not a time with a message naming the parameter', () => {
    // 30 February once became 1 March.
    for (const bad of [
      'yesterday',
      '2026-12-07',
      '2026-13-45T99:00:00Z',
      '2026-12-07T09:00:00',
      'x'.repeat(5000),
      '2020-02-30T00:00:00Z',
    ]) {
      const r = parseWith(asOfSchema, { asOf: bad });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors[0]!.param).toBe('asOf');
    }
  });
});
