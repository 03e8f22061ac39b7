'use client';
// An editor's changes to one actor: its name, kind and country, and a new alias with the period it
// held ("President of Azerbaijan" from 2003). Each form says what went wrong next to the field.
import { useId, useState } from 'react';
import { ACTOR_KINDS } from '@/lib/taxonomy/taxonomy';
import { FieldInput } from './field-input';
import { errorFor, fieldOnly, useWrite } from './use-write';

interface Props {
  id: number;
  name: string;
  kind: string;
  country: string | null;
}

export function ActorEditor(actor: Props) {
  const uid = useId();
  const details = useWrite();
  const [form, setForm] = useState({ name: actor.name, kind: actor.kind, country: actor.country ?? '' });
  const changed = {
    ...(form.name.trim() !== actor.name ? { name: form.name } : {}),
    ...(form.kind !== actor.kind ? { kind: form.kind } : {}),
    ...(form.country.trim() !== (actor.country ?? '') ? { country: form.country } : {}),
  };
  const url = `/api/actors/${actor.id}`;
  return (
    <div className="identity-forms">
      <form
        className="filters"
        aria-labelledby={`${uid}-details`}
        onSubmit={(e) => {
          e.preventDefault();
          details.mutate({ url, method: 'PATCH', body: changed });
        }}
      >
        <h3 id={`${uid}-details`}>Name and details</h3>
        <FieldInput
          id={`${uid}-name`}
          label="Name"
          value={form.name}
          required
          maxLength={200}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={errorFor(details.error, 'name')}
        />
        <div className="field">
          <label htmlFor={`${uid}-kind`}>Kind</label>
          <select id={`${uid}-kind`} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace('-', ' ')}
              </option>
            ))}
          </select>
        </div>
        <FieldInput
          id={`${uid}-country`}
          label="Country"
          className="short"
          value={form.country}
          maxLength={3}
          placeholder="ARM"
          onChange={(e) => setForm({ ...form, country: e.target.value })}
          error={fieldOnly(details.error, 'country')}
        />
        <button type="submit" disabled={details.isPending || !Object.keys(changed).length}>
          Save
        </button>
      </form>
      <AliasForm url={url} />
    </div>
  );
}

/** A new alias, with the period it held (optional at either end). */
function AliasForm({ url }: { url: string }) {
  const uid = useId();
  const [newAlias, setNewAlias] = useState({ alias: '', validFrom: '', validTo: '' });
  const alias = useWrite(() => setNewAlias({ alias: '', validFrom: '', validTo: '' }));
  return (
    <form
      className="filters"
      aria-labelledby={`${uid}-alias`}
      onSubmit={(e) => {
        e.preventDefault();
        alias.mutate({ url, method: 'PATCH', body: { addAlias: newAlias } });
      }}
    >
      <h3 id={`${uid}-alias`}>Add an alias</h3>
      <FieldInput
        id={`${uid}-alias-name`}
        label="Alias"
        value={newAlias.alias}
        required
        maxLength={200}
        onChange={(e) => setNewAlias({ ...newAlias, alias: e.target.value })}
        error={errorFor(alias.error, 'addAlias.alias')}
      />
      <FieldInput
        id={`${uid}-alias-from`}
        label="Valid from"
        type="date"
        className="date"
        value={newAlias.validFrom}
        onChange={(e) => setNewAlias({ ...newAlias, validFrom: e.target.value })}
        error={fieldOnly(alias.error, 'addAlias.validFrom')}
      />
      <FieldInput
        id={`${uid}-alias-to`}
        label="Valid to"
        type="date"
        className="date"
        value={newAlias.validTo}
        onChange={(e) => setNewAlias({ ...newAlias, validTo: e.target.value })}
        error={fieldOnly(alias.error, 'addAlias.validTo')}
      />
      <button type="submit" disabled={alias.isPending}>
        Add alias
      </button>
    </form>
  );
}
