'use client';
// "Charts as data": the numbers a chart draws, as a table and as a CSV download.
import { useState } from 'react';
import { tableToCsv } from '@/lib/export/csv-safe';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartDataTools({
  table,
  filename,
  showTable,
  onToggle,
}: {
  table: ChartTable;
  filename: string;
  showTable: boolean;
  onToggle: () => void;
}) {
  return (
    <>
      <button type="button" aria-pressed={showTable} onClick={onToggle}>
        {showTable ? 'Show as chart' : 'Show as table'}
      </button>
      <button
        type="button"
        onClick={() => {
          const url = URL.createObjectURL(new Blob([tableToCsv(table.columns, table.rows)], { type: 'text/csv' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = filename;
          a.click();
          URL.revokeObjectURL(url);
        }}
      >
        Download CSV
      </button>
    </>
  );
}

export function DataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {v}
                  </th>
                ) : (
                  <td key={j}>{v}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function useToggle(initial = false): [boolean, () => void] {
  const [on, setOn] = useState(initial);
  return [on, () => setOn((v) => !v)];
}
