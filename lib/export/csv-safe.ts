// CSV cells a spreadsheet would run as formulas ("CSV injection"): every CSV Faultline writes puts
// a single quote before a text cell that starts with =, +, -, @, tab or carriage return, as OWASP
// recommends, so Excel, LibreOffice and Sheets show the text instead of running it.
//
// Faultline's own ACLED export marks each row it wrote this way with OWN_EXPORT_TAG in `tags`, and
// the ACLED import takes that quote off again in marked rows only; every other file's cells are
// kept exactly as written. The marker is per row, so it survives rows being filtered or pasted
// into another file. A file that claims it falsely loses one quote before such a character, and
// no more: the text is stored as text and quoted again on the next export.

/** The ACLED export's `tags` value that says: this row's cells were written by neutraliseCell. */
export const OWN_EXPORT_TAG = 'faultline_formulas=quoted';

/** Quotes already in front are counted, so that restoreCell gives back a cell that began with `'=`. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/;
/** A plain number ("-3.5", "-2", "1e-3") is no formula: left alone, so a numeric column stays numeric. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type CsvValue = string | number | null | undefined;

/** The cell as written to a CSV: numbers as they are, text that a spreadsheet would run quoted. */
export function neutraliseCell(value: CsvValue): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseCell, for a cell of a row that OWN_EXPORT_TAG marks. */
export function restoreCell(cell: string): string {
  return QUOTED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** Whether an ACLED `tags` cell ("a; b; c") carries Faultline's marker. */
export function isOwnExport(tags: string | undefined): boolean {
  return (tags ?? '').split(';').some((t) => t.trim() === OWN_EXPORT_TAG);
}

/** A header row and rows as CSV text (RFC 4180 quoting), every cell neutralised. */
export function tableToCsv(columns: string[], rows: CsvValue[][]): string {
  const cell = (v: CsvValue) => {
    const s = String(neutraliseCell(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
