'use client';
// An open queue entry's two decisions: *Merge* (the new record into its candidate, undoable from the
// candidate's page) and *Not the same* (remembered: the pair is never proposed again).
import type { MergeResult } from '@/db/queries/merge-actors';
import { useWrite } from './use-write';

export function QueueActions({ id, record, candidate }: { id: number; record: string; candidate: string }) {
  const decide = useWrite<{ merge: MergeResult | null }>();
  const send = (decision: 'merge' | 'distinct') =>
    decide.mutate({ url: `/api/reconciliation-queue/${id}`, method: 'POST', body: { decision } });
  return (
    <div className="queue-actions">
      <button
        type="button"
        className="primary"
        disabled={decide.isPending}
        aria-label={`Merge ${record} into ${candidate}`}
        onClick={() => send('merge')}
      >
        Merge
      </button>
      <button
        type="button"
        disabled={decide.isPending}
        aria-label={`Not the same: ${record} and ${candidate}`}
        onClick={() => send('distinct')}
      >
        Not the same
      </button>
      {decide.error ? (
        <p className="field-error" role="alert">
          {decide.error.message}
        </p>
      ) : null}
    </div>
  );
}
