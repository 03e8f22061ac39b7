'use client';
// The merge page's form: for each field, the value of either event side by side (radio groups with
// visible labels), which event keeps its page, a preview of the result, then *Merge events*.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { EventView } from '@/db/queries/event-shape';
import { sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';
import { MERGE_FIELDS, type MergeField } from '@/lib/validation/merge';
import { fieldText, preview, type Choices } from './merge-values';
import { MergePreview } from './merge-preview';

const LABELS: Record<MergeField, string> = {
  title: 'Title',
  date: 'Date and precision',
  type: 'Event type',
  actors: 'Actors',
  location: 'Place',
  fatalities: 'Fatalities',
  summary: 'Summary',
  status: 'Status',
};

function Choice({
  name,
  value,
  checked,
  onChange,
  heading,
  text,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  heading: string;
  text: string;
}) {
  return (
    <label className={`merge-choice${checked ? ' chosen' : ''}`}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      <span className="merge-side">{heading}</span>
      <span className="merge-value">{text}</span>
    </label>
  );
}

/** One radio group per field: either event's value, and for actors also both. */
function FieldChoices({
  a,
  b,
  name,
  choices,
  choose,
}: {
  a: EventView;
  b: EventView;
  name: string;
  choices: Choices;
  choose: (field: MergeField, side: number | 'both') => void;
}) {
  return (
    <>
      {MERGE_FIELDS.map((field) => (
        <fieldset key={field} className="merge-row">
          <legend>{LABELS[field]}</legend>
          {[a, b].map((e) => (
            <Choice
              key={e.id}
              name={`${name}-${field}`}
              value={String(e.id)}
              checked={choices[field] === e.id}
              onChange={() => choose(field, e.id)}
              heading={`From #${e.id}`}
              text={fieldText(e, field)}
            />
          ))}
          {field === 'actors' ? (
            <Choice
              name={`${name}-${field}`}
              value="both"
              checked={choices.actors === 'both'}
              onChange={() => choose('actors', 'both')}
              heading="Both"
              text="Every actor of either event"
            />
          ) : null}
        </fieldset>
      ))}
    </>
  );
}

export function MergeForm({ a, b }: { a: EventView; b: EventView }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [survivor, setSurvivor] = useState(a.id);
  const [choices, setChoices] = useState<Choices>(Object.fromEntries(MERGE_FIELDS.map((f) => [f, a.id])) as Choices);
  const [reason, setReason] = useState('');
  const merge = useMutation({
    mutationFn: () =>
      // A contributor's merge is held for review (202 with the proposal): it waits on /review.
      sendJson<{ id: number; proposal?: { id: number } }>(`/api/events/${a.id}/merge`, 'POST', {
        other: b.id,
        survivor,
        fields: choices,
        versions: { event: a.version, other: b.version },
        reason,
      }),
    onSuccess: async (done) => {
      await invalidateEventData(queryClient);
      router.push(done.proposal ? '/review' : `/events/${done.id}`);
    },
  });
  const result = preview(a, b, survivor, choices);
  const choose = (field: MergeField, side: number | 'both') => setChoices((c) => ({ ...c, [field]: side }));
  return (
    <form
      className="merge-form"
      onSubmit={(e) => {
        e.preventDefault();
        merge.mutate();
      }}
    >
      <fieldset className="merge-row">
        <legend>Keep the page of</legend>
        {[a, b].map((e) => (
          <Choice
            key={e.id}
            name={`${id}-survivor`}
            value={String(e.id)}
            checked={survivor === e.id}
            onChange={() => setSurvivor(e.id)}
            heading={`Event #${e.id}`}
            text={`${e.title} — its address stays; the other one leads to it`}
          />
        ))}
      </fieldset>
      <FieldChoices a={a} b={b} name={id} choices={choices} choose={choose} />
      <MergePreview result={result} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (optional)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      </div>
      {merge.error ? (
        <p className="field-error" role="alert">
          {merge.error.message}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={merge.isPending}>
        {merge.isPending ? 'Merging…' : 'Merge events'}
      </button>
    </form>
  );
}
