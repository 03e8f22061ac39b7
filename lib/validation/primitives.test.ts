import { describe, expect, it } from 'vitest';
import { MAX_ID, idParamSchema, idSchema, text, textProblem } from './primitives';

describe('storable text', () => {
  it('refuses a NUL character and a lone surrogate, and says which', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('x\ud800')).toMatch(/surrogate/);
    expect(textProblem('\udc00x')).toMatch(/surrogate/);
    expect(textProblem('emoji 😀 and é')).toBeNull();
    expect(text(10).safeParse('  a\u0000 ').success).toBe(false);
    expect(text(10).parse('  ok  ')).toBe('ok');
  });
});

describe('ids', () => {
  it('are whole numbers from 1 to int4’s end, in a body and in a URL', () => {
    expect(idSchema.safeParse(MAX_ID).success).toBe(true);
    for (const bad of [0, -1, 1.5, MAX_ID + 1, 1e20, '1', null]) expect(idSchema.safeParse(bad).success).toBe(false);
    expect(idParamSchema.parse('2147483647')).toBe(MAX_ID);
    for (const bad of ['2147483648', '99999999999', '0', '-1', '1e3', ' 1', '0x10', ''])
      expect(idParamSchema.safeParse(bad).success, bad).toBe(false);
  });
});
