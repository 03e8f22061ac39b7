// One possible duplicate: the two events side by side, why they look alike, and the two decisions.
import Link from 'next/link';
import type { DuplicatePair } from '@/db/queries/duplicate-pairs';
import type { EventView } from '@/db/queries/event-shape';
import { describeDate } from '@/lib/dates/precision';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import { NotSameButton } from './not-same-button';

function Side({ e }: { e: EventView }) {
  return (
    <div className="pair-side">
      <h2>
        <Link href={`/events/${e.id}`}>{e.title}</Link> <span className="note">#{e.id}</span>
      </h2>
      <dl>
        <dt>Date</dt>
        <dd>{describeDate(e)}</dd>
        <dt>Type</dt>
        <dd>{getSubType(e.subType)?.label ?? e.subType}</dd>
        <dt>Actors</dt>
        <dd>{e.actors.map((a) => a.name).join(', ') || '—'}</dd>
        <dt>Place</dt>
        <dd>{e.location?.name ?? '—'}</dd>
        <dt>Sources</dt>
        <dd>{e.sources.map((s) => s.publisher).join(', ')}</dd>
      </dl>
    </div>
  );
}

/** `may`: which of its two decisions the caller may take (the page offers no other). */
export function DuplicatePairCard({ pair, may }: { pair: DuplicatePair; may: { merge: boolean; notSame: boolean } }) {
  const { a, b } = pair;
  const name = `#${a.id} and #${b.id}`;
  return (
    <article className="widget pair" aria-label={`Possible duplicates ${name}`}>
      <p className="note">
        {pair.reasons.join(' · ')}
        {pair.sharedActors.length ? ` (${pair.sharedActors.join(', ')})` : ''}
      </p>
      <div className="pair-sides">
        <Side e={a} />
        <Side e={b} />
      </div>
      <div className="event-actions">
        {may.merge ? (
          <Link
            href={`/events/${a.id}/merge?with=${b.id}`}
            className="button-link primary-link"
            aria-label={`Merge ${name}`}
          >
            Merge
          </Link>
        ) : null}
        {may.notSame ? <NotSameButton a={a.id} b={b.id} label={`Not the same: ${name}`} /> : null}
      </div>
    </article>
  );
}
