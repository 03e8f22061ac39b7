import 'server-only';
// A contributor's merge, split or new sources of a published event, or (under four-eyes review) an
// editor's deletion or restoration: held as a proposal (pending_changes with its kind, `form` the
// request body) while the events stay as they are. Approving runs the same merge, split,
// addSources, deletion or restoration an editor's request runs, in the decision's transaction, as
// the author's act; rejecting changes nothing but the proposal.
import { sql } from 'drizzle-orm';
import type { MergeInput, SplitInput } from '@/lib/validation/merge';
import type { z } from 'zod';
import type { addSourcesSchema } from '@/lib/validation/event';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { checkMerge, mergeEvents } from './event-merge';
import { checkSplit, splitEvent } from './event-split';
import { addSources, checkAddSources, checkDeletable, deleteEvent, restoreEvent } from './event-write';

export const PROPOSAL_KINDS = ['merge', 'split', 'sources', 'delete', 'restore'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
type AddSourcesInput = z.output<typeof addSourcesSchema>;
export type ProposalBody = {
  merge: MergeInput;
  split: SplitInput;
  sources: AddSourcesInput;
  delete: DeleteInput;
  restore: RestoreInput;
};
type DeleteInput = { reason: string };
type RestoreInput = { reason: string | null };

/** What an editor's merge, split or sources check first: a proposal that would be refused is refused now. */
async function checkProposal<K extends ProposalKind>(tx: DbOrTx, kind: K, id: number, body: ProposalBody[K]) {
  if (kind === 'merge') await checkMerge(tx, id, body as MergeInput);
  else if (kind === 'split') await checkSplit(tx, id, body as SplitInput);
  else if (kind === 'delete' || kind === 'restore') await checkDeletable(tx, id, kind === 'restore');
  else await checkAddSources(tx, id);
}

/**
 * Holds a contributor's merge, split or sources for review; nothing else changes. It is checked as
 * an editor's request is (the same functions, the same 4xx), so that no proposal is stored that
 * could only fail when approved.
 */
export async function proposeChange<K extends ProposalKind>({
  db,
  kind,
  eventId,
  body,
  authorId,
}: {
  db: Db;
  kind: K;
  eventId: number;
  body: ProposalBody[K];
  authorId: string;
}): Promise<{ id: number; eventId: number; kind: K; review: 'pending' }> {
  return db.transaction(async (tx) => {
    await checkProposal(tx, kind, eventId, body);
    const form = kind === 'merge' ? await withVersions(tx, eventId, body as MergeInput) : body;
    const [row] = await rows<{ id: number }>(
      tx,
      sql`insert into pending_changes (event_id, author_id, kind, form, base_version)
      values (${eventId}, ${authorId}, ${kind}, ${JSON.stringify(form)}::json,
        (select version from events where id = ${eventId})) returning id`,
    );
    return { id: row!.id, eventId, kind, review: 'pending' as const };
  });
}

/** A merge proposed without the versions it saw gets the current ones: approving it over a later change fails. */
async function withVersions(tx: DbOrTx, eventId: number, body: MergeInput): Promise<MergeInput> {
  if (body.versions) return body;
  const found = await rows<{ id: number; version: number }>(
    tx,
    sql`select id, version from events where id in (${eventId}, ${body.other})`,
  );
  const versionOf = (id: number) => found.find((r) => r.id === id)!.version;
  return { ...body, versions: { event: versionOf(eventId), other: versionOf(body.other) } };
}

/**
 * Why an approval of a proposal would act on events changed since it was proposed, or null: a merge over either
 * event's later change, a split over its event's (new sources go on any version).
 */
export async function staleProposal(
  tx: DbOrTx,
  kind: ProposalKind,
  change: { event_id: number; base_version: number; form: unknown },
): Promise<string | null> {
  if (kind === 'sources') return null;
  const seen =
    kind === 'merge' && (change.form as MergeInput).versions
      ? [
          [change.event_id, (change.form as MergeInput).versions!.event],
          [(change.form as MergeInput).other, (change.form as MergeInput).versions!.other],
        ]
      : [[change.event_id, change.base_version]];
  for (const [id, version] of seen) {
    const [now] = await rows<{ version: number }>(tx, sql`select version from events where id = ${id!}`);
    if (now && now.version !== version)
      return (
        `Event #${id} changed after this ${kind} was proposed (version ${version}, now ${now.version}): ` +
        'reject it with a reason, and its author can propose it again'
      );
  }
  return null;
}

/** Runs an approved proposal as its author asked it; the event the approval is recorded on. */
export async function applyProposal(
  tx: DbOrTx,
  change: { kind: ProposalKind; event_id: number; author_id: string | null; form: unknown },
): Promise<number> {
  const db = tx as Db;
  const userId = change.author_id;
  const id = change.event_id;
  if (change.kind === 'merge') return (await mergeEvents({ db, id, input: change.form as MergeInput, userId })).id;
  if (change.kind === 'split') return (await splitEvent({ db, id, input: change.form as SplitInput, userId })).id;
  if (change.kind === 'delete')
    return (await deleteEvent({ db, id, reason: (change.form as DeleteInput).reason, userId })).id;
  if (change.kind === 'restore')
    return (await restoreEvent({ db, id, reason: (change.form as RestoreInput).reason, userId })).id;
  const { sources, reason } = change.form as AddSourcesInput;
  const origin = sources.some((s) => s.article) ? 'article' : 'form';
  await addSources({ db, id, sources, reason, origin, userId });
  return id;
}

/** What a proposal asks, in words, for /review (the diff of an edit is computed elsewhere). */
export async function describeProposal(db: Db, kind: ProposalKind, eventId: number, form: unknown): Promise<string[]> {
  const title = async (id: number) => {
    const [e] = await rows<{ title: string }>(db, sql`select title from events where id = ${id}`);
    return `#${id} ${e?.title ?? '(gone)'}`;
  };
  if (kind === 'merge') {
    const m = form as MergeInput;
    const merged = m.survivor === eventId ? m.other : eventId;
    const chosen = Object.entries(m.fields ?? {}).map(
      ([field, side]) => `${field} from ${side === 'both' ? 'both' : `#${side}`}`,
    );
    return [
      `Merge ${await title(merged)} into ${await title(m.survivor)}`,
      ...(chosen.length ? [`Fields: ${chosen.join(', ')}`] : []),
      ...(m.reason ? [`Why: ${m.reason}`] : []),
    ];
  }
  if (kind === 'split') {
    const s = form as SplitInput;
    const names = await rows<{ publisher: string; title: string | null }>(
      db,
      sql`select publisher, title from sources where id = any(${`{${s.sources.join(',')}}`}::int[]) order by id`,
    );
    return [
      `Split from ${await title(eventId)} into a new event${s.title ? ` titled “${s.title}”` : ''}`,
      `Sources moved: ${names.map((n) => (n.title ? `${n.publisher}: ${n.title}` : n.publisher)).join('; ')}`,
      ...(s.reason ? [`Why: ${s.reason}`] : []),
    ];
  }
  if (kind === 'delete') return [`Delete ${await title(eventId)}`, `Why: ${(form as DeleteInput).reason}`];
  if (kind === 'restore') {
    const why = (form as RestoreInput).reason;
    return [`Restore ${await title(eventId)}`, ...(why ? [`Why: ${why}`] : [])];
  }
  const a = form as AddSourcesInput;
  return [
    `New sources for ${await title(eventId)}`,
    ...a.sources.map((s) => `${s.publisher}${s.url ? ` (${s.url})` : ''}${s.quote ? `: “${s.quote}”` : ''}`),
    ...(a.reason ? [`Why: ${a.reason}`] : []),
  ];
}
