// Reads an import file as a stream and yields mapped records (or per-row rejections), one at a
// time, so a million-row file never sits in memory. The format is sniffed from the start of the
// file when not given: Faultline JSON, ACLED CSV (current or old layout), or the simple CSV.
import { createInterface } from 'node:readline';
import { parse, type Options } from 'csv-parse';
import { detectAcledLayout, mapAcledRow } from './acled';
import { mapFaultlineEvent } from './faultline';
import { completeRecord, type Mapped } from './record';
import { detectSimpleCsv, mapSimpleCsvRow } from './simple-csv';
import { textProblem } from '@/lib/validation/primitives';

/** Why a header does not do: columns missing, or all there but joined by another separator than the comma. */
function headerProblem(header: string[], missing: string[]): string {
  const joined = header.length === 1 ? header[0]! : '';
  const separator = [';', '\t', '|'].find((c) =>
    missing.every((m) =>
      joined
        .split(c)
        .map((h) => h.trim())
        .includes(m),
    ),
  );
  if (separator)
    return (
      `The columns are separated by "${separator === '\t' ? 'tab' : separator}", not by commas: ` +
      'save the file as comma-separated CSV (in a spreadsheet: CSV UTF-8, comma delimited)'
    );
  return `The header lacks required columns: ${missing.join(', ')}`;
}

export const IMPORT_FORMATS = ['acled', 'faultline-json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * The file cannot be read at all (as opposed to some rows being rejected). `status` is the HTTP
 * answer: 415 when it is not a format (or an encoding) we read, 422 when it is but holds nothing usable.
 */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly status: 415 | 422 = 422,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/**
 * Why a row cannot be stored as text, or null. Bytes that are not UTF-8 reach us as U+FFFD; a row
 * holding one is refused rather than stored damaged (a genuine U+FFFD means it was damaged earlier).
 */
export function rowTextProblem(text: string): string | null {
  if (text.includes('\ufffd')) return 'holds bytes that are not UTF-8 (or a U+FFFD replacement character)';
  const problem = textProblem(text);
  return problem && problem.replace(/^Contains/, 'contains');
}

/** The first string (key or value) in parsed JSON that cannot be stored as text. */
function jsonTextProblem(value: unknown): string | null {
  if (typeof value === 'string') return rowTextProblem(value);
  if (!value || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const problem = rowTextProblem(k) ?? jsonTextProblem(v);
    if (problem) return problem;
  }
  return null;
}

export function sniffFormat(head: string): ImportFormat | null {
  const text = head.trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'faultline-json';
  const header = (text.split(/\r?\n/)[0] ?? '').toLowerCase();
  if (header.includes('event_id_cnty')) return 'acled';
  if (header.includes('title') && header.includes('sub_type')) return 'csv';
  return null;
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

async function* readCsv(source: AsyncIterable<Buffer | string>, kind: 'acled' | 'csv'): AsyncGenerator<Mapped> {
  // The parser reports an unreadable record where it gave up; users need where it starts: the line
  // after the last record read.
  let lastEnd = 0;
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_records_with_error: true,
    trim: false,
    on_record: (rec: unknown) => {
      lastEnd = (rec as { info: { lines: number } }).info.lines;
      return rec;
    },
  } as Options);
  const skipped: Mapped[] = [];
  let lastSkip = '';
  parser.on('skip', (err: { lines?: number; message: string; code?: string }) => {
    const why =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed'
        : err.message.replace(/ at line \d+.*$/, '');
    const reason = `unreadable CSV: ${why}`;
    // The parser may report one broken line twice (a stray quote, then the rest of that line): once is enough.
    if (lastSkip === `${lastEnd + 1} ${reason}`) return;
    lastSkip = `${lastEnd + 1} ${reason}`;
    skipped.push({ ok: false, line: lastEnd + 1, reason });
  });
  const feed = (async () => {
    try {
      for await (const chunk of source) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let header: string[] | null = null;
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>) {
    const line = info.lines - newlines(raw) + (raw.endsWith('\n') ? 1 : 0);
    yield* skipped.splice(0);
    if (!header) {
      header = record.map((h) => h.trim().toLowerCase());
      const check = kind === 'acled' ? detectAcledLayout(header) : detectSimpleCsv(header);
      if (!check.ok) throw new ImportFileError(headerProblem(header, check.missing));
      continue;
    }
    if (record.length === 1 && record[0] === '') continue; // a blank line
    if (record.length !== header.length) {
      yield { ok: false, line, reason: `has ${record.length} fields; the header has ${header.length}` };
      continue;
    }
    const problem = rowTextProblem(raw);
    if (problem) {
      yield { ok: false, line, reason: `the row ${problem}` };
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']));
    yield completeRecord(kind === 'acled' ? mapAcledRow(row, line) : mapSimpleCsvRow(row, line));
  }
  await feed;
  yield* skipped.splice(0);
  if (!header) throw new ImportFileError('The file is empty');
}

/** Faultline JSON as exported (one event per line); any other JSON layout is read whole. */
async function* readFaultlineJson(source: AsyncIterable<Buffer | string>): AsyncGenerator<Mapped> {
  const lines = createInterface({ input: (await import('node:stream')).Readable.from(source), crlfDelay: Infinity });
  let n = 0;
  let sawHeader = false;
  const whole: string[] = [];
  for await (const text of lines) {
    n++;
    if (n === 1) {
      sawHeader = /^\s*\{"format":"faultline"/.test(text.replace(/^\ufeff/, ''));
      if (!sawHeader) whole.push(text);
      continue;
    }
    if (!sawHeader) {
      whole.push(text);
      continue;
    }
    const t = text.trim().replace(/,$/, '');
    if (!t || t === ']}' || t === ']') continue;
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      yield { ok: false, line: n, reason: rowTextProblem(t) ?? 'not valid JSON' };
      continue;
    }
    yield readJsonEvent(value, n);
  }
  if (sawHeader) return;
  let doc: unknown;
  try {
    doc = JSON.parse(whole.join('\n'));
  } catch {
    throw new ImportFileError('The file is not valid JSON');
  }
  const events = Array.isArray(doc) ? doc : (doc as { events?: unknown[] })?.events;
  if (!Array.isArray(events)) throw new ImportFileError('The JSON has no "events" list');
  for (const [i, e] of events.entries()) yield readJsonEvent(e, i + 1);
}

function readJsonEvent(value: unknown, line: number): Mapped {
  const problem = jsonTextProblem(value);
  if (problem) return { ok: false, line, reason: `the event ${problem}` };
  return completeRecord(mapFaultlineEvent(value, line));
}

/** The records of a whole file in a known format, parsed on this thread. */
export function readRecords(source: AsyncIterable<Buffer | string>, format: ImportFormat): AsyncGenerator<Mapped> {
  return format === 'faultline-json' ? readFaultlineJson(source) : readCsv(source, format);
}
