import 'server-only';
// One person's activity, newest first: the revisions they made (their decisions on others'
// proposals among them, as approve and reject), the proposals they made and how each was decided,
// and their imports. A page at a time, for /users/{id} and GET /api/users/{id}/activity.
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';

export type ActivityEntry = {
  /** 'revision': a change they made (or a decision); 'proposal': what they asked an editor for; 'import'. */
  kind: 'revision' | 'proposal' | 'import';
  id: number;
  at: string;
  /** A revision's action, a proposal's kind (edit, merge, split, sources), or 'import'. */
  action: string;
  eventId: number | null;
  /** The event's title, or an import's file name. */
  title: string;
  /** A proposal's state (pending, published, rejected). */
  review: string | null;
  reason: string | null;
};

export const ACTIVITY_PAGE = 50;

export async function listActivity({
  db,
  userId,
  page = 1,
  limit = ACTIVITY_PAGE,
}: {
  db: Db;
  userId: string;
  page?: number;
  limit?: number;
}): Promise<{ entries: ActivityEntry[]; hasMore: boolean }> {
  const found = await rows<ActivityEntry & { at: string | Date }>(
    db,
    sql`select * from (
      select 'revision' as kind, r.id, r.at, r.action::text as action, r.event_id as "eventId", e.title,
        null::text as review, r.reason
      from event_revisions r join events e on e.id = r.event_id where r.user_id = ${userId}
      union all
      select 'proposal', p.id, p.created_at, p.kind, p.event_id, e.title, p.review::text, p.reason
      from pending_changes p join events e on e.id = p.event_id where p.author_id = ${userId}
      union all
      select 'import', b.id, b.created_at, 'import', null, b.label, null, null
      from import_batches b where b.author_id = ${userId}
    ) x order by x.at desc, x.kind, x.id desc limit ${limit + 1} offset ${(page - 1) * limit}`,
  );
  return {
    entries: found.slice(0, limit).map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    hasMore: found.length > limit,
  };
}
