// How to cite a view: its permalink (the filters and the time of the data it showed), an APA-like
// line and a BibTeX entry. Times are instants, written in UTC so every reader sees the same words.
import { slugPart } from '@/lib/export/file-name';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Dec 2026" (UTC). */
export function dayInWords(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "7 Dec 2026, 09:00 UTC". */
export function instantInWords(iso: string): string {
  const d = new Date(iso);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${dayInWords(iso)}, ${hm} UTC`;
}

/** The view's URL with asOf set to the time of the data it shows (any earlier asOf replaced). */
export function permalink(url: string, asOf: string | null): string {
  const u = new URL(url);
  u.searchParams.delete('asOf');
  if (asOf) u.searchParams.set('asOf', asOf);
  // Colons may stand in a query as they are: "asOf=2026-12-07T09:00:00.000Z" reads better when pasted.
  return u.toString().replace(/asOf=[^&#]*/, (m) => m.replace(/%3A/gi, ':'));
}

export interface CitationInput {
  /** "Armenia–Azerbaijan conflict". */
  conflictName: string;
  /** The filters in words (filtersInWords). */
  words: string;
  /** The permalink. */
  url: string;
  /** When the data last changed (ISO). */
  asOf: string | null;
  /** When the reader took the citation (ISO). */
  retrieved: string;
}

export const citationTitle = ({ conflictName, words }: Pick<CitationInput, 'conflictName' | 'words'>) =>
  `${conflictName} timeline: ${words}`;

export function apaCitation(c: CitationInput): string {
  const year = new Date(c.asOf ?? c.retrieved).getUTCFullYear();
  const data = c.asOf ? ` [Data set, as of ${instantInWords(c.asOf)}]` : ' [Data set]';
  return `Faultline (${year}). ${citationTitle(c)}${data}. Retrieved ${dayInWords(c.retrieved)} from ${c.url}`;
}

/** TeX's special characters in a field's text. */
function texEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' || ch === '~' ? `\\${ch}{}` : `\\${ch}`,
  );
}

export function bibtexCitation(c: CitationInput): string {
  const year = new Date(c.asOf ?? c.retrieved).getUTCFullYear();
  const key = `faultline${year}${slugPart(c.conflictName).split('-')[0] ?? ''}`;
  const note = `${c.asOf ? `Data as of ${c.asOf}. ` : ''}Retrieved ${c.retrieved.slice(0, 10)}`;
  return [
    `@misc{${key},`,
    `  author = {{Faultline}},`,
    // Double braces keep the title's capitals as written.
    `  title = {{${texEscape(citationTitle(c))}}},`,
    `  year = {${year}},`,
    `  url = {${c.url}},`,
    `  note = {${texEscape(note)}}`,
    `}`,
  ].join('\n');
}
