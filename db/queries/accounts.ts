import 'server-only';
// People, their roles, API tokens and the server's settings. Passwords never pass through here
// except as better-auth's hash (lib/auth/users.ts makes it).
import { sql } from 'drizzle-orm';
import type { Role } from '@/lib/auth/roles';
import { nameKey } from '@/lib/names/key';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';

export type UserRow = { id: string; email: string; name: string; role: Role; createdAt: string };

/** Whether anyone has an account: until then Faultline works as a single-user tool. */
export async function hasAccounts({ db }: { db: Db }): Promise<boolean> {
  const [row] = await rows<{ any: boolean }>(db, sql`select exists (select 1 from users) as any`);
  return Boolean(row?.any);
}

export async function listUsers({ db }: { db: Db }): Promise<UserRow[]> {
  return rows<UserRow>(
    db,
    sql`select id, email, name, role, created_at::text as "createdAt" from users order by created_at, email`,
  );
}

export async function getUser({ db, id }: { db: Db; id: string }): Promise<UserRow | null> {
  const [row] = await rows<UserRow>(
    db,
    sql`select id, email, name, role, created_at::text as "createdAt" from users where id = ${id}`,
  );
  return row ?? null;
}

/**
 * Another account (not `except`) already shown by this name, or null. Names are compared as a reader tells them
 * apart, by the resolver's key (lib/names/key.ts): without case, accents, invisible characters or look-alike letters
 * ("Аdmin" with a Cyrillic А, "Ana\u200BLopez"). People are few: their names are read and compared here.
 */
export async function userNamed({ db, name, except }: { db: DbOrTx; name: string; except?: string | null }) {
  const key = nameKey(name);
  const people = await rows<{ id: string; name: string }>(
    db,
    sql`select id, name from users where id <> ${except ?? ''}`,
  );
  return people.find((p) => nameKey(p.name) === key) ?? null;
}

/** A user with an email-and-password credential (better-auth's "credential" account). */
export async function insertUser({
  db,
  id,
  email,
  name,
  role,
  passwordHash,
}: {
  db: Db;
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const [taken] = await rows<{ id: string }>(tx, sql`select id from users where email = ${email}`);
    if (taken) throw new QueryError('conflict', `There is already an account for ${email}`, 'email');
    if (await userNamed({ db: tx, name }))
      throw new QueryError('conflict', `Someone is already called “${name}”: give another name`, 'name');
    const [user] = await rows<UserRow>(
      tx,
      sql`insert into users (id, email, name, role) values (${id}, ${email}, ${name}, ${role})
      returning id, email, name, role, created_at::text as "createdAt"`,
    );
    await tx.execute(sql`insert into accounts (id, account_id, provider_id, user_id, password)
      values (${`${id}-credential`}, ${id}, 'credential', ${id}, ${passwordHash})`);
    return user!;
  });
}

/** Changes a role; the last admin cannot stop being one (nobody could manage the server). */
export async function setRole({ db, id, role }: { db: Db; id: string; role: Role }): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const [user] = await rows<{ role: Role }>(tx, sql`select role from users where id = ${id} for update`);
    if (!user) throw new QueryError('not_found', `No user ${id}`);
    if (user.role === 'admin' && role !== 'admin') {
      const [n] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from users where role = 'admin'`);
      if ((n?.n ?? 0) <= 1)
        throw new QueryError('conflict', 'This is the only admin: make another admin first', 'role');
    }
    const [row] = await rows<UserRow>(
      tx,
      sql`update users set role = ${role}, updated_at = now() where id = ${id}
      returning id, email, name, role, created_at::text as "createdAt"`,
    );
    return row!;
  });
}

/** Ends every session of a user (sign out everywhere, a role change, a password change). */
export async function deleteSessions({ db, userId, except }: { db: Db; userId: string; except?: string }) {
  await db.execute(sql`delete from sessions where user_id = ${userId}${except ? sql` and token <> ${except}` : sql``}`);
}

const ANONYMOUS_READING = 'anonymous_reading';
/** Four-eyes review: editors' own changes also wait, for another editor. Off by default. */
const FOUR_EYES = 'four_eyes';

async function getFlag(db: Db, key: string, otherwise: boolean): Promise<boolean> {
  const [row] = await rows<{ value: unknown }>(db, sql`select value from settings where key = ${key}`);
  return row ? row.value === true : otherwise;
}

async function setFlag(db: Db, key: string, value: boolean): Promise<void> {
  await db.execute(sql`insert into settings (key, value) values (${key}, ${JSON.stringify(value)}::json)
    on conflict (key) do update set value = excluded.value, updated_at = now()`);
}

export const getAnonymousReading = ({ db }: { db: Db }) => getFlag(db, ANONYMOUS_READING, true);
export const setAnonymousReading = ({ db, value }: { db: Db; value: boolean }) => setFlag(db, ANONYMOUS_READING, value);
export const getFourEyes = ({ db }: { db: Db }) => getFlag(db, FOUR_EYES, false);
export const setFourEyes = ({ db, value }: { db: Db; value: boolean }) => setFlag(db, FOUR_EYES, value);

export type Settings = { anonymousReading: boolean; fourEyes: boolean };
export async function getSettings({ db }: { db: Db }): Promise<Settings> {
  const [anonymousReading, fourEyes] = await Promise.all([getAnonymousReading({ db }), getFourEyes({ db })]);
  return { anonymousReading, fourEyes };
}
