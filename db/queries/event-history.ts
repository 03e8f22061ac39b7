import 'server-only';
// Snapshots of an event as a reader sees it, their field-by-field difference, and the revision
// log: ACLED and Ushahidi overwrite in place, Faultline keeps what an event said before.
import { sql } from 'drizzle-orm';
import type { Changes, Snapshot } from '@/lib/history';
import { describeDate, type Precision } from '@/lib/dates/precision';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';

export { diffSnapshots, snapshotOfRecord, type Changes, type Snapshot } from '@/lib/history';

export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  type: 'Type',
  date: 'Date',
  status: 'Status',
  milestone: 'Milestone',
  location: 'Location',
  fatalities: 'Fatalities',
  actors: 'Actors',
  sources: 'Sources',
  deleted: 'Deleted',
  mergedFrom: 'Merged event',
  mergedInto: 'Merged into',
  splitFrom: 'Split from',
  splitTo: 'Split off as',
};

export async function snapshotEvent(db: DbOrTx, id: number): Promise<Snapshot | null> {
  const [e] = await rows<{
    title: string;
    summary: string;
    sub_type: string;
    date_start: string;
    date_end: string | null;
    precision: Precision;
    status: string;
    milestone: boolean;
    location: string | null;
    best: number | null;
    low: number | null;
    high: number | null;
    deleted: boolean;
    actors: string | null;
    sources: string | null;
  }>(
    db,
    sql`
    select e.title, e.summary, e.sub_type, e.date_start, e.date_end, e.precision, e.status, e.milestone,
      l.name as location, e.fatalities_best as best, e.fatalities_low as low, e.fatalities_high as high,
      e.deleted_at is not null as deleted,
      (select string_agg(a.name || ' (' || ea.role || ')', '; ' order by a.name)
        from event_actors ea join actors a on a.id = ea.actor_id where ea.event_id = e.id) as actors,
      (select string_agg(
          s.publisher || coalesce(' — ' || s.url, '')
            || case when es.quote <> '' then ' “' || es.quote || '”' else '' end,
          '; ' order by es.position, s.id)
        from event_sources es join sources s on s.id = es.source_id where es.event_id = e.id) as sources
    from events e left join locations l on l.id = e.location_id where e.id = ${id}`,
  );
  if (!e) return null;
  const fatalities =
    e.best === null && e.low === null && e.high === null
      ? null
      : `${e.best ?? '?'}${e.low !== null || e.high !== null ? ` (${e.low ?? '?'}–${e.high ?? '?'})` : ''}`;
  return {
    title: e.title,
    summary: e.summary,
    type: getSubType(e.sub_type)?.label ?? e.sub_type,
    date: `${describeDate({ dateStart: e.date_start, dateEnd: e.date_end, precision: e.precision })} (${e.precision})`,
    status: e.status,
    milestone: e.milestone,
    location: e.location,
    fatalities,
    actors: e.actors,
    sources: e.sources,
    deleted: e.deleted,
  };
}

export interface Revision {
  id: number;
  at: string;
  action: string;
  origin: string;
  reason: string | null;
  changes: Changes;
  /** Who made it: null for revisions from before accounts (or made without one). */
  userId: string | null;
  userName: string | null;
}

type RevisionRow = {
  id: number;
  event_id: number;
  at: Date | string;
  action: string;
  origin: string;
  reason: string | null;
  changes: Changes | string;
  user_id: string | null;
  user_name: string | null;
};

const revisionColumns = sql`r.id, r.event_id, r.at, r.action, r.origin, r.reason, r.changes, r.user_id,
  u.name as user_name`;

export async function listRevisions({ db, eventId }: { db: Db; eventId: number }): Promise<Revision[]> {
  const found = await rows<RevisionRow>(
    db,
    sql`
    select ${revisionColumns} from event_revisions r left join users u on u.id = r.user_id
    where r.event_id = ${eventId} order by r.at desc, r.id desc`,
  );
  return found.map(toRevision);
}

/** The histories of many events at once (for exports), oldest first. */
export async function listRevisionsOf({
  db,
  eventIds,
}: {
  db: Db;
  eventIds: number[];
}): Promise<Map<number, Revision[]>> {
  const out = new Map<number, Revision[]>(eventIds.map((id) => [id, []]));
  if (!eventIds.length) return out;
  const found = await rows<RevisionRow>(
    db,
    sql`
    select ${revisionColumns} from event_revisions r left join users u on u.id = r.user_id
    where r.event_id = any(${`{${eventIds.join(',')}}`}::int[]) order by r.event_id, r.at, r.id`,
  );
  for (const r of found) out.get(r.event_id)?.push(toRevision(r));
  return out;
}

function toRevision(r: RevisionRow): Revision {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    action: r.action,
    origin: r.origin,
    reason: r.reason,
    changes: typeof r.changes === 'string' ? (JSON.parse(r.changes) as Changes) : r.changes,
    userId: r.user_id,
    userName: r.user_name,
  };
}
