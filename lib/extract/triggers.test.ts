import { describe, expect, it } from 'vitest';
import { quotedRanges, segment } from './segment';
import { headOf, triggerHits } from './triggers';

/** The trigger words kept in a one-sentence text, and the rules that set the others aside. */
function read(text: string) {
  const [s] = segment(text);
  const dropped: string[] = [];
  const hits = triggerHits(s!, quotedRanges(s!.text), [], (rule) => dropped.push(rule));
  return { words: hits.map((h) => text.slice(h.start, h.end)), hits, dropped };
}

describe('the trigger stage', () => {
  it('finds what happened and maps it to a sub-type of the taxonomy', () => {
    const { words, hits } = read('Azerbaijani forces shelled the village of Sotk.');
    expect(words).toEqual(['shelled']);
    expect(hits[0]!.trigger).toMatchObject({ family: 'violence', subType: 'shelling-artillery-missile-attack' });
  });

  it('sets aside, by a named rule, what did not happen as told', () => {
    expect(read('The two sides never signed a peace treaty.').dropped).toContain('negation');
    expect(read('If they sign the treaty, the border opens.').words).toEqual([]);
    expect(read('The border could be demarcated.').dropped).toContain('hypothetical');
    expect(read('Villages were shelled repeatedly along the border.').dropped).toContain('habitual');
    expect(read('He called it “a war that was fought for nothing at all”.').dropped).toContain('quotation');
  });

  it('reads a participial clause as the manner of the main event, not another event', () => {
    const { words, dropped } = read('Protesters blocked the road, demanding the release of the detainees.');
    expect(words).toContain('blocked');
    expect(dropped).toContain('participial-clause');
  });

  it('names the kind of thing a trigger is, for later references to it', () => {
    const text = 'The ceasefire was signed in Moscow.';
    const { hits } = read(text);
    expect(hits.map((h) => headOf(text, h))).toContain('agreement');
  });
});
