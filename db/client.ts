// The only place that picks the storage engine: a PostgreSQL server when DATABASE_URL is set,
// otherwise embedded PGlite in FAULTLINE_DATA_DIR (guarded by the data-directory lock).
// Opened once, lazily, and cached on globalThis so every module graph of one process shares it.
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { readEnv } from '@/lib/env';
import { acquireLock, releaseLock } from './lock';
import { warnEventsOutsideDomain } from './date-domain';
import { finishInterruptedBulkImports } from './maintenance';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** The embedded instance, for COPY of bulk loads; null on a PostgreSQL server. */
  pglite: PGlite | null;
  /** The server pool, for COPY of bulk loads; null when embedded. */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

// Calendar days stay strings on both engines, even in raw SQL results.
const DATE_OID = 1082;
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (v: string) => v : pg.types.getTypeParser(oid, format),
};

/** Small WAL: an embedded database lives on a laptop disk, not a dedicated volume. */
const PGLITE_CONF = ['max_wal_size = 64MB', 'min_wal_size = 32MB'];

/** Where the migrations are read from: the repository's, or (upgrade tests) an earlier release's subset. */
export type OpenOptions = { migrationsFolder?: string };

export async function openPglite(
  dataDir: string | null,
  { migrationsFolder = MIGRATIONS }: OpenOptions = {},
): Promise<Database> {
  const client = await PGlite.create(dataDir ? path.join(dataDir, 'pgdata') : undefined, {
    parsers: { [pgliteTypes.DATE]: (v: string) => v },
    postgresqlconf: PGLITE_CONF,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  // One process owns an embedded database: a bulk import still recorded here died with its process.
  await finishInterruptedBulkImports(db, { staleMinutes: 0 });
  await warnEventsOutsideDomain(db);
  return { db, engine: 'pglite', pglite: client, pool: null, close: () => client.close() };
}

export async function openPostgres(
  url: string,
  { migrationsFolder = MIGRATIONS }: OpenOptions = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes });
  // Several processes may start at once against one server: migrate under an advisory lock.
  const conn = await pool.connect();
  try {
    await conn.query('select pg_advisory_lock(727274)');
    await migratePg(drizzlePg(conn), { migrationsFolder });
  } finally {
    await conn.query('select pg_advisory_unlock(727274)').catch(() => undefined);
    conn.release();
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await finishInterruptedBulkImports(db, { staleMinutes: 10 });
  await warnEventsOutsideDomain(db);
  return { db, engine: 'postgres', pglite: null, pool, close: () => pool.end() };
}

/** Opens the configured engine, migrated. Embedded: takes the data-directory lock first. */
export async function openDatabase(opts: { command: string; url?: string }): Promise<Database> {
  const env = readEnv();
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
  const release = acquireLock(env.dataDir, opts);
  // Synchronous, so it also runs when something calls process.exit().
  process.once('exit', () => releaseLock(env.dataDir));
  try {
    const database = await openPglite(env.dataDir);
    return {
      ...database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

type Shared = { faultlineDb?: Promise<Database> };
const shared = globalThis as typeof globalThis & Shared;

/**
 * The server's database, opened on first use inside a request (never during `next build`),
 * migrated and seeded, and closed on SIGTERM/SIGINT.
 */
export function getDatabase(): Promise<Database> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database is not opened during `next build`: render this route dynamically.');
  }
  shared.faultlineDb ??= (async () => {
    const env = readEnv();
    const database = await openDatabase({ command: 'faultline server', url: `http://${env.HOST}:${env.PORT}` });
    const { seedIfEmpty } = await import('./seed');
    await seedIfEmpty(database.db);
    const shutdown = (signal: NodeJS.Signals) => {
      database.close().finally(() => process.kill(process.pid, signal));
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
    return database;
  })().catch((err) => {
    shared.faultlineDb = undefined;
    throw err;
  });
  return shared.faultlineDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
