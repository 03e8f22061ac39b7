// The messages between the server's thread and the embedded database's thread (worker.ts).
// Everything in them survives structured cloning: rows, fields, blobs, and errors as plain records.
import type { QueryOptions } from '@electric-sql/pglite';

/** What PGlite.create is given; the type parsers are fixed in the worker, functions cannot cross threads. */
export type OpenRequest = { dataDir: string | null; postgresqlconf: string[] };

/** What the server's thread asks; each request carries an id that its response repeats. */
export type RequestBody =
  | { op: 'query'; sql: string; params: unknown[]; options: WireQueryOptions }
  | { op: 'exec'; sql: string }
  | { op: 'close' };
export type Request = RequestBody & { id: number };

/** The query options that can cross: PGlite's own, less the parser and serializer functions. */
export type WireQueryOptions = Pick<QueryOptions, 'rowMode' | 'blob'>;

/** An error's message and its own fields (code, detail, constraint, …), which callers test. */
export type WireError = { message: string; fields: Record<string, unknown> };

export type Response = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WireError };

/** The first message: the database is open (id 0), or could not be opened. */
export const OPENED = 0;
