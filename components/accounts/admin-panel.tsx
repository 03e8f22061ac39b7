'use client';
// The admin's page: add people (there is no public sign-up), change roles, the anonymous-reading
// setting. Every change goes through the API, then the page is read again from the server.
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { sendJson, type ApiError } from '@/lib/query/fetch-json';

type User = { id: string; email: string; name: string; role: Role };

function useWrite() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      router.refresh();
      return true;
    } catch (err) {
      const e = err as ApiError;
      setError(e.errors?.length ? e.errors.map((f) => f.message).join('; ') : e.message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}

function AddPerson() {
  const id = useId();
  const { run, error, busy } = useWrite();
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'contributor' as Role });
  const set = (k: keyof typeof form, v: string) => setForm((f) => ({ ...f, [k]: v }));
  return (
    <form
      className="filters"
      aria-labelledby={`${id}-h`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => sendJson('/api/users', 'POST', { ...form, name: form.name || undefined })))
          setForm({ email: '', name: '', password: '', role: form.role });
      }}
    >
      <h3 id={`${id}-h`}>Add a person</h3>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          value={form.email}
          onChange={(e) => set('email', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={form.name} onChange={(e) => set('name', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Initial password</label>
        <input
          id={`${id}-password`}
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => set('password', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={form.role} onChange={(e) => set('role', e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Add person
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function PeopleTable({ users, me }: { users: User[]; me: string }) {
  const { run, error, busy } = useWrite();
  return (
    <>
      <table className="data-table account-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  disabled={busy || u.id === me}
                  title={u.id === me ? 'Another admin changes your role' : ROLE_LABELS[u.role]}
                  onChange={(e) => run(() => sendJson(`/api/users/${u.id}`, 'PATCH', { role: e.target.value }))}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <AddPerson />
    </>
  );
}

export function ReadingSetting({ anonymousReading }: { anonymousReading: boolean }) {
  const id = useId();
  const { run, error, busy } = useWrite();
  return (
    <div className="field">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={anonymousReading}
          disabled={busy}
          onChange={(e) => run(() => sendJson('/api/settings', 'PATCH', { anonymousReading: e.target.checked }))}
        />{' '}
        Anyone may read without signing in (the timeline, charts, exports and the API&apos;s reads)
      </label>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
