// Who asserts what: a side that speaks ("the Defence Ministry said", "Baku accused…", "according
// to Armenia") makes what it reports a claim, with the words that name it as the claimant. What
// one side asserts is `claimed`, never `occurred`; a denial stays a statement of its own.
import { alt, anyOf } from '@/lib/temporal/pattern';
import type { NameHit } from './registry';
import type { Sentence } from './segment';

/** An official side or body that speaks: "the Defence Ministry", "the Kremlin press service", "Yerevan". */
const SPEAKER_BODY = new RegExp(
  String.raw`\b${anyOf(
    ...['[Mm]inistry', 'Ministry of [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?', 'Kremlin', '[Gg]overnment', 'MoD', 'MFA'],
    ...['spokes(?:man|woman|person)', 'officials?', 'side', '[Cc]ommand', '[Oo]ffice', '[Ss]ervice', 'Council'],
    ...['authorities', 'Yerevan', 'Baku', 'Moscow', 'Ankara', 'Washington', 'Stepanakert', 'Khankendi'],
  )}`,
  'gu',
);
/** Between who speaks and the verb: an apposition, "on Wednesday", "also", "later". */
const SPEAKER_GAP = /^(?:[’']s)?\s*(?:,[^,]{0,90},)?\s*(?:[\p{L}\p{N}’'-]+\s+){0,3}$/u;

/** Whether a registry actor or an official body ends just before `at` (an offset into the text). */
export function speakerBefore(s: Sentence, names: NameHit[], at: number): boolean {
  const rel = at - s.start;
  if (names.some((n) => n.actors.length && n.end <= at && SPEAKER_GAP.test(s.text.slice(n.end - s.start, rel))))
    return true;
  const before = s.text.slice(Math.max(0, rel - 140), rel);
  for (const m of before.matchAll(SPEAKER_BODY)) if (SPEAKER_GAP.test(before.slice(m.index + m[0].length))) return true;
  return false;
}

const CLAIM = new RegExp(
  alt(
    String.raw`\b${anyOf('accused', 'accuses', 'claimed', 'claims', 'alleged', 'alleges', 'according to')}\b`,
    String.raw`\b${anyOf('ministry', 'ministries', 'officials?', 'spokes(?:man|woman|person)')}\b` +
      String.raw`[^.]*\b(?:said|says|reported)\b`,
  ),
  'i',
);
const REPORTING = new RegExp(
  String.raw`\b${anyOf('said', 'says', 'reported', 'reports', 'claimed', 'claims', 'accused', 'accuses')}\b`,
  'g',
);
/** The words of a speaker: capitalised words, "of", "the", "and", and the nouns of official bodies. */
const SPEAKER_WORD = `(?:${alt(
  String.raw`[A-Z][\p{L}’'.-]*`,
  ...['of', 'the', 'and', '[Dd]efen[cs]e', '[Ff]oreign', '[Mm]inistry', '[Mm]inistries', 'spokes(?:man|woman|person)'],
  ...['officials?', 'side', 'army', 'forces', 'press', 'service'],
)})`;
/** Before the verb: "on Wednesday", "also", "later", or an apposition between commas. */
const SPEAKER_TAIL = String.raw`\s*(?:,[^,]{0,90},\s*)?(?:(?:on|late on|early on)\s+[A-Z]\w+\s+|also\s+|later\s+)?$`;
const SPEAKER_PHRASE = new RegExp(String.raw`(${SPEAKER_WORD}(?:\s+${SPEAKER_WORD}){0,7})` + SPEAKER_TAIL, 'u');
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[^,.;:"“]{3,70}?)(?=\s*(?:,|\.|;|$|\s+that\b))/i;

const tidy = (phrase: string) =>
  phrase
    .replace(/^(?:(?:the|of|and|The)\s+)+/, '')
    .replace(/\s+(?:of|and|the)$/i, '')
    .trim();

/**
 * Whether the sentence reports what one side asserts, and who: the speaker's words as the text gives
 * them ("Armenia's Defence Ministry", "Baku"), or null when the sentence does not name one.
 */
export function claimOf(s: Sentence, names: NameHit[]): { claimant: string | null } | null {
  const according = ACCORDING_TO.exec(s.text);
  if (according) return { claimant: tidy(according[1]!) || null };
  for (const m of s.text.matchAll(REPORTING)) {
    if (!speakerBefore(s, names, s.start + m.index)) continue;
    const phrase = SPEAKER_PHRASE.exec(s.text.slice(0, m.index).trimEnd() + ' ');
    return { claimant: phrase ? tidy(phrase[1]!) || null : null };
  }
  return CLAIM.test(s.text) ? { claimant: null } : null;
}

/**
 * A denial of what is reported after it: "denied Azerbaijani accusations that …", "rejected reports of …". What the
 * sentence goes on to say itself ("… dismissed claims of a blockade and said Armenian troops attacked") is not denied.
 */
const DENIAL = new RegExp(
  String.raw`\b${anyOf('denied', 'denies', 'rejected', 'rejects', 'refuted', 'refutes', 'dismissed', 'dismisses')}\b` +
    String.raw`[^.;]{0,60}?\b${anyOf('accusations?', 'allegations?', 'reports?', 'claims?')}\s+(?:that|of|about)\b` +
    String.raw`((?:[^.;])*)$`,
  'i',
);
const OWN_WORDS =
  /\b(?:and|but|while|whereas)\s+(?:\S+\s+){0,3}?(?:said|says|added|stated|insisted|claimed|reported)\b/i;

/** Whether the sentence denies the event its trigger `h` tells (the event is then `disputed`, GUIDE.md). */
export function deniedBefore(s: Sentence, h: { start: number }): boolean {
  const denial = DENIAL.exec(s.text.slice(Math.max(0, h.start - s.start - 400), h.start - s.start));
  return !!denial && !OWN_WORDS.test(denial[1]!);
}
