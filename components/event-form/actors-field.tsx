'use client';
// Actors on the form: type-ahead over the registry and its aliases, a role for each, and a new
// actor created inline with its kind when the registry does not have it.
import { useId } from 'react';
import type { ActorSummary } from '@/db/queries/actors';
import { newKey, type FormActor } from '@/lib/forms/event-form-state';
import type { ActorRole } from '@/lib/taxonomy/taxonomy';
import { useCombobox } from '@/components/ui/use-combobox';
import { ChosenActor, type ActorPatch } from './chosen-actor';
import type { Errors } from './field';
import { useActorChoices } from './use-actor-choices';

export function ActorsField({
  actors,
  registry,
  errors,
  onChange,
}: {
  actors: FormActor[];
  registry: ActorSummary[];
  errors: Errors;
  onChange: (a: FormActor[]) => void;
}) {
  const id = useId();
  const combo = useCombobox(id);
  const text = combo.text;
  const items = useActorChoices(text, registry, actors);
  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    const role: ActorRole = actors.length === 0 ? 'actor-1' : actors.length === 1 ? 'actor-2' : 'participant';
    onChange([
      ...actors,
      item.type === 'actor'
        ? { key: newKey(), id: item.actor.id, name: item.actor.name, role }
        : { key: newKey(), newName: text.trim(), kind: '', role },
    ]);
    combo.reset();
  };
  const update = (key: string, patch: ActorPatch) =>
    onChange(actors.map((a) => (a.key === key ? ({ ...a, ...patch } as FormActor) : a)));

  return (
    <fieldset className="form-group">
      <legend>Actors</legend>
      {actors.length ? (
        <ul className="form-list">
          {actors.map((a, i) => (
            <ChosenActor
              key={a.key}
              id={id}
              actor={a}
              index={i}
              errors={errors}
              update={(patch) => update(a.key, patch)}
              remove={() => onChange(actors.filter((x) => x.key !== a.key))}
            />
          ))}
        </ul>
      ) : null}
      <div className="field combo">
        <label htmlFor={`${id}-input`}>Add actor</label>
        <input {...combo.inputProps({ count: items.length, onPick: pick })} placeholder="Name or alias" />
        {combo.open && items.length ? (
          <ul {...combo.listProps} aria-label="Actors">
            {items.map((item, i) => (
              <li key={item.type === 'actor' ? item.actor.id : 'new'} {...combo.optionProps(i, pick)}>
                {item.type === 'actor' ? (
                  <span>
                    {item.actor.name}
                    {item.alias ? <span className="alias"> — “{item.alias}”</span> : null}
                  </span>
                ) : (
                  <span>Create new actor “{text.trim()}”</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </fieldset>
  );
}
