// Extraction on a worker thread. A 200,000-character article costs a second or more of CPU; on the
// main thread, which serves every other request and runs PGlite, that is a second of a frozen
// server. One long-lived worker takes the articles in turn (starting a thread and compiling the
// extractor per request would cost more than most articles). A few may wait behind it; beyond
// that the caller is told to come back later, rather than work piling up without limit.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@/lib/threads/start-worker';
import { extractEvents, type ExtractOptions } from './extract';
import { articleText } from './html-server';
import type { ExtractedEvent, Registry } from './types';

export type ToWorker = { id: number; text: string; registry: Registry; publishedAt: string | null };
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; events: ExtractedEvent[] }
  | { kind: 'error'; id: number; message: string };

/** Extractions accepted at once: the one running and those waiting behind it. */
export const MAX_IN_FLIGHT = 4;
/** What a turned-away caller is told to wait: about what a long article takes. */
export const RETRY_AFTER_SECONDS = 5;

export class ExtractionBusyError extends Error {
  override readonly name = 'ExtractionBusyError';
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
  constructor() {
    super(`The server is already extracting ${MAX_IN_FLIGHT} articles: try again in ${RETRY_AFTER_SECONDS} seconds`);
  }

  /**
   * By name, not `instanceof`: the pool lives on globalThis, and a server bundle may hold another copy of this class
   * than the one that made the pool (a 503 answered as a 500).
   */
  static is(err: unknown): err is ExtractionBusyError {
    return err instanceof Error && err.name === 'ExtractionBusyError';
  }
}

type Job = ToWorker & {
  index?: ExtractOptions['index'];
  resolve: (events: ExtractedEvent[]) => void;
  reject: (err: Error) => void;
};

const here = (job: Job) => {
  try {
    const text = articleText(job.text);
    job.resolve(extractEvents(text, { registry: job.registry, index: job.index, publishedAt: job.publishedAt }));
  } catch (err) {
    job.reject(err as Error);
  }
};

export class ExtractPool {
  private worker: Worker | null = null;
  private ready = false;
  /** The thread could not start (its code failed to load): extract on the main thread instead. */
  private mainThread = false;
  private running: Job | null = null;
  private readonly waiting: Job[] = [];
  private nextId = 1;

  constructor(private readonly entry = ['lib', 'extract', 'extract-worker.mjs']) {}

  /**
   * The proposals of an article, extracted on the worker (an HTML page is read there as its article's text, so a
   * hostile page never holds the server's thread); rejects with ExtractionBusyError when too many are in hand.
   */
  extract(text: string, { registry, index, publishedAt = null }: ExtractOptions): Promise<ExtractedEvent[]> {
    if (this.waiting.length + (this.running ? 1 : 0) >= MAX_IN_FLIGHT) return Promise.reject(new ExtractionBusyError());
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, text, registry, index, publishedAt, resolve, reject };
      if (this.mainThread) return here(job);
      this.waiting.push(job);
      this.pump();
    });
  }

  /** Starts the worker ahead of the first article: loading and compiling the extractor takes a few seconds. */
  warm() {
    if (!this.worker && !this.mainThread) this.pump();
  }

  /** Stops the worker (tests and the benchmark; the server keeps it for its lifetime). */
  async close() {
    const worker = this.worker;
    this.worker = null;
    if (worker) {
      worker.removeAllListeners('exit');
      await worker.terminate();
    }
    const failure = new Error('The extraction thread was stopped');
    for (const job of [this.running, ...this.waiting.splice(0)]) job?.reject(failure);
    this.running = null;
    this.ready = false;
  }

  private pump() {
    const worker = this.worker ?? this.start();
    if (!worker) return;
    if (this.ready && !this.running && this.waiting.length) {
      this.running = this.waiting.shift()!;
      const { id, text, registry, publishedAt } = this.running;
      worker.postMessage({ id, text, registry, publishedAt } satisfies ToWorker);
    }
    // An idle worker does not keep a command or a test process alive; one with work does.
    if (this.running || this.waiting.length) worker.ref();
    else worker.unref();
  }

  private start(): Worker | null {
    let worker: Worker;
    try {
      worker = startWorker(this.entry);
    } catch (err) {
      this.stopped(err as Error);
      return null;
    }
    this.worker = worker;
    this.ready = false;
    let failure: Error | null = null;
    worker.on('message', (m: FromWorker) => {
      if (m.kind === 'ready') this.ready = true;
      else if (this.running?.id === m.id) {
        const job = this.running;
        this.running = null;
        if (m.kind === 'done') job.resolve(m.events);
        else job.reject(new Error(m.message));
      }
      this.pump();
    });
    worker.on('error', (err) => (failure ??= err));
    worker.on('exit', (code) =>
      this.stopped(failure ?? new Error(`the extraction thread stopped (exit code ${code})`)),
    );
    return worker;
  }

  private stopped(failure: Error) {
    this.worker = null;
    if (!this.ready) {
      console.warn(`The extraction thread did not start (${failure.message}); extracting on the main thread.`);
      this.mainThread = true;
      for (const job of this.waiting.splice(0)) here(job);
      return;
    }
    // It died on an article (out of memory, say): that request fails, the next ones get a new thread.
    this.ready = false;
    this.running?.reject(failure);
    this.running = null;
    if (this.waiting.length) this.pump();
  }
}

type Shared = { faultlineExtractPool?: ExtractPool };
const shared = globalThis as typeof globalThis & Shared;

/**
 * The server's extraction pool, one per process (cached on globalThis, so hot reload does not start another
 * thread).
 */
export const extractPool = (): ExtractPool => (shared.faultlineExtractPool ??= new ExtractPool());
