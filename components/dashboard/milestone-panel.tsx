'use client';
// "Did the Sochi summit calm the border?": matching events in the N days before and after a
// milestone, under the current filters (From/To cut the windows and limit the milestones offered);
// then any two periods of the analyst's choosing, compared by event type.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeDate, parseBound } from '@/lib/dates/precision';
import type { AroundMilestone } from '@/db/queries/around';
import type { EventView } from '@/db/queries/event-shape';
import { aroundOptions, milestonesOptions } from '@/lib/query/options';
import { EmptyState, ErrorState, Skeleton, Widget } from '@/components/ui/widget';
import { PeriodCompare } from './period-compare';
import type { UrlState } from './use-url-state';

const DAY_CHOICES = [7, 14, 30, 90, 180, 365];
/** A longer list is cut to the most recent ones (a large dataset can hold hundreds). */
const MAX_CHOICES = 60;

export function MilestonePanel({ state }: { state: UrlState }) {
  const { filterKey, conflict, update } = state;
  const milestones = useQuery(milestonesOptions(conflict));
  const filters = new URLSearchParams(filterKey);
  const from = parseBound(filters.get('from') ?? '', 'from');
  const to = parseBound(filters.get('to') ?? '', 'to');
  const allChoices = (milestones.data?.events ?? []).filter(
    (m) => m.precision === 'day' && (!from || m.dateStart >= from) && (!to || m.dateStart <= to),
  );
  const choices = allChoices.slice(-MAX_CHOICES);
  const [picked, setPicked] = useState<number | null>(null);
  const [days, setDays] = useState(30);
  const chosen =
    choices.find((m) => m.id === picked) ?? choices.findLast((m) => /sochi/i.test(m.title)) ?? choices.at(-1);
  const around = useQuery({
    ...aroundOptions(filterKey, chosen?.id ?? 0, days),
    enabled: Boolean(chosen),
  });
  return (
    <Widget title="Before and after a milestone" id="milestones">
      {milestones.isPending ? (
        <Skeleton height={120} label="Loading milestones" />
      ) : milestones.isError ? (
        <ErrorState error={milestones.error} retry={() => milestones.refetch()} />
      ) : !chosen ? (
        <EmptyState>
          No milestones (ceasefires, summits, agreements) dated to the day{' '}
          {from || to ? 'between From and To' : 'in this conflict'}.
        </EmptyState>
      ) : (
        <>
          <MilestoneFields
            choices={choices}
            chosen={chosen.id}
            onPick={setPicked}
            days={days}
            onDays={setDays}
            cut={allChoices.length > choices.length ? allChoices.length : 0}
          />
          {around.isPending ? (
            <Skeleton height={60} label="Counting" />
          ) : around.isError ? (
            <ErrorState error={around.error} retry={() => around.refetch()} />
          ) : (
            <AroundTable data={around.data} title={chosen.title} days={days} update={update} />
          )}
        </>
      )}
      <PeriodCompare
        filterKey={filterKey}
        initial={
          around.data
            ? {
                aFrom: around.data.before.from,
                aTo: around.data.before.to,
                bFrom: around.data.after.from,
                bTo: around.data.after.to,
              }
            : { aFrom: '', aTo: '', bFrom: '', bTo: '' }
        }
      />
    </Widget>
  );
}

function MilestoneFields({
  choices,
  chosen,
  onPick,
  days,
  onDays,
  cut,
}: {
  choices: EventView[];
  chosen: number;
  onPick: (id: number) => void;
  days: number;
  onDays: (days: number) => void;
  /** How many milestones there were when the list is cut to the most recent; 0 when it is not. */
  cut: number;
}) {
  const mId = useId();
  const dId = useId();
  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={mId}>Milestone</label>
        <select id={mId} value={chosen} onChange={(e) => onPick(Number(e.target.value))} style={{ maxWidth: '26em' }}>
          {choices.map((m) => (
            <option key={m.id} value={m.id}>
              {describeDate(m)} — {m.title}
            </option>
          ))}
        </select>
        {cut ? (
          <span className="hint">
            The {MAX_CHOICES} most recent of {cut.toLocaleString('en')}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={dId}>Days each side</label>
        <select id={dId} value={days} onChange={(e) => onDays(Number(e.target.value))}>
          {DAY_CHOICES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The two windows' counts, said in words under the table, and a button that zooms the dashboard to them. */
function AroundTable({
  data,
  title,
  days,
  update,
}: {
  data: AroundMilestone;
  title: string;
  days: number;
  update: UrlState['update'];
}) {
  return (
    <div aria-live="polite">
      <table className="data" style={{ marginTop: 10 }}>
        <caption className="visually-hidden">Matching events before and after {title}</caption>
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
            <td>{windowDates(data.before)}</td>
            <td>{data.before.events.toLocaleString('en')}</td>
          </tr>
          <tr>
            <th scope="row">{days} days after</th>
            <td>{windowDates(data.after)}</td>
            <td>{data.after.events.toLocaleString('en')}</td>
          </tr>
        </tbody>
      </table>
      <p className="note">
        <AroundSentence data={data} days={days} />{' '}
        <button
          type="button"
          onClick={() =>
            update((p) => {
              p.set('from', data.before.from);
              p.set('to', data.after.to);
              p.delete('bucket');
            })
          }
        >
          Show this period
        </button>
      </p>
    </div>
  );
}

const windowDates = (w: { from: string; to: string }) => (w.from > w.to ? 'outside From/To' : `${w.from} – ${w.to}`);

const events = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'}`;

/** The comparison in plain words: the two counts, the difference, and what is left out. */
function AroundSentence({ data, days }: { data: AroundMilestone; days: number }) {
  const { before, after } = data;
  const diff = after.events - before.events;
  const verdict =
    diff === 0
      ? 'the same number'
      : diff > 0
        ? `${events(diff)} more after the milestone`
        : `${events(-diff)} fewer after the milestone`;
  const cut = [before.clipped ? 'before' : '', after.clipped ? 'after' : ''].filter(Boolean);
  return (
    <>
      {events(after.events)} in the {days} days after, {events(before.events)} in the {days} days before: {verdict}.
      Events on the milestone’s own day ({describeDate({ ...data.milestone, dateEnd: null, precision: 'day' })}) are in
      neither count; the other filters apply.
      {cut.length ? ` From/To cut the window ${cut.join(' and ')}: only the dates shown are counted.` : ''}
    </>
  );
}
