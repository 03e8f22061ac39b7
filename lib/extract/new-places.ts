// Places the gazetteer lacks, proposed under the name the text uses ("in the village of Kirants", "talks in
// Ljubljana", "the Kelbajar district"): the reviewer adds the place (without coordinates until someone gives
// them) instead of losing where it happened. Only a capitalised name in a place's position counts; names the
// registry knows as actors, months and weekdays never do.
import { MONTH_RE } from '@/lib/temporal/tagger';
import type { NameIndex } from './registry';

const NAME = String.raw`\p{Lu}[\p{Ll}’'-]+(?:[ -]\p{Lu}[\p{Ll}’'-]+)?`;
const KIND = String.raw`(?:village|town|city|settlement|district|region|province|capital|community)`;
// After a name, "capital" and "community" say who ("the Kyrgyz capital", "the Azeri community"), not where.
const KIND_AFTER = String.raw`(?:village|town|city|settlement|district|region|province)`;
const PATTERNS = [
  // "in the village of Kirants", "the Kyrgyz capital of Bishkek"
  new RegExp(String.raw`\b${KIND}\s+of\s+(${NAME})`, 'gu'),
  // "the Kelbajar district", "Kirants village"
  new RegExp(String.raw`\b(${NAME})\s+${KIND_AFTER}\b`, 'gu'),
  // "met in Ljubljana", "near Goris"
  new RegExp(String.raw`\b(?:in|near|outside)\s+(${NAME})(?![\p{L}’'-])`, 'gu'),
];
const NOT_PLACES = new RegExp(
  String.raw`^(?:${MONTH_RE}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|` +
    String.raw`His|Her|Their|Its|Our|Other|Some|Such|Both|Each|Soviet|Armenian|Azerbaijani|Azeri|Russian|Turkish|` +
    String.raw`Iranian|Western|Eastern|Northern|Southern|English|Parliament|Government|Congress|Politics|Europe)\b`,
  'iu',
);

export interface NewPlace {
  name: string;
  start: number;
  end: number;
}

/** The place-like name nearest to `at` in a sentence that neither the gazetteer nor the actor registry knows. */
export function newPlaceIn(sentence: string, index: NameIndex, at = 0): NewPlace | null {
  const known = index.find(sentence);
  const found: NewPlace[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (NOT_PLACES.test(name) || known.some((k) => k.start < end && start < k.end)) continue;
      found.push({ name, start, end });
    }
  }
  // Where usually follows what ("met … in Alaska"): a name before the event counts as three times as far.
  const distance = (p: NewPlace) => (p.end <= at ? 3 * (at - p.end) : Math.max(0, p.start - at));
  return found.sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0] ?? null;
}
