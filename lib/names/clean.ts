// A name as typed or imported, made safe to compare: invisible characters (zero-width spaces and
// joiners, bidi marks, soft hyphens) removed, spaces collapsed, Unicode composed (NFC), and in a
// word written in Latin letters, Cyrillic or Greek look-alikes ("Аrmenia" with a Cyrillic А)
// replaced by the Latin letters they imitate (Cyrillic ә by the Azerbaijani Latin ə). A word wholly
// in another script ("Ереван") is kept.

// Format characters (\p{Cf}: zero-width space, joiners, bidi marks, BOM) and other invisible fillers.
export const INVISIBLE = /[\p{Cf}\u00AD\u034F\u115F\u1160\u3164\uFFA0]/gu;

// Cyrillic and Greek letters that render like Latin ones (after Unicode's confusables list).
export const LOOK_ALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ι: 'i', ә: 'ə', Ә: 'Ə',
}; // prettier-ignore
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');
const LATIN = /\p{Script=Latin}/u;

/** A word that mixes Latin letters with look-alikes is a Latin word with a slip (or a spoof). */
const foldWord = (word: string) => (LATIN.test(word) ? word.replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]!) : word);

export function cleanName(raw: string): string {
  const visible = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return visible.split(' ').map(foldWord).join(' ');
}
