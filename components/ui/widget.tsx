// A dashboard card: a heading, tools, and the right state — loading skeleton, error, empty or content.
import type { ReactNode } from 'react';

export function Widget({
  title,
  id,
  tools,
  className,
  children,
}: {
  title: string;
  id: string;
  tools?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`widget ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <header>
        <h2 id={`${id}-title`}>{title}</h2>
        {tools ? <div className="tools">{tools}</div> : null}
      </header>
      {children}
    </section>
  );
}

export function Skeleton({ height, label }: { height: number; label: string }) {
  return <div className="skeleton" style={{ height }} role="status" aria-label={label} />;
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div role="alert" className="error">
      <p>Could not load this: {error instanceof Error ? error.message : String(error)}</p>
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="note" role="status">
      {children}
    </p>
  );
}
