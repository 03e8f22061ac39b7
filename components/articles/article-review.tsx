'use client';
// From an article to events: paste text or upload a .txt/.html file with its publication date and
// source, get suggested events, and review each one — accept it, edit it in the event form, merge
// it into the stored event it matches, or reject it. Nothing is stored until a suggestion is
// accepted or merged; then the article is stored once and every saved event quotes it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useRef, useState } from 'react';
import { EventForm } from '@/components/event-form/event-form';
import { ArticleText } from './article-text';
import { describeDate } from '@/lib/dates/precision';
import { articleFromHtml, looksLikeHtml } from '@/lib/extract/html';
import { MAX_ARTICLE_CHARS, extractRequestSchema, type ExtractedEvent } from '@/lib/extract/types';
import { toPayload } from '@/lib/forms/event-form-state';
import { formFromProposal, type ArticleMeta } from '@/lib/forms/proposal';
import { sendJson } from '@/lib/query/fetch-json';
import { invalidateEventData } from '@/lib/query/invalidate';
import { actorsOptions, locationsOptions } from '@/lib/query/options';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import { articleInputSchema } from '@/lib/validation/article';
import { eventFormSchema } from '@/lib/validation/event';

type Decision =
  | { kind: 'open' }
  | { kind: 'editing' }
  | { kind: 'accepted'; eventId: number }
  | { kind: 'merged'; eventId: number }
  | { kind: 'rejected' };
interface Card {
  n: number;
  proposal: ExtractedEvent;
  decision: Decision;
  message: string | null;
}

const post = <T,>(url: string, body: unknown) => sendJson<T>(url, 'POST', body);

const fmtDate = (p: ExtractedEvent) =>
  p.dateStart && p.precision
    ? describeDate({ dateStart: p.dateStart, dateEnd: p.dateEnd, precision: p.precision })
    : 'No date in the text';

