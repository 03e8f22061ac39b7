import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('the events cursor', () => {
  it('round-trips with the sort it was made for', () => {
    const c = { d: '2020-11-10', id: 42, sort: 'desc' as const };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(encodeCursor(c)).toBe(forge(['2020-11-10', 42, 'desc']));
  });

  it('still reads a cursor from before, which named no sort', () => {
    expect(decodeCursor(forge(['2020-11-10', 42]))).toEqual({ d: '2020-11-10', id: 42, sort: null });
  });

  it.each([
    ['an impossible day', forge(['2021-02-30', 1])],
    ['year zero', forge(['0000-01-01', 1])],
    ['an id past int4', forge(['2021-02-01', 2 ** 31])],
    ['a fractional id', forge(['2021-02-01', 1.5])],
    ['too few parts', forge(['2021-02-01'])],
    ['too many parts', forge(['2021-02-01', 1, 'asc', 'x'])],
    ['an unknown sort', forge(['2021-02-01', 1, 'up'])],
    ['wrong types', forge([1, '2021-02-01'])],
    ['an object', forge({ d: '2021-02-01', id: 1 })],
    ['null', forge(null)],
    ['not base64url', '!!!'],
    ['not JSON', Buffer.from('[2021').toString('base64url')],
    ['not UTF-8', Buffer.from([0xff, 0xfe]).toString('base64url')],
  ])('refuses %s', (_why, raw) => {
    expect(decodeCursor(raw)).toBeNull();
  });
});
