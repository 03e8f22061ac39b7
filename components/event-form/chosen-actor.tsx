'use client';
// One actor on the event: its name, its role, the kind a new actor needs, and Remove; the error of
// any of these beside it.
import type { FormActor } from '@/lib/forms/event-form-state';
import { ACTOR_KINDS, ACTOR_ROLES, type ActorKind, type ActorRole } from '@/lib/taxonomy/taxonomy';
import type { Errors } from './field';
import { NameCleaningNote } from './name-cleaning-note';

const ROLE_LABELS: Record<ActorRole, string> = {
  'actor-1': 'Actor 1',
  'actor-2': 'Actor 2',
  associated: 'Associated',
  mediator: 'Mediator',
  participant: 'Participant',
};

export type ActorPatch = Partial<{ role: ActorRole; kind: ActorKind | '' }>;

export function ChosenActor({
  id,
  actor: a,
  index: i,
  errors,
  update,
  remove,
}: {
  id: string;
  actor: FormActor;
  index: number;
  errors: Errors;
  update: (patch: ActorPatch) => void;
  remove: () => void;
}) {
  const name = 'id' in a ? a.name : a.newName;
  const err =
    errors[`actors.${i}`] ?? errors[`actors.${i}.kind`] ?? errors[`actors.${i}.role`] ?? errors[`actors.${i}.newName`];
  const errId = `${id}-${a.key}-error`;
  return (
    <li>
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
        onChange={(e) => update({ role: e.target.value as ActorRole })}
      >
        {ACTOR_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {'id' in a ? null : <KindSelect id={id} actor={a} index={i} errors={errors} errId={errId} update={update} />}
      <button type="button" aria-label={`Remove ${name}`} onClick={remove}>
        Remove
      </button>
      {err ? (
        <span className="field-error" id={errId}>
          {err}
        </span>
      ) : null}
    </li>
  );
}

/** A new actor's kind, which the registry needs before it can hold it. */
function KindSelect({
  id,
  actor: a,
  index: i,
  errors,
  errId,
  update,
}: {
  id: string;
  actor: Extract<FormActor, { newName: string }>;
  index: number;
  errors: Errors;
  errId: string;
  update: (patch: ActorPatch) => void;
}) {
  const invalid = Boolean(errors[`actors.${i}.kind`] || errors[`actors.${i}`]);
  return (
    <>
      <label className="visually-hidden" htmlFor={`${id}-kind-${a.key}`}>
        Kind of {a.newName}
      </label>
      <select
        id={`${id}-kind-${a.key}`}
        name={`actors.${i}.kind`}
        value={a.kind}
        aria-required
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errId : undefined}
        onChange={(e) => update({ kind: e.target.value as ActorKind })}
      >
        <option value="">Kind (required)…</option>
        {ACTOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {k.replace('-', ' ')}
          </option>
        ))}
      </select>
    </>
  );
}
