// The frame of a record's page (/actors/:id, /places/:id): back link, the record's facts and
// names, the merges into it, the editor's forms and the latest events.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MergeSummary } from '@/db/queries/merges';
import type { RecentEvent } from '@/db/queries/identity-shared';
import { MergeHistory } from './merge-history';
import { RecentEvents } from './registry-parts';

interface Props {
  noun: 'actor' | 'place';
  name: string;
  facts: [string, ReactNode][];
  names: ReactNode;
  merges: MergeSummary[];
  editor: ReactNode;
  merge: ReactNode;
  recent: RecentEvent[];
  events: number;
  dashboard: string;
}

export function RecordPage(p: Props) {
  const list = p.noun === 'actor' ? { href: '/actors', label: 'Actors' } : { href: '/places', label: 'Places' };
  return (
    <main className="page registry-page identity-page">
      <p className="back">
        <Link href={list.href}>← {list.label}</Link>
      </p>
      <section className="widget" aria-labelledby="record-h">
        <h1 id="record-h">{p.name}</h1>
        <dl className="facts">
          {p.facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {p.names}
      </section>
      <MergeHistory merges={p.merges} noun={p.noun} />
      <section className="widget" aria-labelledby="edit-h">
        <h2 id="edit-h">Edit</h2>
        {p.editor}
        {p.merge}
      </section>
      <RecentEvents events={p.recent} total={p.events} dashboard={p.dashboard} />
    </main>
  );
}
