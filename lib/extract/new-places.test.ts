import { describe, expect, it } from 'vitest';
import { newPlaceIn } from './new-places';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';

const index = new NameIndex(seedRegistry());
const place = (sentence: string, at = 0) => newPlaceIn(sentence, index, at)?.name ?? null;

describe('places the gazetteer lacks', () => {
  it.each([
    ['Pashinyan met residents of Kirants village on April 17.', 'Kirants'],
    ['The army fired on positions in the Kelbajar district.', 'Kelbajar'],
    ['The ministers met in the Georgian capital of Tbilisi.', 'Tbilisi'],
    ['The first negotiations were held in Ljubljana on 4 December 2005.', 'Ljubljana'],
  ])('%s → %s', (sentence, expected) => {
    expect(place(sentence)).toBe(expected);
  });

  it('never proposes a known place, an actor, a month, a weekday or a nationality', () => {
    for (const s of [
      'Talks were held in Yerevan.',
      'The ceasefire took hold in March.',
      'Fighting resumed in Nagorno-Karabakh on Monday.',
      'Turkey is home to a large Azeri community.',
      'The meeting ended in Moscow.',
    ])
      expect(place(s), s).toBeNull();
  });

  it('takes the name nearest to the event when a sentence names two', () => {
    const s = 'He spoke of peace in Ukraine at the meeting with Putin in Alaska on 15 August.';
    expect(place(s, s.indexOf('meeting'))).toBe('Alaska');
  });
});
