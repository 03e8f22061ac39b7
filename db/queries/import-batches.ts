import 'server-only';
// A contributor's import, reviewed as one batch: its events are pending, tagged with the batch
// (events.import_batch_id). An editor approves or rejects what is still pending in it at once, or
// decides on its events one by one (db/queries/review.ts). Each decision is a revision per event
// naming the editor, and one audit entry for the batch.
import { sql } from 'drizzle-orm';
import type { Precision } from '@/lib/dates/precision';
import type { Db } from '../types';
import { rows } from '../rows';
import { recordAudit } from './audit';
import { QueryError } from './errors';

export async function insertImportBatch({
  db,
  authorId,
  label,
  conflictId,
}: {
  db: Db;
  authorId: string;
  label: string;
  conflictId: number;
}): Promise<{ id: number }> {
  const [row] = await rows<{ id: number }>(
    db,
    sql`insert into import_batches (author_id, label, conflict_id) values (${authorId}, ${label}, ${conflictId})
    returning id`,
  );
  return row!;
}

export type BatchEvent = {
  id: number;
  title: string;
  dateStart: string;
  precision: Precision;
  review: 'published' | 'pending' | 'rejected';
};

export type ReviewBatch = {
  id: number;
  label: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  pending: number;
  published: number;
  rejected: number;
  /** Its events, pending first, at most BATCH_EVENTS of them. */
  events: BatchEvent[];
};

/** How many of a batch's events /review lists; the counts cover all of them. */
export const BATCH_EVENTS = 200;

/** Batches with something pending (an editor's queue) or, for one author, every batch of theirs. */
export async function listReviewBatches({ db, authorId }: { db: Db; authorId?: string }): Promise<ReviewBatch[]> {
  const whose = authorId ? sql`b.author_id = ${authorId}` : sql`c.pending > 0`;
  const batches = await rows<Omit<ReviewBatch, 'events'>>(
    db,
    sql`select b.id, b.label, b.author_id as "authorId", u.name as "authorName",
      b.created_at::text as "createdAt", c.pending, c.published, c.rejected
    from import_batches b left join users u on u.id = b.author_id
    cross join lateral (select count(*) filter (where review = 'pending')::int as pending,
        count(*) filter (where review = 'published')::int as published,
        count(*) filter (where review = 'rejected')::int as rejected
      from events where import_batch_id = b.id and deleted_at is null) c
    where ${whose}
    order by b.created_at, b.id limit 100`,
  );
  const out: ReviewBatch[] = [];
  for (const b of batches)
    out.push({ ...b, createdAt: new Date(b.createdAt).toISOString(), events: await batchEvents(db, b.id) });
  return out;
}

async function batchEvents(db: Db, batchId: number): Promise<BatchEvent[]> {
  return rows<BatchEvent>(
    db,
    sql`select id, title, date_start::text as "dateStart", precision::text as precision, review::text as review
    from events where import_batch_id = ${batchId} and deleted_at is null
    order by review <> 'pending', date_start, id limit ${BATCH_EVENTS}`,
  );
}

/**
 * Approves (publishes) or rejects every event of the batch still pending; those already decided
 * one by one keep their decision. 409 when nothing in it is pending.
 */
export async function decideBatch({
  db,
  id,
  action,
  reason = null,
  reviewerId,
}: {
  db: Db;
  id: number;
  action: 'approve' | 'reject';
  reason?: string | null;
  reviewerId: string | null;
}): Promise<{ batchId: number; decided: number }> {
  const to = action === 'approve' ? 'published' : 'rejected';
  const changes = JSON.stringify({ review: { from: 'pending', to } });
  return db.transaction(async (tx) => {
    const [batch] = await rows<{ id: number }>(tx, sql`select id from import_batches where id = ${id} for update`);
    if (!batch) throw new QueryError('not_found', `No import batch ${id}`);
    const decided = await rows<{ event_id: number }>(
      tx,
      sql`with decided as (
        update events set review = ${to}, version = version + 1, updated_at = now()
        where import_batch_id = ${id} and review = 'pending' and deleted_at is null returning id)
      insert into event_revisions (event_id, action, origin, changes, reason, user_id)
      select id, ${action}, 'import', ${changes}::json, ${reason}, ${reviewerId} from decided
      returning event_id`,
    );
    if (!decided.length) throw new QueryError('conflict', `Import batch ${id} has nothing waiting for review`);
    await recordAudit({
      db: tx,
      action: action === 'approve' ? 'approved' : 'rejected',
      userId: reviewerId,
      detail: { kind: 'batch', id, events: decided.length, ...(reason ? { reason } : {}) },
    });
    return { batchId: id, decided: decided.length };
  });
}
