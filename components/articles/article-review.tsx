'use client';
// From an article to events: paste text or upload a .txt/.html file with its publication date and
// source, get suggested events, and review each one — accept it, edit it in the event form, merge
// it into the stored event it matches, or reject it. Nothing is stored until a suggestion is
// accepted or merged; then the article is stored once and every saved event quotes it.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ExtractedEvent } from '@/lib/extract/types';
import type { ArticleMeta } from '@/lib/forms/proposal';
import { actorsOptions, locationsOptions } from '@/lib/query/options';
import { ArticleSourceForm } from './article-source-form';
import { ReviewedArticle } from './reviewed-article';
import type { Card } from './use-proposal-actions';
import { noSuggestionsMessage } from '@/lib/text/script';

export function ArticleReview({ conflict }: { conflict?: string }) {
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<ArticleMeta>({ id: null, publisher: '', url: '', title: '', publishedAt: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const [reviewed, setReviewed] = useState<string | null>(null);
  const [cards, setCards] = useState<Card[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);
  // Loaded while the text is typed: a suggestion's names are matched against them when it is saved.
  useQuery(actorsOptions(conflict));
  useQuery(locationsOptions());

  const say = (message: string) => {
    setNotice(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const setCard = (n: number, patch: Partial<Card>) =>
    setCards((cs) => cs.map((c) => (c.n === n ? { ...c, ...patch } : c)));

  const onSuggested = (read: string, proposals: ExtractedEvent[]) => {
    setReviewed(read);
    setMeta((m) => ({ ...m, id: null }));
    setCards(proposals.map((p, i) => ({ n: i + 1, proposal: p, decision: { kind: 'open' }, message: null })));
    say(
      proposals.length
        ? `${proposals.length} suggested ${proposals.length === 1 ? 'event' : 'events'}: review each below. ` +
            'Nothing is saved until you accept or merge.'
        : `${noSuggestionsMessage(read)} You can still add events by hand.`,
    );
  };

  return (
    <div className="article-review">
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className={notice ? 'notice' : 'visually-hidden'}
      >
        {notice}
      </div>
      {reviewed === null ? (
        <ArticleSourceForm
          conflict={conflict}
          text={text}
          setText={setText}
          meta={meta}
          setMeta={setMeta}
          say={say}
          onSuggested={onSuggested}
        />
      ) : (
        <ReviewedArticle
          conflict={conflict}
          reviewed={reviewed}
          meta={meta}
          setMeta={setMeta}
          cards={cards}
          setCard={setCard}
          onStartOver={() => {
            setReviewed(null);
            setCards([]);
            setNotice(null);
          }}
        />
      )}
    </div>
  );
}
