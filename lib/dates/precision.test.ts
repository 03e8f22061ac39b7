import { describe, expect, it } from 'vitest';
import { boundProblem, dayProblem, describeDate, formatAtPrecision, parseBound, toStoredDate } from './precision';

describe('toStoredDate', () => {
  it('keeps a month-precision date as the whole month, not its first day', () => {
    const r = toStoredDate({ dateStart: '2020-11', precision: 'month' });
    expect(r).toEqual({
      ok: true,
      value: { dateStart: '2020-11-01', dateEnd: null, dateLast: '2020-11-30', precision: 'month' },
    });
    expect(formatAtPrecision('2020-11-01', 'month')).toBe('2020-11');
  });

  it('knows leap years and month lengths', () => {
    expect(toStoredDate({ dateStart: '2024-02', precision: 'month' })).toMatchObject({
      value: { dateLast: '2024-02-29' },
    });
    expect(toStoredDate({ dateStart: '2023-02', precision: 'month' })).toMatchObject({
      value: { dateLast: '2023-02-28' },
    });
  });

  it('rejects a day that does not exist', () => {
    expect(toStoredDate({ dateStart: '2021-02-31', precision: 'day' })).toMatchObject({
      ok: false,
      error: { field: 'dateStart' },
    });
    expect(toStoredDate({ dateStart: '2021-13-01', precision: 'day' })).toMatchObject({ ok: false });
  });

  it('reads years before 100 as themselves, not as 1900–1999, and has no year 0000', () => {
    expect(toStoredDate({ dateStart: '0050-03', precision: 'month' })).toMatchObject({
      value: { dateStart: '0050-03-01', dateLast: '0050-03-31' },
    });
    expect(toStoredDate({ dateStart: '0099', precision: 'year' })).toMatchObject({ value: { dateLast: '0099-12-31' } });
    expect(toStoredDate({ dateStart: '0004-02-29', precision: 'day' })).toMatchObject({ ok: true });
    expect(toStoredDate({ dateStart: '0050-02-29', precision: 'day' })).toMatchObject({ ok: false });
    for (const [dateStart, precision] of [
      ['0000', 'year'],
      ['0000-06', 'month'],
      ['0000-06-01', 'day'],
    ] as const)
      expect(toStoredDate({ dateStart, precision }), dateStart).toMatchObject({
        ok: false,
        error: { field: 'dateStart', message: expect.stringContaining('there is no year 0') },
      });
  });

  it('rejects a day given at month precision and a month given at day precision', () => {
    expect(toStoredDate({ dateStart: '2020-11-10', precision: 'month' })).toMatchObject({
      ok: false,
      error: { field: 'dateStart' },
    });
    expect(toStoredDate({ dateStart: '2020-11', precision: 'day' })).toMatchObject({ ok: false });
  });

  it('snaps a week to its Monday, across a year boundary', () => {
    expect(toStoredDate({ dateStart: '2021-01-01', precision: 'week' })).toMatchObject({
      value: { dateStart: '2020-12-28', dateLast: '2021-01-03' },
    });
  });

  it('rejects a range whose end is before its start, and an end without a range', () => {
    expect(toStoredDate({ dateStart: '2020-11-10', dateEnd: '2020-09-27', precision: 'range' })).toMatchObject({
      ok: false,
      error: { field: 'dateEnd' },
    });
    expect(toStoredDate({ dateStart: '2020-11-10', dateEnd: '2020-11-12', precision: 'day' })).toMatchObject({
      ok: false,
      error: { field: 'dateEnd' },
    });
    expect(toStoredDate({ dateStart: '2020-09-27', dateEnd: '2020-11-10', precision: 'range' })).toMatchObject({
      ok: true,
      value: { dateLast: '2020-11-10' },
    });
  });
});

