'use client';
// Your API tokens: make one (shown once, then only its name is kept with its SHA-256), revoke one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/query/fetch-json';
import { tokenKeys, tokensOptions, type TokenSummary } from '@/lib/query/options';

function TokenTable({ tokens, revoke }: { tokens: TokenSummary[]; revoke: (id: number) => void }) {
  return (
    <table className="data-table account-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Made</th>
          <th scope="col">Last used</th>
          <th scope="col">
            <span className="visually-hidden">Revoke</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => (
          <tr key={t.id}>
            <td>{t.name}</td>
            <td>{t.createdAt.slice(0, 16)}</td>
            <td>{t.lastUsedAt?.slice(0, 16) ?? 'never'}</td>
            <td>
              <button type="button" onClick={() => revoke(t.id)} aria-label={`Revoke ${t.name}`}>
                Revoke
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const BEARER = <code>Authorization: Bearer …</code>;

export function TokenList() {
  const id = useId();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const tokens = useQuery(tokensOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: tokenKeys.all });
  const make = useMutation({
    mutationFn: () => sendJson<{ token: string }>('/api/tokens', 'POST', { name }),
    onSuccess: async (made) => {
      setShown(made.token);
      setName('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (tokenId: number) => sendJson(`/api/tokens/${tokenId}`, 'DELETE', {}),
    onSuccess: refresh,
  });
  const error = make.error?.message ?? revoke.error?.message ?? null;

  return (
    <section className="widget" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>API tokens</h2>
      <p className="note">
        For scripts and the import command: send it as {BEARER} (the import command reads <code>FAULTLINE_TOKEN</code>).
        A token may do what your role may.
      </p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          make.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Token name</label>
          <input id={`${id}-name`} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={make.isPending}>
          Make a token
        </button>
      </form>
      <div aria-live="polite">
        {shown ? (
          <p role="status">
            Your new token — copy it now, it is not shown again: <code data-testid="new-token">{shown}</code>
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {tokens.isPending ? (
        <p className="note">Loading tokens…</p>
      ) : tokens.isError ? (
        <p className="field-error" role="alert">
          The tokens could not be loaded: {tokens.error.message}
        </p>
      ) : tokens.data.tokens.length ? (
        <TokenTable tokens={tokens.data.tokens} revoke={(tokenId) => revoke.mutate(tokenId)} />
      ) : (
        <p className="note">You have no tokens.</p>
      )}
    </section>
  );
}
