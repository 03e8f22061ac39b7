// The database handle's types, apart from the client that makes them: a module that needs a type
// imports it from here and never loads an engine (or the client's import of the maintenance jobs).
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database or one of its transactions: query functions run in either. */
export type DbOrTx = Db | Tx;
export type Engine = 'pglite' | 'postgres';

/** Writes rows (lines made by copyLine) into a table's columns with COPY. */
export type CopyRows = (table: string, columns: string[], lines: string[]) => Promise<void>;

/** One connection for a whole bulk load: session settings and COPY must share it. */
export interface BulkSession {
  exec(statement: string): Promise<void>;
  copy: CopyRows;
  release(): void;
}

/** Where the migrations are read from: the repository's, or (upgrade tests) an earlier release's subset. */
export type OpenOptions = { migrationsFolder?: string };

/** An open database. What differs between the engines is done by these operations, made in client.ts. */
export interface Database {
  db: Db;
  engine: Engine;
  /**
   * Other processes may write it at the same time (a server); an embedded database has one owner,
   * so whatever it finds left over at opening was left by a process that died.
   */
  shared: boolean;
  /** fn in one transaction that can both query (through Drizzle) and COPY; rolled back if it throws. */
  copyTransaction<T>(fn: (tx: Db, copy: CopyRows) => Promise<T>): Promise<T>;
  bulkSession(): Promise<BulkSession>;
  migrate(options?: OpenOptions): Promise<void>;
  close(): Promise<void>;
}
