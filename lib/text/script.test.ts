import { describe, expect, it } from 'vitest';
import { mainOtherScript, noSuggestionsMessage } from './script';

describe('the script a text is in', () => {
  it('names the script of a Russian, Armenian or Arabic article, not of an English one quoting a name', () => {
    expect(mainOtherScript('Вооружённые силы Азербайджана обстреляли позиции 13 сентября.')).toBe('Cyrillic');
    expect(mainOtherScript('Ադրբեջանի զինված ուժերը սեպտեմբերի 13-ին')).toBe('Armenian');
    expect(mainOtherScript('وقع قتال بين الطرفين أسفر عن مقتل 300 شخص')).toBe('Arabic');
    expect(mainOtherScript('The ministry (Министерство обороны) said troops shelled Sotk on 13 September.')).toBeNull();
    expect(mainOtherScript('')).toBeNull();
  });

  it('tells the reviewer why a text in another script gave nothing', () => {
    expect(noSuggestionsMessage('Переговоры прошли в Сочи.')).toMatch(/Cyrillic script.*reads articles in English/);
    expect(noSuggestionsMessage('Talks went on.')).toBe('No dated events were found in this text.');
  });
});
