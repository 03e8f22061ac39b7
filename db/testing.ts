// Fresh, migrated databases for tests: an in-memory PGlite always, and a throw-away database on
// the PostgreSQL server named by TEST_DATABASE_URL when it is set.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openPglite, openPostgres, type Database, type OpenOptions } from './client';
import { loadDataset, readDataset } from './jobs/seed';

export type TestEngine = { name: 'pglite' | 'postgres'; open: (options?: OpenOptions) => Promise<Database> };

async function openThrowawayPostgres(adminUrl: string, options?: OpenOptions): Promise<Database> {
  const name = `faultline_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), options);
  return {
    ...database,
    close: async () => {
      await database.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await waitForDisconnects(again, name);
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/**
 * The pool's end() resolves once it has sent each connection its goodbye, before the server has closed
 * them. Dropping the database WITH (FORCE) then would terminate a closing connection, whose FATAL reply
 * reaches a client that no pool listens to any more: an unhandled error in whichever test runs next.
 */
async function waitForDisconnects(admin: pg.Client, name: string) {
  for (let tries = 0; tries < 100; tries++) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. `npm run test:db` sets it only in its first
 * time zone (Pacific/Kiritimati): the second pass is about our own date handling in JavaScript, which the
 * engines share, and the server reads and stores calendar days whatever the client's zone. The one part
 * of the PostgreSQL path that a zone could move, node-postgres parsing a `date` as local midnight, would
 * fall on the previous day at UTC+14: db/client.ts keeps those as text, and the first pass checks it.
 */
export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: (options) => openPglite(null, options) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) engines.push({ name: 'postgres', open: (options) => openThrowawayPostgres(url, options) });
  return engines;
}

/**
 * Inside a describe block: a database of one engine with the curated dataset loaded before its
 * tests, closed after them. The fields are set once beforeAll has run.
 */
export function seededDatabase(open: () => Promise<Database>): { database: Database; conflictId: number } {
  const ctx = {} as { database: Database; conflictId: number };
  beforeAll(async () => {
    ctx.database = await open();
    ctx.conflictId = (await loadDataset(ctx.database.db, readDataset())).conflictId;
  });
  afterAll(async () => ctx.database.close());
  return ctx;
}

/**
 * Makes the route handlers (app/api/**) use this database: they open theirs through getDatabase(),
 * which keeps it on globalThis. Returns the undo.
 */
export function serveDatabase(database: Database): () => void {
  const shared = globalThis as typeof globalThis & { faultlineDb?: Promise<Database> };
  shared.faultlineDb = Promise.resolve(database);
  return () => {
    shared.faultlineDb = undefined;
  };
}
