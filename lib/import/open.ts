// Opens an import file: sniffs its format, refuses what cannot be read at all (empty, not UTF-8, an
// unknown format) before anything is stored, and yields its records, parsed on this thread (read.ts) or on
// the parser's worker thread (parse-pool.ts). Apart from read.ts, so that parse-pool.ts, which uses
// read.ts's parser, is not imported by it (no import cycle).
import type { Readable } from 'node:stream';
import { parseOnWorker } from './parse-pool';
import { ImportFileError, readRecords, sniffFormat, type ImportFormat } from './read';
import type { Mapped } from './record';

const NOT_UTF8 = 'The file is not UTF-8 text: save it as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again';

/** True when the bytes cannot be UTF-8; an incomplete sequence at the very end may go on in the next chunk. */
function notUtf8(chunk: Buffer | string): boolean {
  if (typeof chunk === 'string') return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return false;
  } catch {
    return true;
  }
}

/** Splits off the first bytes to sniff the format, then hands on a stream of the whole file. */
async function peek(
  stream: Readable,
): Promise<{ first: Buffer | string; head: string; stream: AsyncIterable<Buffer | string> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const chunk: Buffer | string = first.done ? '' : first.value;
  async function* rest() {
    if (chunk.length) yield chunk;
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value as Buffer | string;
  }
  return {
    first: chunk,
    head: chunk
      .toString()
      .replace(/^\ufeff/, '')
      .slice(0, 4096),
    stream: rest(),
  };
}

/**
 * Opens an import: sniffs the format when not given, then yields its records. With
 * `thread: 'worker'` the parsing runs on a worker thread, beside the database work (see parse-pool.ts).
 */
export async function openImport(
  stream: Readable,
  format?: ImportFormat,
  { thread = 'main' }: { thread?: 'main' | 'worker' } = {},
): Promise<{ format: ImportFormat; records: AsyncGenerator<Mapped> }> {
  const { first, head, stream: whole } = await peek(stream);
  if (!head.trim()) throw new ImportFileError('The file is empty');
  // Read as UTF-8 anyway, a Latin-1 or UTF-16 file would lose every accented letter: refuse it whole.
  if (notUtf8(first)) throw new ImportFileError(NOT_UTF8, 415);
  const chosen = format ?? sniffFormat(head);
  if (!chosen)
    throw new ImportFileError(
      'Unknown format: expected an ACLED CSV (with event_id_cnty), Faultline JSON, or the simple CSV ' +
        '(title, date, precision, sub_type…)',
      415,
    );
  if (thread === 'worker') {
    return { format: chosen, records: parseOnWorker(whole, chosen) };
  }
  return { format: chosen, records: readRecords(whole, chosen) };
}

/**
 * Opens an import and reads its first record, so that a file that cannot be read at all (empty,
 * unknown, not UTF-8, lacking columns, not JSON) fails here with an ImportFileError — before a
 * server has answered 200 and started streaming progress. The records come back whole.
 */
export async function startImport(
  stream: Readable,
  format?: ImportFormat,
  options?: { thread?: 'main' | 'worker' },
): Promise<{ format: ImportFormat; records: AsyncGenerator<Mapped> }> {
  const opened = await openImport(stream, format, options);
  const first = await opened.records.next();
  async function* all(): AsyncGenerator<Mapped> {
    if (first.done) return;
    yield first.value;
    yield* opened.records;
  }
  return { format: opened.format, records: all() };
}
