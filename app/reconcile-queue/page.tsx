// The reconciliation queue: each record created beside a known one with a close name, shown side by
// side with its candidate and the reason, to merge or to mark as not the same.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listQueue, type QueueSide } from '@/db/queries/reconciliation';
import { QueueActions } from '@/components/identities/queue-actions';
import { RegistryError } from '@/components/identities/registry-notes';
import { parseWith, searchParamsToObject } from '@/lib/validation/filters';
import { queueQuerySchema } from '@/lib/validation/identities';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reconciliation queue — Faultline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Side({ label, side, href }: { label: string; side: QueueSide; href: string }) {
  return (
    <div className="queue-side">
      <p className="hint">{label}</p>
      <h3>
        <Link href={href}>{side.name}</Link>
      </h3>
      <p>{side.detail}</p>
      <p>
        {side.events.toLocaleString('en')} {side.events === 1 ? 'event' : 'events'}
      </p>
      {side.names.length ? <p className="names">Also: {side.names.join('; ')}</p> : null}
    </div>
  );
}

const KINDS = [
  { kind: undefined, label: 'Everything' },
  { kind: 'actor', label: 'Actors only' },
  { kind: 'place', label: 'Places only' },
] as const;

export default async function QueuePage({ searchParams }: Props) {
  const parsed = parseWith(queueQuerySchema, searchParamsToObject(await searchParams));
  if (!parsed.ok) return <RegistryError title="Reconciliation queue" errors={parsed.errors} />;
  const { kind, limit } = parsed.value;
  const { entries, total } = await listQueue({ db: await getDb(), kind, limit });
  const base = (k: 'actor' | 'place') => (k === 'actor' ? '/actors' : '/places');
  return (
    <main className="page registry-page">
      <section className="widget" aria-labelledby="queue-h">
        <div className="review-head">
          <h1 id="queue-h">Possibly the same</h1>
          <p className="note" role="status">
            {total.toLocaleString('en')} open {total === 1 ? 'entry' : 'entries'}
          </p>
        </div>
        <p className="note">
          Names close to a known record but not equal are never guessed: the new record is created and listed here.
          Merge it into the known one, or say they are not the same (the pair is not proposed again).
        </p>
        <nav className="queue-kinds" aria-label="Kind of record">
          {KINDS.map((k) => (
            <Link
              key={k.label}
              href={k.kind ? `?kind=${k.kind}` : '?'}
              aria-current={k.kind === kind ? 'page' : undefined}
              className="button-link"
            >
              {k.label}
            </Link>
          ))}
        </nav>
        {entries.length === 0 ? (
          <p className="empty">Nothing to decide: every close name has been reconciled.</p>
        ) : (
          <ol className="plain queue-list">
            {entries.map((e) => (
              <li key={e.id} className="queue-entry">
                <p className="reason">
                  <strong>{e.kind === 'actor' ? 'Actor' : 'Place'}:</strong> {e.reason}
                  <span className="hint">
                    {' '}
                    — from {e.label ?? e.origin}, {e.createdAt.slice(0, 10)}
                  </span>
                </p>
                <div className="queue-pair">
                  <Side label="New record" side={e.record} href={`${base(e.kind)}/${e.record.id}`} />
                  <Side label="Known record" side={e.candidate} href={`${base(e.kind)}/${e.candidate.id}`} />
                </div>
                <QueueActions id={e.id} record={e.record.name} candidate={e.candidate.name} />
              </li>
            ))}
          </ol>
        )}
        {total > entries.length ? (
          <p className="note">Showing the first {entries.length.toLocaleString('en')}: decide these to see the rest.</p>
        ) : null}
      </section>
    </main>
  );
}
