'use client';
// Likely duplicates of the event about to be saved: open one, add this form's sources to it
// instead, or save anyway. Shown where the form ends; "Save anyway" is scrolled to and focused.
import Link from 'next/link';
import { useCallback, useId } from 'react';
import type { DuplicateCandidate } from '@/db/queries/duplicates';

export function DuplicatesPanel({
  duplicates,
  busy,
  onAddSources,
  onSaveAnyway,
}: {
  duplicates: DuplicateCandidate[];
  busy: boolean;
  onAddSources: (id: number) => void;
  onSaveAnyway: () => void;
}) {
  const id = useId();
  // Once, when the panel appears (the form gives each offer its own key): it may be below the screen.
  const focusOnMount = useCallback((button: HTMLButtonElement | null) => {
    button?.scrollIntoView({ block: 'center' });
    button?.focus();
  }, []);
  return (
    <section className="duplicates" aria-labelledby={`${id}-dup`} role="alert">
      <h2 id={`${id}-dup`}>This may already be recorded</h2>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/events/${d.id}`} target="_blank">
              {d.title}
            </Link>{' '}
            <span className="hint">
              ({d.dateStart}; {d.reasons.join(', ')})
            </span>{' '}
            <button type="button" disabled={busy} onClick={() => onAddSources(d.id)}>
              Add my sources to this event instead
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">
        Saving anyway records a separate event; these will not be offered again while you edit this form.
      </p>
      {/* Not disabled while the check is under way, so it can take focus; a click meanwhile does nothing. */}
      <button ref={focusOnMount} type="button" className="primary" aria-disabled={busy} onClick={onSaveAnyway}>
        Save anyway
      </button>
    </section>
  );
}