describe('describeDate', () => {
  it('writes each precision as a reader expects', () => {
    expect(describeDate({ dateStart: '2021-11-26', dateEnd: null, precision: 'day' })).toBe('26 Nov 2021');
    expect(describeDate({ dateStart: '2020-11-01', dateEnd: null, precision: 'month' })).toBe('Nov 2020');
    expect(describeDate({ dateStart: '2020-01-01', dateEnd: null, precision: 'year' })).toBe('2020');
    expect(describeDate({ dateStart: '2020-09-27', dateEnd: '2020-11-10', precision: 'range' })).toBe(
      '27 Sep – 10 Nov 2020',
    );
    expect(describeDate({ dateStart: '1991-12-10', dateEnd: '1994-05-12', precision: 'range' })).toBe(
      '10 Dec 1991 – 12 May 1994',
    );
    // The API's own form at precision reads the same.
    expect(describeDate({ dateStart: '2020-11', dateEnd: null, precision: 'month' })).toBe('Nov 2020');
    expect(describeDate({ dateStart: '2020', dateEnd: null, precision: 'year' })).toBe('2020');
  });
});

describe('parseBound', () => {
  it('widens a year or month to its first or last day', () => {
    expect(parseBound('2020', 'from')).toBe('2020-01-01');
    expect(parseBound('2020', 'to')).toBe('2020-12-31');
    expect(parseBound('2021-02', 'to')).toBe('2021-02-28');
    expect(parseBound('2021-11-26', 'to')).toBe('2021-11-26');
  });
  it('refuses malformed bounds', () => {
    for (const bad of ['20201', '2020-1', '2020-02-30', 'yesterday', '']) expect(parseBound(bad, 'from')).toBeNull();
  });
  it('refuses year 0 in every form, with the reason (a month of it failed the request with a 500)', () => {
    for (const v of ['0000', '0000-05', '0000-05-01'])
      for (const side of ['from', 'to'] as const) expect(parseBound(v, side), `${v} ${side}`).toBeNull();
    expect(boundProblem('0000')).toBe('there is no year 0 (1 BC comes before AD 1)');
    expect(boundProblem('0000-05')).toBe('there is no year 0 (1 BC comes before AD 1)');
  });
});

describe('dayProblem and boundProblem', () => {
  it('takes a day of the years 1 to 99 as the day it is, not a day of 19xx', () => {
    expect(dayProblem('0050-06-01')).toBeNull();
    expect(dayProblem('0001-01-01')).toBeNull();
    expect(toStoredDate({ dateStart: '0050-06-01', precision: 'day' })).toMatchObject({
      ok: true,
      value: { dateStart: '0050-06-01', dateLast: '0050-06-01' },
    });
  });

  it('names what the calendar lacks in a well-formed date', () => {
    expect(dayProblem('2021-02-30')).toBe('2021-02-30 is not a real date: there is no 30 February');
    expect(dayProblem('2021-04-31')).toBe('2021-04-31 is not a real date: there is no 31 April');
    expect(dayProblem('2021-02-29')).toBe(
      '2021-02-29 is not a real date: there is no 29 February in 2021, not a leap year',
    );
    expect(dayProblem('2021-13-01')).toBe('2021-13-01 is not a real date: there is no month 13: months are 01 to 12');
    expect(dayProblem('2021-01-32')).toBe('2021-01-32 is not a real date: no month has 32 days');
    expect(dayProblem('2021-01-00')).toBe('2021-01-00 is not a real date: days of the month start at 01');
    expect(dayProblem('0000-06-01')).toMatch(/there is no year 0/);
    expect(dayProblem('1 May')).toBe('Write the day as YYYY-MM-DD, e.g. 2020-11-10 (got "1 May")');
  });

  it('says of a filter bound what is missing, or how to write one', () => {
    expect(boundProblem('2021-02-30')).toBe('there is no 30 February');
    expect(boundProblem('2021-00')).toBe('there is no month 00: months are 01 to 12');
    expect(boundProblem('yesterday')).toBe('use YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
