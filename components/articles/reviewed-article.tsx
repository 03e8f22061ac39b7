'use client';
// The article under review: its text with each suggestion's sentence marked, beside the list of
// suggestions. Picking a mark focuses its card; a card in the editor holds the event form.
import Link from 'next/link';
import { useId, useState } from 'react';
import { EventForm } from '@/components/event-form/event-form';
import { describeDate } from '@/lib/dates/precision';
import type { ArticleMeta } from '@/lib/forms/proposal';
import { ArticleText } from './article-text';
import { ProposalCard } from './proposal-card';
import { useProposalActions, type Card } from './use-proposal-actions';
import { noSuggestionsMessage } from '@/lib/text/script';

/** Each suggestion's sentence, unless it was rejected; the one pointed at is marked active. */
const highlightsOf = (cards: Card[], active: number | null) =>
  cards
    .filter((c) => c.decision.kind !== 'rejected')
    .map((c) => {
      const [start, end] = c.proposal.span;
      return { start, end, label: String(c.n), id: String(c.n), active: active === c.n };
    });

export function ReviewedArticle({
  conflict,
  reviewed,
  meta,
  setMeta,
  cards,
  setCard,
  onStartOver,
}: {
  conflict?: string;
  reviewed: string;
  meta: ArticleMeta;
  setMeta: React.Dispatch<React.SetStateAction<ArticleMeta>>;
  cards: Card[];
  setCard: (n: number, patch: Partial<Card>) => void;
  onStartOver: () => void;
}) {
  const id = useId();
  const [active, setActive] = useState<number | null>(null);
  const { accept, edit, merge, formOf } = useProposalActions({ conflict, reviewed, meta, setMeta, setCard, cards });
  const pick = (n: number) => {
    setActive(n);
    document.getElementById(`${id}-card-${n}`)?.focus();
  };
  const editor = (c: Card) =>
    c.decision.kind === 'editing' ? (
      <EventForm
        initial={formOf(c, meta.id)}
        conflict={conflict}
        embed={{
          heading: `Edit suggestion ${c.n}`,
          onSaved: (eventId, pending) =>
            setCard(c.n, { decision: { kind: 'accepted', eventId, pending }, message: null }),
          onCancel: () => setCard(c.n, { decision: { kind: 'open' } }),
        }}
      />
    ) : null;

  return (
    <section aria-labelledby={`${id}-rh`}>
      <ReviewHead headingId={`${id}-rh`} meta={meta} cards={cards} onStartOver={onStartOver} />
      <div className="review-grid">
        <section className="widget" aria-label="The article">
          <h2>The article</h2>
          <ArticleText text={reviewed} highlights={highlightsOf(cards, active)} onPick={(n) => pick(Number(n))} />
        </section>
        <section aria-label="Suggested events">
          <h2 className="visually-hidden">Suggested events</h2>
          {cards.length === 0 ? <p className="widget empty">{noSuggestionsMessage(reviewed)}</p> : null}
          <ol className="proposals">
            {cards.map((c) => (
              <ProposalCard
                key={c.n}
                card={c}
                domId={`${id}-card-${c.n}`}
                onFocus={() => setActive(c.n)}
                handlers={{
                  accept: () => accept(c),
                  edit: () => edit(c),
                  merge: (eventId) => merge(c, eventId),
                  reject: () => setCard(c.n, { decision: { kind: 'rejected' }, message: null }),
                  undo: () => setCard(c.n, { decision: { kind: 'open' }, message: null }),
                }}
                form={editor(c)}
              />
            ))}
          </ol>
        </section>
      </div>
    </section>
  );
}

function ReviewHead({
  headingId,
  meta,
  cards,
  onStartOver,
}: {
  headingId: string;
  meta: ArticleMeta;
  cards: Card[];
  onStartOver: () => void;
}) {
  const decided = cards.filter((c) => c.decision.kind === 'accepted' || c.decision.kind === 'merged').length;
  return (
    <div className="review-head">
      <h1 id={headingId}>{meta.title || 'Suggested events'}</h1>
      <p className="note">
        {meta.publisher}
        {meta.publishedAt
          ? `, ${describeDate({ dateStart: meta.publishedAt, dateEnd: null, precision: 'day' })}`
          : ', no publication date: relative dates were not resolved'}
        {' · '}
        {cards.length} suggested, {decided} saved
        {meta.id ? (
          <>
            {' '}
            · <Link href={`/articles/${meta.id}`}>Stored article</Link>
          </>
        ) : null}
      </p>
      <button type="button" onClick={onStartOver}>
        Start over
      </button>
    </div>
  );
}
