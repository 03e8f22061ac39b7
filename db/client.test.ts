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
    const [{ name }] = await rows<{ name: string }>(database.db, sql`select current_database() as name`);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    await admin.end();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(String(warn.mock.calls[0]![0])).toMatch(/closed by the server/);
    const [{ one }] = await rows<{ one: number }>(database.db, sql`select 1 as one`);
    expect(one).toBe(1);
    warn.mockRestore();
  });
});
