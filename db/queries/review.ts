import 'server-only';
// The review queue: contributors' new events (events.review = 'pending') and their edits of
// published events (pending_changes, the proposed form kept whole while the published version
// stays as it is). An editor approves — the event is counted, or the edit applied — or rejects
// with a reason. Contributors' merges, splits and new sources wait in pending_changes too
// (db/queries/proposals.ts); their imports wait as batches (db/queries/import-batches.ts).
// Every decision is a revision naming the editor, and an audit entry.
import { sql } from 'drizzle-orm';
import type { ParsedEventForm } from '@/lib/validation/event';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { recordAudit } from './audit';
import { QueryError } from './errors';
import { diffSnapshots, snapshotEvent, type Changes } from './event-history';
import { record, updateEvent } from './event-write';
import { applyProposal, describeProposal, staleProposal, type ProposalKind } from './proposals';

export const REVIEW_KINDS = ['event', 'edit', 'merge', 'split', 'sources', 'delete', 'restore'] as const;
/** 'event': a proposed new event; 'edit': a change of a published one; the others: proposals. */
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export type ReviewItem = {
  kind: ReviewKind;
  /** The event's id ('event') or the proposal's (the others): what POST /api/review/{kind}/{id} names. */
  id: number;
  eventId: number;
  title: string;
  review: 'pending' | 'rejected';
  reason: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  /** Against the published version (an edit), or everything the new event says. */
  changes: Changes;
  /** A merge's, split's or new sources' request, in words. */
  summary: string[];
};

type Row = Pick<ReviewItem, 'kind' | 'id' | 'eventId' | 'title' | 'review' | 'reason'> & {
  author_id: string | null;
  created_at: string | Date;
  form: ParsedEventForm | string | null;
};

/** A proposed edit's difference from the published event: applied in a transaction rolled back. */
async function dryRunDiff(db: Db, eventId: number, form: ParsedEventForm): Promise<Changes> {
  const rollback = new Error('dry run');
  let changes: Changes = {};
  await db
    .transaction(async (tx) => {
      const before = await snapshotEvent(tx, eventId);
      const [v] = await rows<{ version: number }>(tx, sql`select version from events where id = ${eventId}`);
      await updateEvent({ db: tx, id: eventId, input: { ...form, version: v!.version } });
      changes = diffSnapshots(before, await snapshotEvent(tx, eventId));
      throw rollback;
    })
    .catch((err: unknown) => {
      if (err !== rollback) throw err;
    });
  return changes;
}

/** Pending items (and, for one author, their rejected ones), oldest first. */
export async function listReview({ db, authorId }: { db: Db; authorId?: string }): Promise<ReviewItem[]> {
  const mine = authorId ? sql` and x.author_id = ${authorId}` : sql` and x.review = 'pending'`;
  const found = await rows<Row>(
    db,
    sql`
    select * from (
      select 'event' as kind, e.id, e.id as "eventId", e.title, e.review::text as review, r.reason, e.author_id,
        e.created_at, null::json as form
      from events e left join lateral (select reason from event_revisions where event_id = e.id and action = 'reject'
        order by at desc limit 1) r on true
      where e.review <> 'published' and e.deleted_at is null and e.import_batch_id is null
      union all
      select p.kind, p.id, p.event_id, e.title, p.review::text, p.reason, p.author_id, p.created_at, p.form
      from pending_changes p join events e on e.id = p.event_id where p.review <> 'published'
    ) x
    where true${mine}
    order by x.created_at limit 500`,
  );
  const names = await authorNames(db, found);
  const out: ReviewItem[] = [];
  for (const r of found) {
    const form = typeof r.form === 'string' ? (JSON.parse(r.form) as ParsedEventForm) : r.form;
    const proposal = r.kind !== 'event' && r.kind !== 'edit';
    const changes =
      r.kind === 'edit'
        ? r.review === 'pending'
          ? await dryRunDiff(db, r.eventId, form!).catch(() => ({}))
          : {}
        : proposal
          ? {}
          : diffSnapshots(null, await snapshotEvent(db, r.eventId));
    out.push({
      kind: r.kind,
      id: r.id,
      eventId: r.eventId,
      title: r.kind === 'edit' && form ? form.title : r.title,
      review: r.review,
      reason: r.reason,
      authorId: r.author_id,
      authorName: r.author_id ? (names.get(r.author_id) ?? null) : null,
      createdAt: new Date(r.created_at).toISOString(),
      changes,
      summary: proposal ? await describeProposal(db, r.kind as ProposalKind, r.eventId, form) : [],
    });
  }
  return out;
}

async function authorNames(db: Db, found: { author_id: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(found.map((r) => r.author_id).filter((id): id is string => Boolean(id)))];
  if (!ids.length) return new Map();
  const named = await rows<{ id: string; name: string }>(
    db,
    sql`select id, name from users where id = any(${`{${ids.map((id) => `"${id}"`).join(',')}}`}::text[])`,
  );
  return new Map(named.map((u) => [u.id, u.name]));
}

