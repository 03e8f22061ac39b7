// The actor registry: every actor with its aliases and their periods, kind, country and event
// count, searchable and paged on the server; each opens its record, where an editor can change it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listActorRecords } from '@/db/queries/actor-records';
import { listQueue } from '@/db/queries/reconciliation';
import { Pagination, RegistrySearch, period } from '@/components/identities/registry-parts';
import { QueueLink, RegistryError } from '@/components/identities/registry-notes';
import { searchParamsToObject, parseWith } from '@/lib/validation/filters';
import { REGISTRY_PAGE_SIZE, registryQuerySchema } from '@/lib/validation/identities';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Actors — Faultline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActorsPage({ searchParams }: Props) {
  const parsed = parseWith(registryQuerySchema, searchParamsToObject(await searchParams));
  if (!parsed.ok) return <RegistryError title="Actors" errors={parsed.errors} />;
  const { q = '', page } = parsed.value;
  const db = await getDb();
  const [list, queue] = await Promise.all([
    listActorRecords({ db, q: q || undefined, page, pageSize: REGISTRY_PAGE_SIZE }),
    listQueue({ db, kind: 'actor', limit: 1 }),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / REGISTRY_PAGE_SIZE));
  return (
    <main className="page registry-page">
      <section className="widget" aria-labelledby="actors-h">
        <div className="review-head">
          <h1 id="actors-h">Actors</h1>
          <p className="note" role="status">
            {list.total.toLocaleString('en')} {list.total === 1 ? 'actor' : 'actors'}
            {q ? ` matching “${q}”` : ''}
          </p>
          <QueueLink kind="actor" open={queue.total} />
        </div>
        <RegistrySearch q={q} label="Search actors" />
        {list.items.length === 0 ? (
          <p className="empty">
            {q ? `No actor has a name or alias matching “${q}”.` : 'No actors yet: they come with events.'}
          </p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Actors">
            <table className="data-table registry-table">
              <caption className="visually-hidden">Actors, page {page}</caption>
              <thead>
                <tr>
                  <th scope="col">Actor</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Country</th>
                  <th scope="col">Aliases</th>
                  <th scope="col" className="num">
                    Events
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={`/actors/${a.id}`}>{a.name}</Link>
                    </th>
                    <td data-label="Kind">{a.kind.replace('-', ' ')}</td>
                    <td data-label="Country">{a.country ?? '—'}</td>
                    <td data-label="Aliases" className="names">
                      {a.aliases.length
                        ? a.aliases.map((al) => (
                            <span key={al.id} className="name-chip">
                              {al.alias}
                              {period(al) ? <span className="period"> ({period(al)})</span> : null}
                            </span>
                          ))
                        : '—'}
                    </td>
                    <td data-label="Events" className="num">
                      {a.events.toLocaleString('en')}
                      <span className="unit"> {a.events === 1 ? 'event' : 'events'}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination q={q} page={page} pages={pages} label="Pages of actors" />
      </section>
    </main>
  );
}
