// Stage 4 of the pipeline (extract.ts), when: a trigger's own date ("last year's war"), the sentence's, a
// deadline, a vague window, an earlier event the sentence refers to ("the peace deal"), a chronology's
// heading, or the date in force from a sentence before — never the publication date by default, and no
// date at all rather than an invented one.
import { anyOf } from '@/lib/temporal/pattern';
import type { EventStatus } from '@/lib/taxonomy/taxonomy';
import { plusDays } from '@/lib/dates/calendar';
import { bounds, dateOfValue, deadline, durationRange, type EventDate } from './dates';
import { deadlineWordStart, type Tx } from './timexes';
import { headOf, type Hit } from './triggers';
import { distance, nearest } from './participants';
import { inYear, sectionOf, withoutYear } from './sections';
import type { Clause, DateSource, Narrative, Reading } from './reading';

export const DECADE = /\b\d{3}0s\b/;

/**
 * How many sentences past the last one that told or used it the date in force still dates an undated report: further
 * on, an analyst's reading leaves the report undated (GUIDE.md: undated incidents take no neighbouring date).
 */
export const PARAGRAPH_REACH = 2;

export const PAST_VERB = /(?:ed|met|fought|took|held|brought|struck|hit|overran|fled|rose|broke out|sat down with)$/i;

/** Next to its noun, with at most one modifier between: not "on Wednesday under a deal". */
export const ONE_MODIFIER_BETWEEN = new RegExp(
  String.raw`^(?:[’']s)?\s+(?:(?!${anyOf(
    ...['under', 'a', 'an', 'the', 'of', 'in', 'on', 'at', 'with', 'by', 'for', 'and', 'or', 'to', 'from'],
    ...['after', 'before', 'since', 'as', 'when', 'that'],
  )}\s)[\p{L}-]+\s+)?$`,
  'u',
);

/** "after the Sochi meeting": an earlier event named just before. */
export const EARLIER_EVENT_BEFORE = new RegExp(
  String.raw`\b${anyOf('during', 'after', 'before', 'since', 'following', 'throughout', 'until', 'in', 'at')}\s+` +
    String.raw`(?:the|that|this)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}$`,
  'iu',
);

/** A date that tells when something happened: not vague, not a deadline, not in the future of the article. */
export function told(t: Tx, published: string | null): boolean {
  return (
    !!t.date &&
    !t.vague &&
    !t.deadline &&
    !t.since &&
    !t.later &&
    t.date.precision !== 'year' &&
    (!published || t.date.start <= published)
  );
}

/** A date written without its year ("27 August", "October"), placed in `year`. */
export function inSection(t: Tx, year: string): EventDate | null {
  if (t.date) return inYear(t.date, year);
  const m = /^XXXX(-\d{2}(?:-\d{2})?)$/.exec(t.value);
  return m ? dateOfValue(`${year}${m[1]}`, t.text) : null;
}

/** A chronology's date heading or dated list item: it dates what follows until the next heading. */
export function openSection(r: Reading, t: Tx | undefined): void {
  if (!t || t.vague) return;
  // "August:" heads a chronology's entries in the year of the heading before it, or of the document's next full date.
  const year =
    r.section?.year ??
    r.allTx.find((x) => x.start > t.start && x.date && /\d{4}/.test(x.text))?.date?.start.slice(0, 4);
  const date = withoutYear(t.text) && year ? inSection(t, year) : t.date;
  if (!date) return;
  r.section = sectionOf(date, t.text, r.section, !!year && withoutYear(t.text));
  t.date = r.section.date;
  r.narrative = { at: r.sentenceNo, date: r.section.date, text: t.text, anchor: null };
}

/** "two days later", "within weeks": dated from what was told just before (sets the dates in place). */
export function dateFromNarrative(txs: Tx[], narrative: Narrative | null): void {
  let base: EventDate | null = narrative?.date ?? null;
  let baseText = narrative?.text ?? null;
  for (const t of txs) {
    if (t.offset !== undefined && base?.precision === 'day') {
      t.date = { start: plusDays(base.start, t.offset), end: null, precision: 'day' };
      t.text = `${baseText} … ${t.text}`;
      [base, baseText] = [t.date, t.text];
    } else if (t.later && base) {
      t.date = { start: `${base.start.slice(0, 4)}-01-01`, end: null, precision: 'year' };
      t.text = `${baseText} … ${t.text}`;
    } else if (t.date && !t.vague && !t.deadline && !t.since && t.date.precision === 'day') {
      [base, baseText] = [t.date, t.text];
    }
  }
}

