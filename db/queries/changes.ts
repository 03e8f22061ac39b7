import 'server-only';
// What changed since a view was cited: the latest revision of the data (the "as of" of a citation),
// and the revisions made since a moment to events that the view's filters select now.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';
import { eventWhere } from './conditions';
import type { Scope } from './scope';

/** At most this many changes are listed; the count goes on to MAX_COUNTED. */
const MAX_LISTED = 50;
const MAX_COUNTED = 1000;

export interface Change {
  id: number;
  at: string;
  action: string;
  origin: string;
  reason: string | null;
  eventId: number;
  eventTitle: string;
}

export interface ChangesSince {
  /** When the data last changed (any event of any dataset), or null for a database without revisions. */
  latest: string | null;
  asOf: string | null;
  /** How many revisions since asOf touch the view, counted up to 1000 (`more` says there are more). */
  total: number;
  more: boolean;
  changes: Change[];
}

/** The time of the latest revision: the moment the data a page shows was last changed. */
export async function getLatestRevision({ db }: { db: Db }): Promise<string | null> {
  const [row] = await rows<{ at: Date | string | null }>(db, sql`select max(at) as at from event_revisions`);
  return row?.at ? new Date(row.at).toISOString() : null;
}

/**
 * Revisions made after `asOf` to events the scope selects as they are now (deleted ones included: a
 * deletion changes the view too). It does not rebuild the past: an event edited out of the view since
 * is listed only when it still matches.
 */
export async function listChangesSince({
  db,
  scope,
  asOf,
}: {
  db: Db;
  scope: Scope;
  asOf: string | null;
}): Promise<ChangesSince> {
  const latest = await getLatestRevision({ db });
  // Both are ISO strings to the millisecond (as Date writes them), so they compare as text. The stored
  // times have microseconds: a revision counts as later only from the next millisecond on.
  if (!asOf || !latest || latest <= asOf) return { latest, asOf, total: 0, more: false, changes: [] };
  const found = await rows<{
    id: number;
    at: Date | string;
    action: string;
    origin: string;
    reason: string | null;
    event_id: number;
    title: string;
    n: number;
  }>(
    db,
    sql`
    with since as (
      select r.id, r.at, r.action, r.origin, r.reason, r.event_id, e.title
      from event_revisions r join events e on e.id = r.event_id
      where r.at >= ${asOf}::timestamptz + interval '1 millisecond'
        and ${eventWhere(scope, 'both', { withDeleted: true })}
      order by r.at desc, r.id desc
      limit ${MAX_COUNTED + 1}
    )
    select since.*, count(*) over ()::int as n from since
    order by at desc, id desc limit ${MAX_LISTED}`,
  );
  const counted = found[0]?.n ?? 0;
  return {
    latest,
    asOf,
    total: Math.min(counted, MAX_COUNTED),
    more: counted > MAX_COUNTED,
    changes: found.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      action: r.action,
      origin: r.origin,
      reason: r.reason,
      eventId: r.event_id,
      eventTitle: r.title,
    })),
  };
}
