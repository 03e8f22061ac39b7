'use client';
// Upload a file to import, with the upload's progress and then the import's (rows read, created,
// updated…), and the final report with every rejected row and why.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useState } from 'react';
import type { ImportReport } from '@/db/jobs/import';
import { invalidateEventData } from '@/lib/query/invalidate';
import { conflictsOptions } from '@/lib/query/options';
import { ConflictChoice, conflictParams, type ConflictTarget } from './conflict-choice';

type Progress = Omit<ImportReport, 'rejected'> & { rejected: number | ImportReport['rejected'] };

export function ImportForm() {
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('');
  const conflicts = useQuery(conflictsOptions());
  const [target, setTarget] = useState<ConflictTarget>({ slug: '', create: false, name: '' });
  const [uploaded, setUploaded] = useState(0);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = () => {
    if (!file) return setError('Choose a file first');
    setBusy(true);
    setError(null);
    setReport(null);
    setProgress(null);
    setUploaded(0);
    const xhr = new XMLHttpRequest();
    const params = new URLSearchParams({ label: file.name, ...(format ? { format } : {}), ...conflictParams(target) });
    xhr.open('POST', `/api/import?${params}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && setUploaded(e.loaded / e.total);
    let seen = 0;
    const read = () => {
      const text = xhr.responseText;
      const lines = text.slice(seen).split('\n');
      const complete = lines.slice(0, -1);
      seen += complete.reduce((n, l) => n + l.length + 1, 0);
      for (const l of complete) {
        if (!l.trim()) continue;
        const msg = JSON.parse(l) as { progress?: Progress; report?: ImportReport; error?: string };
        if (msg.progress) setProgress(msg.progress);
        if (msg.report) setReport(msg.report);
        if (msg.error) setError(msg.error);
      }
    };
    xhr.onprogress = read;
    xhr.onload = async () => {
      read();
      if (xhr.status >= 400)
        setError(JSON.parse(xhr.responseText || '{}').error ?? `The server answered ${xhr.status}`);
      await invalidateEventData(queryClient);
      await queryClient.invalidateQueries({ queryKey: conflictsOptions().queryKey });
      setBusy(false);
    };
    xhr.onerror = () => {
      setError('The upload failed: is the server running?');
      setBusy(false);
    };
    xhr.send(file);
  };

  const counts = report ?? progress;
  return (
    <section className="widget event-form" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>Import events</h1>
      <p className="note">
        ACLED CSV (current or older layout), Faultline JSON (an export from here), or the simple CSV described in the
        README. Re-importing a file updates what changed and leaves the rest alone.
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-file`}>File</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="">Recognise it</option>
            <option value="acled">ACLED CSV</option>
            <option value="faultline-json">Faultline JSON</option>
            <option value="csv">Simple CSV</option>
          </select>
        </div>
        <ConflictChoice conflicts={conflicts.data?.conflicts ?? []} target={target} onChange={setTarget} />
        <button type="button" className="primary" onClick={start} disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {busy || counts ? (
        <div aria-live="polite">
          <label htmlFor={`${id}-up`}>Upload</label> <progress id={`${id}-up`} max={1} value={uploaded} />{' '}
          {Math.round(uploaded * 100)}%
          {counts ? (
            <p data-testid="import-counts">
              {counts.read.toLocaleString('en')} rows read: {counts.created.toLocaleString('en')} created,{' '}
              {counts.updated.toLocaleString('en')} updated, {counts.unchanged.toLocaleString('en')} unchanged,{' '}
              {(typeof counts.rejected === 'number' ? counts.rejected : counts.rejected.length).toLocaleString('en')}{' '}
              rejected{report || counts.stage === 'indexing' ? '.' : '…'}
              {!report && counts.stage === 'indexing'
                ? ' All rows are stored; rebuilding the search indexes and chart counts…'
                : null}
            </p>
          ) : null}
        </div>
      ) : null}
      {report && report.created > 0 ? (
        <p>
          New events may repeat ones already stored: <Link href="/duplicates">check the possible duplicates</Link>.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {report?.rejected.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Rejected rows">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Why it was rejected</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, i) => (
                <tr key={i}>
                  <td>{r.line}</td>
                  <td style={{ textAlign: 'left', whiteSpace: 'normal' }}>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report?.missing.length ? (
        <p className="note">
          {report.missing.length} events from an earlier import are not in this file:{' '}
          {report.missing.slice(0, 20).join(', ')}
          {report.missing.length > 20 ? '…' : ''}
        </p>
      ) : null}
    </section>
  );
}
