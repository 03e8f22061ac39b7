'use client';
// What a reviewer does with a suggestion: accept it as a new event, add it as a source of the stored
// event it matches, or open it in the event form. The article is stored the first time one of these
// needs it (the same text is found, not stored again), and every saved event quotes it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExtractedEvent } from '@/lib/extract/types';
import { toPayload } from '@/lib/forms/event-form-state';
import { formFromProposal, type ArticleMeta } from '@/lib/forms/proposal';
import { stableSubmissionId, suggestionName } from '@/lib/forms/submission-id';
import { asApiError, sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';
import { actorsOptions, locationsOptions } from '@/lib/query/options';
import { eventFormSchema } from '@/lib/validation/event';

export type Decision =
  | { kind: 'open' }
  | { kind: 'editing' }
  | { kind: 'accepted'; eventId: number; pending: boolean }
  | { kind: 'merged'; eventId: number; pending: boolean }
  | { kind: 'rejected' };
export interface Card {
  n: number;
  proposal: ExtractedEvent;
  decision: Decision;
  message: string | null;
}

const post = <T>(url: string, body: unknown) => sendJson<T>(url, 'POST', body);

/** Why a suggestion cannot be saved as it is, or null when the schema takes it. */
function incomplete(form: ReturnType<typeof formFromProposal>, conflict: string | undefined): string[] | null {
  const checked = eventFormSchema.safeParse(toPayload(form, { conflict, submissionId: crypto.randomUUID() }));
  // Someone the registry lacks needs a person to say what they are; the schema would only say the actor is invalid.
  const unknownKinds = form.actors.flatMap((a) =>
    'newName' in a && !a.kind ? [`Say what kind of actor ${a.newName} is`] : [],
  );
  if (unknownKinds.length) return unknownKinds;
  return checked.success ? null : [...new Set(checked.error.issues.map((i) => i.message))];
}

export function useProposalActions({
  conflict,
  reviewed,
  meta,
  setMeta,
  setCard,
  cards,
}: {
  conflict?: string;
  reviewed: string;
  meta: ArticleMeta;
  setMeta: React.Dispatch<React.SetStateAction<ArticleMeta>>;
  setCard: (n: number, patch: Partial<Card>) => void;
  cards: Card[];
}) {
  const queryClient = useQueryClient();
  const actors = useQuery(actorsOptions(conflict));
  const places = useQuery(locationsOptions());

  const articleId = async (): Promise<number> => {
    if (meta.id) return meta.id;
    const saved = await post<{ id: number }>('/api/articles', {
      text: reviewed,
      publisher: meta.publisher,
      url: meta.url || null,
      title: meta.title || null,
      publishedAt: meta.publishedAt || null,
      conflict,
    });
    setMeta((m) => ({ ...m, id: saved.id }));
    return saved.id;
  };

  const formOf = (card: Card, stored: number | null) =>
    formFromProposal(card.proposal, actors.data?.actors ?? [], places.data?.locations ?? [], { ...meta, id: stored });

  /** Each action reports its failure on the card, under its own words. */
  const attempt = async (card: Card, failed: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      setCard(card.n, { message: `${failed}: ${asApiError(err).message}` });
    }
  };

  const edit = (card: Card) =>
    attempt(card, 'The article could not be stored', async () => {
      await articleId();
      setCard(card.n, { decision: { kind: 'editing' } });
    });

  const accept = async (card: Card) => {
    setCard(card.n, { message: null });
    const problems = incomplete(formOf(card, null), conflict);
    if (problems) {
      await edit(card);
      setCard(card.n, { message: `Complete this suggestion before saving: ${problems.join('; ')}.` });
      return;
    }
    await attempt(card, 'Not saved', async () => {
      const stored = await articleId();
      // One suggestion of one stored article is one submission: accepting it again (the article pasted again, a
      // second click) answers with the event it made, not a copy; the other event of its sentence is another.
      const { span } = card.proposal;
      const rank = cards.filter((c) => c.n < card.n && c.proposal.span.join() === span.join()).length;
      const submissionId = await stableSubmissionId(suggestionName(stored, span, rank));
      const payload = toPayload(formOf(card, stored), { conflict, submissionId });
      const saved = await post<{ id: number; review?: string }>('/api/events', payload);
      setCard(card.n, { decision: { kind: 'accepted', eventId: saved.id, pending: saved.review === 'pending' } });
      await invalidateEventData(queryClient);
    });
  };

  const merge = (card: Card, eventId: number) =>
    attempt(card, 'Not merged', async () => {
      const stored = await articleId();
      const source = toPayload(formOf(card, stored), {}).sources;
      const added = await post<{ proposal?: unknown }>(`/api/events/${eventId}/sources`, {
        sources: source,
        reason: 'Source added from an article',
      });
      setCard(card.n, { decision: { kind: 'merged', eventId, pending: !!added.proposal }, message: null });
      await invalidateEventData(queryClient);
    });

  return { accept, edit, merge, formOf };
}
