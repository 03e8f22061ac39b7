import 'server-only';
// API tokens: only the SHA-256 of a token is stored, so the table cannot be used to act as anyone.
import { sql } from 'drizzle-orm';
import type { Role } from '@/lib/auth/roles';
import type { Db } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';

export type TokenRow = { id: number; name: string; createdAt: string; lastUsedAt: string | null };
export type TokenOwner = { id: string; email: string; name: string; role: Role };

export async function insertToken({
  db,
  userId,
  name,
  tokenHash,
}: {
  db: Db;
  userId: string;
  name: string;
  tokenHash: string;
}): Promise<TokenRow> {
  const [row] = await rows<TokenRow>(
    db,
    sql`insert into api_tokens (user_id, name, token_hash) values (${userId}, ${name}, ${tokenHash})
    returning id, name, created_at::text as "createdAt", last_used_at::text as "lastUsedAt"`,
  );
  return row!;
}

export async function listTokens({ db, userId }: { db: Db; userId: string }): Promise<TokenRow[]> {
  return rows<TokenRow>(
    db,
    sql`select id, name, created_at::text as "createdAt", last_used_at::text as "lastUsedAt" from api_tokens
    where user_id = ${userId} and revoked_at is null order by created_at desc, id desc`,
  );
}

/** Revokes one of the user's own tokens. */
export async function revokeToken({ db, userId, id }: { db: Db; userId: string; id: number }): Promise<TokenRow> {
  const [row] = await rows<TokenRow>(
    db,
    sql`update api_tokens set revoked_at = now() where id = ${id} and user_id = ${userId} and revoked_at is null
    returning id, name, created_at::text as "createdAt", last_used_at::text as "lastUsedAt"`,
  );
  if (!row) throw new QueryError('not_found', `You have no active token ${id}`);
  return row;
}

/** The owner of an active token, by its hash; marks it used. */
export async function getTokenOwner({ db, tokenHash }: { db: Db; tokenHash: string }): Promise<TokenOwner | null> {
  const [row] = await rows<TokenOwner>(
    db,
    sql`update api_tokens t set last_used_at = now() from users u
    where t.token_hash = ${tokenHash} and t.revoked_at is null and u.id = t.user_id
    returning u.id, u.email, u.name, u.role`,
  );
  return row ?? null;
}
