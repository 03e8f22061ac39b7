'use client';
// The embed: the view's name, its frequency chart and its events, read-only. No filters, no forms, no
// edit links; every link opens Faultline in a new tab, outside the article that frames it.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { EventView } from '@/db/queries/event-shape';
import { describeDate } from '@/lib/dates/precision';
import { instantInWords } from '@/lib/share/citation';
import { eventsInfiniteOptions, frequencyOptions } from '@/lib/query/options';
import { dashboardQuery } from '@/lib/validation/filters';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/widget';
import { TypeBadge } from '@/components/dashboard/event-card';
import { FrequencyFigure } from '@/components/dashboard/frequency-figure';
import { useUrlState, withFilterErrors, type UrlState } from '@/components/dashboard/use-url-state';
import type { ParamError } from '@/lib/validation/filters';
import { useViewShare } from '@/components/dashboard/use-view-share';
import { plural } from '@/lib/text/plural';

const NEW_TAB = { target: '_blank', rel: 'noopener' } as const;

function EmbedChart({ state }: { state: UrlState }) {
  const { filterKey, view, conflict } = state;
  const freq = useQuery(frequencyOptions(filterKey, view.bucket, view.split, view.spread));
  if (freq.isPending) return <Skeleton height={300} label="Loading the chart" />;
  if (freq.isError) return <ErrorState error={freq.error} retry={() => freq.refetch()} />;
  if (freq.data.total === 0) return <EmptyState>No events match these filters.</EmptyState>;
  return <FrequencyFigure data={freq.data} conflict={conflict} />;
}

function EmbedEvent({ event }: { event: EventView }) {
  return (
    <li>
      <div className="meta">
        {describeDate(event)} <TypeBadge type={event.eventType} subType={event.subType} />
        {event.location ? ` ${event.location.name}` : ''}
      </div>
      <Link href={`/events/${event.id}`} {...NEW_TAB}>
        {event.title}
      </Link>
      {event.actors.length ? <div className="meta">{event.actors.map((a) => a.name).join(', ')}</div> : null}
    </li>
  );
}

function EmbedEvents({ state }: { state: UrlState }) {
  const query = useInfiniteQuery(eventsInfiniteOptions(state.filterKey, state.view.sort));
  if (query.isPending) return <Skeleton height={200} label="Loading events" />;
  if (query.isError) return <ErrorState error={query.error} retry={() => query.refetch()} />;
  const events = query.data.pages.flatMap((p) => p.events);
  const total = query.data.pages[0]?.total ?? 0;
  if (!total) return <EmptyState>No events match these filters.</EmptyState>;
  return (
    <section aria-label={`Timeline, ${plural(total, 'event')}`}>
      <h2 className="embed-count">
        {plural(total, 'event')}, {state.view.sort === 'asc' ? 'oldest' : 'newest'} first
      </h2>
      <ul className="embed-list">
        {events.map((e) => (
          <EmbedEvent key={e.id} event={e} />
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : `Show more of the ${total.toLocaleString('en')} events`}
        </button>
      ) : null}
    </section>
  );
}

/** `filterErrors`: what the URL's filters name that does not exist, found by the server (app/embed/page.tsx). */
export function EmbedView({ filterErrors = [] }: { filterErrors?: ParamError[] }) {
  const state = withFilterErrors(useUrlState(), filterErrors);
  const share = useViewShare(state);
  const query = dashboardQuery(state.params);
  return (
    <main className="embed-page">
      <header className="embed-head">
        <div>
          <h1>{share.conflictName} timeline</h1>
          <p>{share.words.replace(/^./, (c) => c.toUpperCase())}</p>
        </div>
        <Link href={`/${query ? `?${query}` : ''}`} {...NEW_TAB}>
          Open in Faultline ↗
        </Link>
      </header>
      {state.errors.length ? (
        <div role="alert" className="widget error">
          <p>These filters cannot be used:</p>
          <ul>
            {state.errors.map((e) => (
              <li key={e.param + e.message}>
                <strong>{e.param}</strong>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <section className="widget" aria-label="Incident frequency">
            <EmbedChart state={state} />
          </section>
          <section className="widget" aria-label="Events">
            <EmbedEvents state={state} />
          </section>
        </>
      )}
      <p className="embed-foot">
        {share.latest ? `Data as of ${instantInWords(share.latest)} · ` : ''}
        <Link href="/" {...NEW_TAB}>
          Faultline
        </Link>
        : dated, sourced events
      </p>
    </main>
  );
}
