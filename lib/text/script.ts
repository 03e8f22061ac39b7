// Which writing system a text is mostly in: the extractor reads English, so an article in Russian, Armenian or
// Azerbaijani Cyrillic gives no suggestions, and the reviewer is told why rather than that it holds no events.

const SCRIPTS: [name: string, letters: RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Armenian', /\p{Script=Armenian}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Georgian', /\p{Script=Georgian}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Chinese, Japanese or Korean', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu],
];

/** The script other than Latin that most of the text's letters are in, or null when most are Latin (or none). */
export function mainOtherScript(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (!letters) return null;
  const [name, count] = SCRIPTS.map(([n, re]) => [n, (text.match(re) ?? []).length] as const).sort(
    (a, b) => b[1] - a[1],
  )[0]!;
  return count > letters / 2 ? name : null;
}

/** What the reviewer is told when a text gives no suggestion. */
export function noSuggestionsMessage(text: string): string {
  const script = mainOtherScript(text);
  return script
    ? `No events were suggested: this text is mostly in ${script} script, and Faultline reads articles in English.`
    : 'No dated events were found in this text.';
}
