import 'server-only';
// Making an account: better-auth's password hash, our user and credential rows. Used by the
// admin page, /setup and `npm run user:create`; the password goes no further than the hash.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '@/db/types';
import { insertUser, type UserRow } from '@/db/queries/accounts';
import type { NewUser } from '@/lib/validation/account';

export async function createAccount({ db, user }: { db: Db; user: NewUser }): Promise<UserRow> {
  const passwordHash = await hashPassword(user.password);
  const name = user.name ?? user.email.split('@')[0]!;
  return insertUser({ db, id: randomUUID(), email: user.email, name, role: user.role, passwordHash });
}
