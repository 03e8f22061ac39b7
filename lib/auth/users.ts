import 'server-only';
// Making an account: better-auth's password hash, our user and credential rows. Used by the
// admin page, /setup and `npm run user:create`; the password goes no further than the hash.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '@/db/types';
import { insertUser, userNamed, type UserRow } from '@/db/queries/accounts';
import { nameSchema, type NewUser } from '@/lib/validation/account';

export async function createAccount({ db, user }: { db: Db; user: NewUser }): Promise<UserRow> {
  const passwordHash = await hashPassword(user.password);
  // Unnamed, one is known by the email's first part ("ana"), or the whole email when someone else is "ana" or the
  // part is no name for a person ("editor@…" would read as the role).
  const local = user.email.split('@')[0]!;
  const usable = nameSchema.safeParse(local).success && !(await userNamed({ db, name: local }));
  const name = user.name ?? (usable ? local : user.email.slice(0, 100));
  return insertUser({ db, id: randomUUID(), email: user.email, name, role: user.role, passwordHash });
}
