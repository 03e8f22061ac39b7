// The only place that picks the storage engine: a PostgreSQL server when DATABASE_URL is set,
// otherwise embedded PGlite in FAULTLINE_DATA_DIR (guarded by the data-directory lock).
// Opened once, lazily, and cached on globalThis so every module graph of one process shares it.
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { readEnv } from '@/lib/env';
import { acquireLock, releaseLock } from './lock';
import { warnEventsOutsideDomain } from './date-domain';
import { finishInterruptedBulkImports } from './jobs/maintenance';
import { pgliteCopy, serverCopy } from './jobs/copy';
import { asPglite, PgliteThread } from './pglite-thread/client';
import * as schema from './schema';
import type { CopyRows, Database, Db, OpenOptions } from './types';

export type { Database, Db, Engine, OpenOptions } from './types';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

// Calendar days stay strings on both engines, even in raw SQL results.
const DATE_OID = 1082;
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (v: string) => v : pg.types.getTypeParser(oid, format),
};

/** Small WAL: an embedded database lives on a laptop disk, not a dedicated volume. */
const PGLITE_CONF = ['max_wal_size = 64MB', 'min_wal_size = 32MB'];

function pgliteDatabase(thread: PgliteThread): Database {
  const client = asPglite(thread);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    shared: false,
    // The transaction holds the instance, so no other request's statement can land inside it.
    copyTransaction: (fn) =>
      client.transaction((tx) =>
        fn(drizzlePglite({ client: tx as unknown as PGlite, schema }) as unknown as Db, pgliteCopy(tx)),
      ),
    bulkSession: async () => ({
      exec: async (s) => void (await client.exec(s)),
      copy: pgliteCopy(client),
      release: () => undefined,
    }),
    migrate: async ({ migrationsFolder = MIGRATIONS } = {}) =>
      migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    close: () => client.close(),
  };
}

async function serverTransaction<T>(pool: pg.Pool, fn: (tx: Db, copy: CopyRows) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(drizzlePg({ client, schema }) as unknown as Db, serverCopy(client));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

function postgresDatabase(pool: pg.Pool): Database {
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db,
    engine: 'postgres',
    shared: true,
    copyTransaction: (fn) => serverTransaction(pool, fn),
    bulkSession: async () => {
      const client = await pool.connect();
      return {
        exec: async (s) => void (await client.query(s)),
        copy: serverCopy(client),
        release: () => client.release(),
      };
    },
    migrate: async ({ migrationsFolder = MIGRATIONS } = {}) => {
      // Several processes may start at once against one server: migrate under an advisory lock.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(conn), { migrationsFolder });
      } finally {
        await conn.query('select pg_advisory_unlock(727274)').catch(() => undefined);
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Migrated, with what a crash left behind finished, and stored dates outside the domain named. */
async function ready(database: Database, options: OpenOptions): Promise<Database> {
  await database.migrate(options);
  // Embedded, a bulk import still recorded here died with its process; on a server, only a silent one.
  await finishInterruptedBulkImports(database.db, { staleMinutes: database.shared ? 10 : 0 });
  await warnEventsOutsideDomain(database.db);
  return database;
}

/** The embedded database, on its own thread (db/pglite-thread): its queries never stop the server's. */
export async function openPglite(dataDir: string | null, options: OpenOptions = {}): Promise<Database> {
  const thread = await PgliteThread.open({
    dataDir: dataDir ? path.join(dataDir, 'pgdata') : null,
    postgresqlconf: PGLITE_CONF,
  });
  return ready(pgliteDatabase(thread), options);
}

export async function openPostgres(url: string, options: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes });
  // An idle connection the server drops (a restart, an administrator) is replaced on next use; without a
  // listener its error would end the process.
  pool.on('error', (err) => console.warn(`faultline: a database connection was closed by the server: ${err.message}`));
  return ready(postgresDatabase(pool), options);
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
    const { seedIfEmpty } = await import('./jobs/seed');
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
