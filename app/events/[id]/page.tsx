// An event in full: date and precision, type, actors with roles, place, every source with its quote,
// and related events (same actors, close in time).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { idParamSchema } from '@/lib/validation/primitives';
import { getDb } from '@/db/client';
import { QueryError } from '@/db/queries/errors';
import { listRevisions } from '@/db/queries/event-history';
import { getEvent, listRelatedEvents } from '@/db/queries/events';
import { articlesOfEvent } from '@/db/queries/articles';
import { getMergedInto, listMergedHistories } from '@/db/queries/event-merge';
import { listEventSources } from '@/db/queries/event-split';
import '@/components/merge/merge.css';
import { EventActions } from '@/components/event-actions';
import { TypeBadge } from '@/components/dashboard/event-card';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import { dashboardQuery } from '@/lib/validation/filters';
import { can, canSee } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';
import { countPendingEdits } from '@/db/queries/review';
import { ActorsSection, EventFacts, HistorySection, RelatedSection, SourcesSection } from './event-sections';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(id: string, back = '') {
  const parsedId = idParamSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const db = await getDb();
  const event = await getEvent({ db, id: parsedId.data, includeDeleted: true }).catch((err: unknown) => {
    if (err instanceof QueryError && err.code === 'not_found') notFound();
    throw err;
  });
  // A merged event's address stays valid: it leads, permanently, to the event it became.
  const survivor = event.deletedAt ? await getMergedInto({ db, id: event.id }) : null;
  if (survivor !== null) permanentRedirect(`/events/${survivor}${back}`);
  const { caller } = await currentCaller();
  if (!canSee(caller, event)) notFound();
  const [related, revisions, articles, merged, sources, proposals] = await Promise.all([
    listRelatedEvents({ db, id: event.id }),
    listRevisions({ db, eventId: event.id }),
    articlesOfEvent({ db, eventId: event.id }),
    listMergedHistories({ db, id: event.id }),
    listEventSources({ db, eventId: event.id }),
    caller.kind === 'user' ? countPendingEdits({ db, eventId: event.id, authorId: caller.id }) : 0,
  ]);
  return { event, related, revisions, articles, merged, sources, caller, proposals };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { event } = await load((await params).id, await backQuery(searchParams));
  return { title: `${event.title} — Faultline` };
}

/** The dashboard's view this page was opened from (its filters travel in the link), to go back to it. */
async function backQuery(searchParams: Props['searchParams']): Promise<string> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams))
    for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, item);
  const q = dashboardQuery(params);
  return q ? `?${q}` : '';
}

export default async function EventPage({ params, searchParams }: Props) {
  const back = await backQuery(searchParams);
  const { event, related, revisions, articles, merged, sources, caller, proposals } = await load(
    (await params).id,
    back,
  );
  return (
    <main className="page event-page">
      <p>
        <Link href={`/${back}`}>← Timeline</Link>
      </p>
      <article className="widget">
        <ReviewNote review={event.review ?? 'published'} proposals={proposals} />
        <EventActions
          id={event.id}
          deleted={event.deletedAt !== null}
          mayEdit={can(caller, 'contributor')}
          mayDelete={can(caller, 'editor')}
        />
        <p className="note">
          <TypeBadge type={event.eventType} subType={event.subType} /> {getSubType(event.subType)?.label}
          {event.milestone ? ' · milestone' : ''}
        </p>
        <h1>{event.title}</h1>
        {event.summary ? <p>{event.summary}</p> : null}
        <EventFacts event={event} />
        <ActorsSection actors={event.actors} />
        <SourcesSection event={event} articles={articles} sources={sources} />
        <RelatedSection related={related} back={back} />
        <HistorySection revisions={revisions} merged={merged} caller={caller} />
      </article>
    </main>
  );
}

function ReviewNote({ review, proposals }: { review: string; proposals: number }) {
  if (review === 'pending')
    return (
      <p className="review-note" role="status">
        <strong>Pending review.</strong> Not on the timeline or in any count until an editor approves it.
      </p>
    );
  if (review === 'rejected')
    return (
      <p className="review-note" role="status">
        <strong>Rejected.</strong> An editor did not publish this event; the reason is in its history.
      </p>
    );
  if (!proposals) return null;
  return (
    <p className="review-note" role="status">
      Your proposed change waits for review: this page shows the published version. <Link href="/review">Review</Link>
    </p>
  );
}
