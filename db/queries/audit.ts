import 'server-only';
// The audit log an admin reads: sign-ins, failed sign-ins, role changes, tokens, approvals, rejections.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out-everywhere',
  'user-created',
  'role-changed',
  'token-created',
  'token-revoked',
  'setting-changed',
  'approved',
  'rejected',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  id: number;
  at: string;
  action: AuditAction;
  userId: string | null;
  userEmail: string | null;
  subject: string | null;
  eventId: number | null;
  detail: unknown;
};

export async function recordAudit({
  db,
  action,
  userId = null,
  subject = null,
  eventId = null,
  detail = null,
}: {
  db: DbOrTx;
  action: AuditAction;
  userId?: string | null;
  subject?: string | null;
  eventId?: number | null;
  detail?: Record<string, unknown> | null;
}): Promise<void> {
  await db.execute(sql`insert into audit_log (action, user_id, subject, event_id, detail)
    values (${action}, ${userId}, ${subject}, ${eventId}, ${detail === null ? null : JSON.stringify(detail)}::json)`);
}

export async function listAudit({ db, limit = 200 }: { db: Db; limit?: number }): Promise<AuditEntry[]> {
  return rows<AuditEntry>(
    db,
    sql`select a.id, a.at::text as at, a.action, a.user_id as "userId", u.email as "userEmail", a.subject,
      a.event_id as "eventId", a.detail
    from audit_log a left join users u on u.id = a.user_id order by a.at desc, a.id desc limit ${limit}`,
  );
}

/** Failed sign-ins for an email in the last `minutes`, since its last successful sign-in. */
export async function recentFailures({ db, email, minutes }: { db: Db; email: string; minutes: number }) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_log where action = 'sign-in-failed' and subject = ${email}
      and at > now() - make_interval(mins => ${minutes})
      and at > coalesce((select max(at) from audit_log where action = 'sign-in' and subject = ${email}), '-infinity')`,
  );
  return row?.n ?? 0;
}

/** Failed sign-ins from one client address (a trusted proxy named it) in the last `minutes`, any email. */
export async function recentFailuresFrom({ db, address, minutes }: { db: Db; address: string; minutes: number }) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_log where action = 'sign-in-failed'
      and at > now() - make_interval(mins => ${minutes}) and detail->>'address' = ${address}`,
  );
  return row?.n ?? 0;
}
