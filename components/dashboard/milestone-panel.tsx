'use client';
// "Did the Sochi summit calm the border?": matching events in the N days before and after a
// milestone, under the current filters (except From/To, which the milestone replaces).
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeDate } from '@/lib/dates/precision';
import { aroundOptions, milestonesOptions } from '@/lib/query/options';
import { EmptyState, ErrorState, Skeleton, Widget } from '@/components/ui/widget';
import type { UrlState } from './use-url-state';

const DAY_CHOICES = [7, 14, 30, 90, 180, 365];
/** A longer list is cut to the most recent ones (a large dataset can hold hundreds). */
const MAX_CHOICES = 60;

export function MilestonePanel({ state }: { state: UrlState }) {
  const { filterKey, conflict, update } = state;
  const milestones = useQuery(milestonesOptions(conflict));
  const allChoices = (milestones.data?.events ?? []).filter((m) => m.precision === 'day');
  const choices = allChoices.slice(-MAX_CHOICES);
  const [picked, setPicked] = useState<number | null>(null);
  const [days, setDays] = useState(30);
  const chosen =
    choices.find((m) => m.id === picked) ?? choices.findLast((m) => /sochi/i.test(m.title)) ?? choices.at(-1);
  const withoutDates = new URLSearchParams(filterKey);
  withoutDates.delete('from');
  withoutDates.delete('to');
  const around = useQuery({
    ...aroundOptions(withoutDates.toString(), chosen?.id ?? 0, days),
    enabled: Boolean(chosen),
  });
  const mId = useId();
  const dId = useId();
  const change = around.data ? around.data.after.events - around.data.before.events : 0;

  return (
    <Widget title="Before and after a milestone" id="milestones">
      {milestones.isPending ? (
        <Skeleton height={120} label="Loading milestones" />
      ) : milestones.isError ? (
        <ErrorState error={milestones.error} retry={() => milestones.refetch()} />
      ) : !chosen ? (
        <EmptyState>No milestones (ceasefires, summits, agreements) dated to the day in this conflict.</EmptyState>
      ) : (
        <>
          <div className="filters">
            <div className="field">
              <label htmlFor={mId}>Milestone</label>
              <select
                id={mId}
                value={chosen.id}
                onChange={(e) => setPicked(Number(e.target.value))}
                style={{ maxWidth: '26em' }}
              >
                {choices.map((m) => (
                  <option key={m.id} value={m.id}>
                    {describeDate(m)} — {m.title}
                  </option>
                ))}
              </select>
              {allChoices.length > choices.length ? (
                <span className="hint">
                  The {MAX_CHOICES} most recent of {allChoices.length.toLocaleString('en')}
                </span>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={dId}>Days each side</label>
              <select id={dId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
                {DAY_CHOICES.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {around.isPending ? (
            <Skeleton height={60} label="Counting" />
          ) : around.isError ? (
            <ErrorState error={around.error} retry={() => around.refetch()} />
          ) : (
            <div aria-live="polite">
              <table className="data" style={{ marginTop: 10 }}>
                <caption className="visually-hidden">Matching events before and after {chosen.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Window</th>
                    <th scope="col">Dates</th>
                    <th scope="col">Events</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{days} days before</th>
                    <td>
                      {around.data.before.from} – {around.data.before.to}
                    </td>
                    <td>{around.data.before.events.toLocaleString('en')}</td>
                  </tr>
                  <tr>
                    <th scope="row">{days} days after</th>
                    <td>
                      {around.data.after.from} – {around.data.after.to}
                    </td>
                    <td>{around.data.after.events.toLocaleString('en')}</td>
                  </tr>
                </tbody>
              </table>
              <p className="note">
                {change === 0
                  ? 'No change'
                  : change > 0
                    ? `${change.toLocaleString('en')} more after`
                    : `${(-change).toLocaleString('en')} fewer after`}{' '}
                under the current filters (the milestone’s own day is left out).{' '}
                <button
                  type="button"
                  onClick={() =>
                    update((p) => {
                      p.set('from', around.data.before.from);
                      p.set('to', around.data.after.to);
                      p.delete('bucket');
                    })
                  }
                >
                  Show this period
                </button>
              </p>
            </div>
          )}
        </>
      )}
    </Widget>
  );
}
