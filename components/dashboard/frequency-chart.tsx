'use client';
// Incident frequency: stacked bars per bucket (by type or by actor), milestones as labelled lines,
// a brush that sets From/To (the chart is how you zoom from decades to days), and the events too
// coarsely dated for the bucket counted beside the chart instead of being drawn on a first day.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  Brush,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { bucketLabel, colourFor } from '@/lib/charts/format';
import { bucketStart, BUCKETS, type Bucket } from '@/lib/dates/buckets';
import { addPeriod, plusDays } from '@/lib/dates/calendar';
import { frequencyOptions, milestonesOptions } from '@/lib/query/options';
import { ChartDataTools, DataTable, useToggle, type ChartTable } from '@/components/ui/chart-data';
import { EmptyState, ErrorState, Skeleton, Widget } from '@/components/ui/widget';
import type { UrlState } from './use-url-state';

const MAX_LABELLED_MILESTONES = 8;
/** Beyond this many in the window, milestone lines would hide the bars: zoom in to see them. */
const MAX_MILESTONE_LINES = 40;

export function FrequencyChart({ state }: { state: UrlState }) {
  const { filterKey, view, update, conflict } = state;
  const freq = useQuery({ ...frequencyOptions(filterKey, view.bucket, view.split), placeholderData: (prev) => prev });
  const milestones = useQuery(milestonesOptions(conflict));
  const [showTable, toggleTable] = useToggle();
  const bucketId = useId();
  const splitId = useId();
  const data = freq.data;

  const rows = useMemo(
    () => data?.series.map((p) => ({ start: p.start, label: bucketLabel(p.start, data.bucket), ...p.counts })) ?? [],
    [data],
  );
  const table: ChartTable = useMemo(
    () => ({
      columns: ['Period', ...(data?.keys.map((k) => data.labels[k] ?? k) ?? []), 'Total'],
      rows: [
        ...(data?.series.map((p) => [
          bucketLabel(p.start, data.bucket),
          ...data.keys.map((k) => p.counts[k] ?? 0),
          p.total,
        ]) ?? []),
        ...(data && data.imprecise.total
          ? [
              [
                `Dated more coarsely than a ${data.bucket}`,
                ...data.keys.map((k) => data.imprecise.counts[k] ?? 0),
                data.imprecise.total,
              ],
            ]
          : []),
      ],
    }),
    [data],
  );

  const lines = useMemo(() => {
    if (!data) return [];
    const first = data.series[0]?.start;
    const last = data.series.at(-1)?.start;
    return (milestones.data?.events ?? [])
      .filter((m) => m.precision === 'day' || m.precision === 'range')
      .map((m) => ({
        id: m.id,
        title: m.title,
        at: bucketStart(m.dateStart.length === 10 ? m.dateStart : `${m.dateStart}-01`, data.bucket),
      }))
      .filter((m) => first && last && m.at >= first && m.at <= last)
      .map((m) => ({ ...m, label: bucketLabel(m.at, data.bucket) }));
  }, [data, milestones.data]);

  const tools = (
    <>
      <label htmlFor={bucketId} className="visually-hidden">
        Bucket
      </label>
      <select
        id={bucketId}
        value={view.bucket}
        onChange={(e) =>
          update((p) => (e.target.value === 'auto' ? p.delete('bucket') : p.set('bucket', e.target.value)))
        }
      >
        <option value="auto">Auto{data ? ` (${data.bucket})` : ''}</option>
        {BUCKETS.map((b) => (
          <option key={b} value={b}>
            By {b}
          </option>
        ))}
      </select>
      <label htmlFor={splitId} className="visually-hidden">
        Split by
      </label>
      <select
        id={splitId}
        value={view.split}
        onChange={(e) =>
          update((p) => (e.target.value === 'type' ? p.delete('split') : p.set('split', e.target.value)))
        }
      >
        <option value="type">By event type</option>
        <option value="actor">By actor</option>
      </select>
      <ChartDataTools
        table={table}
        filename={`faultline-frequency-${data?.bucket ?? 'auto'}.csv`}
        showTable={showTable}
        onToggle={toggleTable}
      />
    </>
  );

  const onBrushEnd = ({ startIndex, endIndex }: { startIndex?: number; endIndex?: number }) => {
    if (!data || startIndex === undefined || endIndex === undefined) return;
    if (startIndex === 0 && endIndex === data.series.length - 1) return;
    const from = data.series[startIndex]?.start;
    const lastStart = data.series[endIndex]?.start;
    if (!from || !lastStart) return;
    const to = plusDays(addPeriod(lastStart, data.bucket as Bucket, 1), -1);
    update((p) => {
      p.set('from', from);
      p.set('to', to);
      p.delete('bucket');
    });
  };

  return (
    <Widget title="Incident frequency" id="frequency" tools={tools} className="wide">
      {freq.isPending ? (
        <Skeleton height={340} label="Loading the chart" />
      ) : freq.isError ? (
        <ErrorState error={freq.error} retry={() => freq.refetch()} />
      ) : data && data.total === 0 ? (
        <EmptyState>No events match these filters.</EmptyState>
      ) : data && showTable ? (
        <DataTable table={table} caption={`Events per ${data.bucket}`} />
      ) : data ? (
        <figure
          style={{ margin: 0 }}
          aria-label={`Events per ${data.bucket}, ${data.from} to ${data.to}, ${data.groupBy === 'type' ? 'by event type' : 'by actor'}`}
          data-testid="frequency-chart"
          data-total={data.total}
        >
          <div style={{ width: '100%', height: 340 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} margin={{ top: 18, right: 12, bottom: 4, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
                <XAxis
                  dataKey="start"
                  tickFormatter={(s: string) => bucketLabel(s, data.bucket)}
                  tick={{ fill: 'var(--muted)', fontSize: 12 }}
                  minTickGap={18}
                />
                <YAxis
                  allowDecimals={false}
                  tick={{ fill: 'var(--muted)', fontSize: 12 }}
                  width={44}
                  label={{ value: 'Events', angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12 }}
                />
                <Tooltip
                  labelFormatter={(s) => bucketLabel(String(s), data.bucket)}
                  contentStyle={{
                    background: 'var(--surface)',
                    border: '1px solid var(--border)',
                    color: 'var(--text)',
                  }}
                />
                <Legend formatter={(k: string) => data.labels[k] ?? k} wrapperStyle={{ fontSize: 12 }} />
                {data.keys.map((k, i) => (
                  <Bar
                    key={k}
                    dataKey={k}
                    name={k}
                    stackId="a"
                    fill={colourFor(k, i, data.groupBy)}
                    isAnimationActive={false}
                  />
                ))}
                {lines.length <= MAX_MILESTONE_LINES &&
                  lines.map((m, i) => (
                    <ReferenceLine
                      key={m.id}
                      x={m.at}
                      stroke="var(--text)"
                      strokeDasharray="4 3"
                      ifOverflow="hidden"
                      label={
                        lines.length <= MAX_LABELLED_MILESTONES
                          ? // Alternate heights so labels of neighbouring milestones do not overprint each other.
                            {
                              value: m.title.split(':')[0]!.slice(0, 28),
                              position: i % 2 ? 'insideTopRight' : 'top',
                              fill: 'var(--text)',
                              fontSize: 11,
                            }
                          : undefined
                      }
                    />
                  ))}
                {rows.length > 3 ? (
                  <Brush
                    dataKey="start"
                    height={22}
                    stroke="var(--accent)"
                    fill="var(--surface-2)"
                    travellerWidth={10}
                    tickFormatter={(s: string) => bucketLabel(s, data.bucket)}
                    onDragEnd={onBrushEnd}
                  />
                ) : null}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="note">
            {data.total.toLocaleString('en')} events: {(data.total - data.imprecise.total).toLocaleString('en')} drawn
            by {data.bucket}
            {data.imprecise.total ? (
              <>
                ; <strong data-testid="imprecise-count">{data.imprecise.total.toLocaleString('en')}</strong> dated more
                coarsely than a {data.bucket} (a month, a year or a long range) are counted here, not drawn on a first
                day
              </>
            ) : null}
            .{' '}
            {lines.length > MAX_MILESTONE_LINES
              ? `${lines.length.toLocaleString('en')} milestones in this period: zoom in to see them as lines.`
              : 'Dashed lines are milestones.'}{' '}
            Drag the handles under the chart to zoom to a period.
            {data.groupBy === 'actor' ? ` ${data.note}` : ''}
          </figcaption>
        </figure>
      ) : null}
    </Widget>
  );
}
