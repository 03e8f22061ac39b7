// The conflicts as a table: name (to its timeline), slug, region, countries, span, events, years.
import Link from 'next/link';
import type { ConflictSummary } from '@/db/queries/conflicts';

const years = (c: ConflictSummary) =>
  c.firstYear === null ? '—' : c.firstYear === c.lastYear ? String(c.firstYear) : `${c.firstYear}–${c.lastYear}`;
const span = (c: ConflictSummary) =>
  c.spanStart || c.spanEnd ? `${c.spanStart ?? '?'} – ${c.spanEnd ?? 'ongoing'}` : '—';

export function ConflictList({
  conflicts,
  onEdit,
}: {
  conflicts: ConflictSummary[];
  onEdit: (c: ConflictSummary) => void;
}) {
  return (
    <div className="table-wrap conflict-table" tabIndex={0} role="region" aria-label="Conflicts">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Slug</th>
            <th scope="col">Region</th>
            <th scope="col">Countries</th>
            <th scope="col">Span</th>
            <th scope="col">Events</th>
            <th scope="col">Years with events</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c, i) => (
            <tr key={c.slug}>
              <td className="conflict-name">
                <Link href={i === 0 ? '/' : `/?conflict=${c.slug}`}>{c.name}</Link>
                {c.description ? <span className="hint">{c.description}</span> : null}
              </td>
              <td>
                <code>{c.slug}</code>
              </td>
              <td>{c.region || '—'}</td>
              <td>{c.countries.join(', ') || '—'}</td>
              <td>{span(c)}</td>
              <td>{c.events.toLocaleString('en')}</td>
              <td>{years(c)}</td>
              <td>
                <button type="button" onClick={() => onEdit(c)} aria-label={`Edit ${c.name}`}>
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
