'use client';
// One suggested event: what was found (date, type, actors, place, how), the sentence it came from,
// and what the reviewer can do with it, or what they did.
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { describeDate } from '@/lib/dates/precision';
import type { ExtractedEvent } from '@/lib/extract/types';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import type { Card, Decision } from './use-proposal-actions';

const fmtDate = (p: ExtractedEvent) =>
  p.dateStart && p.precision
    ? describeDate({ dateStart: p.dateStart, dateEnd: p.dateEnd, precision: p.precision })
    : 'No date in the text';

export interface ProposalHandlers {
  accept: () => Promise<void>;
  edit: () => Promise<void>;
  merge: (eventId: number) => Promise<void>;
  reject: () => void;
  undo: () => void;
}

export function ProposalCard({
  card,
  domId,
  form,
  onFocus,
  handlers,
}: {
  card: Card;
  domId: string;
  form: React.ReactNode;
  onFocus: () => void;
  handlers: ProposalHandlers;
}) {
  const p = card.proposal;
  const headingId = `${domId}-h`;
  return (
    <li>
      <article
        id={domId}
        tabIndex={-1}
        className={`widget proposal ${card.decision.kind}`}
        aria-labelledby={headingId}
        onFocus={onFocus}
        onMouseEnter={onFocus}
      >
        <h2 id={headingId} className="proposal-title">
          <span className="proposal-n">{card.n}</span> {p.title}
        </h2>
        <ProposalFacts p={p} />
        <blockquote className="proposal-quote">{p.quote}</blockquote>
        {p.matchesEventId ? (
          <p className="match">
            Matches a stored event:{' '}
            <Link href={`/events/${p.matchesEventId}`} target="_blank">
              {p.matchesEvent ? p.matchesEvent.title : `event #${p.matchesEventId}`}
            </Link>
            {p.matchesEvent ? ` (${describeDate(p.matchesEvent)})` : null}
          </p>
        ) : null}
        {card.message ? (
          <p className="field-error" role="alert">
            {card.message}
          </p>
        ) : null}
        {card.decision.kind === 'open' ? <ProposalActions p={p} handlers={handlers} /> : null}
        <DecisionNote decision={card.decision} undo={handlers.undo} />
        {form}
      </article>
    </li>
  );
}

function ProposalFacts({ p }: { p: ExtractedEvent }) {
  return (
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
  );
}

function ProposalActions({ p, handlers }: { p: ExtractedEvent; handlers: ProposalHandlers }) {
  // Each action reports its own failure on the card (card.message); this only keeps one at a time.
  const acting = useMutation({ mutationFn: (work: () => Promise<void>) => work() });
  const busy = acting.isPending;
  const run = (work: () => Promise<void>) => () => acting.mutate(work);
  const match = p.matchesEventId;
  return (
    <div className="form-actions">
      {match ? (
        <button type="button" className="primary" disabled={busy} onClick={run(() => handlers.merge(match))}>
          Add as a source of {p.matchesEvent ? `“${p.matchesEvent.title}”` : `#${match}`}
        </button>
      ) : null}
      <button type="button" className={match ? undefined : 'primary'} disabled={busy} onClick={run(handlers.accept)}>
        {match ? 'Accept as a new event' : 'Accept'}
      </button>
      <button type="button" disabled={busy} onClick={run(handlers.edit)}>
        Edit
      </button>
      <button type="button" disabled={busy} onClick={handlers.reject}>
        Reject
      </button>
    </div>
  );
}

function DecisionNote({ decision: d, undo }: { decision: Decision; undo: () => void }) {
  if (d.kind === 'accepted')
    return d.pending ? (
      <p className="decision">
        Proposed as <Link href={`/events/${d.eventId}`}>event #{d.eventId}</Link>, with this article as its source: it
        waits for an editor’s review (<Link href="/review">Review</Link>).
      </p>
    ) : (
      <p className="decision">
        Saved as <Link href={`/events/${d.eventId}`}>event #{d.eventId}</Link>, with this article as its source.
      </p>
    );
  if (d.kind === 'merged')
    return d.pending ? (
      <p className="decision">
        Proposed as a source of <Link href={`/events/${d.eventId}`}>event #{d.eventId}</Link>: nothing changes until an
        editor approves it (<Link href="/review">Review</Link>).
      </p>
    ) : (
      <p className="decision">
        Added as a source of <Link href={`/events/${d.eventId}`}>event #{d.eventId}</Link>.
      </p>
    );
  if (d.kind === 'rejected')
    return (
      <p className="decision">
        Rejected.{' '}
        <button type="button" onClick={undo}>
          Undo
        </button>
      </p>
    );
  return null;
}
