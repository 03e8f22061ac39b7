import { describe, expect, it } from 'vitest';
import { datelineOf, timexes } from './timexes';

const PUBLISHED = '2021-11-17';
const read = (text: string) => timexes(text, PUBLISHED).map(({ text: t, date, ...rest }) => ({ t, date, ...rest }));

describe('the time stage', () => {
  it('joins a range written out into one expression, the first end taking the second’s year', () => {
    const [range] = read('Fighting lasted from 27 September to 10 November 2020.');
    expect(range).toMatchObject({ t: 'from 27 September to 10 November 2020' });
    expect(range!.date).toEqual({ start: '2020-09-27', end: '2020-11-10', precision: 'range' });
    const [pair] = read('Talks were held on 3-4 May.');
    expect(pair!.date).toEqual({ start: '2021-05-03', end: '2021-05-04', precision: 'range' });
    // Across a new year the first end is in the year before; ends the wrong way round within a month are no range
    // (they made one of a whole year, 3 May 2020 to 1 May 2021).
    const [winter] = read('Fighting lasted from December to February 2021.');
    expect(winter!.date).toEqual({ start: '2020-12-01', end: '2021-02-28', precision: 'range' });
    expect(read('Fighting lasted from 3 May to 1 May 2021.').map((x) => x.date?.precision)).toEqual(['day', 'day']);
    expect(read('Talks ran from 3 June 2021 to 1 May 2021.').map((x) => x.date?.start)).toEqual([
      '2021-06-03',
      '2021-05-01',
    ]);
  });

  it('marks what dates a report, a deadline and the start of a state, not an event', () => {
    const [said] = read('Shelling resumed, the ministry said on Tuesday.');
    expect(said).toMatchObject({ t: 'Tuesday', report: true });
    const [due] = read('Troops must withdraw by 1 December.');
    expect(due).toMatchObject({ deadline: true });
    const [since] = read('The corridor has been closed since 2020.');
    expect(since).toMatchObject({ since: true });
  });

  it('reads a clock time before "on <day>" as a time of that day', () => {
    // The clock time was dated on the publication day and won as the nearer date.
    const read2 = (text: string) => timexes(text, '2023-09-19').map((t) => t.text);
    expect(read2('The truce comes into force at 1pm local time on Wednesday.')).toEqual(['Wednesday']);
    expect(read2('Shelling began at 02:30 on 20 September.')).toEqual(['20 September']);
  });

  it('reads a clock time after a date in its sentence as a time of that day, not a date of its own', () => {
    const mod = read('On 16 November at 13:00, units opened fire. On 12 September, from 23:40 to 00:30, they fired.');
    expect(mod.map((t) => t.t)).toEqual(['16 November', '12 September']);
    expect(read('On 16 November, at 13:00 and again at 15:00, units fired.').map((t) => t.t)).toEqual(['16 November']);
    // Alone in its sentence, a clock time still dates by the publication day, as the tagger reads it.
    expect(read('Shelling began at 2 a.m. local time.').map((t) => t.t)).toEqual(['2 a.m.']);
  });

  it('dates words the tagger leaves alone from the date told before or from publication', () => {
    const text =
      'On 12 July clashes began. Two days later a truce held. That day talks opened. Strikes came overnight.';
    const found = read(text);
    expect(found.find((t) => t.t === 'Two days later')).toMatchObject({ offset: 2 });
    expect(found.find((t) => t.t === 'That day')).toMatchObject({ offset: 0 });
    expect(found.find((t) => t.t === 'overnight')!.date).toEqual({ start: PUBLISHED, end: null, precision: 'day' });
    // "November 10 last year": in the year before publication.
    expect(read('It was signed on November 10 last year.')[0]!.date).toMatchObject({ start: '2020-11-10' });
  });

  it('leaves a wire dateline out and reads a dateline at the top as the publication date', () => {
    const wire = 'YEREVAN, Nov 17 (Reuters) - Armenia said on Tuesday that six soldiers died.';
    expect(read(wire).map((t) => t.t)).toEqual(['Tuesday']);
    expect(datelineOf('Border talks resume\nDate: 29 November 2021\n\nThe commission met.')).toBe('2021-11-29');
    // A day the calendar lacks dates nothing (it rolled over into March, and "yesterday" with it).
    expect(datelineOf('Border talks resume\nDate: 31 February 2021\n\nThe commission met.')).toBeNull();
    expect(datelineOf('The commission met for the ninth time.')).toBeNull();
  });

  it('takes a year followed by a plural noun for a number, not a date', () => {
    expect(read('Nearly 2000 peacekeepers were deployed.')).toEqual([]);
  });
});