/** A contributor's edit of a published event, held for review. */
export async function proposeEdit({
  db,
  eventId,
  form,
  authorId,
}: {
  db: Db;
  eventId: number;
  form: ParsedEventForm;
  authorId: string;
}): Promise<{ id: number; eventId: number; review: 'pending' }> {
  const [event] = await rows<{ version: number; deleted: boolean }>(
    db,
    sql`select version, deleted_at is not null as deleted from events where id = ${eventId}`,
  );
  if (!event || event.deleted) throw new QueryError('not_found', `No event ${eventId}`);
  if (form.version !== undefined && form.version !== event.version)
    throw new QueryError(
      'conflict',
      `This event was changed since you opened it (version ${form.version}; it is now ${event.version}). Reload it.`,
      'version',
    );
  const [row] = await rows<{ id: number }>(
    db,
    sql`insert into pending_changes (event_id, author_id, form, base_version)
    values (${eventId}, ${authorId}, ${JSON.stringify(form)}::json, ${event.version}) returning id`,
  );
  return { id: row!.id, eventId, review: 'pending' };
}

type Decision = { db: Db; kind: ReviewKind; id: number; reviewerId: string | null };

async function decideEvent(tx: DbOrTx, id: number, to: 'published' | 'rejected') {
  const [row] = await rows<{ id: number }>(
    tx as Db,
    sql`update events set review = ${to}, version = version + 1, updated_at = now()
    where id = ${id} and review = 'pending' and deleted_at is null returning id`,
  );
  if (!row) throw new QueryError('conflict', `Event ${id} is not waiting for review`);
}

async function lockChange(tx: DbOrTx, id: number, kind: ReviewKind) {
  const [change] = await rows<{ event_id: number; author_id: string | null; form: unknown; base_version: number }>(
    tx as Db,
    sql`select event_id, author_id, form, base_version from pending_changes
    where id = ${id} and kind = ${kind} and review = 'pending' for update`,
  );
  if (!change) throw new QueryError('conflict', `Proposed ${kind} ${id} is not waiting for review`);
  const form = (typeof change.form === 'string' ? JSON.parse(change.form) : change.form) as ParsedEventForm;
  return { ...change, form };
}

/** Who proposed a pending event, a proposal or an import batch (null: nobody known, or no such item). */
export async function authorOf({ db, kind, id }: { db: Db; kind: ReviewKind | 'batch'; id: number }) {
  const query =
    kind === 'event'
      ? sql`select author_id from events where id = ${id}`
      : kind === 'batch'
        ? sql`select author_id from import_batches where id = ${id}`
        : sql`select author_id from pending_changes where id = ${id}`;
  const [row] = await rows<{ author_id: string | null }>(db, query);
  return row?.author_id ?? null;
}

/** Publishes a pending event, or applies a proposed edit (409 when the event changed since). */
export async function approve({ db, kind, id, reviewerId }: Decision): Promise<{ eventId: number }> {
  return db.transaction(async (tx) => {
    let eventId = id;
    if (kind === 'event') await decideEvent(tx, id, 'published');
    else {
      const change = await lockChange(tx, id, kind);
      eventId = change.event_id;
      if (kind === 'edit') {
        const input = { ...change.form, version: change.base_version };
        await updateEvent({ db: tx, id: eventId, input, userId: change.author_id });
      } else {
        const stale = await staleProposal(tx, kind, change);
        if (stale) throw new QueryError('conflict', stale, 'id');
        eventId = await applyProposal(tx, { ...change, kind });
      }
      await tx.execute(sql`update pending_changes set review = 'published', reviewer_id = ${reviewerId},
        reviewed_at = now() where id = ${id}`);
    }
    const changes: Changes = kind === 'event' ? { review: { from: 'pending', to: 'published' } } : {};
    await record(tx, eventId, 'approve', 'form', changes, null, reviewerId);
    await recordAudit({ db: tx, action: 'approved', userId: reviewerId, eventId, detail: { kind, id } });
    return { eventId };
  });
}

/** Rejects with a reason the author sees; a rejected edit leaves the published event as it was. */
export async function reject({ db, kind, id, reviewerId, reason }: Decision & { reason: string }) {
  return db.transaction(async (tx) => {
    let eventId = id;
    if (kind === 'event') await decideEvent(tx, id, 'rejected');
    else {
      eventId = (await lockChange(tx, id, kind)).event_id;
      await tx.execute(sql`update pending_changes set review = 'rejected', reason = ${reason},
        reviewer_id = ${reviewerId}, reviewed_at = now() where id = ${id}`);
    }
    const changes: Changes = kind === 'event' ? { review: { from: 'pending', to: 'rejected' } } : {};
    await record(tx, eventId, 'reject', 'form', changes, reason, reviewerId);
    await recordAudit({ db: tx, action: 'rejected', userId: reviewerId, eventId, detail: { kind, id, reason } });
    return { eventId };
  });
}

/** The review state and author of an event, for deciding who may see or edit it. */
export async function getEventReview({ db, id }: { db: Db; id: number }) {
  const [row] = await rows<{ review: 'published' | 'pending' | 'rejected'; authorId: string | null }>(
    db,
    sql`select review, author_id as "authorId" from events where id = ${id}`,
  );
  return row ?? null;
}

/** How many of an author's edits of an event wait for review. */
export async function countPendingEdits({ db, eventId, authorId }: { db: Db; eventId: number; authorId: string }) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from pending_changes
    where event_id = ${eventId} and author_id = ${authorId} and review = 'pending'`,
  );
  return row?.n ?? 0;
}
