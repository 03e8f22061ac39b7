// An event in full: date and precision, type, actors with roles, place, every source with its quote,
// and related events (same actors, close in time).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { idParamSchema } from '@/lib/validation/primitives';
import { getDb } from '@/db/client';
import { QueryError } from '@/db/queries/errors';
import type { EventView } from '@/db/queries/event-shape';
import { FIELD_LABELS, listRevisions } from '@/db/queries/event-history';
import { getEvent, listRelatedEvents } from '@/db/queries/events';
import { articlesOfEvent } from '@/db/queries/articles';
import { getMergedInto, listMergedHistories } from '@/db/queries/event-merge';
import { listEventSources } from '@/db/queries/event-split';
import { RevisionList } from '@/components/revision-list';
import { SplitEvent } from '@/components/merge/split-event';
import '@/components/merge/merge.css';
import { EventActions } from '@/components/event-actions';
import { EventMap } from '@/components/map/event-map';
import { TypeBadge } from '@/components/dashboard/event-card';
import { describeDate } from '@/lib/dates/precision';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import { dashboardQuery } from '@/lib/validation/filters';
import { can, canSee } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';
import { countPendingEdits } from '@/db/queries/review';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PRECISION_TEXT: Record<EventView['precision'], string> = {
  day: 'known to the day',
  week: 'known to the week',
  month: 'known to the month only',
  year: 'known to the year only',
  range: 'a range of days',
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
  const f = event.fatalities;
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
        <dl>
          <dt>Date</dt>
          <dd data-testid="event-date">
            {describeDate(event)} <span className="note">({PRECISION_TEXT[event.precision]})</span>
          </dd>
          <dt>Status</dt>
          <dd>{event.status}</dd>
          <dt>Location</dt>
          <dd data-testid="event-location">
            {event.location
              ? `${event.location.name}${event.location.lat !== null ? ` (${event.location.lat.toFixed(3)}, ${event.location.lon?.toFixed(3)})` : ' (no coordinates recorded)'}`
              : 'Not recorded'}
          </dd>
          {f ? (
            <>
              <dt>Fatalities</dt>
              <dd>
                {f.best !== null ? f.best.toLocaleString('en') : 'best estimate unknown'}
                {f.low !== null || f.high !== null ? ` (range ${f.low ?? '?'}–${f.high ?? '?'})` : ''}
              </dd>
            </>
          ) : null}
        </dl>
        {event.location && event.location.lat !== null && event.location.lon !== null ? (
          <EventMap name={event.location.name} lat={event.location.lat} lon={event.location.lon} />
        ) : null}

        <section aria-labelledby="actors-h">
          <h2 id="actors-h">Actors</h2>
          {event.actors.length ? (
            <ul className="plain">
              {event.actors.map((a) => (
                <li key={a.id}>
                  <Link href={`/?actor=${encodeURIComponent(a.name)}`}>{a.name}</Link>{' '}
                  <span className="note">
                    — {a.kind}, {a.role.replace('-', ' ')}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="note">No actors recorded.</p>
          )}
        </section>

        <section aria-labelledby="sources-h">
          <h2 id="sources-h">Sources</h2>
          <ol>
            {event.sources.map((s, i) => (
              <li key={i} data-testid="source">
                {s.url ? (
                  <a href={s.url} rel="noreferrer noopener" target="_blank">
                    {s.title ?? s.url}
                  </a>
                ) : (
                  <span>{s.title ?? 'Untitled'}</span>
                )}{' '}
                <span className="note">
                  — {s.publisher}
                  {s.publishedAt ? `, ${s.publishedAt}` : ''}
                </span>
                {s.quote ? <blockquote>“{s.quote}”</blockquote> : null}
              </li>
            ))}
          </ol>
          {articles.length ? (
            <p className="note">
              Stored in Faultline:{' '}
              {articles.map((a, i) => (
                <span key={a.articleId}>
                  {i ? ', ' : ''}
                  <Link href={`/articles/${a.articleId}`}>the {a.publisher} article, with the quote in context</Link>
                </span>
              ))}
            </p>
          ) : null}
          {event.deletedAt === null && sources.length > 1 ? (
            <SplitEvent eventId={event.id} version={event.version} title={event.title} sources={sources} />
          ) : null}
        </section>

        <section aria-labelledby="related-h">
          <h2 id="related-h">Related events</h2>
          {related.length ? (
            <ul className="plain">
              {related.map((r) => (
                <li key={r.id} data-date={r.dateStart}>
                  <Link href={`/events/${r.id}${back}`}>{r.title}</Link>{' '}
                  <span className="note">
                    —{' '}
                    {describeDate({
                      dateStart: r.dateStart,
                      dateEnd: null,
                      precision: r.precision === 'range' ? 'day' : r.precision,
                    })}
                    , {r.sharedActors} shared {r.sharedActors === 1 ? 'actor' : 'actors'}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="note">No events with the same actors within a year.</p>
          )}
        </section>

        <section aria-labelledby="history-h">
          <h2 id="history-h">History</h2>
          <RevisionList revisions={revisions} labels={FIELD_LABELS} accounts={caller.kind !== 'open'} caller={caller} />
          {merged.map((m) => (
            <section key={m.id} aria-labelledby={`merged-${m.id}-h`} className="merged-history">
              <h3 id={`merged-${m.id}-h`}>
                History of event #{m.id}, “{m.title}”, merged into this one
              </h3>
              <RevisionList
                revisions={m.revisions}
                labels={FIELD_LABELS}
                accounts={caller.kind !== 'open'}
                caller={caller}
              />
            </section>
          ))}
        </section>
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
      Your proposed edit waits for review: this page shows the published version. <Link href="/review">Review</Link>
    </p>
  );
}
