// What cleanName (clean.ts) changed in a name, in words a user can check: a name is never cleaned
// silently. The API answers these as `notices`; the form shows them under the field before saving.
import { cleanName, INVISIBLE, LOOK_ALIKES } from './clean';
import { publisherName } from './publishers';
import { plural } from '@/lib/text/plural';

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function scriptOf(c: string): string {
  return /\p{Script=Cyrillic}/u.test(c) ? 'Cyrillic' : 'Greek';
}

/** Look-alike letters inside words written in Latin letters: the ones cleanName replaces. */
function swappedLetters(written: string): string[] {
  const words = written.normalize('NFC').replace(INVISIBLE, '').split(/\s+/);
  return words.filter((w) => /\p{Script=Latin}/u.test(w)).flatMap((w) => [...w].filter((c) => c in LOOK_ALIKES));
}

/** The changes, one sentence each; empty when the name was stored as written (spaces aside). */
export function cleaningNotes(written: string): string[] {
  const stored = cleanName(written);
  if (stored === written.replace(/\s+/g, ' ').trim()) return [];
  const notes: string[] = [];
  const invisible = written.normalize('NFC').match(INVISIBLE) ?? [];
  if (invisible.length) {
    const which = [...new Set(invisible.map(codePoint))].join(', ');
    notes.push(`${plural(invisible.length, 'invisible character', 'invisible characters')} (${which}) removed`);
  }
  for (const c of new Set(swappedLetters(written))) {
    notes.push(`${scriptOf(c)} “${c}” (${codePoint(c)}) replaced by Latin “${LOOK_ALIKES[c]}”, which it imitates`);
  }
  if (!notes.length) notes.push('written in Unicode’s composed form (NFC)');
  return notes;
}

export type NameNotice = { field: string; written: string; stored: string; notes: string[] };

/** The name fields of an event's body (form or import) whose values cleanName changes. */
const NAME_KEYS = new Set(['name', 'newName', 'location', 'publisher']);

/** Every name in a JSON body that is stored otherwise than written, with its path ("actors.0.newName"). */
export function nameNotices(body: unknown, path: string[] = []): NameNotice[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => nameNotices(item, [...path, String(i)]));
  if (!body || typeof body !== 'object') return [];
  return Object.entries(body).flatMap(([key, value]) => {
    if (typeof value !== 'string') return nameNotices(value, [...path, key]);
    if (!NAME_KEYS.has(key)) return [];
    const notes = cleaningNotes(value);
    let stored = cleanName(value);
    // A publisher is stored under its one name (publishers.ts): "reuters.com" is Reuters.
    if (key === 'publisher' && publisherName(value) !== stored) {
      stored = publisherName(value);
      notes.push(`stored under the publisher’s one name, “${stored}”`);
    }
    return notes.length ? [{ field: [...path, key].join('.'), written: value, stored, notes }] : [];
  });
}
