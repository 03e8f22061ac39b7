'use client';
// Edit, merge with another event, delete (softly, with a reason) and restore, on the event page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';

type Call = (path: string, method: 'POST' | 'DELETE', body: unknown) => void;

/** Only what the caller's role may do is offered (the server refuses the rest anyway). */
export function EventActions({
  id,
  deleted,
  mayEdit = true,
  mayDelete = true,
}: {
  id: number;
  deleted: boolean;
  mayEdit?: boolean;
  mayDelete?: boolean;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  // Kept while the question is closed and opened again, like every typed value.
  const [reason, setReason] = useState('');
  // Under four-eyes review a deletion waits for another editor: the event stays, and says so.
  const [held, setHeld] = useState<string | null>(null);

  const write = useMutation({
    mutationFn: ({ path, method, body }: { path: string; method: 'POST' | 'DELETE'; body: unknown }) =>
      sendJson<{ proposal?: unknown }>(path, method, body),
    onSuccess: async (answer) => {
      await invalidateEventData(queryClient);
      setAsking(false);
      setHeld(answer?.proposal ? 'waits for another editor’s review; the event stays as it is until then.' : null);
      router.refresh();
    },
  });
  const busy = write.isPending;
  const error = write.error?.message ?? null;
  const call: Call = (path, method, body) => write.mutate({ path, method, body });

  if (!mayEdit && !mayDelete) return null;
  if (deleted) return <DeletedEvent id={id} mayRestore={mayDelete} busy={busy} error={error} call={call} held={held} />;
  return (
    <div className="event-actions">
      {held ? <Held what="deletion" held={held} /> : null}
      {mayEdit ? (
        <Link href={`/events/${id}/edit`} className="button-link">
          Edit
        </Link>
      ) : null}
      {mayEdit ? (
        <Link href={`/events/${id}/merge`} className="button-link">
          Merge with…
        </Link>
      ) : null}
      {!mayDelete ? null : asking ? (
        <DeleteForm
          id={id}
          reason={reason}
          setReason={setReason}
          busy={busy}
          error={error}
          call={call}
          onKeep={() => setAsking(false)}
        />
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Delete…
        </button>
      )}
    </div>
  );
}

/** Under four-eyes review: the deletion or restoration asked for waits on /review. */
function Held({ what, held }: { what: string; held: string }) {
  return (
    <p role="status">
      Your {what} {held} <Link href="/review">Review</Link>
    </p>
  );
}

/** A deleted event says so; who may delete may also restore it. */
function DeletedEvent({
  id,
  mayRestore,
  busy,
  error,
  call,
  held,
}: {
  id: number;
  mayRestore: boolean;
  busy: boolean;
  error: string | null;
  call: Call;
  held: string | null;
}) {
  if (!mayRestore)
    return (
      <p className="event-actions" role="status">
        <strong>This event was deleted.</strong> It is not on the timeline or in the counts.
      </p>
    );
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
      {held ? <Held what="restoration" held={held} /> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Deleting asks for a reason, which the event's history keeps. */
function DeleteForm({
  id,
  reason,
  setReason,
  busy,
  error,
  call,
  onKeep,
}: {
  id: number;
  reason: string;
  setReason: (reason: string) => void;
  busy: boolean;
  error: string | null;
  call: Call;
  onKeep: () => void;
}) {
  const reasonId = useId();
  return (
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
      <button type="button" onClick={onKeep}>
        Keep it
      </button>
    </form>
  );
}
