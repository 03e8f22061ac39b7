// The frame of a record's page (/actors/:id, /places/:id): back link, the record's facts and
// names, the merges into it, the editor's forms and the latest events.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { IdentityKind } from '@/db/queries/identity-merge';
import type { MergeSummary } from '@/db/queries/merges';
import type { RecentEvent } from '@/db/queries/identity-shared';
import { KINDS } from './kinds';
import { MergeForm } from './merge-form';
import { MergeHistory } from './merge-history';
import { RecentEvents } from './registry-parts';
import { ControlRefusal } from '@/components/accounts/control-refusal';
import { mayRequest } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';

interface Props {
  kind: IdentityKind;
  record: { id: number; name: string; events: number; recent: RecentEvent[] };
  facts: [string, ReactNode][];
  /** Its other names (aliases with their periods, or a place's other names). */
  names: { key: string | number; name: string; note?: string }[];
  merges: MergeSummary[];
  editor: ReactNode;
  dashboard: string;
}

export async function RecordPage({ kind, record, facts, names, merges, editor, dashboard }: Props) {
  const k = KINDS[kind];
  const { caller } = await currentCaller();
  const path = `${k.api}/${record.id}`;
  const back = `${k.page}/${record.id}`;
  return (
    <main className="page registry-page identity-page">
      <p className="back">
        <Link href={k.page}>← {k.title}</Link>
      </p>
      <section className="widget" aria-labelledby="record-h">
        <h1 id="record-h">{record.name}</h1>
        <dl className="facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <h2>{k.names}</h2>
        {names.length === 0 ? (
          <p className="empty">No {k.names.toLowerCase()}.</p>
        ) : (
          <ul className="plain names-list" aria-label={k.names}>
            {names.map((n) => (
              <li key={n.key}>
                {n.name}
                {n.note ? <span className="period"> — {n.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MergeHistory merges={merges} noun={kind} mayUndo={mayRequest(caller, 'POST', '/api/merges/1/undo')} />
      <section className="widget" aria-labelledby="edit-h">
        <h2 id="edit-h">Edit</h2>
        {mayRequest(caller, 'PATCH', path) ? (
          editor
        ) : (
          <ControlRefusal caller={caller} method="PATCH" path={path} back={back} />
        )}
        {mayRequest(caller, 'POST', `${path}/merge`) ? (
          <MergeForm kind={kind} id={record.id} name={record.name} events={record.events} />
        ) : null}
      </section>
      <RecentEvents events={record.recent} total={record.events} dashboard={dashboard} />
    </main>
  );
}
