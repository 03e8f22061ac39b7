'use client';
// The dashboard: the filter bar over the charts, timeline and map. Every widget reads the same
// filters from the URL and owns its data through TanStack Query; the chart, the timeline and the map, whose
// data the server streams, each wait behind their own skeleton.
import { useInfiniteQuery } from '@tanstack/react-query';
import { eventsInfiniteOptions } from '@/lib/query/options';
import { RegionMap } from '@/components/map/region-map';
import type { Basemap } from '@/components/map/basemap';
import { ActorsChart } from './actors-chart';
import { ChangedSince } from './changed-since';
import { ConflictHeading } from './conflict-heading';
import { FilterBar } from './filter-bar';
import { FrequencyChart } from './frequency-chart';
import { MilestonePanel } from './milestone-panel';
import { SharePanel } from './share-panel';
import { TimeAxis } from './time-axis/time-axis';
import { Timeline } from './timeline';
import { useUrlState } from './use-url-state';
import { useViewShare } from './use-view-share';
import { WidgetBoundary } from './widget-boundary';

export function Dashboard({ basemap }: { basemap: Basemap }) {
  const state = useUrlState();
  const share = useViewShare(state);
  const view = state.params.toString();
  // The count shares the timeline's first page (same key): one request, one number.
  const first = useInfiniteQuery({
    ...eventsInfiniteOptions(state.filterKey, state.view.sort),
    enabled: state.errors.length === 0,
    select: (d) => d.pages[0]?.total,
  });
  return (
    <main className="page">
      <div className="page-head">
        <ConflictHeading conflict={state.conflict} />
        {state.errors.length ? null : <SharePanel state={state} share={share} />}
      </div>
      <ChangedSince state={state} share={share} />
      <section className="widget" aria-label="Filters" style={{ marginBottom: 16 }}>
        <FilterBar state={state} total={state.errors.length ? 0 : first.data} />
      </section>
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
        <div className="dashboard">
          <WidgetBoundary
            frame={{ title: 'Incident frequency', id: 'frequency', className: 'frequency-widget' }}
            skeleton={{ height: 340, label: 'Loading the chart' }}
            resetKey={view}
          >
            <FrequencyChart state={state} share={share} />
          </WidgetBoundary>
          <TimeAxis state={state} />
          <WidgetBoundary
            frame={{ title: 'Timeline', id: 'timeline', className: 'timeline-widget' }}
            skeleton={{ height: 400, label: 'Loading events' }}
            resetKey={view}
          >
            <Timeline state={state} />
          </WidgetBoundary>
          <div style={{ display: 'grid', gap: 16, minWidth: 0 }}>
            <WidgetBoundary
              frame={{ title: 'Map', id: 'map', className: 'map' }}
              skeleton={{ height: 300, label: 'Loading the map' }}
              resetKey={view}
            >
              <RegionMap state={state} basemap={basemap} share={share} />
            </WidgetBoundary>
            <MilestonePanel state={state} />
            <ActorsChart state={state} total={first.data} share={share} />
          </div>
        </div>
      )}
    </main>
  );
}
