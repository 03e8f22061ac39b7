'use client';
// Email and password, for signing in (better-auth's POST /api/auth/sign-in/email) and for making
// the first admin (/api/setup, which then signs in). Errors are said next to the form, in words.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { ApiError, sendJson } from '@/lib/query/fetch-json';
import { safeNext } from '@/lib/security/safe-next';

type Mode = 'sign-in' | 'setup';

async function signIn(email: string, password: string) {
  const res = await fetch('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.ok) return;
  const body = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
  if (res.status === 401) throw new ApiError(401, 'Wrong email or password.');
  throw new ApiError(res.status, body?.error ?? body?.message ?? `The server answered ${res.status}`);
}

export function CredentialsForm({ mode, next }: { mode: Mode; next?: string }) {
  const id = useId();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const enter = useMutation({
    mutationFn: async () => {
      if (mode === 'setup') await sendJson('/api/setup', 'POST', { email, name: name || undefined, password });
      await signIn(email, password);
    },
    // The page changes: the button stays disabled until it has.
    onSuccess: () => {
      // Only a path of this site: never send the browser elsewhere after signing in.
      router.push(mode === 'setup' ? '/admin' : safeNext(next));
      router.refresh();
    },
  });
  const busy = enter.isPending || enter.isSuccess;
  const error = enter.error?.message ?? null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    enter.mutate();
  };

  return (
    <form className="widget account-form" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined}>
      {mode === 'setup' ? (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="username"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          type="password"
          required
          minLength={mode === 'setup' ? 10 : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete={mode === 'setup' ? 'new-password' : 'current-password'}
        />
        {mode === 'setup' ? <span className="hint">At least 10 characters.</span> : null}
      </div>
      <div aria-live="assertive">
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Signing in…' : mode === 'setup' ? 'Make the first admin' : 'Sign in'}
      </button>
    </form>
  );
}
