import { describe, expect, it } from 'vitest';
import { eventFormSchema, fieldErrors, type EventForm } from './event';

const valid: EventForm = {
  title: 'Shelling near Tegh',
  subType: 'shelling-artillery-missile-attack',
  eventType: 'explosions-remote-violence',
  precision: 'day',
  dateStart: '2022-09-13',
  actors: [{ id: 1, role: 'actor-1' }],
  location: null,
  sources: [
    { publisher: 'OC Media', url: 'https://oc-media.org/x', title: null, publishedAt: '2022-09-13', quote: '' },
  ],
};

const errorsOf = (patch: Partial<EventForm>) => {
  const r = eventFormSchema.safeParse({ ...valid, ...patch });
  return r.success ? [] : fieldErrors(r.error);
};

describe('event form schema', () => {
  it('accepts a complete event and derives its stored dates', () => {
    const r = eventFormSchema.parse(valid);
    expect(r.date).toEqual({ dateStart: '2022-09-13', dateEnd: null, dateLast: '2022-09-13', precision: 'day' });
    expect(r.eventType).toBe('explosions-remote-violence');
  });

  const rejected: [string, Partial<EventForm>, string][] = [
    ['an end before the start', { precision: 'range', dateStart: '2020-11-10', dateEnd: '2020-09-27' }, 'dateEnd'],
    ['a day that does not exist', { dateStart: '2021-02-31' }, 'dateStart'],
    ['a day given at month precision', { precision: 'month', dateStart: '2020-11-10' }, 'dateStart'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a year before 1800', { precision: 'year', dateStart: '1799' }, 'dateStart'],
    [
      'a range ending after the domain',
      { precision: 'range', dateStart: '1900-01-01', dateEnd: '9999-12-31' },
      'dateEnd',
    ],
    ['a day more than ten years ahead', { dateStart: `${new Date().getUTCFullYear() + 11}-01-01` }, 'dateStart'],
    ['a 100 KB title', { title: 'x'.repeat(100_000) }, 'title'],
    ['an invalid source URL', { sources: [{ publisher: 'X', url: 'not a url', quote: '' }] }, 'sources.0.url'],
    [
      'a URL that is not a web address',
      { sources: [{ publisher: 'X', url: 'javascript:alert(1)', quote: '' }] },
      'sources.0.url',
    ],
    ['a sub-type of another type', { eventType: 'diplomacy', subType: 'armed-clash' }, 'subType'],
    ['no source at all', { sources: [] }, 'sources'],
    ['a low estimate above the high one', { fatalities: { low: 10, high: 2 } }, 'fatalities.low'],
    [
      'the same actor twice',
      {
        actors: [
          { id: 1, role: 'actor-1' },
          { id: 1, role: 'actor-2' },
        ],
      },
      'actors.1',
    ],
    [
      'a new place without coordinates',
      { location: { newName: 'Tegh', lat: Number.NaN, lon: 46 } as never },
      'location.lat',
    ],
    ['a range without an end', { precision: 'range', dateStart: '2020-09-27' }, 'dateEnd'],
  ];
  for (const [what, patch, param] of rejected) {
    it(`rejects ${what}, next to the field "${param}"`, () => {
      const errors = errorsOf(patch);
      expect(
        errors.map((e) => e.param),
        JSON.stringify(errors),
      ).toContain(param);
    });
  }

  it('reports every problem at once, date rules included, so the form can mark them all', () => {
    const params = errorsOf({
      subType: '' as never,
      title: '',
      precision: 'range',
      dateStart: '2020-11-10',
      dateEnd: '2020-09-27',
    }).map((e) => e.param);
    expect(params).toEqual(expect.arrayContaining(['subType', 'title', 'dateEnd']));
  });

  it('refuses a title with nothing to see, on two lines, or turned around, saying so of the title', () => {
    const cases: [string, RegExp][] = [
      ['\u200b\u200b', /title has no visible character/],
      [' \u200b\u00a0\u2060\ufeff ', /title has no visible character/],
      ['Shelling\r\nnear Tegh', /title contains a line break/],
      ['Shelling\nnear Tegh', /title contains a line break/],
      ['Shelling\u2028near Tegh', /title contains a line break/],
      ['Shelling\tnear Tegh', /title contains a line break or control character/],
      ['Shelling near \u202egeT', /title contains a bidirectional override/],
      ['\u2066Shelling\u2069', /title contains a bidirectional override/],
    ];
    for (const [title, message] of cases) {
      const errors = errorsOf({ title });
      expect(errors, JSON.stringify(title)).toEqual([{ param: 'title', message: expect.stringMatching(message) }]);
    }
    expect(errorsOf({ title: '' })).toEqual([{ param: 'title', message: 'A title is required' }]);
  });

  it('accepts titles in any script, with their marks and a joiner inside a word', () => {
    for (const title of [
      'Обстрел у Тега',
      'قصف قرب تيغ',
      'Ağdam – 2 killed',
      'קרב ליד תג',
      'नमस्‍ते',
      'Şuşa: “ceasefire”',
    ])
      expect(errorsOf({ title }), title).toEqual([]);
  });

  it('says a day of the year 50 lies before the date domain, not that its month has no such day', () => {
    expect(errorsOf({ dateStart: '0050-06-01' })).toEqual([
      {
        param: 'dateStart',
        message: expect.stringMatching(/^Event dates lie between 1800-01-01 and .*: 0050-06-01 is before that$/),
      },
    ]);
  });

  it('keeps HTML and script as plain text (rendered inert by React)', () => {
    const r = eventFormSchema.parse({ ...valid, title: '<script>alert(1)</script> & <b>bold</b>' });
    expect(r.title).toBe('<script>alert(1)</script> & <b>bold</b>');
  });

  it('takes a source URL whose host is in another script, as the same address in ASCII', () => {
    const url = (u: string) =>
      eventFormSchema.parse({ ...valid, sources: [{ publisher: 'P', url: u }] }).sources[0]!.url;
    expect(url('https://пример.рф/статья')).toBe('https://xn--e1afmkfd.xn--p1ai/статья');
    expect(url('https://xn--e1afmkfd.xn--p1ai/')).toBe('https://xn--e1afmkfd.xn--p1ai/');
    expect(url('https://example.org/Шуша')).toBe('https://example.org/Шуша');
    // One that reads as one site and leads to another is refused, not rewritten.
    for (const bad of ['https://ü@example.com/p', 'https://пример.рф\\evil.com/x', 'https://user@example.org/'])
      expect(errorsOf({ sources: [{ publisher: 'P', url: bad, quote: '' }] })[0]?.message, bad).toMatch(/user name/);
  });

  it('accepts an empty source URL as "no URL" (ACLED sources are publisher names only)', () => {
    const r = eventFormSchema.parse({ ...valid, sources: [{ publisher: 'Local media', url: '', quote: '' }] });
    expect(r.sources[0]!.url).toBeNull();
  });

  it('names the date domain in its message', () => {
    const last = `${new Date().getUTCFullYear() + 10}-12-31`;
    const [error] = errorsOf({ precision: 'month', dateStart: '9999-12' });
    expect(error).toMatchObject({
      param: 'dateStart',
      message: `Event dates lie between 1800-01-01 and ${last}: 9999-12-31 is after that`,
    });
    expect(errorsOf({ precision: 'range', dateStart: '1800-01-01', dateEnd: last })).toEqual([]);
    // The week of 1 January 1800 starts on a Monday of 1799: the message says which week, not only that day.
    expect(errorsOf({ precision: 'week', dateStart: '1800-01-01' })[0]!.message).toMatch(
      /1799-12-30 is before that \(the week starts on 1799-12-30 and ends on 1800-01-05\)$/,
    );
  });

  describe('messages name their field', () => {
    const messages = (patch: Partial<EventForm>) =>
      Object.fromEntries(errorsOf(patch).map((e) => [e.param, e.message]));

    it('puts a missing event type on Event type, not only on Sub-type', () => {
      const m = messages({ eventType: '', subType: '' as never });
      expect(m.eventType).toBe('Choose an event type, then its sub-type');
    });

    it('names the kind of a new actor left without one, on its own path, and never says "Invalid input"', () => {
      const errors = errorsOf({ actors: [{ newName: 'Local militia', kind: '' as never, role: 'actor-1' }] });
      expect(errors).toEqual([{ param: 'actors.0.kind', message: 'Kind: choose what kind of actor the new one is' }]);
    });

    it('names the longitude of a new place left without one, on location.lon', () => {
      const errors = errorsOf({ location: { newName: 'Tegh', lat: 39.5, lon: Number.NaN } });
      expect(errors).toEqual([{ param: 'location.lon', message: 'Longitude: a number from -180 to 180 is required' }]);
    });

    it('takes a new place without coordinates (both left out), and names the missing one of a half pair', () => {
      expect(errorsOf({ location: { newName: 'Kirants', lat: null, lon: null } })).toEqual([]);
      expect(errorsOf({ location: { newName: 'Kirants', lat: null, lon: 45.1 } as never })).toEqual([
        { param: 'location.lat', message: 'Latitude: a number from -90 to 90 is required' },
      ]);
    });

    it('says a well-formed but impossible day is not a real date, not that the date is missing', () => {
      expect(messages({ dateStart: '2021-02-30' }).dateStart).toBe(
        '2021-02-30 is not a real date: there is no 30 February',
      );
      expect(messages({ dateStart: '30/02/2021' }).dateStart).toBe(
        'Write the day as YYYY-MM-DD, e.g. 2020-11-10 (got "30/02/2021")',
      );
      expect(messages({ precision: 'range', dateStart: '2021-01-01', dateEnd: '2021-04-31' }).dateEnd).toMatch(
        /^2021-04-31 is not a real date/,
      );
    });

    it('refuses an impossible publication day of a source, which used to pass its format check', () => {
      const errors = errorsOf({ sources: [{ publisher: 'X', url: null, publishedAt: '2021-02-29', quote: '' }] });
      expect(errors).toEqual([
        {
          param: 'sources.0.publishedAt',
          message: '2021-02-29 is not a real date: there is no 29 February in 2021, not a leap year',
        },
      ]);
    });

    it('keeps the union message only when nothing more precise is known', () => {
      const errors = errorsOf({ actors: [42 as never] });
      expect(errors.map((e) => e.param)).toEqual(['actors.0']);
      expect(errors[0]!.message).not.toBe('Invalid input');
    });
  });
});
