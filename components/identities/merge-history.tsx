'use client';
// The merges into a record, each with *Undo merge*: the merged-away record comes back with its
// names, links and counts; the events' histories keep both revisions.
import type { MergeSummary } from '@/db/queries/merges';
import { useWrite } from './use-write';
import { plural } from '@/lib/text/plural';

const eventsText = (n: number) => plural(n, 'event');

export function MergeHistory({ merges, noun, mayUndo }: { merges: MergeSummary[]; noun: string; mayUndo: boolean }) {
  const undo = useWrite();
  if (!merges.length) return null;
  return (
    <section className="widget" aria-labelledby="merges-h">
      <h2 id="merges-h">Merged into this {noun}</h2>
      <ul className="plain merges">
        {merges.map((m) => (
          <li key={m.id}>
            <span>
              <strong>{m.mergedName}</strong> ({eventsText(m.events)}),{' '}
              <time dateTime={m.createdAt}>{m.createdAt.slice(0, 10)}</time>
              {m.byName ? ` by ${m.byName}` : null}
            </span>
            {mayUndo ? (
              <button
                type="button"
                disabled={undo.isPending}
                aria-label={`Undo merge of ${m.mergedName}`}
                onClick={() => undo.mutate({ url: `/api/merges/${m.id}/undo`, method: 'POST', body: {} })}
              >
                Undo merge
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {undo.error ? (
        <p className="field-error" role="alert">
          {undo.error.message}
        </p>
      ) : null}
    </section>
  );
}
