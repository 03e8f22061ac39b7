// The article's structure: paragraphs, and within them sentences or the items of a dated list
// ("27 September: Azerbaijan launches…"), each with its character offsets in the original text.
// Sentences come from Intl.Segmenter (ICU's rules), mended where news abbreviations break them.
import { alt, anyOf } from '@/lib/temporal/pattern';

/** `date-heading`: a line that is only a date in a chronology ("September 19, 2023", "1988", "August:"). */
export type BlockKind = 'prose' | 'heading' | 'list-item' | 'dateline' | 'date-heading';
export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  kind: BlockKind;
}

const ABBREVIATIONS = new RegExp(
  String.raw`\b${anyOf(
    ...['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Pres', 'Prof'],
    ...['St', 'No', 'vs', 'etc', 'approx'],
    ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
    ...[String.raw`U\.S`, String.raw`U\.N`, String.raw`U\.K`, String.raw`E\.U`, String.raw`e\.g`, String.raw`i\.e`],
  )}\.$`,
);
/** A line that opens with a date and a colon or dash: an item of a chronology. */
const LIST_ITEM = new RegExp(
  String.raw`^\s*(?:[-•*·–]\s*)?` +
    anyOf(
      // "5 May 1994", "May 5th, 1994", "May"
      String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?`,
      String.raw`\d{4}(?:-\d{2}){0,2}`,
      String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}`,
    ) +
    String.raw`\s*(?::|\s[–—|-])\s+\S`,
);
const MONTH = alt(
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
  ...['November', 'December', String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`],
);
/** A list item that opens with a month or a year, not any word before a colon ("Question: …"). */
const DATED_ITEM = new RegExp(
  String.raw`^\s*(?:[-•*·–]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+)?` +
    String.raw`(?:(?:${MONTH})\b[^:|–—]{0,12}|\d{4}\b)` +
    String.raw`\s*(?::|\s[–—|-])\s+\S`,
  'i',
);
/** A line that is only a date, a heading of a chronology or a live page's entry ("19 Sep 2023, 13:52"). */
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:[-•*·]\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
    anyOf(
      String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?`,
      String.raw`\d{4}`,
    ) +
    String.raw`(?:\s*[,/|]?\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[ap]\.?m\.?)?)?\s*[|:–—-]?\s*$`,
  'i',
);
const DATELINE = /^\s*(?:date|published|posted|updated)\s*:\s*\S/i;

let segmenter: Intl.Segmenter | null = null;

/**
 * ICU's sentence segmenter slows down sharply past about 100,000 characters at once (195,000 took 4.9 s where
 * 100,000 took 0.09 s): a long paragraph is handed to it in pieces of at most this many, cut after a sentence end.
 */
const SEGMENTER_CHUNK = 20_000;

function* segmentsOf(text: string): Generator<{ index: number; segment: string }> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (let from = 0; from < text.length;) {
    const to = text.length - from > SEGMENTER_CHUNK ? cutAt(text, from, SEGMENTER_CHUNK, SENTENCE_ENDS) : text.length;
    for (const s of segmenter.segment(text.slice(from, to))) yield { index: from + s.index, segment: s.segment };
    from = to;
  }
}

const SENTENCE_ENDS = [['. ', '? ', '! ', '\n'], [' ']];
const CLAUSE_ENDS = [['; '], [', '], [' ', '\t']];

/**
 * Where to cut `text` at most `limit` characters after `from`: after the last mark of the first tier found in the
 * window's second half (a sentence end, then a space), else at the limit, never inside a surrogate pair.
 */
function cutAt(text: string, from: number, limit: number, tiers: string[][]): number {
  const window = text.slice(from, from + limit);
  for (const marks of tiers) {
    const at = Math.max(...marks.map((mark) => window.lastIndexOf(mark)));
    if (at > limit / 2) return from + at + 1;
  }
  const to = from + limit;
  return /[\uD800-\uDBFF]/.test(text.charAt(to - 1)) ? to - 1 : to;
}

