'use client';
// Add or edit an event. The browser validates with the same zod schema as the server (which
// validates again); errors sit next to their fields and are summarised in a live region, and
// nothing typed is lost. Before saving, likely duplicates are offered: save anyway, or add this
// form's sources to the existing event. On success the caches are invalidated, so the timeline,
// counts and charts include the change without a reload.
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useState } from 'react';
import { emptyForm, type EventFormState } from '@/lib/forms/event-form-state';
import { actorsOptions, locationsOptions } from '@/lib/query/options';
import { ActorsField } from './actors-field';
import { DuplicatesPanel } from './duplicates-panel';
import { ErrorSummary } from './error-summary';
import { controlProps, Field } from './field';
import { LocationField } from './location-field';
import { FatalitiesSection, WhatSection, WhenSection, type SetField } from './sections';
import { SourcesField } from './sources-field';
import { useEventWrites, type EmbeddedForm } from './use-event-writes';

export type { EmbeddedForm };

export function EventForm({
  initial,
  eventId,
  version,
  conflict,
  embed,
}: {
  initial?: EventFormState;
  eventId?: number;
  version?: number;
  conflict?: string;
  embed?: EmbeddedForm;
}) {
  const id = useId();
  const [state, setState] = useState<EventFormState>(initial ?? emptyForm());
  const actors = useQuery(actorsOptions(conflict));
  const places = useQuery(locationsOptions());
  const set: SetField = (key, value) => setState((s) => ({ ...s, [key]: value }));
  const editing = eventId !== undefined;
  const { errors, summary, summaryRef, busy, onSubmit, offered, offers, addSourcesTo, saveAnyway } = useEventWrites({
    state,
    eventId,
    version,
    conflict,
    embed,
  });
  const section = { id, state, errors, set };

  return (
    <form className="event-form widget" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`}>
      {embed ? (
        <h3 id={`${id}-h`}>{embed.heading}</h3>
      ) : (
        <h1 id={`${id}-h`}>{editing ? 'Edit event' : 'Add an event'}</h1>
      )}
      <p className="hint">Fields marked “required” must be filled in; everything else is optional.</p>
      <ErrorSummary summary={summary} errors={errors} range={state.precision === 'range'} ref={summaryRef} />
      <WhatSection {...section} setType={(slug) => setState((s) => ({ ...s, eventType: slug, subType: '' }))} />
      <WhenSection {...section} />
      <ActorsField
        actors={state.actors}
        registry={actors.data?.actors ?? []}
        errors={errors}
        onChange={(a) => set('actors', a)}
      />
      <LocationField
        value={state.location}
        places={places.data?.locations ?? []}
        errors={errors}
        onChange={(l) => set('location', l)}
      />
      <FatalitiesSection {...section} />
      <Field id={`${id}-summary`} label="Summary" param="summary" errors={errors}>
        <textarea
          {...controlProps(`${id}-summary`, errors, 'summary')}
          rows={4}
          value={state.summary}
          onChange={(e) => set('summary', e.target.value)}
        />
      </Field>
      <SourcesField sources={state.sources} errors={errors} onChange={(s) => set('sources', s)} />
      {editing ? <ReasonField id={id} state={state} errors={errors} set={set} /> : null}
      {offered?.length ? (
        <DuplicatesPanel
          key={offers}
          duplicates={offered}
          busy={busy}
          onAddSources={addSourcesTo}
          onSaveAnyway={saveAnyway}
        />
      ) : null}
      <FormActions busy={busy} eventId={eventId} embed={embed} />
    </form>
  );
}

/** Save (its words say whether this adds or edits) and Cancel: back to the event, home, or the host's choice. */
function FormActions({ busy, eventId, embed }: { busy: boolean; eventId?: number; embed?: EmbeddedForm }) {
  const editing = eventId !== undefined;
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : editing ? 'Save changes' : 'Save event'}
      </button>
      {embed ? (
        <button type="button" onClick={embed.onCancel}>
          Cancel
        </button>
      ) : (
        <Link href={editing ? `/events/${eventId}` : '/'}>Cancel</Link>
      )}
    </div>
  );
}

function ReasonField({ id, state, errors, set }: Parameters<typeof FatalitiesSection>[0]) {
  return (
    <Field
      id={`${id}-reason`}
      label="Reason for the change"
      param="reason"
      errors={errors}
      hint="Optional; shown in the event's history"
    >
      <input
        {...controlProps(`${id}-reason`, errors, 'reason')}
        value={state.reason}
        onChange={(e) => set('reason', e.target.value)}
      />
    </Field>
  );
}
