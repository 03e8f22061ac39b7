// Building long regular expressions from named lists, as chrono-node builds its patterns, so that a rule table
// reads one alternative a line instead of as a 300-character literal. Parts are raw regex source, not escaped.

/** Alternatives joined as they are: `alt('will', "'ll")` is `will|'ll`. */
export const alt = (...parts: string[]): string => parts.join('|');

/** Alternatives in a non-capturing group: `anyOf('a', 'b')` is `(?:a|b)`. */
export const anyOf = (...parts: string[]): string => `(?:${alt(...parts)})`;
