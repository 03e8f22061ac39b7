'use client';
// The admin's page: add people (there is no public sign-up), change roles, the anonymous-reading
// setting. Every change goes through the API, then the page is read again from the server.
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { sendJson, type ApiError } from '@/lib/query/fetch-json';
import { ErrorText } from './error-text';

type User = { id: string; email: string; name: string; role: Role };

/** A change through the API, then the page read again from the server. */
function useWrite<V>(send: (value: V) => Promise<unknown>) {
  const router = useRouter();
  return useMutation<unknown, ApiError, V>({ mutationFn: send, onSuccess: () => router.refresh() });
}

function AddPerson() {
  const id = useId();
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'contributor' as Role });
  const add = useWrite((f: typeof form) => sendJson('/api/users', 'POST', { ...f, name: f.name || undefined }));
  const set = (k: keyof typeof form, v: string) => setForm((f) => ({ ...f, [k]: v }));
  return (
    <form
      className="filters"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(form, { onSuccess: () => setForm({ email: '', name: '', password: '', role: form.role }) });
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
      <button type="submit" className="primary" disabled={add.isPending}>
        Add person
      </button>
      <ErrorText error={add.error} />
    </form>
  );
}

export function PeopleTable({ users, me }: { users: User[]; me: string }) {
  const change = useWrite(({ id, role }: { id: string; role: string }) =>
    sendJson(`/api/users/${id}`, 'PATCH', { role }),
  );
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
              <td>
                <Link href={`/users/${u.id}`} aria-label={`Activity of ${u.name}`}>
                  {u.name}
                </Link>
              </td>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  disabled={change.isPending || u.id === me}
                  title={u.id === me ? 'Another admin changes your role' : ROLE_LABELS[u.role]}
                  onChange={(e) => change.mutate({ id: u.id, role: e.target.value })}
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
      <ErrorText error={change.error} />
      <AddPerson />
    </>
  );
}

/** One server-wide setting as a checkbox, saved as soon as it changes. */
function SettingBox({ name, value, label }: { name: 'anonymousReading' | 'fourEyes'; value: boolean; label: string }) {
  const id = useId();
  const save = useWrite((next: boolean) => sendJson('/api/settings', 'PATCH', { [name]: next }));
  return (
    <div className="field">
      <label htmlFor={id} className="check">
        <input
          id={id}
          type="checkbox"
          checked={value}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />{' '}
        {label}
      </label>
      <ErrorText error={save.error} inline />
    </div>
  );
}

export function ReadingSetting({ anonymousReading }: { anonymousReading: boolean }) {
  const label = "Anyone may read without signing in (the timeline, charts, exports and the API's reads)";
  return <SettingBox name="anonymousReading" value={anonymousReading} label={label} />;
}

export function FourEyesSetting({ fourEyes }: { fourEyes: boolean }) {
  const label =
    'Four-eyes review: editors’ own new events, edits and deletions also wait, for another editor to approve';
  return <SettingBox name="fourEyes" value={fourEyes} label={label} />;
}
