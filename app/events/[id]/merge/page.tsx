// Merge two events: without `with`, pick the other event (its likely duplicates, or a search);
// with it, choose field by field, see the result, and merge.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { QueryError } from '@/db/queries/errors';
import { getMergedInto } from '@/db/queries/event-merge';
import type { EventView } from '@/db/queries/event-shape';
import { getEvent } from '@/db/queries/events';
import { MergeForm } from '@/components/merge/merge-form';
import { MergePicker } from '@/components/merge/merge-picker';
import { ControlRefusal } from '@/components/accounts/control-refusal';
import { mayRequest } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';
import { idParamSchema, textProblem } from '@/lib/validation/primitives';
import '@/components/merge/merge.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Merge events — Faultline' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(id: number): Promise<EventView | null> {
  return getEvent({ db: await getDb(), id, includeDeleted: true }).catch((err: unknown) => {
    if (err instanceof QueryError && err.code === 'not_found') return null;
    throw err;
  });
}

/** Why the pair cannot be merged, or null when it can. */
async function problem(a: EventView, b: EventView | null, raw: string): Promise<React.ReactNode> {
  if (!b) return <>There is no event {raw}.</>;
  if (a.id === b.id) return <>An event cannot be merged with itself: choose another.</>;
  const survivor = b.deletedAt ? await getMergedInto({ db: await getDb(), id: b.id }) : null;
  if (survivor !== null)
    return (
      <>
        Event #{b.id} was already merged into{' '}
        <Link href={`/events/${a.id}/merge?with=${survivor}`}>event #{survivor}</Link>: merge with that one instead.
      </>
    );
  if (b.deletedAt) return <>Event #{b.id} was deleted: restore it before merging.</>;
  return null;
}

export default async function MergePage({ params, searchParams }: Props) {
  const parsed = idParamSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const a = await load(parsed.data);
  if (!a) notFound();
  const query = await searchParams;
  const raw = typeof query.with === 'string' ? query.with : '';
  if (a.deletedAt) {
    const survivor = await getMergedInto({ db: await getDb(), id: a.id });
    if (survivor !== null)
      permanentRedirect(`/events/${survivor}/merge${raw ? `?with=${encodeURIComponent(raw)}` : ''}`);
  }
  const heading = (
    <h1>
      Merge <Link href={`/events/${a.id}`}>“{a.title}”</Link> with another event
    </h1>
  );
  const { caller } = await currentCaller();
  const path = `/api/events/${a.id}/merge`;
  if (!mayRequest(caller, 'POST', path))
    return (
      <main className="page form-page merge-page">
        {heading}
        <ControlRefusal caller={caller} method="POST" path={path} back={`/events/${a.id}/merge`} />
      </main>
    );
  if (a.deletedAt)
    return (
      <main className="page form-page merge-page">
        {heading}
        <p role="alert">
          This event was deleted. <Link href={`/events/${a.id}`}>Restore it</Link> before merging.
        </p>
      </main>
    );
  if (!raw) {
    const typed = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
    // Text PostgreSQL cannot hold (a NUL, a lone surrogate) searches for nothing.
    const q = textProblem(typed) ? '' : typed;
    return (
      <main className="page form-page merge-page">
        {heading}
        <MergePicker event={a} q={q} />
      </main>
    );
  }
  const otherId = idParamSchema.safeParse(raw);
  const b = otherId.success ? await load(otherId.data) : null;
  const why = await problem(a, b, raw);
  return (
    <main className="page form-page merge-page">
      {heading}
      {why || !b ? (
        <p role="alert">
          {why} <Link href={`/events/${a.id}/merge`}>Choose another event</Link>
        </p>
      ) : (
        <>
          <p className="note">
            Choose, for each field, the value the merged event keeps. It keeps every source of both. The other event
            leaves the timeline, counts and charts; its history stays readable on the merged event’s page, and its
            address leads there.
          </p>
          <MergeForm a={a} b={b} />
        </>
      )}
    </main>
  );
}
