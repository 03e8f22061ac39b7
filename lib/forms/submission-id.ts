// A submission id (the event form's `submissionId`, a UUID) that is the same for the same thing submitted: the
// SHA-256 of its name, written as an RFC 9562 version-8 UUID. Saving a suggestion of a stored article twice (a
// second click, the article pasted again) is then one submission, and the API answers with the event it made.

/** The UUID of a name: the same name, the same UUID. */
export async function stableSubmissionId(name: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name)));
  const bytes = digest.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8: custom
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant: RFC 9562
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * What one suggestion of a stored article is, for its submission id: the sentence it quotes, and which of that
 * sentence's suggestions it is — a sentence can tell two events ("a deal that saw Azerbaijan gain control …"), and
 * each is its own submission. The first keeps the sentence's name alone, as every suggestion had before.
 */
export const suggestionName = (articleId: number, span: [number, number], rank: number) =>
  `article:${articleId}:${span.join('-')}${rank > 0 ? `:${rank + 1}` : ''}`;
