'use client';
// An editor's changes to one actor: its name, kind and country, and a new alias with the period it
// held ("President of Azerbaijan" from 2003). Each form says what went wrong next to the field.
import { useState } from 'react';
import { ACTOR_KINDS } from '@/lib/taxonomy/taxonomy';
import { FieldInput } from './field-input';
import { KINDS } from './kinds';
import { DetailsForm, PatchForm } from './patch-form';
import { errorFor, fieldOnly, useWrite } from './use-write';

interface Props {
  id: number;
  name: string;
  kind: string;
  country: string | null;
}

export function ActorEditor(actor: Props) {
  const details = useWrite();
  const [form, setForm] = useState({ name: actor.name, kind: actor.kind, country: actor.country ?? '' });
  const changed = {
    ...(form.name.trim() !== actor.name ? { name: form.name } : {}),
    ...(form.kind !== actor.kind ? { kind: form.kind } : {}),
    ...(form.country.trim() !== (actor.country ?? '') ? { country: form.country } : {}),
  };
  const url = `${KINDS.actor.api}/${actor.id}`;
  return (
    <div className="identity-forms">
      <DetailsForm
        write={details}
        url={url}
        changed={changed}
        name={form.name}
        country={form.country}
        countryPlaceholder="ARM"
        set={(field) => setForm({ ...form, ...field })}
        afterName={(uid) => (
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
        )}
      />
      <AliasForm url={url} />
    </div>
  );
}

const NO_ALIAS = { alias: '', validFrom: '', validTo: '' };

/** A new alias, with the period it held (optional at either end). */
function AliasForm({ url }: { url: string }) {
  const [newAlias, setNewAlias] = useState(NO_ALIAS);
  const alias = useWrite(() => setNewAlias(NO_ALIAS));
  const day = (uid: string, key: 'validFrom' | 'validTo', label: string) => (
    <FieldInput
      id={`${uid}-alias-${key === 'validFrom' ? 'from' : 'to'}`}
      label={label}
      type="date"
      className="date"
      value={newAlias[key]}
      onChange={(e) => setNewAlias({ ...newAlias, [key]: e.target.value })}
      error={fieldOnly(alias.error, `addAlias.${key}`)}
    />
  );
  return (
    <PatchForm title="Add an alias" submit="Add alias" write={alias} url={url} body={{ addAlias: newAlias }}>
      {(uid) => (
        <>
          <FieldInput
            id={`${uid}-alias-name`}
            label="Alias"
            value={newAlias.alias}
            required
            maxLength={200}
            onChange={(e) => setNewAlias({ ...newAlias, alias: e.target.value })}
            error={errorFor(alias.error, 'addAlias.alias')}
          />
          {day(uid, 'validFrom', 'Valid from')}
          {day(uid, 'validTo', 'Valid to')}
        </>
      )}
    </PatchForm>
  );
}
