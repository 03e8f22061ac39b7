'use client';
// The event form's plain sections: what happened (title, type, sub-type), when and how sure
// (precision, date, status, milestone), and the fatalities. Each edits the form state through `set`.
import type { EventFormState } from '@/lib/forms/event-form-state';
import { EVENT_STATUSES, EVENT_TYPES, getEventType } from '@/lib/taxonomy/taxonomy';
import { DateFields } from './date-fields';
import { controlProps, Field, type Errors } from './field';

export type SetField = <K extends keyof EventFormState>(key: K, value: EventFormState[K]) => void;

interface SectionProps {
  id: string;
  state: EventFormState;
  errors: Errors;
  set: SetField;
}

const PRECISION_CHOICES = [
  { value: 'day', label: 'Exact day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'year', label: 'Year' },
  { value: 'range', label: 'Range of days' },
] as const;

export function WhatSection({ id, state, errors, set, setType }: SectionProps & { setType: (slug: string) => void }) {
  const type = getEventType(state.eventType);
  return (
    <>
      <Field id={`${id}-title`} label="Title" param="title" errors={errors} required>
        <input
          {...controlProps(`${id}-title`, errors, 'title', { required: true })}
          value={state.title}
          onChange={(e) => set('title', e.target.value)}
          maxLength={100_000}
        />
      </Field>
      <div className="filters">
        <Field id={`${id}-type`} label="Event type" param="eventType" errors={errors} required>
          <select
            {...controlProps(`${id}-type`, errors, 'eventType', { required: true })}
            value={state.eventType}
            onChange={(e) => setType(e.target.value)}
          >
            <option value="">Choose…</option>
            {EVENT_TYPES.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-sub`} label="Sub-type" param="subType" errors={errors} required>
          <select
            {...controlProps(`${id}-sub`, errors, 'subType', { required: true })}
            value={state.subType}
            onChange={(e) => set('subType', e.target.value)}
            disabled={!type}
          >
            <option value="">{type ? 'Choose…' : 'Choose an event type first'}</option>
            {type?.subTypes.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </>
  );
}

export function WhenSection({ id, state, errors, set }: SectionProps) {
  return (
    <div className="filters">
      <Field
        id={`${id}-precision`}
        label="Precision"
        param="precision"
        errors={errors}
        hint="As precise as the source, never more"
        required
      >
        <select
          {...controlProps(`${id}-precision`, errors, 'precision', { required: true, hint: true })}
          value={state.precision}
          onChange={(e) => set('precision', e.target.value as EventFormState['precision'])}
        >
          {PRECISION_CHOICES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <DateFields id={id} state={state} errors={errors} set={set} />
      <Field id={`${id}-status`} label="Status" param="status" errors={errors}>
        <select
          {...controlProps(`${id}-status`, errors, 'status')}
          value={state.status}
          onChange={(e) => set('status', e.target.value as EventFormState['status'])}
        >
          {EVENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </Field>
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={state.milestone} onChange={(e) => set('milestone', e.target.checked)} />{' '}
          Milestone
        </label>
        <span className="hint">Ceasefires, summits, agreements</span>
      </div>
    </div>
  );
}

const FATALITY_LABELS = { best: 'Best estimate', low: 'Low', high: 'High' } as const;

export function FatalitiesSection({ id, state, errors, set }: SectionProps) {
  return (
    <fieldset className="form-group">
      <legend>Fatalities</legend>
      <p className="hint">Optional. Leave empty what is not known.</p>
      <div className="filters">
        {(['best', 'low', 'high'] as const).map((k) => (
          <Field key={k} id={`${id}-${k}`} label={FATALITY_LABELS[k]} param={`fatalities.${k}`} errors={errors}>
            <input
              {...controlProps(`${id}-${k}`, errors, `fatalities.${k}`)}
              inputMode="numeric"
              value={state[k]}
              onChange={(e) => set(k, e.target.value)}
              style={{ width: '8em' }}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