/** Dates bound to one trigger ("last year's war", "the November 26 talks") and the sentence's other dates. */
export function bindDates(text: string, txs: Tx[], hits: Hit[]): { bound: Map<Hit, Tx>; free: Tx[] } {
  const bound = new Map<Hit, Tx>();
  const free: Tx[] = [];
  for (const t of txs) {
    if (!t.date) continue;
    const after = text.slice(t.end, t.end + 40);
    const possessive = /^[’']s\s+/.test(after);
    const target = hits.find(
      (h) => h.trigger.kind === 'noun' && h.start >= t.end && ONE_MODIFIER_BETWEEN.test(text.slice(t.end, h.start)),
    );
    if (target && (possessive || /^\s/.test(after)) && !bound.has(target)) bound.set(target, t);
    else free.push(t);
  }
  return { bound, free };
}

/** A definite reference to an event told earlier ("the peace deal", "the Sochi meeting") lends its date. */
export function referenceOf(r: Reading, hits: Hit[], bound: Map<Hit, Tx>) {
  for (const h of hits) {
    const head = headOf(r.text, h);
    if (!h.definite || !head || h.trigger.kind !== 'noun' || bound.has(h)) continue;
    // The same word first ("the fighting" is the fighting told before), then any word for the same kind of event.
    const word = r.text.slice(h.start, h.end).toLowerCase();
    const reference = r.anchors.find(head, word, h.qualifier);
    if (reference) return { reference, referenceHit: h };
  }
  return { reference: null, referenceHit: null };
}

/**
 * A noun that a date of the sentence sits next to names an event of its own: "a ceasefire takes effect a week
 * later".
 */
export function datedNounsOf(happened: Tx[], hits: Hit[], listDate: Tx | undefined, referenceHit: Hit | null) {
  const datedNouns = new Map<Hit, Tx>();
  for (const t of happened) {
    const owner = nearest(t, hits);
    const held = owner ? datedNouns.get(owner) : undefined;
    if (
      owner &&
      owner.trigger.kind === 'noun' &&
      t !== listDate &&
      owner !== referenceHit &&
      (!held || distance(owner, t) < distance(owner, held))
    )
      datedNouns.set(owner, t);
  }
  return datedNouns;
}

/** The date a trigger gets: the first choice that applies, most direct first. */
/** A date "of" a noun ("the Geneva Conventions of 1949"), not "of" a time of day or a part of a period. */
const OF_NOUN = new RegExp(
  String.raw`(?<!\b(?:night|morning|evening|afternoon|hours|dawn|day|end|beginning|start|middle|eve|weekend)\s)` +
    String.raw`\bof\s+(?:the\s+)?$`,
  'i',
);

/** The free date of the sentence nearest the trigger that may date it (its own words', not a report's or a noun's). */
function nearestUsable(r: Reading, c: Clause, h: Hit): Tx | null {
  const { s } = c;
  // What is still to happen is not dated by when it was reported ("said on Friday it was ready to sign").
  // What a side asserts is dated by when it spoke ("said on Tuesday", "On November 18, Baku reported…"), not by the
  // dates of what it reports.
  const spoke = (t: Tx) =>
    t.report || (t.end <= h.start && (t.start - s.start < 25 || /^\s*$/.test(r.text.slice(t.end, h.start))));
  const usable = h.trigger.speakerSubject
    ? c.explicitFree.filter(spoke)
    : h.trigger.subType === 'statement'
      ? c.explicitFree
      : h.infinitive
        ? c.happened.filter((t) => !t.report)
        : c.happened;
  const free = usable.filter((t) => ![...c.bound.values()].includes(t));
  // "in breach of the Geneva Conventions of 1949, shelled Ganja on 10 October": a date "of" a noun is the noun's, not
  // the verb's, when the verb has another.
  const ofNoun = (t: Tx) => OF_NOUN.test(r.text.slice(Math.max(0, t.start - 40), t.start));
  const verbs = h.trigger.kind === 'verb' ? free.filter((t) => !ofNoun(t)) : free;
  return nearest(h, verbs.length ? verbs : free);
}

export function chooseDate(r: Reading, c: Clause, h: Hit) {
  const { s, reference, referenceHit } = c;
  const near = nearestUsable(r, c, h);
  const vague = nearest(h, c.vagueFree);
  const before = s.text.slice(0, h.start - s.start);
  const perfect = /\b(?:has|have)\s+(?:been\s+|not\s+)?(?:[\p{L}-]+ly\s+)?$/iu.test(before);
  // "the 2020 war, in which Azerbaijan took back…": the verb of a clause about a dated noun shares its date.
  const host = [...c.bound.entries()].find(
    ([n]) => n.end <= h.start && /^,?\s+(?:in|during)\s+which\b|^,?\s+when\b/i.test(r.text.slice(n.end, h.start)),
  );
  // "has been blocked since December": the state began then.
  const since = perfect
    ? nearest(
        h,
        c.free.filter((t) => t.since && t.date),
      )
    : null;
  // An earlier event named before the verb ("After the Sochi meeting, …", "The war ended…") dates it; named
  // after it ("urged both sides to respect the truce"), only a present perfect, which the paragraph's date does
  // not locate.
  const temporal = !!referenceHit && EARLIER_EVENT_BEFORE.test(r.text.slice(s.start, referenceHit.start));
  const narrative = r.narrative;
  const referenceFirst =
    !!reference && (!referenceHit || referenceHit.start <= h.start || temporal || perfect || !narrative);
  // What a side asserts is dated by its own words only: the report's date is not the paragraph's.
  const paragraphOk =
    !h.trigger.speakerSubject &&
    (h.salience === 3 ||
      h.definite ||
      c.hits.some((x) => x !== h && x.trigger.kind === 'verb' && x.trigger.family === h.trigger.family));
  // The date in force reaches PARAGRAPH_REACH sentences past the last that told or used it: further on, the text no
  // longer dates what it tells (rule `paragraph-date-too-far`).
  const recent = !!narrative && r.sentenceNo - narrative.at <= PARAGRAPH_REACH;
  const own = c.bound.get(h);
  const dateChoices: [EventDate | null | undefined, DateSource, string | null | undefined, boolean][] = [
    [own?.date, 'own', own?.text, true],
    [c.datedNouns.get(h)?.date, 'sentence', c.datedNouns.get(h)?.text, true],
    // A date of its own inside a chronology's entry wins over the entry's ("reopening it … on June 25").
    [c.listDate?.date, 'list', c.listDate?.text, !near || near === c.listDate],
    // "regained territory … during that war": a time named by an earlier event comes before other dates of the
    // sentence.
    [
      reference?.date,
      'reference',
      reference?.dateText,
      h.trigger.kind === 'verb' && temporal && referenceHit!.start > h.start,
    ],
    [near?.date, 'sentence', near?.text, true],
    [since?.date, 'sentence', since?.text, true],
    [vague?.date, 'vague', vague?.text, true],
    [host?.[1].date, 'sentence', host?.[1].text, h.trigger.kind === 'verb'],
    [reference?.date, 'reference', reference?.dateText, h.salience >= 2 && referenceFirst],
    // Under a chronology's date heading, every entry is dated by it.
    [r.section?.date, 'list', r.section?.text, h.salience >= 2],
    // The paragraph's date carries to a reported action or a definite "the talks", not to "a deal" nobody dated.
    [narrative?.date, 'paragraph', narrative?.text, paragraphOk && !perfect],
    [reference?.date, 'reference', reference?.dateText, h.salience >= 2],
  ];
  const chosen = dateChoices.find(([d, , , ok]) => d && ok);
  // A date in force told too far back still groups and merges the mention, but is not proposed.
  // A decade ("in the 1990s", "the late 1980s") is no precision an analyst dates by (GUIDE.md): proposed undated too.
  const stale =
    chosen?.[1] === 'paragraph' && !recent
      ? 'paragraph-date-too-far'
      : DECADE.test(chosen?.[2] ?? '')
        ? 'decade-undated'
        : null;
  return { chosen, perfect, stale };
}

/** A trigger's date and status, after deadlines ("by the end of the year") and durations ("a six-week war"). */
export function datingOf(r: Reading, c: Clause, h: Hit) {
  const { text, published } = r;
  const { s } = c;
  const { chosen, perfect, stale } = chooseDate(r, c, h);
  let date: EventDate | null = chosen?.[0] ?? null;
  let source: DateSource = chosen?.[1] ?? 'none';
  let dateText: string | null = chosen?.[2] ?? null;
  let status: EventStatus =
    h.infinitive ||
    (/\b(?:will|would|'ll|shall|expected to|scheduled to|plans? to|set to|due to)\b/i.test(
      s.text.slice(0, h.start - s.start),
    ) &&
      !PAST_VERB.test(text.slice(h.start, h.end)))
      ? 'planned'
      : 'occurred';
  const due = nearest(h, c.deadlines);
  // A deadline dates what is still to be done: not an act already dated by its own words.
  if (due?.date && (h.infinitive || (source !== 'own' && source !== 'sentence' && source !== 'list'))) {
    const from = date ? bounds(date)[0] : published;
    const d = from ? deadline(from, due.date) : null;
    if (d) {
      date = d;
      source = 'deadline';
      dateText = dateText ? `${dateText} … ${text.slice(deadlineWordStart(text, due.start), due.end)}` : due.text;
      status = 'planned';
    }
  }
  // A duration with one known end makes a range: "a six-week war that ended on 10 November".
  const d0 = date as EventDate | null;
  if (d0 && c.durations.length && d0.precision === 'day') {
    const side = /\b(?:ended|ending|ends|until|concluded)\b/i.test(s.text)
      ? 'ends'
      : /\b(?:began|begins|started|starts|starting|from|launched|launches|lasted|lasts|lasting)\b/i.test(s.text)
        ? 'starts'
        : null;
    const dur = nearest(h, c.durations);
    const range = side && dur ? durationRange(dur.value, d0, side) : null;
    if (range) [date, dateText] = [range, `${dur!.text} … ${dateText}`];
  }
  // A deadline counted from the date in force dates what is still to be done; one counted from a decade does not.
  return {
    date,
    source,
    dateText,
    status,
    due,
    perfect,
    stale: source === chosen?.[1] || DECADE.test(dateText ?? '') ? stale : null,
  };
}
