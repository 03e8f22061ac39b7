'use client';
// Sign out here, everywhere, and change the password (which ends every other session): better-auth's
// own endpoints under /api/auth.
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/query/fetch-json';

type Run = (work: () => Promise<unknown>, done: string, leave?: boolean) => Promise<void>;

function PasswordForm({ busy, run }: { busy: boolean; run: Run }) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () =>
            sendJson('/api/auth/change-password', 'POST', {
              currentPassword: current,
              newPassword: next,
              revokeOtherSessions: true,
            }),
          'Password changed. Every other session was ended.',
        );
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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>, done: string, leave = false) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
      if (leave) {
        router.push('/sign-in');
        router.refresh();
        return;
      }
      setMessage({ ok: true, text: done });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
    setBusy(false);
  };

  return (
    <section className="widget" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Sessions and password</h2>
      <div className="filters">
        <button
          type="button"
          disabled={busy}
          onClick={() => run(() => sendJson('/api/auth/sign-out', 'POST', {}), '', true)}
        >
          Sign out
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => run(() => sendJson('/api/auth/revoke-sessions', 'POST', {}), '', true)}
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
