'use client';
// The conflicts page: the list (loading, error and empty states included) and one form, which
// creates a conflict or, after "Edit", renames and describes the chosen one.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConflictSummary } from '@/db/queries/conflicts';
import { conflictKeys, conflictsOptions } from '@/lib/query/options';
import { ConflictForm } from './conflict-form';
import { ConflictList } from './conflict-list';

export function ConflictsManager() {
  const conflicts = useQuery(conflictsOptions());
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ConflictSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const saved = async (c: ConflictSummary, created: boolean) => {
    setDone(created ? `Created ${c.name} (${c.slug}).` : `Saved ${c.name} (${c.slug}).`);
    setEditing(null);
    await queryClient.invalidateQueries({ queryKey: conflictKeys.all });
  };

  return (
    <div className="conflicts-page">
      <section className="widget" aria-labelledby="conflicts-h" aria-busy={conflicts.isPending}>
        <h1 id="conflicts-h">Conflicts</h1>
        <p className="note">
          Each conflict is a dataset of its own, with its own events: choose it with Dataset on the timeline, or import
          into it with <code>--conflict SLUG</code>.
        </p>
        {conflicts.isPending ? (
          <div className="skeleton" style={{ height: 120 }} aria-label="Loading conflicts" role="status" />
        ) : conflicts.isError ? (
          <p role="alert" className="error">
            The conflicts could not be loaded: {conflicts.error.message}.{' '}
            <button type="button" onClick={() => conflicts.refetch()}>
              Try again
            </button>
          </p>
        ) : conflicts.data.conflicts.length === 0 ? (
          <p className="empty">No conflicts yet: create the first one below.</p>
        ) : (
          <ConflictList
            conflicts={conflicts.data.conflicts}
            onEdit={(c) => {
              setDone(null);
              setEditing(c);
            }}
          />
        )}
      </section>
      <p aria-live="polite" className="note" data-testid="conflict-saved">
        {done}
      </p>
      <ConflictForm key={editing?.slug ?? 'new'} editing={editing} onSaved={saved} onCancel={() => setEditing(null)} />
    </div>
  );
}
