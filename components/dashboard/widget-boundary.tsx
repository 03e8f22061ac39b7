'use client';
// One dashboard widget's boundary: its skeleton while its first data streams in from the server (the page
// prefetches without awaiting), and its error, with Try again, when that data cannot be had. A filter change is
// a transition, so a widget keeps its last picture while the next one loads instead of falling back.
import { QueryErrorResetBoundary, useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { axisFetchWindow } from '@/lib/axis/scale';
import { axisOptions, eventsInfiniteOptions } from '@/lib/query/options';
import { eventFiltersSchema, parseWith, searchParamsToObject } from '@/lib/validation/filters';
import { Component, Suspense, type ReactNode } from 'react';
import { ErrorState, Skeleton, Widget } from '@/components/ui/widget';
import type { UrlState } from './use-url-state';
import { plural } from '@/lib/text/plural';

interface Frame {
  title: string;
  id: string;
  className?: string;
}

export function WidgetBoundary({
  frame,
  skeleton,
  resetKey,
  children,
}: {
  frame: Frame;
  /** The skeleton's height and what it says it is loading. */
  skeleton: { height: number; label: string };
  /** A new view (the URL's query) clears an error, so the widget tries the new filters. */
  resetKey: string;
  children: ReactNode;
}) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary frame={frame} resetKey={resetKey} onReset={reset}>
          <Suspense
            fallback={
              <Widget {...frame}>
                <Skeleton {...skeleton} />
              </Widget>
            }
          >
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

interface BoundaryProps {
  /** null: show nothing in its place (the count). */
  frame: Frame | null;
  resetKey: string;
  onReset: () => void;
  children: ReactNode;
}

// React has no hook for catching a render error: an error boundary is still a class.
class ErrorBoundary extends Component<BoundaryProps, { error: unknown; key: string | null }> {
  state = { error: null as unknown, key: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string | null }) {
    // Remember the view that failed; another view starts clean.
    if (state.error == null) return { key: props.resetKey };
    return state.key !== props.resetKey ? { error: null, key: props.resetKey } : null;
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error == null) return this.props.children;
    if (!this.props.frame) return 'Counting…';
    return (
      <Widget {...this.props.frame}>
        <ErrorState error={this.state.error} retry={this.retry} />
      </Widget>
    );
  }
}

/** The number of matching events (the timeline's first page, same key: one request, one number), streamed in with
 *  "Counting…" until then. A failed count says nothing: the widgets below say why. */
export function EventCount({ state }: { state: UrlState }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary frame={null} resetKey={state.params.toString()} onReset={reset}>
          <Suspense fallback="Counting…">
            <Count state={state} />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function Count({ state }: { state: UrlState }) {
  const total = useSuspenseInfiniteQuery({
    ...eventsInfiniteOptions(state.filterKey, state.view.sort),
    select: (d) => d.pages[0]?.total ?? 0,
  }).data;
  return plural(total, 'event');
}

/** Holds the time axis (which reads its data with useQuery) until the data the server streams for it is in, so the
 *  axis renders the same on the server and in the browser. */
export function AxisReady({ state, children }: { state: UrlState; children: ReactNode }) {
  const parsed = parseWith(eventFiltersSchema, searchParamsToObject(state.params));
  const bounds = parsed.ok ? parsed.value : { from: undefined, to: undefined };
  useSuspenseQuery(axisOptions(state.filterKey, axisFetchWindow(bounds)));
  return children;
}
