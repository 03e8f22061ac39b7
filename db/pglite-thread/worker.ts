// The embedded database's own thread. PGlite runs PostgreSQL compiled to WebAssembly, synchronously, on
// the thread that calls it: a query that takes 600 ms stops that thread for 600 ms. Here it stops only
// this one, and the server's thread goes on answering requests (pages, health, extraction) meanwhile.
// One thread owns the database; client.ts on the server's side serialises the requests and transactions.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import { OPENED, type OpenRequest, type Request, type Response, type WireError } from './protocol';

// Every value that Drizzle or the queries read as text stays text: calendar days above all, so that
// no time zone can shift them. These are the parsers Drizzle's PGlite driver passes with each query.
const asText = (value: string) => value;
const TEXT_TYPES = [types.DATE, types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, 1231, 1115, 1185, 1187, 1182];
const parsers = Object.fromEntries(TEXT_TYPES.map((oid) => [oid, asText]));

function wireError(err: unknown): WireError {
  if (!(err instanceof Error)) return { message: String(err), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(err)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { message: err.message, fields };
}

async function answer(db: PGlite, request: Request): Promise<unknown> {
  if (request.op === 'query') return db.query(request.sql, request.params, request.options);
  if (request.op === 'exec') return db.exec(request.sql);
  await db.close();
  return null;
}

async function main(port: NonNullable<typeof parentPort>, open: OpenRequest) {
  const reply = (response: Response) => port.postMessage(response);
  let db: PGlite;
  try {
    db = await PGlite.create(open.dataDir ?? undefined, { parsers, postgresqlconf: open.postgresqlconf });
  } catch (err) {
    return reply({ id: OPENED, ok: false, error: wireError(err) });
  }
  port.on('message', (request: Request) => {
    answer(db, request).then(
      (result) => reply({ id: request.id, ok: true, result }),
      (err: unknown) => reply({ id: request.id, ok: false, error: wireError(err) }),
    );
  });
  reply({ id: OPENED, ok: true, result: null });
}

if (!parentPort) throw new Error('db/pglite-thread/worker.ts runs as a worker thread (see client.ts).');
void main(parentPort, workerData as OpenRequest);
