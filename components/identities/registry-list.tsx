// The page of a registry (/actors, /places), written once: its heading and count, the link to the
// reconciliation queue, the search, a table of records (name first, linking to the record's page,
// then the kind's own columns) and the pages. Each page says only which columns it shows.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RecordPage } from '@/db/queries/identity-shared';
import { emptyRegistryNote } from '@/lib/identities/registry-words';
import { plural, pluralNoun } from '@/lib/text/plural';
import type { KindLabels } from './kinds';
import { QueueLink } from './registry-notes';
import { Pagination, RegistrySearch } from './registry-parts';

export interface Column<T> {
  header: string;
  cell: (record: T) => ReactNode;
  className?: string;
}

interface Props<T> {
  k: KindLabels;
  list: RecordPage<T>;
  q: string;
  queueOpen: number;
  /** What a search found nothing in: "a name or alias", "a name". */
  searched: string;
  columns: Column<T>[];
}

export function RegistryList<T extends { id: number; name: string; events: number }>(p: Props<T>) {
  const { k, list, q } = p;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <main className="page registry-page">
      <section className="widget" aria-labelledby={`${k.plural}-h`}>
        <div className="review-head">
          <h1 id={`${k.plural}-h`}>{k.title}</h1>
          <p className="note" role="status">
            {plural(list.total, k.noun, k.plural)}
            {q ? ` matching “${q}”` : ''}
          </p>
          <QueueLink kind={k.kind} open={p.queueOpen} />
        </div>
        <RegistrySearch q={q} label={`Search ${k.plural}`} />
        {list.items.length === 0 ? (
          <EmptyNote
            noun={k.noun}
            plural={k.plural}
            q={q}
            searched={p.searched}
            total={list.total}
            page={list.page}
            pages={pages}
          />
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={k.title}>
            <table className="data-table registry-table">
              <caption className="visually-hidden">
                {k.title}, page {list.page}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{k.noun[0]!.toUpperCase() + k.noun.slice(1)}</th>
                  {p.columns.map((c) => (
                    <th key={c.header} scope="col">
                      {c.header}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Events
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link href={`${k.page}/${r.id}`}>{r.name}</Link>
                    </th>
                    {p.columns.map((c) => (
                      <td key={c.header} data-label={c.header} className={c.className}>
                        {c.cell(r)}
                      </td>
                    ))}
                    <td data-label="Events" className="num">
                      {r.events.toLocaleString('en')}
                      <span className="unit"> {pluralNoun(r.events, 'event')}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination q={q} page={list.page} pages={pages} label={`Pages of ${k.plural}`} />
      </section>
    </main>
  );
}

function EmptyNote(p: Parameters<typeof emptyRegistryNote>[0]) {
  const note = emptyRegistryNote(p);
  return (
    <p className="empty">
      {note.text}
      {note.firstPage ? (
        <>
          {' '}
          <Link href={note.firstPage}>Go to the first page</Link>.
        </>
      ) : null}
    </p>
  );
}

/** Names as chips, or a dash for none. */
export function NameChips({ names }: { names: { key: string | number; name: string; note?: string }[] }) {
  if (!names.length) return '—';
  return names.map((n) => (
    <span key={n.key} className="name-chip">
      {n.name}
      {n.note ? <span className="period"> ({n.note})</span> : null}
    </span>
  ));
}
