'use client';
// Every write of the event form, one at a time: the duplicate check, a save, "save anyway", adding
// the form's sources to an existing event instead. A refusal becomes errors by field and a summary
// that takes focus; a success refreshes every cached list, count and chart, then leaves the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { DuplicateCandidate } from '@/db/queries/duplicates';
import { toPayload, type EventFormState } from '@/lib/forms/event-form-state';
import { asApiError, sendJson as send } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';
import { eventFormSchema, fieldErrors } from '@/lib/validation/event';
import type { Errors } from './field';

/** Inside another page (the article review): the host decides what saving and cancelling lead to. */
export interface EmbeddedForm {
  heading: string;
  /** `pending`: saved as a proposal that waits for an editor's review (a contributor's). */
  onSaved: (id: number, pending: boolean) => void;
  onCancel: () => void;
}

type FieldList = { param: string; message: string }[];

/** With no event type chosen the sub-type cannot be chosen either: only the type's error is shown. */
function withoutDependentErrors(list: FieldList) {
  return list.some((e) => e.param === 'eventType') ? list.filter((e) => e.param !== 'subType') : list;
}

/** Errors by field and the summary above them, which takes focus when it is shown. */
function useErrorDisplay() {
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const showErrors = (list: FieldList, message: string) => {
    setErrors(Object.fromEntries(withoutDependentErrors(list).map((e) => [e.param, e.message])));
    setSummary(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  const clear = () => {
    setErrors({});
    setSummary(null);
  };
  /** The server's refusal: a conflict as it says it, field errors by field, anything else as it came. */
  const showRefusal = (err: unknown) => {
    const e = asApiError(err);
    if (e.status === 409) showErrors([], e.message);
    else if (e.errors.length)
      showErrors(e.errors, 'The server could not save this event: see the fields marked below.');
    else showErrors([], `The event could not be saved: ${e.message}`);
  };
  return { errors, summary, summaryRef, showErrors, showRefusal, clear };
}

/** One write at a time: a second while one runs is dropped. */
function useOneWriteAtATime(onError: (err: unknown) => void) {
  const writing = useMutation({ mutationFn: (work: () => Promise<void>) => work(), onError });
  const busy = writing.isPending;
  const run = (work: () => Promise<void>) => {
    if (!busy) writing.mutate(work);
  };
  return { busy, run };
}

export function useEventWrites({
  state,
  eventId,
  version,
  conflict,
  embed,
}: {
  state: EventFormState;
  eventId?: number;
  version?: number;
  conflict?: string;
  embed?: EmbeddedForm;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const display = useErrorDisplay();
  const duplicates = useDuplicateOffers();
  const [submissionId] = useState(() => crypto.randomUUID());
  const editing = eventId !== undefined;
  const payload = () => toPayload(state, { conflict, submissionId: editing ? undefined : submissionId, version });

  const done = async (targetId: number, pending: boolean) => {
    await invalidateEventData(queryClient);
    if (embed) return embed.onSaved(targetId, pending);
    router.push(`/events/${targetId}`);
    router.refresh();
  };
  const save = async () => {
    const body = payload();
    type Saved = { id: number; eventId?: number; review?: string };
    const saved = editing
      ? await send<Saved>(`/api/events/${eventId}`, 'PUT', body)
      : await send<Saved>('/api/events', 'POST', body);
    // A contributor's edit of a published event answers with the proposal, which names the event.
    await done(saved.eventId ?? saved.id, saved.review === 'pending' || saved.eventId !== undefined);
  };
  const { busy, run } = useOneWriteAtATime(display.showRefusal);

  const onSubmit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const checked = eventFormSchema.safeParse(payload());
    if (!checked.success) {
      const list = withoutDependentErrors(fieldErrors(checked.error));
      const count = `${list.length} ${list.length === 1 ? 'field needs' : 'fields need'}`;
      return display.showErrors(list, `${count} attention before this event can be saved.`);
    }
    display.clear();
    run(async () => {
      // The event itself is excluded (an edit), and so is every candidate already saved anyway against.
      const { candidates } = await send<{ candidates: DuplicateCandidate[] }>('/api/events/duplicates', 'POST', {
        event: payload(),
        excludeId: eventId,
      });
      if (!duplicates.offer(candidates)) await save();
    });
  };
  const saveAnyway = () => {
    duplicates.ignoreOffered();
    run(save);
  };
  const addSourcesTo = (targetId: number) =>
    run(async () => {
      const reason = embed ? 'Source added from an article' : 'Source added from the form';
      const added = await send<{ proposal?: unknown }>(`/api/events/${targetId}/sources`, 'POST', {
        sources: payload().sources,
        reason,
      });
      await done(targetId, !!added.proposal);
    });

  return {
    ...display,
    busy,
    onSubmit,
    saveAnyway,
    addSourcesTo,
    offered: duplicates.offered,
    offers: duplicates.offers,
  };
}

/** Likely duplicates offered before saving; those the user saved anyway against are not offered again. */
function useDuplicateOffers() {
  const [offered, setOffered] = useState<DuplicateCandidate[] | null>(null);
  const [ignored, setIgnored] = useState<ReadonlySet<number>>(() => new Set());
  // Each offer is a new panel (its key), which scrolls to itself and takes focus.
  const [offers, setOffers] = useState(0);
  /** Offers the candidates not yet ignored; false when none is left to offer. */
  const offer = (candidates: DuplicateCandidate[]) => {
    const fresh = candidates.filter((c) => !ignored.has(c.id));
    if (!fresh.length) return false;
    setOffered(fresh);
    setOffers((n) => n + 1);
    return true;
  };
  const ignoreOffered = () => setIgnored((prev) => new Set([...prev, ...(offered ?? []).map((d) => d.id)]));
  return { offered, offers, offer, ignoreOffered };
}
