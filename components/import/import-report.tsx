// What an import did: the upload's share and the running counts, then the final report with every
// rejected row and why, the keys an earlier import had that this file lacks, and — for a
// contributor's import — the review batch its new events wait in.
import Link from 'next/link';
import { useId } from 'react';
import type { ImportReport } from '@/db/jobs/import';
import { plural } from '@/lib/text/plural';
import type { Progress } from './upload';

const n = (x: number) => x.toLocaleString('en');

export function ImportCounts({ uploaded, counts, done }: { uploaded: number; counts: Progress | null; done: boolean }) {
  const id = useId();
  const rejected = counts ? (typeof counts.rejected === 'number' ? counts.rejected : counts.rejected.length) : 0;
  return (
    <div aria-live="polite">
      <label htmlFor={id}>Upload</label> <progress id={id} max={1} value={uploaded} /> {Math.round(uploaded * 100)}%
      {counts ? (
        <p data-testid="import-counts">
          {`${n(counts.read)} rows read: ${n(counts.created)} created, ${n(counts.updated)} updated, `}
          {`${n(counts.unchanged)} unchanged, ${n(rejected)} rejected`}
          {done || counts.stage === 'indexing' ? '.' : '…'}
          {!done && counts.stage === 'indexing'
            ? ' All rows are stored; rebuilding the search indexes and chart counts…'
            : null}
        </p>
      ) : null}
    </div>
  );
}

function RejectedRows({ rejected }: { rejected: ImportReport['rejected'] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Rejected rows">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Why it was rejected</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((r, i) => (
            <tr key={i}>
              <td>{r.line}</td>
              <td style={{ textAlign: 'left', whiteSpace: 'normal' }}>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A contributor's import: its new events wait, as one batch, for an editor. */
function ReviewNote({ created }: { created: number }) {
  const one = created === 1;
  return (
    <p role="status" className="review-note">
      The {plural(created, 'new event')} {one ? 'waits' : 'wait'} for an editor’s review as one batch:{' '}
      {one ? 'it is' : 'they are'} not on the timeline, in counts or exports until approved.{' '}
      <Link href="/review">See {one ? 'it' : 'them'} in Review</Link>.
    </p>
  );
}

export function ImportOutcome({ report }: { report: ImportReport }) {
  const missingVerb = report.missing.length === 1 ? 'is' : 'are';
  return (
    <>
      {report.review && report.created > 0 ? <ReviewNote created={report.created} /> : null}
      {report.created > 0 && !report.review ? (
        <p>
          New events may repeat ones already stored: <Link href="/duplicates">check the possible duplicates</Link>.
        </p>
      ) : null}
      {report.rejected.length ? <RejectedRows rejected={report.rejected} /> : null}
      {report.missing.length ? (
        <p className="note">
          {plural(report.missing.length, 'event')} from an earlier import {missingVerb} not in this file:{' '}
          {report.missing.slice(0, 20).join(', ')}
          {report.missing.length > 20 ? '…' : ''}
        </p>
      ) : null}
    </>
  );
}
