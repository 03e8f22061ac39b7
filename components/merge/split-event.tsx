'use client';
// Split: some of an event's sources report another event. They move to a new event that copies
// this one's other fields (fatalities excepted), to be edited there.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';

type Source = { id: number; publisher: string; title: string | null; url: string | null; quote: string };

export function SplitEvent({
  eventId,
  version,
  title,
  sources,
}: {
  eventId: number;
  version: number;
  title: string;
  sources: Source[];
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [chosen, setChosen] = useState<number[]>([]);
  const [newTitle, setNewTitle] = useState(title);
  const split = useMutation({
    mutationFn: () =>
      // A contributor's split is held for review (202 with the proposal): it waits on /review.
      sendJson<{ newId: number; proposal?: { id: number } }>(`/api/events/${eventId}/split`, 'POST', {
        sources: chosen,
        title: newTitle,
        version,
      }),
    onSuccess: async ({ newId, proposal }) => {
      await invalidateEventData(queryClient);
      router.push(proposal ? '/review' : `/events/${newId}`);
    },
  });
  const all = chosen.length === sources.length;
  const toggleOf = (sourceId: number) => (e: { target: { checked: boolean } }) =>
    setChosen((c) => (e.target.checked ? [...c, sourceId] : c.filter((x) => x !== sourceId)));
  return (
    <details className="split-event">
      <summary>Split…</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          split.mutate();
        }}
      >
        <fieldset>
          <legend>Sources that report another event</legend>
          {sources.map((s) => (
            <label key={s.id} className="choice">
              <input type="checkbox" checked={chosen.includes(s.id)} onChange={toggleOf(s.id)} /> {s.publisher}
              {s.title ? ` — ${s.title}` : s.url ? ` — ${s.url}` : ''}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title of the new event</label>
          <input id={`${id}-title`} value={newTitle} onChange={(e) => setNewTitle(e.target.value)} maxLength={500} />
          <span className="hint">
            The new event copies this one’s date, type, actors and place (not its fatalities): edit it after.
          </span>
        </div>
        {all ? (
          <p className="field-error" role="alert">
            Leave at least one source on this event.
          </p>
        ) : null}
        {split.error ? (
          <p className="field-error" role="alert">
            {split.error.message}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={!chosen.length || all || split.isPending}>
          {split.isPending ? 'Splitting…' : 'Split into a new event'}
        </button>
      </form>
    </details>
  );
}
