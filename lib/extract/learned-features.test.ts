import { describe, expect, it } from 'vitest';
import { featuresOf, stemOf, tokensOf, type SentenceContext } from './learned-features';

const context = (text: string, extra: Partial<SentenceContext> = {}): SentenceContext => ({
  sentence: { start: 0, end: text.length, text, paragraph: 0, kind: 'prose' },
  date: { start: '2022-09-13', end: null, precision: 'day' },
  dateText: 'September 13',
  dateSource: 'sentence',
  dates: [[3, 15]],
  triggers: [],
  rules: [],
  position: 4,
  names: 1,
  actors: ['Azerbaijan'],
  location: null,
  ...extra,
});

describe('the learned stage reads a sentence', () => {
  it('as lower-case words, with numbers by their shape', () => {
    expect(tokensOf('On September 13, 2022 Azerbaijan’s army shelled 36 villages over 1,200 km')).toEqual(
      ['on', 'september', '<small>', '<year>', 'azerbaijan’s', 'army', 'shelled', '<small>', 'villages'].concat([
        'over',
        '<small>',
        '<number>',
        'km',
      ]),
    );
  });

  it('as word stems too, so an inflection tuning never saw reads like one it saw', () => {
    expect(['shelled', 'shelling', 'shells'].map(stemOf)).toEqual(['shell', 'shell', 'shell']);
    expect(stemOf('ceasefires')).toBe(stemOf('ceasefire'));
    expect(stemOf('attacked')).toBe(stemOf('attacks'));
    expect(stemOf('talks')).toBe('talks');
    expect(featuresOf(context('Azerbaijani forces were shelling Jermuk on September 13.'))).toContain('s:shell');
  });

  it('as its words, word pairs, where its date comes from and what the rules made of it', () => {
    const f = featuresOf(
      context('On September 13 Azerbaijan shelled Jermuk.', {
        triggers: ['shelling-artillery-missile-attack'],
        rules: ['quotation'],
      }),
    );
    expect(f).toEqual(
      expect.arrayContaining(['bias', 'w:shelled', 'b:azerbaijan_shelled', 'first:on', 'date:sentence']),
    );
    expect(f).toEqual(expect.arrayContaining(['precision:day', 'trigger:shelling-artillery-missile-attack']));
    expect(f).toEqual(expect.arrayContaining(['rule:quotation', 'kind:prose', 'taken:no']));
    expect(new Set(f).size).toBe(f.length);
  });

  it('tells a sentence without a date, in a list, from one with its own', () => {
    const f = featuresOf(context('Talks were held.', { date: null, dateSource: null, dates: [] }));
    expect(f).toContain('date:none');
    expect(f).not.toContain('date:sentence');
    expect(f.some((x) => x.startsWith('precision:'))).toBe(false);
    expect(featuresOf(context('Talks were held.', { dateSource: 'list' }))).toContain('date:list');
  });
});
