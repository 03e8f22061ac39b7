'use client';
// An editor's decision on one item of the review queue, or on every pending event of an import
// batch: approve, or reject with a reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { ReviewKind } from '@/db/queries/review';
import { sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';

type Body = { action: 'approve' } | { action: 'reject'; reason: string };

type Props = {
  kind: ReviewKind | 'batch';
  id: number;
  /** What the buttons' accessible names say it is about ("Approve <title>"). */
  title: string;
  /** For a batch: "Approve all" / "Reject all". */
  all?: boolean;
  /** False for one's own change under four-eyes review: another editor approves it; withdrawing stays possible. */
  approvable?: boolean;
};

export function ReviewDecision({ kind, id, title, all = false, approvable = true }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  // Back on the Reject… button when the form closes without rejecting, so the keyboard does not land on the page.
  const rejectButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!rejecting && returnFocus.current) rejectButton.current?.focus();
    returnFocus.current = false;
  }, [rejecting]);
  const decide = useMutation({
    mutationFn: (body: Body) => sendJson(`/api/review/${kind}/${id}`, 'POST', body),
    onSuccess: async () => {
      await invalidateEventData(queryClient);
      router.refresh();
    },
  });
  const busy = decide.isPending || decide.isSuccess;
  const word = all ? ' all' : '';
  return (
    <div className="event-actions">
      {approvable ? (
        <button
          type="button"
          className="primary"
          disabled={busy}
          aria-label={`Approve${word} ${title}`}
          onClick={() => decide.mutate({ action: 'approve' })}
        >
          Approve{word}
        </button>
      ) : (
        <span className="note">Yours: another editor approves it (four-eyes review).</span>
      )}
      {rejecting ? (
        <RejectForm
          busy={busy}
          label={`Reject${word}`}
          onReject={(reason) => decide.mutate({ action: 'reject', reason })}
          onCancel={() => {
            returnFocus.current = true;
            setRejecting(false);
          }}
        />
      ) : (
        <button
          ref={rejectButton}
          type="button"
          disabled={busy}
          onClick={() => setRejecting(true)}
          aria-label={`Reject${word} ${title}…`}
        >
          Reject{word}…
        </button>
      )}
      {decide.error ? (
        <p className="field-error" role="alert">
          {decide.error.message}
        </p>
      ) : null}
    </div>
  );
}

function RejectForm({
  busy,
  label,
  onReject,
  onCancel,
}: {
  busy: boolean;
  label: string;
  onReject: (reason: string) => void;
  onCancel: () => void;
}) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Opened by the Reject… button, which it replaces: the reason is what comes next.
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="filters"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onReject(reason);
      }}
    >
      <div className="field">
        <label htmlFor={reasonId}>Reason for rejecting</label>
        <input
          ref={input}
          id={reasonId}
          required
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
