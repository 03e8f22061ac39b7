// How two spellings of one name are recognised as one: the key a name is compared by. After
// cleanName (invisible characters, look-alike letters), it folds case, diacritics, punctuation
// and the common romanisations of Azerbaijani and Armenian names (Xankəndi = Khankendi,
// Şuşa = Shusha, Ağdam = Aghdam, Pashinyan = Pashinian, Xocalı = Khojaly), so that a registry
// lookup by key is exact. Pure: every way in (form, API, imports, seed, extraction) uses it.
import { cleanName } from './clean';

/** Azerbaijani and Turkish letters as English writes them (before diacritics are stripped). */
const ROMANISE: Record<string, string> = {
  ə: 'e', ş: 'sh', ç: 'ch', ğ: 'gh', ı: 'i', x: 'kh', q: 'g', c: 'c',
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th',
}; // prettier-ignore
const ROMANISED = new RegExp(`[${Object.keys(ROMANISE).join('')}]`, 'gu');
/** A word with one of these letters is written in Azerbaijani Latin, where c is English j (Xocalı: Khojaly). */
const AZERBAIJANI = /[əışçğ]/u;

function romaniseWord(word: string): string {
  const azerbaijani = AZERBAIJANI.test(word);
  return word.replace(ROMANISED, (ch) => (ch === 'c' ? (azerbaijani ? 'j' : 'c') : ROMANISE[ch]!));
}

/**
 * The key of a name: lower case, no diacritics, punctuation as spaces, romanised. Two names with
 * the same key are the same name written two ways.
 */
export function nameKey(raw: string): string {
  const words = cleanName(raw)
    .toLocaleLowerCase('en')
    .split(/\s+/)
    .map(romaniseWord)
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return (
    words
      // Armenian surnames: -yan and -ian are one ending (Pashinyan, Pashinian); final -y and -i one vowel (Khojaly).
      .replace(/(?<=[^aeiou\s])yan\b/g, 'ian')
      .replace(/(?<=[^aeiou\s])y\b/g, 'i')
  );
}

/** A looser key for "compatible" names: vowels after the first letter and doubled letters dropped. */
export function looseKey(raw: string): string {
  return nameKey(raw)
    .split(' ')
    .map((w) => w[0]! + w.slice(1).replace(/[aeiouy]/g, ''))
    .join(' ')
    .replace(/(.)\1+/g, '$1')
    .replace(/h/g, '');
}

/** Edit distance (optimal string alignment: a swap of two neighbours is one edit), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many edits two keys of this length may differ by and still be "possibly the same". */
export const nearEdits = (key: string) => (key.length < 5 ? 0 : key.length < 9 ? 1 : key.length < 15 ? 2 : 3);

/** Close but not equal: a slip, another romanisation, a vowel (Khankandi and Khankendi). */
export function isNearName(a: string, b: string): boolean {
  const [ka, kb] = [nameKey(a), nameKey(b)];
  if (ka === kb) return true;
  const max = nearEdits(ka.length < kb.length ? ka : kb);
  return (max > 0 && editDistance(ka, kb, max) <= max) || (ka.length >= 5 && looseKey(a) === looseKey(b));
}
