'use client';
// The timeline: events in date order, grouped by year and month, fetched a page at a time from the
// server and virtualised, so 100,000 matching events keep the page responsive and the DOM small.
// A role="feed" of <article>s, as the ARIA feed pattern asks.
import {
  useSuspenseInfiniteQuery,
  type InfiniteData,
  type UseSuspenseInfiniteQueryResult,
} from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { EventView } from '@/db/queries/event-shape';
import type { EventPage } from '@/db/queries/events';
import { eventsInfiniteOptions } from '@/lib/query/options';
import { EmptyState, Widget } from '@/components/ui/widget';
import { dashboardQuery } from '@/lib/validation/filters';
import { EventCard } from './event-card';
import { feedMove, focusableAfter, focusableBefore, focusArticle } from './timeline-keys';
import { FeedHelp } from './timeline-skip-link';
import type { UrlState } from './use-url-state';
import { plural } from '@/lib/text/plural';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Row = { event: EventView; index: number; group?: string };

function groupLabel(e: EventView): { key: string; label: string } {
  const y = e.dateStart.slice(0, 4);
  if (e.precision === 'year') return { key: y, label: `${y} (year only)` };
  const m = Number(e.dateStart.slice(5, 7));
  return { key: `${y}-${m}`, label: `${MONTHS[m - 1]} ${y}` };
}

/** Suspends until the first page is in (see WidgetBoundary); the feed is virtualised in TimelineFeed. */
export function Timeline({ state }: { state: UrlState }) {
  const { filterKey, view, update } = state;
  const query = useSuspenseInfiniteQuery(eventsInfiniteOptions(filterKey, view.sort));
  const total = query.data.pages[0]?.total ?? 0;
  return (
    <Widget
      title="Timeline"
      id="timeline"
      tools={<TimelineOrder view={view} update={update} />}
      className="timeline-widget"
    >
      {total === 0 ? (
        <EmptyState>No events match these filters. Try removing one, or widening From and To.</EmptyState>
      ) : (
        <TimelineFeed state={state} query={query} total={total} />
      )}
    </Widget>
  );
}

function TimelineOrder({ view, update }: Pick<UrlState, 'view' | 'update'>) {
  return (
    <>
      <label className="visually-hidden" htmlFor="timeline-sort">
        Order
      </label>
      <select
        id="timeline-sort"
        value={view.sort}
        onChange={(e) => update((p) => (e.target.value === 'desc' ? p.delete('sort') : p.set('sort', e.target.value)))}
      >
        <option value="desc">Newest first</option>
        <option value="asc">Oldest first</option>
      </select>
    </>
  );
}

type EventsQuery = UseSuspenseInfiniteQueryResult<InfiniteData<EventPage>>;

function useRows(pages: EventPage[]): Row[] {
  return useMemo(() => {
    const out: Row[] = [];
    let last = '';
    let index = 0;
    for (const page of pages) {
      for (const event of page.events) {
        const g = groupLabel(event);
        out.push({ event, index: ++index, group: g.key !== last ? g.label : undefined });
        last = g.key;
      }
    }
    return out;
  }, [pages]);
}

function TimelineFeed({ state, query, total }: { state: UrlState; query: EventsQuery; total: number }) {
  const { update, params } = state;
  const viewQuery = dashboardQuery(params);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useRows(query.data.pages);

  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.group ? 166 : 132),
    overscan: 6,
    // Lets the server render the first screenful, so events are visible before hydration.
    initialRect: { width: 640, height: 640 },
  });

  const loadMoreIfNearEnd = () => {
    const items = virtualizer.getVirtualItems();
    const lastItem = items[items.length - 1];
    if (lastItem && lastItem.index >= rows.length - 15 && query.hasNextPage && !query.isFetchingNextPage)
      void query.fetchNextPage();
  };

  const feedRef = useRef<HTMLDivElement>(null);
  const leaveFeed = (to: 'after' | 'before') => {
    const feed = feedRef.current;
    const target = feed && (to === 'after' ? focusableAfter(feed) : focusableBefore(feed));
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  };
  const onFeedKey = (e: React.KeyboardEvent) => {
    const article = (e.target as HTMLElement).closest<HTMLElement>('article[data-index]');
    if (!article) return;
    const move = feedMove(e, Number(article.dataset.index), rows.length);
    if (!move) return;
    e.preventDefault();
    if (move.to !== 'article') return leaveFeed(move.to);
    virtualizer.scrollToIndex(move.index, { align: 'auto' });
    focusArticle(scrollRef.current, move.index);
  };

  const addActor = (name: string) =>
    update((p) => {
      if (!p.getAll('actor').includes(name)) p.append('actor', name);
    });

  return (
    <>
      <FeedHelp onSkip={() => leaveFeed('after')} />
      <div ref={scrollRef} className="timeline-scroll" onScroll={loadMoreIfNearEnd} tabIndex={-1}>
        <div
          ref={feedRef}
          onKeyDown={onFeedKey}
          role="feed"
          aria-describedby="timeline-keys"
          aria-busy={query.isFetchingNextPage}
          aria-label={`Timeline, ${plural(total, 'event')}`}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <EventCard
                key={item.key}
                index={item.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                event={row.event}
                group={row.group}
                position={row.index}
                size={total}
                onActor={addActor}
                viewQuery={viewQuery}
              />
            );
          })}
        </div>
        {query.isFetchingNextPage ? (
          <p className="note" role="status">
            Loading more events…
          </p>
        ) : null}
      </div>
      <span id="timeline-end" />
    </>
  );
}
