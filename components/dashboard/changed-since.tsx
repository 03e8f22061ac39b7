'use client';
// A cited view (its URL carries asOf) says plainly whether the data has changed since it was cited,
// and lists the changes that touch its filters, each a link to the event and its history.
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { instantInWords } from '@/lib/share/citation';
import { changesOptions } from '@/lib/query/options';
import { ErrorState } from '@/components/ui/widget';
import type { UrlState } from './use-url-state';
import type { ViewShare } from './use-view-share';

const DONE: Record<string, string> = {
  create: 'added',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
  import: 'updated by an import',
};

export function ChangedSince({ state, share }: { state: UrlState; share: ViewShare }) {
  const { asOf, asOfError } = share;
  const changes = useQuery({
    ...changesOptions(state.filterKey, asOf),
    enabled: Boolean(asOf) && !state.errors.length,
  });
  if (asOfError)
    return (
      <div role="alert" className="widget error notice">
        <strong>asOf</strong>: {asOfError}. This page shows the data as it is now.
      </div>
    );
  if (!asOf || state.errors.length || changes.isPending) return null;
  if (changes.isError) return <ErrorState error={changes.error} retry={() => changes.refetch()} />;
  const { total, more, changes: list } = changes.data;
  if (total === 0)
    return (
      <p className="notice note" role="status" data-testid="changed-since">
        Cited view: nothing that these filters select has changed since {instantInWords(asOf)}.
      </p>
    );
  return (
    <section className="widget notice changed" aria-labelledby="changed-since-title" data-testid="changed-since">
      <h2 id="changed-since-title">The data has changed since this view was cited</h2>
      <p>
        {more ? 'More than 1,000' : total.toLocaleString('en')} {total === 1 ? 'change' : 'changes'} since{' '}
        {instantInWords(asOf)} touch {total === 1 ? 'an event' : 'events'} of these filters. The page shows the data as
        it is now; each event&apos;s page keeps what it said before.
      </p>
      <ul className="changes" tabIndex={0} aria-label="Changes since this view was cited">
        {list.map((c) => (
          <li key={c.id}>
            <time dateTime={c.at}>{instantInWords(c.at)}</time>:{' '}
            <Link href={`/events/${c.eventId}`}>{c.eventTitle}</Link> {DONE[c.action] ?? c.action}
            {c.reason ? ` (${c.reason})` : ''}
          </li>
        ))}
      </ul>
      {total > list.length ? <p className="note">The {list.length} latest of them are listed here.</p> : null}
    </section>
  );
}
