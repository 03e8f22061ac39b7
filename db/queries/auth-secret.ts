import 'server-only';
// The key that signs session cookies: FAULTLINE_AUTH_SECRET when set, else one made at random on
// first use and kept in the settings table, so sessions survive a restart with no setup step.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { readEnv } from '@/lib/env';
import type { Db } from '../types';
import { rows } from '../rows';

export async function authSecret({ db }: { db: Db }): Promise<string> {
  const fromEnv = readEnv().FAULTLINE_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const made = JSON.stringify(randomBytes(32).toString('base64url'));
  await db.execute(sql`insert into settings (key, value) values ('auth_secret', ${made}::json) on conflict do nothing`);
  const [row] = await rows<{ value: string }>(db, sql`select value from settings where key = 'auth_secret'`);
  return row!.value;
}
