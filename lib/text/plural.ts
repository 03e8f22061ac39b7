// Counts in words, one rule for every sentence that counts something: "1 event", "2 events",
// "1,204 events" — never "1 events".

const RULES = new Intl.PluralRules('en');

/** The noun that fits a count of `n`: `one` for exactly one, else `many` (the noun with an s by default). */
export function pluralNoun(n: number, one: string, many = `${one}s`): string {
  return RULES.select(n) === 'one' ? one : many;
}

/** `n`, written as in English text ("1,204"), and the noun that fits it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${pluralNoun(n, one, many)}`;
}
