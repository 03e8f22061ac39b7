// The server's side of the embedded database's thread (worker.ts): the part of PGlite's interface that
// Drizzle and the COPY helper use (query, exec, transaction, close), answered by the worker. Statements
// run one at a time, in order; a transaction holds the database from BEGIN to COMMIT, as PGlite's own
// transaction does, so no other request's statement can land inside it.
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@/lib/threads/start-worker';
import { OPENED, type OpenRequest, type Request, type RequestBody, type Response, type WireError } from './protocol';

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };
type Statements = Pick<Transaction, 'query' | 'exec'>;

/** An Error with the fields PostgreSQL gave it (code, detail, constraint, …), as PGlite throws it. */
function fromWire(error: WireError): Error {
  return Object.assign(new Error(error.message), error.fields);
}

export class PgliteThread {
  private nextId = OPENED + 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (response: Response) => this.settle(response));
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => this.fail(new Error(`The embedded database's thread stopped (exit code ${code}).`)));
  }

  /** Starts the thread and waits until the database is open (or says why it could not be). */
  static async open(request: OpenRequest): Promise<PgliteThread> {
    const worker = startWorker(['db', 'pglite-thread', 'worker.mjs'], { workerData: request });
    const thread = new PgliteThread(worker);
    await new Promise((resolve, reject) => thread.pending.set(OPENED, { resolve, reject }));
    worker.unref();
    return thread;
  }

  query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
    return this.exclusive(() => this.statements.query<T>(sql, params, options));
  }

  exec(sql: string): Promise<Results[]> {
    return this.exclusive(() => this.statements.exec(sql));
  }

  /** fn's statements between BEGIN and COMMIT; ROLLBACK if it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.send({ op: 'exec', sql: 'BEGIN' });
      try {
        const result = await fn(this.statements as Transaction);
        await this.send({ op: 'exec', sql: 'COMMIT' });
        return result;
      } catch (err) {
        await this.send({ op: 'exec', sql: 'ROLLBACK' }).catch(() => undefined);
        throw err;
      }
    });
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      await this.send({ op: 'close' });
      await this.worker.terminate();
    });
  }

  /** The statements themselves, for use inside the exclusive section (a transaction's). */
  private readonly statements: Statements = {
    query: <T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
      this.send({ op: 'query', sql, params, options: { rowMode: options.rowMode, blob: options.blob } }) as Promise<
        Results<T>
      >,
    exec: (sql: string) => this.send({ op: 'exec', sql }) as Promise<Results[]>,
  };

  /** One section at a time: a statement, or a whole transaction. */
  private exclusive<T>(section: () => Promise<T>): Promise<T> {
    const run = this.queue.then(section, section);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private send(request: RequestBody): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // While a statement is out, the thread keeps the process alive; idle, it does not.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } satisfies Request);
    });
  }

  private settle(response: Response) {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker.unref();
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(fromWire(response.error));
  }

  private fail(err: Error) {
    this.failure ??= err;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }
}

/** What Drizzle's PGlite driver is given: it calls only query, exec and transaction. */
export const asPglite = (thread: PgliteThread) => thread as unknown as PGlite;
