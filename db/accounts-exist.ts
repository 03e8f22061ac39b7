// Whether a database has accounts, for `npm start` before the server runs (no server-only modules).
import { sql } from 'drizzle-orm';
import type { Db } from './types';
import { rows } from './rows';

export async function anyAccount(db: Db): Promise<boolean> {
  const [found] = await rows<{ any: boolean }>(
    db,
    sql`select to_regclass('users') is not null and exists (select 1 from users) as any`,
  );
  return Boolean(found?.any);
}
