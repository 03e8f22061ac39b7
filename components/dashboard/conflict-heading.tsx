'use client';
// The page says what it is about: the conflict's name, its span, how many events it holds and its
// turning points (each a link to its event), whatever the filters narrow the widgets to.
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { keyMilestones } from '@/lib/dashboard/key-milestones';
import { describeDate } from '@/lib/dates/precision';
import { conflictsOptions, milestonesOptions } from '@/lib/query/options';

export function ConflictHeading({ conflict }: { conflict: string | undefined }) {
  const conflicts = useQuery(conflictsOptions());
  const milestones = useQuery(milestonesOptions(conflict));
  const list = conflicts.data?.conflicts ?? [];
  const current = conflict ? list.find((c) => c.slug === conflict) : list[0];
  const name = current?.name ?? (conflicts.isPending ? 'Conflict timeline' : 'Unknown dataset');
  const span =
    current?.firstYear && current.lastYear
      ? current.firstYear === current.lastYear
        ? String(current.firstYear)
        : `${current.firstYear}–${current.lastYear}`
      : null;
  const key = keyMilestones(milestones.data?.events ?? []);
  return (
    <header className="conflict-heading">
      <h1>{name}</h1>
      {current ? (
        <p className="conflict-facts" data-testid="conflict-facts">
          {span ? `${span} · ` : null}
          {current.events.toLocaleString('en')} events in all
        </p>
      ) : null}
      {key.length ? (
        <nav aria-label="Key milestones" className="key-milestones">
          <span className="note">Key milestones:</span>
          <ol>
            {key.map((m) => (
              <li key={m.id}>
                <Link href={`/events/${m.id}`}>
                  <time dateTime={m.dateStart}>
                    {describeDate({ dateStart: m.dateStart, dateEnd: m.dateEnd, precision: m.precision })}
                  </time>{' '}
                  {m.title.split(':')[0]}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </header>
  );
}
