'use client';
// Incident frequency: the card around the chart (frequency-figure.tsx), with its tools — bucket, split,
// spreading, the numbers as a table or CSV, and the picture as PNG or SVG with its caption inside.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, type RefObject } from 'react';
import { bucketLabel, colourFor } from '@/lib/charts/format';
import { BUCKETS } from '@/lib/dates/buckets';
import { frequencyOptions } from '@/lib/query/options';
import type { Frequency } from '@/db/queries/stats';
import { ChartDataTools, DataTable, useToggle, type ChartTable } from '@/components/ui/chart-data';
import { rechartsSvg } from '@/components/ui/chart-image';
import { ImageDownloads } from '@/components/ui/image-download';
import { EmptyState, Widget } from '@/components/ui/widget';
import { FrequencyFigure } from './frequency-figure';
import type { UrlState } from './use-url-state';
import type { ViewShare } from './use-view-share';

function frequencyTable(data: Frequency): ChartTable {
  const imprecise = data.imprecise.total > 0 ? data.imprecise : null;
  return {
    columns: ['Period', ...data.keys.map((k) => data.labels[k] ?? k), 'Total'],
    rows: [
      ...data.series.map((p) => [
        bucketLabel(p.start, data.bucket),
        ...data.keys.map((k) => round(p.counts[k] ?? 0)),
        round(p.total),
      ]),
      ...(imprecise
        ? [
            [
              `Dated more coarsely than a ${data.bucket}`,
              ...data.keys.map((k) => imprecise.counts[k] ?? 0),
              imprecise.total,
            ],
          ]
        : []),
    ],
  };
}
const round = (n: number) => Math.round(n * 100) / 100;

/** Suspends until its data is in (see WidgetBoundary): a filter change keeps the last chart until then. */
export function FrequencyChart({ state, share }: { state: UrlState; share: ViewShare }) {
  const { filterKey, view, update, conflict, params } = state;
  const freq = useSuspenseQuery(frequencyOptions(filterKey, view.bucket, view.split, view.spread));
  const [showTable, toggleTable] = useToggle();
  const data = freq.data;
  const table = useMemo(() => frequencyTable(data), [data]);
  const zoomed = params.has('from') || params.has('to');
  const figure = useRef<HTMLElement>(null);

  return (
    <Widget
      title="Incident frequency"
      id="frequency"
      className="frequency-widget"
      tools={
        <ChartTools
          state={state}
          data={data}
          table={table}
          showTable={showTable}
          toggleTable={toggleTable}
          zoomed={zoomed}
          share={share}
          figure={figure}
        />
      }
    >
      {data.total === 0 ? (
        <EmptyState>No events match these filters.</EmptyState>
      ) : showTable ? (
        <DataTable table={table} caption={`Events per ${data.bucket}`} />
      ) : (
        <FrequencyFigure data={data} conflict={conflict} update={update} figureRef={figure} />
      )}
    </Widget>
  );
}

function ChartTools({
  state,
  data,
  table,
  showTable,
  toggleTable,
  zoomed,
  share,
  figure,
}: {
  state: UrlState;
  data: Frequency;
  table: ChartTable;
  showTable: boolean;
  toggleTable: () => void;
  zoomed: boolean;
  share: ViewShare;
  figure: RefObject<HTMLElement | null>;
}) {
  const { view, update } = state;
  const bucketId = useId();
  const splitId = useId();
  return (
    <>
      {zoomed ? (
        <button
          type="button"
          onClick={() =>
            update((p) => {
              p.delete('from');
              p.delete('to');
            })
          }
        >
          Reset zoom
        </button>
      ) : null}
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
        <option value="auto">Auto ({data.bucket})</option>
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
      <SpreadToggle on={view.spread} update={update} />
      <ChartDataTools
        table={table}
        filename={share.fileName('frequency', 'csv')}
        showTable={showTable}
        onToggle={toggleTable}
      />
      <FrequencyImages data={data} disabled={showTable} share={share} figure={figure} />
    </>
  );
}

/** UCDP-style spreading, with what it does said to the eye (title) and to a screen reader (description). */
function SpreadToggle({ on, update }: { on: boolean; update: UrlState['update'] }) {
  const spreadHint = useId();
  return (
    <label className="check" title="A range event adds 1/N to each of its N days, as UCDP does">
      <input
        type="checkbox"
        checked={on}
        aria-describedby={spreadHint}
        onChange={(e) => update((p) => (e.target.checked ? p.set('spread', 'true') : p.delete('spread')))}
      />
      Spread ranges over their days
      <span id={spreadHint} className="visually-hidden">
        A range event adds one Nth to each of its N days instead of being counted beside the chart
      </span>
    </label>
  );
}

function FrequencyImages({
  data,
  disabled,
  share,
  figure,
}: {
  data: Frequency;
  disabled: boolean;
  share: ViewShare;
  figure: RefObject<HTMLElement | null>;
}) {
  return (
    <ImageDownloads
      name="frequency chart"
      disabled={disabled || data.total === 0}
      source={() => rechartsSvg(figure.current)}
      caption={() =>
        share.caption(
          'Incident frequency',
          data.keys.map((k, i) => ({ label: data.labels[k] ?? k, colour: colourFor(k, i, data.groupBy) })),
        )
      }
      fileName={(ext) => share.fileName('frequency', ext)}
    />
  );
}
