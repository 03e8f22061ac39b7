// Server-rendered parts the /actors and /places pages share: the search box, the pages of a long
// registry, an alias's period, and a record's latest events.
import Link from 'next/link';
import type { RecentEvent } from '@/db/queries/identity-shared';
import { describeDate } from '@/lib/dates/precision';
import { plural } from '@/lib/text/plural';
import { registryPageHref } from '@/lib/identities/registry-words';

export function RegistrySearch({ q, label }: { q: string; label: string }) {
  return (
    <form role="search" method="get" className="filters registry-search" aria-label={label}>
      <div className="field search">
        <label htmlFor="registry-q">Search</label>
        <input id="registry-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder="Any name" />
      </div>
      <button type="submit">Search</button>
      {q ? (
        <Link href="?" className="button-link">
          Clear
        </Link>
      ) : null}
    </form>
  );
}

export function Pagination({ q, page, pages, label }: { q: string; page: number; pages: number; label: string }) {
  if (pages <= 1) return null;
  const href = (p: number) => registryPageHref(q, p);
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page.toLocaleString('en')} of {pages.toLocaleString('en')}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

/** "from 2003", "until 2003-10-31", "1993-06-15 – 2003-10-31", or nothing for an alias that always held. */
export function period(a: { validFrom: string | null; validTo: string | null }): string {
  if (a.validFrom && a.validTo) return `${a.validFrom} – ${a.validTo}`;
  if (a.validFrom) return `from ${a.validFrom}`;
  return a.validTo ? `until ${a.validTo}` : '';
}

export function RecentEvents({
  events,
  total,
  dashboard,
}: {
  events: RecentEvent[];
  total: number;
  dashboard: string;
}) {
  return (
    <section className="widget" aria-labelledby="recent-h">
      <h2 id="recent-h">Latest events</h2>
      {events.length === 0 ? (
        <p className="empty">No events yet.</p>
      ) : (
        <ul className="plain recent-events">
          {events.map((e) => (
            <li key={e.id}>
              <span className="when">{describeDate(e)}</span> <Link href={`/events/${e.id}`}>{e.title}</Link>
              {e.deleted ? <span className="hint"> (deleted)</span> : null}
            </li>
          ))}
        </ul>
      )}
      {total > 0 ? (
        <p>
          <Link href={dashboard}>All {plural(total, 'event')} on the dashboard</Link>
        </p>
      ) : null}
    </section>
  );
}

/** "39.8153, 46.7519", or a dash for a place without coordinates. */
export const coordinatesText = ({ lat, lon }: { lat: number | null; lon: number | null }) =>
  lat === null || lon === null ? '—' : `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