export function ArticleReview({ conflict }: { conflict?: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<ArticleMeta>({ id: null, publisher: '', url: '', title: '', publishedAt: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [reviewed, setReviewed] = useState<string | null>(null);
  const [cards, setCards] = useState<Card[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const actors = useQuery(actorsOptions(conflict));
  const places = useQuery(locationsOptions());
  const suggesting = useMutation({
    mutationFn: (body: { text: string; publishedAt: string | null; conflict?: string }) =>
      post<ExtractedEvent[]>('/api/extract', body).then((proposals) => ({ body, proposals })),
    onSuccess: ({ body, proposals }) => {
      setReviewed(body.text);
      setMeta((m) => ({ ...m, id: null }));
      setCards(proposals.map((p, i) => ({ n: i + 1, proposal: p, decision: { kind: 'open' }, message: null })));
      say(
        proposals.length
          ? `${proposals.length} suggested ${proposals.length === 1 ? 'event' : 'events'}: review each below. ` +
              'Nothing is saved until you accept or merge.'
          : 'No dated events were found in this text. You can still add events by hand.',
      );
    },
    onError: (err) => say(`Suggestions could not be made: ${err.message}`),
  });
  const busy = suggesting.isPending;

  const setCard = (n: number, patch: Partial<Card>) =>
    setCards((cs) => cs.map((c) => (c.n === n ? { ...c, ...patch } : c)));
  const say = (message: string) => {
    setNotice(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.(txt|text|html?|xhtml)$/i.test(file.name) && !/^text\//.test(file.type))
      return say(`“${file.name}” is not a .txt or .html file`);
    if (file.size > MAX_ARTICLE_CHARS * 4)
      return say(`“${file.name}” is larger than the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`);
    const raw = await file.text();
    if (/\.x?html?$/i.test(file.name) || looksLikeHtml(raw)) {
      // DOMParser builds an inert document: its scripts never run, its content is never rendered.
      const article = articleFromHtml(raw, (h) => new DOMParser().parseFromString(h, 'text/html'));
      setText(article.text);
      if (article.title && !meta.title) setMeta((m) => ({ ...m, title: article.title! }));
      say(`Read ${file.name}: the article text of the page, without its navigation and scripts.`);
    } else {
      setText(raw.replace(/^\uFEFF/, ''));
      say(`Read ${file.name}.`);
    }
  };

  const suggest = async (ev: React.FormEvent) => {
    ev.preventDefault();
    const body = {
      text: looksLikeHtml(text)
        ? articleFromHtml(text, (h) => new DOMParser().parseFromString(h, 'text/html')).text
        : text,
      publishedAt: meta.publishedAt || null,
      conflict,
    };
    const checked = extractRequestSchema.safeParse(body);
    const source = articleInputSchema.safeParse({
      ...body,
      publisher: meta.publisher,
      url: meta.url,
      title: meta.title,
    });
    const problems: Record<string, string> = {};
    for (const i of [...(checked.error?.issues ?? []), ...(source.error?.issues ?? [])])
      problems[String(i.path[0] ?? 'text')] ??= i.message;
    setErrors(problems);
    if (Object.keys(problems).length)
      return say(
        `${Object.keys(problems).length === 1 ? 'One field needs' : 'Some fields need'} attention: ` +
          Object.values(problems).join('; '),
      );
    suggesting.mutate(body);
  };

  /** The article, stored the first time something is accepted (the same text is found, not stored again). */
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

  const refresh = () => invalidateEventData(queryClient);

  const accept = async (card: Card) => {
    setCard(card.n, { message: null });
    const form = formOf(card, null);
    const checked = eventFormSchema.safeParse(toPayload(form, { conflict, submissionId: crypto.randomUUID() }));
    // Someone the registry lacks needs a person to say what they are; the schema would only say the actor is invalid.
    const unknownKinds = form.actors.flatMap((a) =>
      'newName' in a && !a.kind ? [`Say what kind of actor ${a.newName} is`] : [],
    );
    if (!checked.success || unknownKinds.length) {
      const problems = unknownKinds.length ? unknownKinds : [...new Set(checked.error!.issues.map((i) => i.message))];
      await edit(card);
      setCard(card.n, { message: `Complete this suggestion before saving: ${problems.join('; ')}.` });
      return;
    }
    try {
      const stored = await articleId();
      const saved = await post<{ id: number }>(
        '/api/events',
        toPayload(formOf(card, stored), { conflict, submissionId: crypto.randomUUID() }),
      );
      setCard(card.n, { decision: { kind: 'accepted', eventId: saved.id } });
      await refresh();
    } catch (err) {
      setCard(card.n, { message: `Not saved: ${(err as Error).message}` });
    }
  };

  const merge = async (card: Card, eventId: number) => {
    try {
      const stored = await articleId();
      const source = toPayload(formOf(card, stored), {}).sources;
      await post(`/api/events/${eventId}/sources`, { sources: source, reason: 'Source added from an article' });
      setCard(card.n, { decision: { kind: 'merged', eventId }, message: null });
      await refresh();
    } catch (err) {
      setCard(card.n, { message: `Not merged: ${(err as Error).message}` });
    }
  };

  const edit = async (card: Card) => {
    try {
      await articleId();
      setCard(card.n, { decision: { kind: 'editing' } });
    } catch (err) {
      setCard(card.n, { message: `The article could not be stored: ${(err as Error).message}` });
    }
  };

  const pick = (n: number) => {
    setActive(n);
    document.getElementById(`${id}-card-${n}`)?.focus();
  };

  const decided = cards.filter((c) => c.decision.kind === 'accepted' || c.decision.kind === 'merged').length;

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
        <form className="widget event-form" onSubmit={suggest} noValidate aria-labelledby={`${id}-h`}>
          <h1 id={`${id}-h`}>Events from an article</h1>
          <p className="note">
            Paste an article or upload it (.txt or .html, up to {MAX_ARTICLE_CHARS.toLocaleString('en')} characters).
            Faultline suggests the dated events it tells, each tied to its sentence; you accept, edit, merge or reject
            each one. Nothing is stored until you do.
          </p>
          <div className="field">
            <label htmlFor={`${id}-text`}>Article text</label>
            <textarea
              id={`${id}-text`}
              rows={14}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={errors.text ? `${id}-text-error` : undefined}
            />
            {errors.text ? (
              <span id={`${id}-text-error`} className="field-error">
                {errors.text}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-file`}>Or upload a file</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".txt,.text,.html,.htm,text/plain,text/html"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </div>
          <div className="filters">
            <div className="field">
              <label htmlFor={`${id}-published`}>Published</label>
              <input
                id={`${id}-published`}
                type="date"
                value={meta.publishedAt}
                onChange={(e) => setMeta((m) => ({ ...m, publishedAt: e.target.value }))}
                aria-invalid={errors.publishedAt ? true : undefined}
                aria-describedby={`${id}-published-hint${errors.publishedAt ? ` ${id}-published-error` : ''}`}
              />
              <span className="hint" id={`${id}-published-hint`}>
                Resolves “yesterday”, “last year”, “on Friday”
              </span>
              {errors.publishedAt ? (
                <span id={`${id}-published-error`} className="field-error">
                  {errors.publishedAt}
                </span>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={`${id}-publisher`}>Publisher</label>
              <input
                id={`${id}-publisher`}
                value={meta.publisher}
                onChange={(e) => setMeta((m) => ({ ...m, publisher: e.target.value }))}
                aria-invalid={errors.publisher ? true : undefined}
                aria-describedby={errors.publisher ? `${id}-publisher-error` : undefined}
              />
              {errors.publisher ? (
                <span id={`${id}-publisher-error`} className="field-error">
                  {errors.publisher}
                </span>
              ) : null}
            </div>
            <div className="field wide-field">
              <label htmlFor={`${id}-url`}>URL</label>
              <input
                id={`${id}-url`}
                type="url"
                inputMode="url"
                placeholder="https://…"
                value={meta.url}
                onChange={(e) => setMeta((m) => ({ ...m, url: e.target.value }))}
                aria-invalid={errors.url ? true : undefined}
                aria-describedby={errors.url ? `${id}-url-error` : undefined}
              />
              {errors.url ? (
                <span id={`${id}-url-error`} className="field-error">
                  {errors.url}
                </span>
              ) : null}
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-title`}>Article title</label>
            <input
              id={`${id}-title`}
              value={meta.title}
              onChange={(e) => setMeta((m) => ({ ...m, title: e.target.value }))}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Reading…' : 'Suggest events'}
            </button>
            <Link href="/articles">Stored articles</Link>
          </div>
        </form>
      ) : (
        <section aria-labelledby={`${id}-rh`}>
          <div className="review-head">
            <h1 id={`${id}-rh`}>{meta.title || 'Suggested events'}</h1>
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
            <button
              type="button"
              onClick={() => {
                setReviewed(null);
                setCards([]);
                setNotice(null);
              }}
            >
              Start over
            </button>
          </div>
          <div className="review-grid">
            <section className="widget" aria-label="The article">
              <h2>The article</h2>
              <ArticleText
                text={reviewed}
                highlights={cards
                  .filter((c) => c.decision.kind !== 'rejected')
                  .map((c) => ({
                    start: c.proposal.span[0],
                    end: c.proposal.span[1],
                    label: String(c.n),
                    id: String(c.n),
                    active: active === c.n,
                  }))}
                onPick={(n) => pick(Number(n))}
              />
            </section>
            <section aria-label="Suggested events">
              <h2 className="visually-hidden">Suggested events</h2>
              {cards.length === 0 ? <p className="widget empty">No dated events were found in this text.</p> : null}
              <ol className="proposals">
                {cards.map((c) => (
                  <ProposalCard
                    key={c.n}
                    card={c}
                    domId={`${id}-card-${c.n}`}
                    onFocus={() => setActive(c.n)}
                    accept={() => accept(c)}
                    edit={() => edit(c)}
                    merge={(eventId) => merge(c, eventId)}
                    reject={() => setCard(c.n, { decision: { kind: 'rejected' }, message: null })}
                    undo={() => setCard(c.n, { decision: { kind: 'open' }, message: null })}
                    form={
                      c.decision.kind === 'editing' ? (
                        <EventForm
                          initial={formOf(c, meta.id)}
                          conflict={conflict}
                          embed={{
                            heading: `Edit suggestion ${c.n}`,
                            onSaved: (eventId) => {
                              setCard(c.n, { decision: { kind: 'accepted', eventId }, message: null });
                            },
                            onCancel: () => setCard(c.n, { decision: { kind: 'open' } }),
                          }}
                        />
                      ) : null
                    }
                  />
                ))}
              </ol>
            </section>
          </div>
        </section>
      )}
    </div>
  );
}

function ProposalCard({
  card,
  domId,
  form,
  onFocus,
  accept,
  edit,
  merge,
  reject,
  undo,
}: {
  card: Card;
  domId: string;
  form: React.ReactNode;
  onFocus: () => void;
  accept: () => Promise<void>;
  edit: () => Promise<void>;
  merge: (eventId: number) => Promise<void>;
  reject: () => void;
  undo: () => void;
}) {
  // Each action reports its own failure on the card (card.message); this only keeps one at a time.
  const acting = useMutation({ mutationFn: (work: () => Promise<void>) => work() });
  const busy = acting.isPending;
  const p = card.proposal;
  const d = card.decision;
  const run = (work: () => Promise<void>) => () => acting.mutate(work);
  const headingId = `${domId}-h`;
  return (
    <li>
      <article
        id={domId}
        tabIndex={-1}
        className={`widget proposal ${d.kind}`}
        aria-labelledby={headingId}
        onFocus={onFocus}
        onMouseEnter={onFocus}
      >
        <h2 id={headingId} className="proposal-title">
          <span className="proposal-n">{card.n}</span> {p.title}
        </h2>
        <dl className="proposal-facts">
          <dt>Date</dt>
          <dd>
            {fmtDate(p)}
            {p.dateText ? <span className="hint"> — from “{p.dateText}”</span> : null}
          </dd>
          <dt>Type</dt>
          <dd>
            {getSubType(p.subType)?.label ?? p.subType} · {p.status}
            {p.status === 'claimed' && p.claimant ? ` by ${p.claimant}` : null}
          </dd>
          <dt>Actors</dt>
          <dd>{p.actors.length ? p.actors.join(', ') : 'None named'}</dd>
          <dt>Place</dt>
          <dd>{p.location ?? 'Not named'}</dd>
          <dt>Confidence</dt>
          <dd>{Math.round(p.confidence * 100)}%</dd>
          <dt>How</dt>
          <dd className="hint">
            {p.explanation}
            {p.yearInferred ? ' The year is not written with the date: it comes from the text around it.' : null}
          </dd>
        </dl>
        <blockquote className="proposal-quote">{p.quote}</blockquote>
        {p.matchesEventId ? (
          <p className="match">
            Matches a stored event:{' '}
            <Link href={`/events/${p.matchesEventId}`} target="_blank">
              event #{p.matchesEventId}
            </Link>
          </p>
        ) : null}
        {card.message ? (
          <p className="field-error" role="alert">
            {card.message}
          </p>
        ) : null}
        {d.kind === 'open' ? (
          <div className="form-actions">
            {p.matchesEventId ? (
              <button type="button" className="primary" disabled={busy} onClick={run(() => merge(p.matchesEventId!))}>
                Add as a source of #{p.matchesEventId}
              </button>
            ) : null}
            <button
              type="button"
              className={p.matchesEventId ? undefined : 'primary'}
              disabled={busy}
              onClick={run(accept)}
            >
              {p.matchesEventId ? 'Accept as a new event' : 'Accept'}
            </button>
            <button type="button" disabled={busy} onClick={run(edit)}>
              Edit
            </button>
            <button type="button" disabled={busy} onClick={reject}>
              Reject
            </button>
          </div>
        ) : null}
        {d.kind === 'accepted' ? (
          <p className="decision">
            Saved as <Link href={`/events/${d.eventId}`}>event #{d.eventId}</Link>, with this article as its source.
          </p>
        ) : null}
        {d.kind === 'merged' ? (
          <p className="decision">
            Added as a source of <Link href={`/events/${d.eventId}`}>event #{d.eventId}</Link>.
          </p>
        ) : null}
        {d.kind === 'rejected' ? (
          <p className="decision">
            Rejected.{' '}
            <button type="button" onClick={undo}>
              Undo
            </button>
          </p>
        ) : null}
        {form}
      </article>
    </li>
  );
}
