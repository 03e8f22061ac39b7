// Events stored before the date domain existed (lib/dates/domain.ts) may lie outside it. They are
// kept, never dropped: each opening of the database lists them, so an analyst can correct them.
import { sql } from 'drizzle-orm';
import { FIRST_EVENT_DAY, lastEventDay } from '@/lib/dates/domain';
import type { Db } from './types';
import { rows } from './rows';

export interface OutsideDomain {
  id: number;
  title: string;
  dateStart: string;
  dateLast: string;
}

export function listEventsOutsideDomain(db: Db, limit = 20): Promise<OutsideDomain[]> {
  return rows<OutsideDomain>(
    db,
    sql`select id, title, date_start as "dateStart", date_last as "dateLast" from events
    where deleted_at is null and (date_start < ${FIRST_EVENT_DAY}::date or date_last > ${lastEventDay()}::date)
    order by id limit ${limit}`,
  );
}

/** A warning naming the stored events outside the domain, or nothing when there are none. */
export async function warnEventsOutsideDomain(db: Db): Promise<void> {
  const found = await listEventsOutsideDomain(db);
  if (!found.length) return;
  const list = found.map((e) => `#${e.id} "${e.title}" (${e.dateStart} – ${e.dateLast})`).join('; ');
  console.warn(
    `faultline: ${found.length === 20 ? 'at least 20' : found.length} stored event(s) have dates outside ` +
      `${FIRST_EVENT_DAY} … ${lastEventDay()}. They are kept and shown; correct their dates: ${list}`,
  );
}
