// Parsing an import on a worker thread. A million-row ACLED file costs about a minute of CSV
// parsing, validation and hashing; on the main thread, where PGlite also runs, that minute adds to
// the database's own work. On a worker the two overlap.
//
// The main thread is often busy in the database for a tenth of a second at a time, so it keeps the
// worker supplied ahead of need: up to CHUNKS_AHEAD chunks of the file sent and not yet taken, and
// room for `ahead` batches of records not yet read. Both bounds keep memory flat however large the file.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@/lib/threads/start-worker';
import { ImportFileError, readRecords, type ImportFormat } from './read';
import type { Mapped } from './record';

export type WorkerSetup = { format: ImportFormat; batch: number; ahead: number };
export type ToWorker = { kind: 'chunk'; data: Uint8Array | string } | { kind: 'end' } | { kind: 'credit' };
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'taken' }
  | { kind: 'records'; json: string }
  | { kind: 'done' }
  | { kind: 'error'; fileError: false | 415 | 422; message: string };

const CHUNKS_AHEAD = 32;

/**
 * The main thread's side of the conversation with the worker: it sends chunks as the worker takes
 * them and queues what the worker says; next() waits for the next message (null once it failed).
 */
function connect(worker: Worker, iterator: AsyncIterator<Buffer | string>) {
  const inbox: FromWorker[] = [];
  let failure: Error | null = null;
  let started = false;
  let sent = 0;
  let ended = false;
  let reading = false;
  let waiting: (() => void) | null = null;
  const wake = () => {
    waiting?.();
    waiting = null;
  };
  const feed = async () => {
    if (reading) return;
    reading = true;
    try {
      while (!ended && sent < CHUNKS_AHEAD) {
        const next = await iterator.next();
        if (next.done) {
          ended = true;
          worker.postMessage({ kind: 'end' } satisfies ToWorker);
          break;
        }
        // A copy the worker can own: a stream's Buffer may share its memory with others.
        const data = typeof next.value === 'string' ? next.value : new Uint8Array(next.value);
        worker.postMessage({ kind: 'chunk', data } satisfies ToWorker, typeof data === 'string' ? [] : [data.buffer]);
        sent++;
      }
    } catch (err) {
      failure = err as Error;
      wake();
    } finally {
      reading = false;
    }
  };
  worker.on('message', (m: FromWorker) => {
    if (m.kind === 'ready') {
      started = true;
      void feed();
      return;
    }
    if (m.kind === 'taken') {
      sent--;
      void feed();
      return;
    }
    inbox.push(m);
    wake();
  });
  worker.on('error', (err) => {
    failure ??= err;
    wake();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the import's parser stopped (exit code ${code})`);
    wake();
  });
  return {
    next: async (): Promise<FromWorker | null> => {
      while (!inbox.length && !failure) await new Promise<void>((resolve) => (waiting = resolve));
      return inbox.shift() ?? null;
    },
    started: () => started,
    failure: () => failure!,
  };
}

export async function* parseOnWorker(
  source: AsyncIterable<Buffer | string>,
  format: ImportFormat,
): AsyncGenerator<Mapped> {
  const setup: WorkerSetup = { format, batch: 1000, ahead: 16 };
  const worker = startWorker(['lib', 'import', 'parse-worker.mjs'], { workerData: setup });
  const iterator = source[Symbol.asyncIterator]();
  const link = connect(worker, iterator);
  try {
    for (;;) {
      const m = await link.next();
      if (!m) {
        // The thread could not start (its code failed to load): parse here instead; no chunk was taken yet.
        if (!link.started()) {
          console.warn(
            `The import's parser thread did not start (${link.failure().message}); parsing on the main thread.`,
          );
          yield* readRecords({ [Symbol.asyncIterator]: () => iterator }, format);
          return;
        }
        throw link.failure();
      }
      if (m.kind === 'records') {
        worker.postMessage({ kind: 'credit' } satisfies ToWorker);
        yield* JSON.parse(m.json) as Mapped[];
      } else if (m.kind === 'done') {
        return;
      } else if (m.kind === 'error') {
        throw m.fileError ? new ImportFileError(m.message, m.fileError) : new Error(m.message);
      }
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
