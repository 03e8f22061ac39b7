// Choosing the other event of a merge: this event's likely duplicates, and a search (a plain GET form,
// so it works before any script has loaded).
import Link from 'next/link';
import { getDb } from '@/db/client';
import type { EventView } from '@/db/queries/event-shape';
import { likelyDuplicatesOf, searchOtherEvents } from '@/db/queries/merge-candidates';
import { formatAtPrecision } from '@/lib/dates/precision';

export async function MergePicker({ event, q }: { event: EventView; q: string }) {
  const db = await getDb();
  const [likely, found] = await Promise.all([
    likelyDuplicatesOf({ db, id: event.id }),
    searchOtherEvents({ db, id: event.id, q }),
  ]);
  const link = (id: number) => `/events/${event.id}/merge?with=${id}`;
  return (
    <>
      <section className="widget" aria-labelledby="likely-h">
        <h2 id="likely-h">Likely duplicates of this event</h2>
        {likely.length ? (
          <ul className="plain merge-candidates">
            {likely.map((c) => (
              <li key={c.id}>
                <Link href={link(c.id)}>
                  #{c.id} {c.title}
                </Link>{' '}
                <span className="note">
                  — {c.dateStart}; {c.reasons.join(', ')}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="note">No stored event overlaps its dates with a shared actor or a similar title.</p>
        )}
      </section>
      <section className="widget" aria-labelledby="search-h">
        <h2 id="search-h">Find the other event</h2>
        <form method="get" className="filters">
          <div className="field search">
            <label htmlFor="merge-q">Search events</label>
            <input id="merge-q" name="q" type="search" defaultValue={q} placeholder="Words of the title, or #id" />
          </div>
          <button type="submit">Search</button>
        </form>
        {q ? (
          found.length ? (
            <ul className="plain merge-candidates">
              {found.map((e) => (
                <li key={e.id}>
                  <Link href={link(e.id)}>
                    #{e.id} {e.title}
                  </Link>{' '}
                  <span className="note">— {formatAtPrecision(e.dateStart, e.precision)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="note" role="status">
              No other event matches “{q}”.
            </p>
          )
        ) : null}
      </section>
    </>
  );
}
