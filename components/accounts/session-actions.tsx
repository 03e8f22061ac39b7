'use client';
// Sign out here, everywhere, and change the password (which ends every other session): better-auth's
// own endpoints under /api/auth.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/query/fetch-json';

/** One of the actions: its request, what to say when it is done, and whether the browser then leaves for /sign-in. */
type Action = { work: () => Promise<unknown>; done: string; leave?: boolean };
type Run = (action: Action) => void;

function PasswordForm({ busy, run }: { busy: boolean; run: Run }) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        run({
          work: () =>
            sendJson('/api/auth/change-password', 'POST', {
              currentPassword: current,
              newPassword: next,
              revokeOtherSessions: true,
            }),
          done: 'Password changed. Every other session was ended.',
        });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-current`}>Current password</label>
        <input
          id={`${id}-current`}
          type="password"
          required
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-new`}>New password</label>
        <input
          id={`${id}-new`}
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        Change password
      </button>
    </form>
  );
}

export function SessionActions() {
  const id = useId();
  const router = useRouter();
  const act = useMutation({
    mutationFn: (action: Action) => action.work(),
    onSuccess: (_, action) => {
      if (!action.leave) return;
      router.push('/sign-in');
      router.refresh();
    },
  });
  const run: Run = (action) => act.mutate(action);
  const leaving = act.isSuccess && act.variables?.leave;
  const busy = act.isPending || Boolean(leaving);
  const message = act.error
    ? { ok: false, text: act.error.message }
    : act.isSuccess && !leaving
      ? { ok: true, text: act.variables.done }
      : null;

  return (
    <section className="widget" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Sessions and password</h2>
      <div className="filters">
        <button
          type="button"
          disabled={busy}
          onClick={() => run({ work: () => sendJson('/api/auth/sign-out', 'POST', {}), done: '', leave: true })}
        >
          Sign out
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => run({ work: () => sendJson('/api/auth/revoke-sessions', 'POST', {}), done: '', leave: true })}
        >
          Sign out everywhere
        </button>
      </div>
      <PasswordForm busy={busy} run={run} />
      <div aria-live="polite">
        {message ? (
          <p className={message.ok ? 'note' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
