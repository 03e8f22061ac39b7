'use client';
// One dashboard widget's boundary: its skeleton while its first data streams in from the server (the page
// prefetches without awaiting), and its error, with Try again, when that data cannot be had. A filter change is
// a transition, so a widget keeps its last picture while the next one loads instead of falling back.
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { ErrorState, Skeleton, Widget } from '@/components/ui/widget';

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
  frame: Frame;
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
    return (
      <Widget {...this.props.frame}>
        <ErrorState error={this.state.error} retry={this.retry} />
      </Widget>
    );
  }
}
