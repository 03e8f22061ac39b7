import { describe, expect, it } from 'vitest';
import { tagTimex } from './tagger';

const one = (text: string, dct?: string) => tagTimex(text, dct).map((t) => `${t.text}|${t.type}|${t.value}`);

describe('temporal tagger', () => {
  it('normalises explicit dates at the precision written', () => {
    expect(one('It was signed on 10 November 2020.')).toEqual(['10 November 2020|DATE|2020-11-10']);
    expect(one('Talks resumed in March 2021 and in 2022.')).toEqual(['March 2021|DATE|2021-03', '2022|DATE|2022']);
    expect(one('The summit of Nov. 26, 2021 ended late.')).toEqual(['Nov. 26, 2021|DATE|2021-11-26']);
  });

  it('resolves relative days across month and year boundaries', () => {
    expect(one('He arrived yesterday.', '2021-01-01')).toEqual(['yesterday|DATE|2020-12-31']);
    expect(one('They leave tomorrow.', '2020-02-28')).toEqual(['tomorrow|DATE|2020-02-29']);
    expect(one('It happened two days ago.', '2021-03-01')).toEqual(['two days ago|DATE|2021-02-27']);
  });

  it('reads a past weekday as the last one, a future one as the next, across a month boundary', () => {
    expect(one('The talks ended on Friday.', '2021-12-01')).toEqual(['Friday|DATE|2021-11-26']);
    expect(one('The leaders will meet on Monday.', '2021-11-26')).toEqual(['Monday|DATE|2021-11-29']);
    expect(one('Fighting broke out Sunday night.', '2021-11-17')).toEqual(['Sunday night|TIME|2021-11-14TNI']);
  });

  it('reads a timestamp as the day and time written, whatever its offset', () => {
    expect(one('Shelling began at 2021-05-03T10:00Z.', '2021-06-01')).toEqual([
      '2021-05-03T10:00Z|TIME|2021-05-03T10:00',
    ]);
    // Near midnight with an offset: still the day as written, not the UTC day after or before.
    // No day or time the calendar and the clock lack.
    expect(one('At 2021-02-30T25:99 nothing happened.', '2021-06-01')).not.toContainEqual(expect.stringMatching(/T25/));
    expect(one('It ended at 2021-05-04T23:30:00+04:00.', '2021-06-01')).toEqual([
      '2021-05-04T23:30:00+04:00|TIME|2021-05-04T23:30',
    ]);
  });

  it('reads a weekday written with its date as that date, not as the last such weekday', () => {
    // Eight months apart: the weekday alone would be the Sunday before publication.
    expect(one('Forces shelled Stepanakert on Sunday, September 27, 2020.', '2021-06-01')).toEqual([
      'Sunday, September 27, 2020|DATE|2020-09-27',
    ]);
    expect(one('Talks opened on Monday 3 May 2021 in Moscow.', '2021-06-01')).toEqual([
      'Monday 3 May 2021|DATE|2021-05-03',
    ]);
    expect(one('Talks opened on Monday, May 3 in Moscow.', '2021-06-01')).toEqual(['Monday, May 3|DATE|2021-05-03']);
  });

  it('places a year-less date before or after the creation time by tense', () => {
    expect(one('Clashes on November 16 killed six soldiers.', '2021-11-29')).toEqual(['November 16|DATE|2021-11-16']);
    expect(one('Clashes in December killed six soldiers.', '2022-03-01')).toEqual(['December|DATE|2021-12']);
    expect(one('The commission will meet in February.', '2021-11-29')).toEqual(['February|DATE|2022-02']);
    expect(one('That meeting is set for December 15th.', '2021-11-20')).toEqual(['December 15th|DATE|2021-12-15']);
    expect(one('The stage was set for war on September 27.', '2021-01-10')).toEqual(['September 27|DATE|2020-09-27']);
  });

  it('handles last/this/next with a unit', () => {
    expect(one('Prices rose last week.', '2013-03-22')).toEqual(['last week|DATE|2013-W11']);
    expect(one('It opens next month.', '2020-12-15')).toEqual(['next month|DATE|2021-01']);
    expect(one('Last year was the worst.', '2021-11-29')).toEqual(['Last year|DATE|2020']);
    expect(one('They met last summer.', '2013-03-22')).toEqual(['last summer|DATE|2012-SU']);
  });

  it('tags both ends of a range', () => {
    expect(one('The war lasted from 27 September 2020 to 10 November 2020.')).toEqual([
      '27 September 2020|DATE|2020-09-27',
      '10 November 2020|DATE|2020-11-10',
    ]);
    expect(one('Between 1988 and 1994 the war displaced many.')).toEqual(['1988|DATE|1988', '1994|DATE|1994']);
  });

  it('turns durations into ISO 8601 periods, vague ones with X', () => {
    expect(one('a six-week war')).toEqual(['six-week|DURATION|P6W']);
    expect(one('It lasted 44 days.')).toEqual(['44 days|DURATION|P44D']);
    expect(one('the worst in a decade')).toEqual(['a decade|DURATION|P10Y']);
    expect(one('Recent weeks saw incidents.')).toEqual(['Recent weeks|DURATION|PXW']);
    expect(one('for 48 hours')).toEqual(['48 hours|DURATION|PT48H']);
    expect(one('a 22-year-old soldier')).toEqual([]);
  });

  it('gives sets and vague references their TIMEX3 values', () => {
    expect(one('The talks are held every year.')).toEqual(['every year|SET|P1Y']);
    expect(one('It is calm now.')).toEqual(['now|DATE|PRESENT_REF']);
    expect(one('It was recently agreed.')).toEqual(['recently|DATE|PAST_REF']);
  });

  it('understands deadlines', () => {
    expect(one('They agreed to create the mechanism by the end of the year.', '2021-11-29')).toEqual([
      'the end of the year|DATE|2021',
    ]);
  });

  it('leaves relative expressions underspecified without a creation time', () => {
    expect(one('He arrived yesterday, last week.')).toEqual(['yesterday|DATE|PAST_REF', 'last week|DATE|XXXX-WXX']);
    expect(one('On Friday they met.')).toEqual(['Friday|DATE|XXXX-WXX-5']);
  });

  it('gives character offsets into the text, in order, without overlaps', () => {
    const text = 'On November 26, 2021, and again last week, they met.';
    const tags = tagTimex(text, '2021-12-03');
    for (const t of tags) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tags.map((t) => t.start)).toEqual([...tags.map((t) => t.start)].sort((a, b) => a - b));
  });
});
