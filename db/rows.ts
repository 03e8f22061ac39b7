// Rows of a raw query, the same on PGlite and node-postgres (both answer `{ rows }`).
import type { SQL } from 'drizzle-orm';
import type { Db } from './types';

export async function rows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
