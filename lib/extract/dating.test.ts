import { describe, expect, it } from 'vitest';
import { segment, quotedRanges } from './segment';
import { timexes } from './timexes';
import { triggerHits } from './triggers';
import { bindDates, told } from './dating';

const PUBLISHED = '2021-11-29';

/** The time and trigger stages' output for a one-sentence text, then the dates bound to a trigger. */
function bound(text: string) {
  const [s] = segment(text);
  const hits = triggerHits(s!, quotedRanges(s!.text), []);
  const { bound: byHit, free } = bindDates(text, timexes(text, PUBLISHED), hits);
  return {
    bound: [...byHit].map(([h, t]) => [text.slice(h.start, h.end), t.text]),
    free: free.map((t) => t.text),
  };
}

describe('the dating stage', () => {
  it('binds a date written before its noun to that noun, not to the sentence', () => {
    expect(bound('Last year’s war displaced thousands.').bound).toEqual([['war', 'Last year']]);
    expect(bound('The November 26 talks were held in Sochi.').bound).toEqual([['talks', 'November 26']]);
  });

  it('leaves free a date with more than one word between it and the noun', () => {
    const { bound: b, free } = bound('On Wednesday under a new deal the talks resumed.');
    expect(b).toEqual([]);
    expect(free).toEqual(['Wednesday']);
  });

  it('tells apart a date that says when something happened from vague, future, deadline and since dates', () => {
    const [day, since, due] = timexes(
      'Clashes broke out on 12 July 2020; the road has been shut since 2021 and must open by 1 December.',
      PUBLISHED,
    );
    expect(told(day!, PUBLISHED)).toBe(true);
    expect(told(since!, PUBLISHED)).toBe(false);
    expect(told(due!, PUBLISHED)).toBe(false);
    const [later] = timexes('Talks will resume on 10 January 2022.', PUBLISHED);
    expect(told(later!, PUBLISHED)).toBe(false);
  });
});
