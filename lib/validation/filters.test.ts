import { describe, expect, it } from 'vitest';
import {
  aroundSchema,
  dashboardQuery,
  eventFiltersSchema,
  frequencySchema,
  NOT_UTF8,
  notUtf8Params,
  pageSchema,
  parseWith,
  searchParamsToObject,
} from './filters';

const parse = (qs: string) => parseWith(eventFiltersSchema, searchParamsToObject(new URLSearchParams(qs)));

describe('event filters', () => {
  it('widens YYYY and YYYY-MM bounds to whole periods', () => {
    expect(parse('from=2020&to=2021-02')).toMatchObject({ ok: true, value: { from: '2020-01-01', to: '2021-02-28' } });
  });

  it('keeps repeated actors, including names with commas', () => {
    expect(parse('actor=Ilham%20Aliyev&actor=Armenia,%20Republic%20of')).toMatchObject({
      ok: true,
      value: { actor: ['Ilham Aliyev', 'Armenia, Republic of'] },
    });
  });

  it('refuses a single-value filter given twice with different values, naming both, and takes it twice alike', () => {
    expect(parse('from=2020&from=2021')).toEqual({
      ok: false,
      errors: [{ param: 'from', message: 'Is given 2 times (“2020”, “2021”): give it once' }],
    });
    expect(parse('q=Shusha&to=2021&q=Lachin&q=Shusha')).toMatchObject({ ok: false, errors: [{ param: 'q' }] });
    expect(parse('from=2020&from=2020')).toMatchObject({ ok: true, value: { from: '2020-01-01' } });
    // A parameter no filter reads is left alone, repeated or not, as it always was.
    expect(parse('utm=a&utm=b&from=2020')).toMatchObject({ ok: true, value: { from: '2020-01-01' } });
  });

  it('names the parameter in every error', () => {
    const cases: [string, string][] = [
      ['type=bombing', 'type'],
      ['from=2021-02-31', 'from'],
      ['from=2022&to=2021', 'from'],
      ['milestone=yes', 'milestone'],
      ['type=diplomacy&subtype=armed-clash', 'subtype'],
      ['status=rumour', 'status'],
    ];
    for (const [qs, param] of cases) {
      const r = parse(qs);
      expect(r.ok, qs).toBe(false);
      if (!r.ok) expect(r.errors[0]?.param, qs).toBe(param);
    }
  });

  it('caps the page size and defaults the bucket', () => {
    expect(parseWith(pageSchema, { limit: '501' }).ok).toBe(false);
    expect(parseWith(pageSchema, {})).toMatchObject({ ok: true, value: { limit: 50, sort: 'asc' } });
    expect(parseWith(frequencySchema, {})).toMatchObject({ ok: true, value: { bucket: 'auto', groupBy: 'type' } });
    expect(parseWith(frequencySchema, { bucket: 'hour' }).ok).toBe(false);
  });

  it('accepts any valid year as a bound and clamps it into the date domain', () => {
    const f = eventFiltersSchema.parse(searchParamsToObject(new URLSearchParams('from=1000&to=9999')));
    expect(f.from).toBe('1800-01-01');
    expect(f.to).toBe(`${new Date().getUTCFullYear() + 10}-12-31`);
  });
});

describe('dashboardQuery', () => {
  it('keeps the filters and view settings, in a fixed order, and drops anything else', () => {
    const p = new URLSearchParams('sort=asc&utm=x&actor=Ilham+Aliyev&actorMatch=all&actor=Nikol+Pashinyan&from=2020');
    expect(dashboardQuery(p)).toBe('actor=Ilham+Aliyev&actor=Nikol+Pashinyan&actorMatch=all&from=2020&sort=asc');
  });
});

describe('date bounds', () => {
  it('says there is no 30 February instead of asking for a format the bound already has', () => {
    const r = parse('to=2021-02-30');
    expect(r.ok ? [] : r.errors).toEqual([
      { param: 'to', message: '"2021-02-30" is not a date: there is no 30 February' },
    ]);
    const f = parse('from=last+week');
    expect(f.ok ? [] : f.errors).toEqual([
      { param: 'from', message: '"last week" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });
});

describe('number parameters', () => {
  it('say what is wrong with a number, not that it is not one', () => {
    const r = parseWith(aroundSchema, { event: '3', days: '1.5' });
    expect(r.ok ? [] : r.errors).toEqual([{ param: 'days', message: 'days is a whole number' }]);
  });
});

describe('notUtf8Params', () => {
  it('names each parameter whose bytes are not UTF-8, raw or as Next passes them on (U+FFFD)', () => {
    expect(notUtf8Params('?q=%ff')).toEqual([{ param: 'q', message: NOT_UTF8 }]);
    expect(notUtf8Params('?q=%EF%BF%BD')).toEqual([{ param: 'q', message: NOT_UTF8 }]);
    expect(notUtf8Params('?type=battles&actor=%ff&location=Tegh%e9')).toEqual([
      { param: 'actor', message: NOT_UTF8 },
      { param: 'location', message: NOT_UTF8 },
    ]);
    expect(notUtf8Params('?%ff=1')).toEqual([{ param: '%ff', message: NOT_UTF8 }]);
    expect(notUtf8Params('?actor=\ufffd')).toEqual([{ param: 'actor', message: NOT_UTF8 }]);
  });

  it('lets UTF-8 text through, encoded or not', () => {
    expect(notUtf8Params('?q=caf%C3%A9+au+lait&actor=%D0%95%D1%80%D0%B5%D0%B2%D0%B0%D0%BD&x=a%3Db&&empty=')).toEqual(
      [],
    );
    expect(notUtf8Params('')).toEqual([]);
    expect(notUtf8Params('?q=Ağdam')).toEqual([]);
  });
});
