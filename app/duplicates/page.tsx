// Possible duplicates: pairs of stored events that look like one, newest first, each to merge or to
// mark "not the same". A page looks at a bounded number of events (db/queries/duplicate-pairs.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listDuplicatePairs } from '@/db/queries/duplicate-pairs';
import { QueryError } from '@/db/queries/errors';
import { getConflictId } from '@/db/queries/scope';
import { DuplicatePairCard } from '@/components/merge/duplicate-pair-card';
import { ControlRefusal } from '@/components/accounts/control-refusal';
import { mayRequest } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';
import { formatAtPrecision } from '@/lib/dates/precision';
import { searchParamsToObject } from '@/lib/validation/filters';
import { duplicatePairsSchema } from '@/lib/validation/merge';
import '@/components/merge/merge.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Possible duplicates — Faultline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(raw: Record<string, string | string[] | undefined>) {
  const parsed = duplicatePairsSchema.safeParse(searchParamsToObject(raw));
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join('; ') } as const;
  const { conflict, cursor, limit } = parsed.data;
  const db = await getDb();
  try {
    const conflictId = await getConflictId({ db, slug: conflict });
    return { conflict, cursor, page: await listDuplicatePairs({ db, conflictId, cursor, limit }) } as const;
  } catch (err) {
    if (err instanceof QueryError) return { error: err.message } as const;
    throw err;
  }
}

export default async function DuplicatesPage({ searchParams }: Props) {
  const loaded = await load(await searchParams);
  const { caller } = await currentCaller();
  const may = {
    merge: mayRequest(caller, 'POST', '/api/events/1/merge'),
    notSame: mayRequest(caller, 'POST', '/api/events/duplicates/distinct'),
  };
  const dataset: Record<string, string> = 'conflict' in loaded && loaded.conflict ? { conflict: loaded.conflict } : {};
  const base = (extra: Record<string, string>) => `/duplicates?${new URLSearchParams({ ...dataset, ...extra })}`;
  return (
    <main className="page duplicates-page">
      <h1>Possible duplicates</h1>
      <p className="note">
        Pairs of events whose dates overlap (within three days) and that share an actor or a place, or have similar
        titles. <strong>Merge</strong> makes them one event, keeping every source and both histories;{' '}
        <strong>Not the same</strong> is remembered, and the pair is not offered again.
      </p>
      {may.merge && may.notSame ? null : (
        <ControlRefusal caller={caller} method="POST" path="/api/events/duplicates/distinct" back="/duplicates" />
      )}
      {'error' in loaded ? (
        <p role="alert" className="field-error">
          {loaded.error} <Link href="/duplicates">Start again</Link>
        </p>
      ) : (
        <>
          {loaded.page.pairs.length ? (
            <div className="pairs">
              {loaded.page.pairs.map((p) => (
                <DuplicatePairCard key={`${p.a.id}-${p.b.id}`} pair={p} may={may} />
              ))}
            </div>
          ) : (
            <p className="widget" role="status">
              {loaded.page.nextCursor
                ? 'No possible duplicates among these events: look further back.'
                : 'No possible duplicates: every pair of events that looked alike is merged or marked not the same.'}
            </p>
          )}
          <nav className="event-actions" aria-label="Pages of pairs">
            {loaded.cursor ? (
              <Link href={base({})} className="button-link">
                Back to the newest
              </Link>
            ) : null}
            {loaded.page.nextCursor ? (
              <Link href={base({ cursor: loaded.page.nextCursor })} className="button-link">
                Earlier events
              </Link>
            ) : null}
            {loaded.page.lookedBackTo ? (
              <span className="note">
                Looked at events back to {formatAtPrecision(loaded.page.lookedBackTo, 'day')}.
              </span>
            ) : null}
          </nav>
        </>
      )}
    </main>
  );
}
