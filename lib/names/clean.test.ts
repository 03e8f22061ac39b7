import { describe, expect, it } from 'vitest';
import { cleanName } from './clean';

describe('cleanName', () => {
  it.each([
    ['Arm\u200Benia', 'Armenia'],
    ['\u0410rmenia', 'Armenia'], // Cyrillic А
    ['Azerbaij\u0430n', 'Azerbaijan'], // Cyrillic а
    ['Ilham\u00A0\u00A0Aliyev', 'Ilham Aliyev'],
    ['\u202EAliyev\u202C', 'Aliyev'],
    ['Shusha\uFEFF', 'Shusha'],
    ['Ağdam', 'Ağdam'],
    ['Xank\u04D9ndi', 'Xank\u0259ndi'], // Cyrillic ә in a Latin word: Azerbaijani ə
  ])('%j is %j', (raw, clean) => expect(cleanName(raw)).toBe(clean));

  it('keeps a word written wholly in another script', () => {
    expect(cleanName('Ереван')).toBe('Ереван');
    expect(cleanName('Степанакерт / Stepanakert')).toBe('Степанакерт / Stepanakert');
  });

  it('composes decomposed letters, so one name has one spelling', () => {
    expect(cleanName('S\u0327us\u0327a')).toBe('Şuşa');
  });
});
