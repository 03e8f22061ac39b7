'use client';
// The dashboard: the filter bar over the charts, timeline and map. Every widget reads the same
// filters from the URL and owns its data through TanStack Query; the chart, the timeline and the map, whose
// data the server streams, each wait behind their own skeleton.
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
import { useUrlState, withFilterErrors } from './use-url-state';
import { useViewShare } from './use-view-share';
import { AxisReady, EventCount, WidgetBoundary } from './widget-boundary';
import { useSyncExternalStore } from 'react';
import type { ParamError } from '@/lib/validation/filters';

export function Dashboard({
  basemap,
  filterErrors = [],
}: {
  basemap: Basemap;
  /** What the URL's filters name that does not exist (an unknown actor, place or conflict), found by the server. */
  filterErrors?: ParamError[];
}) {
  const state = withFilterErrors(useUrlState(), filterErrors);
  const share = useViewShare(state);
  const view = state.params.toString();
  return (
    <main className="page" data-hydrated={useHydrated() ? 'true' : undefined}>
      <div className="page-head">
        <ConflictHeading conflict={state.conflict} />
        {state.errors.length ? null : <SharePanel state={state} share={share} />}
      </div>
      <ChangedSince state={state} share={share} />
      <section className="widget" aria-label="Filters" style={{ marginBottom: 16 }}>
        <FilterBar state={state} count={state.errors.length ? <>0 events</> : <EventCount state={state} />} />
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
          <WidgetBoundary
            frame={{ title: 'Time axis', id: 'time-axis-loading' }}
            skeleton={{ height: 180, label: 'Loading the time axis' }}
            resetKey={view}
          >
            <AxisReady state={state}>
              <TimeAxis state={state} share={share} />
            </AxisReady>
          </WidgetBoundary>
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
            <WidgetBoundary
              frame={{ title: 'Most involved actors', id: 'actors' }}
              skeleton={{ height: 300, label: 'Loading actors' }}
              resetKey={view}
            >
              <ActorsChart state={state} share={share} />
            </WidgetBoundary>
          </div>
        </div>
      )}
    </main>
  );
}

const noSubscription = () => () => {};
/** False in the server's markup, true once React has taken over the page: the widgets now stream in before the
 *  page's script runs, so a test (or a script) that wants to click waits for this (`data-hydrated`). */
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
