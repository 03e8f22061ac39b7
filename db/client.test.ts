import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from './types';
import { testEngines } from './testing';
import { rows } from './rows';
import { sql } from 'drizzle-orm';

const server = testEngines().find((e) => e.name === 'postgres');

describe.runIf(server)('a PostgreSQL server that drops a connection', () => {
  let database: Database;
  beforeAll(async () => {
    database = await server!.open();
  });
  afterAll(async () => database.close());

  it('leaves the process running and answers the next query on a new connection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Several idle connections in the pool, then the server ends them all (as a restart would).
    await Promise.all([1, 2, 3].map(() => rows(database.db, sql`select pg_sleep(0.05)`)));
    const [db] = await rows<{ name: string }>(database.db, sql`select current_database() as name`);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      db!.name,
    ]);
    await admin.end();
    expect(ended.rowCount).toBeGreaterThan(0);
    // Each ended connection is reported once it hears of it, and the pool lets it go.
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(ended.rowCount!), { timeout: 15_000, interval: 50 });
    expect(String(warn.mock.calls[0]![0])).toMatch(/closed by the server/);
    const [answer] = await rows<{ one: number }>(database.db, sql`select 1 as one`);
    expect(answer?.one).toBe(1);
    warn.mockRestore();
  });
});
