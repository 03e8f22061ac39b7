// The embedded database on its own thread: the server's thread runs while a statement does, errors
// keep PostgreSQL's fields, and a transaction holds the database so no other statement lands inside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteThread } from './client';

const LONG_STATEMENT = 'select count(*) from generate_series(1, 5000000)';

describe('the embedded database on its own thread', () => {
  let thread: PgliteThread;
  beforeAll(async () => {
    thread = await PgliteThread.open({ dataDir: null, postgresqlconf: [] });
    await thread.exec('create table t (x int primary key, d date)');
  });
  afterAll(() => thread.close());

  it("leaves the server's thread free while a long statement runs", async () => {
    const order: string[] = [];
    const statement = thread.query(LONG_STATEMENT).then(() => order.push('statement'));
    // Run inline, the WebAssembly statement would hold this thread until it ended, and come first.
    await new Promise((resolve) => setTimeout(resolve, 0)).then(() => order.push('timer'));
    await statement;
    expect(order).toEqual(['timer', 'statement']);
  });

  it('gives back calendar days as text and rows in the mode asked for', async () => {
    await thread.query('insert into t values (1, $1)', ['2020-11-10']);
    const objects = await thread.query<{ x: number; d: string }>('select x, d from t');
    expect(objects.rows).toEqual([{ x: 1, d: '2020-11-10' }]);
    const arrays = await thread.query('select x, d from t', [], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, '2020-11-10']]);
  });

  it("keeps PostgreSQL's error fields, which callers test", async () => {
    const err = await thread.query('insert into t values (1, null)').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: '23505', constraint: 't_pkey' });
  });

  it('holds the database for a transaction: a statement from outside waits, and sees no rolled-back row', async () => {
    const failing = thread.transaction(async (tx) => {
      await tx.query('insert into t values (2, null)');
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('changed my mind');
    });
    const outside = thread.query<{ n: number }>('select count(*)::int as n from t');
    await expect(failing).rejects.toThrow('changed my mind');
    expect((await outside).rows).toEqual([{ n: 1 }]);
  });

  it('commits a transaction that returns', async () => {
    const made = await thread.transaction(async (tx) => {
      await tx.query('insert into t values (3, null)');
      return 'done';
    });
    expect(made).toBe('done');
    expect((await thread.query('select x from t order by x')).rows).toEqual([{ x: 1 }, { x: 3 }]);
  });

  it('says so when asked after it was closed', async () => {
    const other = await PgliteThread.open({ dataDir: null, postgresqlconf: [] });
    await other.close();
    await expect(other.query('select 1')).rejects.toThrow(/embedded database's thread stopped/);
  });
});
