// The gazetteer: every place with its other names, country, region, coordinates and event count,
// searchable and paged on the server; each opens its record, where an editor can change it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listPlaceRecords } from '@/db/queries/place-records';
import { listQueue } from '@/db/queries/reconciliation';
import { Pagination, RegistrySearch } from '@/components/identities/registry-parts';
import { QueueLink, RegistryError } from '@/components/identities/registry-notes';
import { searchParamsToObject, parseWith } from '@/lib/validation/filters';
import { REGISTRY_PAGE_SIZE, registryQuerySchema } from '@/lib/validation/identities';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Places — Faultline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const coords = (lat: number | null, lon: number | null) =>
  lat === null || lon === null ? '—' : `${lat.toFixed(4)}, ${lon.toFixed(4)}`;

export default async function PlacesPage({ searchParams }: Props) {
  const parsed = parseWith(registryQuerySchema, searchParamsToObject(await searchParams));
  if (!parsed.ok) return <RegistryError title="Places" errors={parsed.errors} />;
  const { q = '', page } = parsed.value;
  const db = await getDb();
  const [list, queue] = await Promise.all([
    listPlaceRecords({ db, q: q || undefined, page, pageSize: REGISTRY_PAGE_SIZE }),
    listQueue({ db, kind: 'place', limit: 1 }),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / REGISTRY_PAGE_SIZE));
  return (
    <main className="page registry-page">
      <section className="widget" aria-labelledby="places-h">
        <div className="review-head">
          <h1 id="places-h">Places</h1>
          <p className="note" role="status">
            {list.total.toLocaleString('en')} {list.total === 1 ? 'place' : 'places'}
            {q ? ` matching “${q}”` : ''}
          </p>
          <QueueLink kind="place" open={queue.total} />
        </div>
        <RegistrySearch q={q} label="Search places" />
        {list.items.length === 0 ? (
          <p className="empty">
            {q ? `No place has a name matching “${q}”.` : 'No places yet: they come with events.'}
          </p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Places">
            <table className="data-table registry-table">
              <caption className="visually-hidden">Places, page {page}</caption>
              <thead>
                <tr>
                  <th scope="col">Place</th>
                  <th scope="col">Other names</th>
                  <th scope="col">Country, region</th>
                  <th scope="col">Coordinates</th>
                  <th scope="col" className="num">
                    Events
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link href={`/places/${p.id}`}>{p.name}</Link>
                    </th>
                    <td data-label="Other names" className="names">
                      {p.altNames.length
                        ? p.altNames.map((n) => (
                            <span key={n} className="name-chip">
                              {n}
                            </span>
                          ))
                        : '—'}
                    </td>
                    <td data-label="Country, region">{[p.country, p.admin1].filter(Boolean).join(', ') || '—'}</td>
                    <td data-label="Coordinates" className="coords">
                      {coords(p.lat, p.lon)}
                    </td>
                    <td data-label="Events" className="num">
                      {p.events.toLocaleString('en')}
                      <span className="unit"> {p.events === 1 ? 'event' : 'events'}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination q={q} page={page} pages={pages} label="Pages of places" />
      </section>
    </main>
  );
}
