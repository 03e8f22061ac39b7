'use client';
// An editor's decision on one item of the review queue: approve, or reject with a reason.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';

export function ReviewDecision({ kind, id, title }: { kind: 'event' | 'edit'; id: number; title: string }) {
  const reasonId = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const decide = async (body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      await sendJson(`/api/review/${kind}/${id}`, 'POST', body);
      await invalidateEventData(queryClient);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <div className="event-actions">
      <button
        type="button"
        className="primary"
        disabled={busy}
        aria-label={`Approve ${title}`}
        onClick={() => decide({ action: 'approve' })}
      >
        Approve
      </button>
      {rejecting ? (
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            void decide({ action: 'reject', reason });
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>Reason for rejecting</label>
            <input id={reasonId} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            Reject
          </button>
          <button type="button" onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" disabled={busy} onClick={() => setRejecting(true)} aria-label={`Reject ${title}…`}>
          Reject…
        </button>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
