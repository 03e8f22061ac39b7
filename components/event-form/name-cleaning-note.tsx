// Says, before saving, when a typed name will be stored otherwise than written (an invisible character,
// a look-alike letter from another script): the server cleans names (lib/names/clean.ts), never silently.
import { cleanName } from '@/lib/names/clean';
import { cleaningNotes } from '@/lib/names/cleaning-notes';

/** The sentence for a name that cleaning changes, or null. */
export function nameCleaningText(name: string): string | null {
  const notes = cleaningNotes(name);
  return notes.length ? `Will be stored as “${cleanName(name)}”: ${notes.join('; ')}.` : null;
}

export function NameCleaningNote({ name }: { name: string }) {
  const text = nameCleaningText(name);
  return text ? <span className="hint name-cleaning">{text}</span> : null;
}
