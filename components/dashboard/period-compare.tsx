'use client';
// Two periods of the analyst's choosing, side by side: matching events per type in each, counted
// in SQL (GET /api/stats/compare) under the other filters; the periods take the place of From/To.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { PeriodComparison } from '@/db/queries/compare';
import { compareOptions } from '@/lib/query/options';
import { compareSchema } from '@/lib/validation/compare';
import { ErrorState, Skeleton } from '@/components/ui/widget';

const KEYS = ['aFrom', 'aTo', 'bFrom', 'bTo'] as const;
type Key = (typeof KEYS)[number];
const LABELS: Record<Key, string> = { aFrom: 'First from', aTo: 'First to', bFrom: 'Second from', bTo: 'Second to' };

export function PeriodCompare({ filterKey, initial }: { filterKey: string; initial: Record<Key, string> }) {
  const id = useId();
  const [typed, setTyped] = useState<Partial<Record<Key, string>>>({});
  const [asked, setAsked] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const value = (k: Key) => typed[k] ?? initial[k];
  const withoutDates = new URLSearchParams(filterKey);
  withoutDates.delete('from');
  withoutDates.delete('to');
  const result = useQuery({ ...compareOptions(withoutDates.toString(), asked ?? ''), enabled: asked !== null });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const values = Object.fromEntries(KEYS.map((k) => [k, value(k).trim()]));
    const checked = compareSchema.safeParse(values);
    if (!checked.success) {
      // Under its field, a message need not name the parameter ("bTo: …", "bTo is required…").
      const plain = (m: string) => {
        const t = m.replace(/^[ab](From|To)(: | is )/, '');
        return t.charAt(0).toUpperCase() + t.slice(1);
      };
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), plain(i.message)])));
      return;
    }
    setErrors({});
    setAsked(new URLSearchParams(values).toString());
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`} className="period-compare">
      <h3 id={`${id}-h`}>Compare two periods</h3>
      <p className="note">
        Any two date ranges (YYYY, YYYY-MM or YYYY-MM-DD), counted by event type under the other filters.
      </p>
      <div className="filters">
        {KEYS.map((k) => (
          <div className="field date" key={k}>
            <label htmlFor={`${id}-${k}`}>{LABELS[k]}</label>
            <input
              id={`${id}-${k}`}
              value={value(k)}
              onChange={(e) => setTyped((t) => ({ ...t, [k]: e.target.value }))}
              aria-invalid={errors[k] ? true : undefined}
              aria-describedby={errors[k] ? `${id}-${k}-error` : undefined}
              autoComplete="off"
            />
            {errors[k] ? (
              <span className="field-error" id={`${id}-${k}-error`}>
                {errors[k]}
              </span>
            ) : null}
          </div>
        ))}
        <button type="submit">Compare</button>
      </div>
      {asked === null ? null : result.isPending ? (
        <Skeleton height={80} label="Counting both periods" />
      ) : result.isError ? (
        <ErrorState error={result.error} retry={() => result.refetch()} />
      ) : (
        <ComparisonTable data={result.data} />
      )}
    </form>
  );
}

function ComparisonTable({ data }: { data: PeriodComparison }) {
  const [a, b] = data.periods;
  if (!a || !b) return null;
  const change = (x: number, y: number) =>
    y === x ? '±0' : y > x ? `+${(y - x).toLocaleString('en')}` : `−${(x - y).toLocaleString('en')}`;
  return (
    <div aria-live="polite" className="table-wrap">
      <p className="note">
        First: {a.from} – {a.to}; second: {b.from} – {b.to}.
      </p>
      <table className="data">
        <caption className="visually-hidden">Matching events by type in the two periods</caption>
        <thead>
          <tr>
            <th scope="col">Event type</th>
            <th scope="col">First</th>
            <th scope="col">Second</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {data.types.map((t) => (
            <tr key={t.type}>
              <th scope="row">{t.label}</th>
              <td>{t.counts[0]!.toLocaleString('en')}</td>
              <td>{t.counts[1]!.toLocaleString('en')}</td>
              <td>{change(t.counts[0]!, t.counts[1]!)}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">All types</th>
            <td>{a.total.toLocaleString('en')}</td>
            <td>{b.total.toLocaleString('en')}</td>
            <td>{change(a.total, b.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
