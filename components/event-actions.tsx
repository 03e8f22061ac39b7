'use client';
// Edit, delete (softly, with a reason) and restore, on the event page.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';

export function EventActions({ id, deleted }: { id: number; deleted: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();

  const call = async (path: string, method: string, body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json().catch(() => ({}))) as { error?: string };
      if (!res.ok) throw new Error(json.error ?? res.statusText);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['events'] }),
        queryClient.invalidateQueries({ queryKey: ['stats'] }),
        queryClient.invalidateQueries({ queryKey: ['actors'] }),
      ]);
      setAsking(false);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (deleted) {
    return (
      <div className="event-actions" role="status">
        <p>
          <strong>This event was deleted.</strong> It is not on the timeline or in the counts.
        </p>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => call(`/api/events/${id}/restore`, 'POST', {})}
        >
          Restore event
        </button>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="event-actions">
      <Link href={`/events/${id}/edit`} className="button-link">
        Edit
      </Link>
      {asking ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void call(`/api/events/${id}`, 'DELETE', { reason });
          }}
          className="filters"
        >
          <div className="field">
            <label htmlFor={reasonId}>Reason for deleting</label>
            <input
              id={reasonId}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              aria-describedby={error ? `${reasonId}-err` : undefined}
            />
            {error ? (
              <span id={`${reasonId}-err`} className="field-error" role="alert">
                {error}
              </span>
            ) : null}
          </div>
          <button type="submit" disabled={busy}>
            Delete event
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Delete…
        </button>
      )}
    </div>
  );
}
