'use client';
// Add or edit an event. The browser validates with the same zod schema as the server (which
// validates again); errors sit next to their fields and are summarised in a live region, and
// nothing typed is lost. Before saving, likely duplicates are offered: save anyway, or add this
// form's sources to the existing event. On success the caches are invalidated, so the timeline,
// counts and charts include the change without a reload.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import type { DuplicateCandidate } from '@/db/queries/duplicates';
import { emptyForm, toPayload, type EventFormState } from '@/lib/forms/event-form-state';
import { ApiError, sendJson as send } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';
import { actorsOptions, locationsOptions } from '@/lib/query/options';
import { EVENT_STATUSES, EVENT_TYPES, getEventType } from '@/lib/taxonomy/taxonomy';
import { eventFormSchema, fieldErrors } from '@/lib/validation/event';
import { ActorsField } from './actors-field';
import { DateFields } from './date-fields';
import { DuplicatesPanel } from './duplicates-panel';
import { ErrorSummary } from './error-summary';
import { controlProps, Field, type Errors } from './field';
import { LocationField } from './location-field';
import { SourcesField } from './sources-field';

const PRECISION_CHOICES = [
  { value: 'day', label: 'Exact day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'year', label: 'Year' },
  { value: 'range', label: 'Range of days' },
] as const;

/** With no event type chosen the sub-type cannot be chosen either: only the type's error is shown. */
function withoutDependentErrors(list: { param: string; message: string }[]) {
  return list.some((e) => e.param === 'eventType') ? list.filter((e) => e.param !== 'subType') : list;
}

/**
 * Inside another page (the article review): a smaller heading, and the host decides what saving and
 * cancelling lead to.
 */
export interface EmbeddedForm {
  heading: string;
  onSaved: (id: number) => void;
  onCancel: () => void;
}

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
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<EventFormState>(initial ?? emptyForm());
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  // Candidates the user chose to save anyway against, in this form: not offered again.
  const [ignored, setIgnored] = useState<ReadonlySet<number>>(() => new Set());
  const [submissionId] = useState(() => crypto.randomUUID());
  const summaryRef = useRef<HTMLDivElement>(null);
  const [offers, setOffers] = useState(0);
  const actors = useQuery(actorsOptions(conflict));
  const places = useQuery(locationsOptions());
  const set = <K extends keyof EventFormState>(key: K, value: EventFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const editing = eventId !== undefined;
  const payload = () => toPayload(state, { conflict, submissionId: editing ? undefined : submissionId, version });

  const showErrors = (list: { param: string; message: string }[], message: string) => {
    setErrors(Object.fromEntries(withoutDependentErrors(list).map((e) => [e.param, e.message])));
    setSummary(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const done = async (targetId: number) => {
    await invalidateEventData(queryClient);
    if (embed) return embed.onSaved(targetId);
    router.push(`/events/${targetId}`);
    router.refresh();
  };

  const save = async () => {
    const body = payload();
    const saved = editing
      ? await send<{ id: number; eventId?: number }>(`/api/events/${eventId}`, 'PUT', body)
      : await send<{ id: number; eventId?: number }>('/api/events', 'POST', body);
    // A contributor's edit of a published event answers with the proposal, which names the event.
    await done(saved.eventId ?? saved.id);
  };

  // Every write of the form (the duplicate check, a save, "save anyway", adding sources instead).
  const writing = useMutation({
    mutationFn: (work: () => Promise<void>) => work(),
    onError: (err) => {
      const e = err instanceof ApiError ? err : new ApiError(0, err.message);
      if (e.status === 409) showErrors([], e.message);
      else if (e.errors.length)
        showErrors(e.errors, 'The server could not save this event: see the fields marked below.');
      else showErrors([], `The event could not be saved: ${e.message}`);
    },
  });
  const busy = writing.isPending;
  const run = (work: () => Promise<void>) => {
    if (!busy) writing.mutate(work);
  };

  const onSubmit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const checked = eventFormSchema.safeParse(payload());
    if (!checked.success) {
      const list = withoutDependentErrors(fieldErrors(checked.error));
      return showErrors(
        list,
        `${list.length} ${list.length === 1 ? 'field needs' : 'fields need'} attention before this event can be saved.`,
      );
    }
    setErrors({});
    setSummary(null);
    run(async () => {
      // The event itself is excluded (an edit), and so is every candidate already saved anyway against.
      const { candidates } = await send<{ candidates: DuplicateCandidate[] }>('/api/events/duplicates', 'POST', {
        event: payload(),
        excludeId: eventId,
      });
      const fresh = candidates.filter((c) => !ignored.has(c.id));
      if (fresh.length) {
        setDuplicates(fresh);
        setOffers((n) => n + 1);
        return;
      }
      await save();
    });
  };

  const saveAnyway = () => {
    setIgnored((prev) => new Set([...prev, ...(duplicates ?? []).map((d) => d.id)]));
    run(save);
  };

  const addSourcesTo = (targetId: number) =>
    run(async () => {
      await send(`/api/events/${targetId}/sources`, 'POST', {
        sources: payload().sources,
        reason: embed ? 'Source added from an article' : 'Source added from the form',
      });
      await done(targetId);
    });

  const type = getEventType(state.eventType);

  return (
    <form className="event-form widget" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`}>
      {embed ? (
        <h3 id={`${id}-h`}>{embed.heading}</h3>
      ) : (
        <h1 id={`${id}-h`}>{editing ? 'Edit event' : 'Add an event'}</h1>
      )}
      <p className="hint">Fields marked “required” must be filled in; everything else is optional.</p>
      <ErrorSummary summary={summary} errors={errors} range={state.precision === 'range'} ref={summaryRef} />

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
            onChange={(e) => setState((s) => ({ ...s, eventType: e.target.value, subType: '' }))}
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

      <fieldset className="form-group">
        <legend>Fatalities</legend>
        <p className="hint">Optional. Leave empty what is not known.</p>
        <div className="filters">
          {(['best', 'low', 'high'] as const).map((k) => (
            <Field
              key={k}
              id={`${id}-${k}`}
              label={{ best: 'Best estimate', low: 'Low', high: 'High' }[k]}
              param={`fatalities.${k}`}
              errors={errors}
            >
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

      <Field id={`${id}-summary`} label="Summary" param="summary" errors={errors}>
        <textarea
          {...controlProps(`${id}-summary`, errors, 'summary')}
          rows={4}
          value={state.summary}
          onChange={(e) => set('summary', e.target.value)}
        />
      </Field>

      <SourcesField sources={state.sources} errors={errors} onChange={(s) => set('sources', s)} />

      {editing ? (
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
      ) : null}

      {duplicates?.length ? (
        <DuplicatesPanel
          key={offers}
          duplicates={duplicates}
          busy={busy}
          onAddSources={addSourcesTo}
          onSaveAnyway={saveAnyway}
        />
      ) : null}

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
    </form>
  );
}
