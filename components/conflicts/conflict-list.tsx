// The conflicts as a table: name (to its timeline), slug, region, countries, span, events, years; on a phone each
// row is a card whose cells say what they are (data-label), so nothing hides past the screen's edge.
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
              <td data-label="Slug">
                <code>{c.slug}</code>
              </td>
              <td data-label="Region">{c.region || '—'}</td>
              <td data-label="Countries">{c.countries.join(', ') || '—'}</td>
              <td data-label="Span">{span(c)}</td>
              <td data-label="Events">{c.events.toLocaleString('en')}</td>
              <td data-label="Years with events">{years(c)}</td>
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
