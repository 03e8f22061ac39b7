import 'server-only';
// What the actor and place registries share: a page of records, the recent events of one, and
// the unique-name refusal a rename can meet.
import { sql, type SQL } from 'drizzle-orm';
import type { Precision } from '@/lib/dates/precision';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';

export interface RecordPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export interface RecentEvent {
  id: number;
  title: string;
  dateStart: string;
  dateEnd: string | null;
  precision: Precision;
  deleted: boolean;
}

/** `%q%` for ILIKE, its wildcards escaped; null for no search. */
export const likePattern = (q: string | undefined) => (q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : null);

/** The latest events (by date) matched by `where` on the events table `e`. */
export async function recentEvents(db: DbOrTx, where: SQL, limit = 10): Promise<RecentEvent[]> {
  return rows<RecentEvent>(
    db,
    sql`select e.id, e.title, e.date_start::text as "dateStart", e.date_end::text as "dateEnd", e.precision,
      e.deleted_at is not null as deleted
    from events e where ${where} order by e.date_start desc, e.id desc limit ${limit}`,
  );
}

/** PostgreSQL's unique_violation, whether the driver's error comes bare or wrapped by Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Runs a write; a unique-name violation becomes a 409 with `message`. */
export async function uniquely<T>(run: () => Promise<T>, message: string, param: string): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isUniqueViolation(err)) throw new QueryError('conflict', message, param);
    throw err;
  }
}
