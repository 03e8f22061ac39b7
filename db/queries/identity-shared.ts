import 'server-only';
// What the actor and place registries share, written once for a kind descriptor (its table, the
// columns of a record, how it is searched and which events are its own): a page of records, one
// record with its latest events, and the unique-name refusal a rename can meet.
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

/** The latest published events (by date) matched by `where` on the events table `e`: none waiting for review. */
export async function recentEvents(db: DbOrTx, where: SQL, limit = 10): Promise<RecentEvent[]> {
  return rows<RecentEvent>(
    db,
    sql`select e.id, e.title, e.date_start::text as "dateStart", e.date_end::text as "dateEnd", e.precision,
      e.deleted_at is not null as deleted
    from events e where ${where} and e.review = 'published' order by e.date_start desc, e.id desc limit ${limit}`,
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

/** One registry as the record queries see it (actor-records.ts, place-records.ts). */
export interface RecordKind<T> {
  /** The table, aliased as `r` in every clause below. */
  table: 'actors' | 'locations';
  /** The select list of a record. */
  columns: SQL;
  /** Records matching an ILIKE pattern on any of their names. */
  search: (pattern: string) => SQL;
  /** The record's own events, on the events table `e`. */
  events: (id: number) => SQL;
  /** Records kept out of the lists: names only unreviewed events use (unreviewed.ts). */
  unlisted: SQL;
  /** A row as read, made JSON-safe. */
  parse?: (row: T) => T;
}

/** A page of records in name order, searchable by any of their names. */
export async function listRecords<T>(
  k: RecordKind<T>,
  { db, q, page, pageSize }: { db: DbOrTx; q?: string; page: number; pageSize: number },
): Promise<RecordPage<T>> {
  const pattern = likePattern(q);
  const where = sql`not ${k.unlisted} and ${pattern === null ? sql`true` : k.search(pattern)}`;
  const table = sql.identifier(k.table);
  const [{ total } = { total: 0 }] = await rows<{ total: number }>(
    db,
    sql`select count(*)::int as total from ${table} r where ${where}`,
  );
  const items = await rows<T>(
    db,
    sql`select ${k.columns} from ${table} r where ${where}
    order by lower(r.name), r.id limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return { items: k.parse ? items.map(k.parse) : items, total, page, pageSize };
}

/** One record with its latest events, or null. */
export async function getRecord<T>(
  k: RecordKind<T>,
  { db, id, unlisted = false }: { db: DbOrTx; id: number; unlisted?: boolean },
): Promise<(T & { recent: RecentEvent[] }) | null> {
  // A name only unreviewed events use is no record anyone opens, except as an editor's edit answers it.
  const listed = unlisted ? sql`true` : sql`not ${k.unlisted}`;
  const [found] = await rows<T>(
    db,
    sql`select ${k.columns} from ${sql.identifier(k.table)} r where r.id = ${id} and ${listed}`,
  );
  if (!found) return null;
  return { ...(k.parse ? k.parse(found) : found), recent: await recentEvents(db, k.events(id)) };
}