function sentencesOf(text: string, offset: number, paragraph: number): Sentence[] {
  const parts: { start: number; end: number }[] = [];
  for (const s of segmentsOf(text)) {
    const start = offset + s.index;
    const end = start + s.segment.length;
    const prev = parts.at(-1);
    const prevText = prev ? text.slice(prev.start - offset, prev.end - offset).trimEnd() : '';
    // Join a piece that follows an abbreviation or that starts in lower case (a broken sentence).
    if (prev && (ABBREVIATIONS.test(prevText) || /^[\s"“'‘(]*[a-z]/.test(s.segment))) prev.end = end;
    else parts.push({ start, end });
  }
  return parts
    .flatMap(({ start, end }) => {
      const raw = text.slice(start - offset, end - offset);
      const lead = raw.length - raw.trimStart().length;
      return piecesOf(start + lead, raw.trim()).map((p) => ({ ...p, paragraph, kind: 'prose' as const }));
    })
    .filter((s) => s.text.length > 0);
}

/**
 * The longest sentence read at once. Published sentences stay far below it (the longest of the corpus's 1,950 has
 * 594 characters); a run-on "sentence" of thousands of characters (a list joined by semicolons, a pasted table) is
 * read in pieces, so that what the stages do per word before it stays bounded and an article reads in linear time.
 */
export const MAX_SENTENCE = 1000;

/** `body` (at `start`), in pieces of at most MAX_SENTENCE characters, cut after a semicolon, a comma or a space. */
function piecesOf(start: number, body: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  while (body.length - from > MAX_SENTENCE) {
    const to = cutAt(body, from, MAX_SENTENCE, CLAUSE_ENDS);
    const piece = body.slice(from, to).trimEnd();
    out.push({ start: start + from, end: start + from + piece.length, text: piece });
    from = to + (body.slice(to).length - body.slice(to).trimStart().length);
  }
  out.push({ start: start + from, end: start + body.length, text: body.slice(from) });
  return out;
}

/** A line's text trimmed, with its offsets into the text. */
function trimmed(start: number, raw: string, paragraph: number, kind: BlockKind): Sentence {
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return { start: start + lead, end: start + lead + body.length, text: body, paragraph, kind };
}

/**
 * A chronology: at least two lines that are only a date or open with one. Only there does a date line head
 * what follows; at the top of a news article it is the publication date.
 */
function isChronology(text: string): boolean {
  let n = 0;
  for (const line of text.split('\n')) if (DATE_LINE.test(line) || DATED_ITEM.test(line)) if (++n >= 3) return true;
  return false;
}

/** A list item: its first sentence carries the item's date, the others follow it. */
function listItem(start: number, raw: string, paragraph: number): Sentence[] {
  const item = trimmed(start, raw, paragraph, 'list-item');
  const parts = sentencesOf(item.text, item.start, paragraph);
  if (parts.length < 2) return [item];
  return parts.map((p, i) => ({ ...p, kind: i === 0 ? ('list-item' as const) : ('prose' as const) }));
}

/** Sentences, list items and headings of `text`, in order, with offsets into `text`. */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  const chronology = isChronology(text);
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let m = paragraphs.exec(text); m; m = paragraphs.exec(text)) {
    const block = m[0];
    if (!block.trim()) continue;
    paragraph++;
    const lines: { start: number; text: string }[] = [];
    const lineRe = /[^\n]+/g;
    for (let l = lineRe.exec(block); l; l = lineRe.exec(block))
      if (l[0].trim()) lines.push({ start: m.index + l.index, text: l[0] });
    const listLike =
      lines.length > 1 && lines.filter((l) => LIST_ITEM.test(l.text)).length >= Math.ceil(lines.length / 2);
    // "September 19, 2023" over the entry it dates, in the same paragraph or alone.
    if (chronology && DATE_LINE.test(lines[0]!.text) && lines[0]!.text.trim().length <= 40) {
      out.push(trimmed(lines[0]!.start, lines[0]!.text, paragraph, 'date-heading'));
      const rest = lines.slice(1);
      if (rest.length) {
        const from = rest[0]!.start;
        out.push(...sentencesOf(text.slice(from, m.index + block.length), from, paragraph));
      }
      continue;
    }
    if (listLike || (lines.length === 1 && LIST_ITEM.test(lines[0]!.text) && /[.!?|]\s*$/.test(lines[0]!.text))) {
      for (const l of lines)
        if (LIST_ITEM.test(l.text)) out.push(...listItem(l.start, l.text, paragraph));
        else {
          const lead = l.text.length - l.text.trimStart().length;
          out.push(
            ...piecesOf(l.start + lead, l.text.trim()).map((p) => ({ ...p, paragraph, kind: 'prose' as const })),
          );
        }
      continue;
    }
    if (lines.length === 1 && DATELINE.test(block)) {
      const body = block.trim();
      out.push({
        start: m.index + block.indexOf(body),
        end: m.index + block.indexOf(body) + body.length,
        text: body,
        paragraph,
        kind: 'dateline',
      });
      continue;
    }
    // A short line without closing punctuation is a headline or a section title.
    if (lines.length === 1 && !/[.!?"”]\s*$/.test(block) && block.trim().split(/\s+/).length <= 16) {
      const body = block.trim();
      out.push({
        start: m.index + block.indexOf(body),
        end: m.index + block.indexOf(body) + body.length,
        text: body,
        paragraph,
        kind: 'heading',
      });
      continue;
    }
    out.push(...sentencesOf(block, m.index, paragraph));
  }
  return out;
}

/** The parts of a sentence inside quotation marks (direct speech), as offsets into the sentence. */
export function quotedRanges(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”?|"[^"]*"?|«[^»]*»?/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence))
    if (m[0].length > 12) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The items (sorted by start) that lie within [from, to], in order: found by binary search, because
 * scanning every time expression or name of a long article for each of its sentences is quadratic.
 */
export function within<T extends { start: number; end: number }>(items: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start <= to; i++) if (items[i]!.end <= to) out.push(items[i]!);
  return out;
}
