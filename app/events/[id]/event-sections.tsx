// The event page's sections below its title: the facts (date, status, place, fatalities, map), the
// actors, the sources (with the stored articles that quote it, and the split), related events and
// the history, the merged events' included.
import Link from 'next/link';
import type { EventView } from '@/db/queries/event-shape';
import { FIELD_LABELS, type listRevisions } from '@/db/queries/event-history';
import type { listRelatedEvents } from '@/db/queries/events';
import type { articlesOfEvent } from '@/db/queries/articles';
import type { listMergedHistories } from '@/db/queries/event-merge';
import type { listEventSources } from '@/db/queries/event-split';
import { RevisionList } from '@/components/revision-list';
import { SplitEvent } from '@/components/merge/split-event';
import { EventMap } from '@/components/map/event-map';
import { describeDate } from '@/lib/dates/precision';
import type { Caller } from '@/lib/auth/access';

type Loaded<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

const PRECISION_TEXT: Record<EventView['precision'], string> = {
  day: 'known to the day',
  week: 'known to the week',
  month: 'known to the month only',
  year: 'known to the year only',
  range: 'a range of days',
};

/** The place with its coordinates, or an offer to add them: without them the event is counted under the map. */
function LocationText({ location }: { location: NonNullable<EventView['location']> }) {
  if (location.lat !== null && location.lon !== null)
    return <>{`${location.name} (${location.lat.toFixed(3)}, ${location.lon.toFixed(3)})`}</>;
  return (
    <>
      {location.name} <span className="note">— no coordinates yet, so it is not on the map:</span>{' '}
      <Link href={`/places/${location.id}`}>add them on the place’s page</Link>
    </>
  );
}

export function EventFacts({ event }: { event: EventView }) {
  const f = event.fatalities;
  return (
    <>
      <dl>
        <dt>Date</dt>
        <dd data-testid="event-date">
          {describeDate(event)} <span className="note">({PRECISION_TEXT[event.precision]})</span>
        </dd>
        <dt>Status</dt>
        <dd>{event.status}</dd>
        <dt>Location</dt>
        <dd data-testid="event-location">
          {event.location ? <LocationText location={event.location} /> : 'Not recorded'}
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
    </>
  );
}

export function ActorsSection({ actors }: { actors: EventView['actors'] }) {
  return (
    <section aria-labelledby="actors-h">
      <h2 id="actors-h">Actors</h2>
      {actors.length ? (
        <ul className="plain">
          {actors.map((a) => (
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
  );
}

export function SourcesSection({
  event,
  articles,
  sources,
}: {
  event: EventView;
  articles: Loaded<typeof articlesOfEvent>;
  sources: Loaded<typeof listEventSources>;
}) {
  return (
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
  );
}

export function RelatedSection({ related, back }: { related: Loaded<typeof listRelatedEvents>; back: string }) {
  return (
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
  );
}

/** The event's history and its merged events'; names link to each person's activity where the reader may see it. */
export function HistorySection({
  revisions,
  merged,
  caller,
}: {
  revisions: Loaded<typeof listRevisions>;
  merged: Loaded<typeof listMergedHistories>;
  caller: Caller;
}) {
  const accounts = caller.kind !== 'open';
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      <RevisionList revisions={revisions} labels={FIELD_LABELS} accounts={accounts} caller={caller} />
      {merged.map((m) => (
        <section key={m.id} aria-labelledby={`merged-${m.id}-h`} className="merged-history">
          <h3 id={`merged-${m.id}-h`}>
            History of event #{m.id}, “{m.title}”, merged into this one
          </h3>
          <RevisionList revisions={m.revisions} labels={FIELD_LABELS} accounts={accounts} caller={caller} />
        </section>
      ))}
    </section>
  );
}
