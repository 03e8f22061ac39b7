'use client';
// Actors on the form: type-ahead over the registry and its aliases, a role for each, and a new
// actor created inline with its kind when the registry does not have it.
import { useId, useMemo } from 'react';
import type { ActorSummary } from '@/db/queries/actors';
import { newKey, type FormActor } from '@/lib/forms/event-form-state';
import { ACTOR_KINDS, ACTOR_ROLES, type ActorKind, type ActorRole } from '@/lib/taxonomy/taxonomy';
import { useCombobox } from '@/components/ui/use-combobox';
import type { Errors } from './field';
import { NameCleaningNote } from './name-cleaning-note';

const ROLE_LABELS: Record<ActorRole, string> = {
  'actor-1': 'Actor 1',
  'actor-2': 'Actor 2',
  associated: 'Associated',
  mediator: 'Mediator',
  participant: 'Participant',
};

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
  const q = text.trim().toLowerCase();
  const options = useMemo(() => {
    const chosen = new Set(actors.flatMap((a) => ('id' in a ? [a.id] : [])));
    return registry
      .filter((a) => !chosen.has(a.id))
      .map((a) => ({
        actor: a,
        alias:
          q && !a.name.toLowerCase().includes(q)
            ? a.aliases.find((al) => al.alias.toLowerCase().includes(q))?.alias
            : undefined,
      }))
      .filter((o) => q && (o.actor.name.toLowerCase().includes(q) || o.alias))
      .slice(0, 12);
  }, [registry, q, actors]);
  const exact = registry.some((a) => a.name.toLowerCase() === q);
  const items: ({ type: 'actor'; actor: ActorSummary; alias?: string } | { type: 'new' })[] = [
    ...options.map((o) => ({ type: 'actor' as const, ...o })),
    ...(q && !exact ? [{ type: 'new' as const }] : []),
  ];
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
  const update = (key: string, patch: Partial<{ role: ActorRole; kind: ActorKind | '' }>) =>
    onChange(actors.map((a) => (a.key === key ? ({ ...a, ...patch } as FormActor) : a)));

  return (
    <fieldset className="form-group">
      <legend>Actors</legend>
      {actors.length ? (
        <ul className="form-list">
          {actors.map((a, i) => {
            const name = 'id' in a ? a.name : a.newName;
            const err =
              errors[`actors.${i}`] ??
              errors[`actors.${i}.kind`] ??
              errors[`actors.${i}.role`] ??
              errors[`actors.${i}.newName`];
            const errId = `${id}-${a.key}-error`;
            return (
              <li key={a.key}>
                <strong>{name}</strong>
                {'id' in a ? null : <span className="hint"> (new actor)</span>}
                {'id' in a ? null : <NameCleaningNote name={a.newName} />}
                <label className="visually-hidden" htmlFor={`${id}-role-${a.key}`}>
                  Role of {name}
                </label>
                <select
                  id={`${id}-role-${a.key}`}
                  name={`actors.${i}.role`}
                  aria-invalid={errors[`actors.${i}.role`] ? true : undefined}
                  aria-describedby={errors[`actors.${i}.role`] ? errId : undefined}
                  value={a.role}
                  onChange={(e) => update(a.key, { role: e.target.value as ActorRole })}
                >
                  {ACTOR_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
                {'id' in a ? null : (
                  <>
                    <label className="visually-hidden" htmlFor={`${id}-kind-${a.key}`}>
                      Kind of {name}
                    </label>
                    <select
                      id={`${id}-kind-${a.key}`}
                      name={`actors.${i}.kind`}
                      value={a.kind}
                      aria-required
                      aria-invalid={errors[`actors.${i}.kind`] || errors[`actors.${i}`] ? true : undefined}
                      aria-describedby={errors[`actors.${i}.kind`] || errors[`actors.${i}`] ? errId : undefined}
                      onChange={(e) => update(a.key, { kind: e.target.value as ActorKind })}
                    >
                      <option value="">Kind (required)…</option>
                      {ACTOR_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {k.replace('-', ' ')}
                        </option>
                      ))}
                    </select>
                  </>
                )}
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(actors.filter((x) => x.key !== a.key))}
                >
                  Remove
                </button>
                {err ? (
                  <span className="field-error" id={errId}>
                    {err}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="field combo">
        <label htmlFor={`${id}-input`}>Add actor</label>
        <input {...combo.inputProps({ count: items.length, onPick: pick })} placeholder="Name or alias" />
        {combo.open && items.length ? (
          <ul role="listbox" id={combo.listId} aria-label="Actors">
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
