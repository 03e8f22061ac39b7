'use client';
// Upload a file to import, with the upload's progress and then the import's (rows read, created,
// updated…), and the final report (import-report.tsx).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { invalidateEventData } from '@/lib/query/invalidate';
import { conflictKeys, conflictsOptions } from '@/lib/query/options';
import { ConflictChoice, conflictParams, type ConflictTarget } from './conflict-choice';
import { ImportCounts, ImportOutcome } from './import-report';
import { uploadImport, type Progress } from './upload';

type Choice = { file: File | null; format: string; target: ConflictTarget };

function FileChoice({ choice, onChange }: { choice: Choice; onChange: (choice: Choice) => void }) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>File</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => onChange({ ...choice, file: e.target.files?.[0] ?? null })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-format`}>Format</label>
        <select
          id={`${id}-format`}
          value={choice.format}
          onChange={(e) => onChange({ ...choice, format: e.target.value })}
        >
          <option value="">Recognise it</option>
          <option value="acled">ACLED CSV</option>
          <option value="faultline-json">Faultline JSON</option>
          <option value="csv">Simple CSV</option>
        </select>
      </div>
    </>
  );
}

export function ImportForm({ mayCreateConflict = true }: { mayCreateConflict?: boolean }) {
  const id = useId();
  const queryClient = useQueryClient();
  const conflicts = useQuery(conflictsOptions());
  const [choice, setChoice] = useState<Choice>({
    file: null,
    format: '',
    target: { slug: '', create: false, name: '' },
  });
  const [uploaded, setUploaded] = useState(0);
  const [progress, setProgress] = useState<Progress | null>(null);
  const upload = useMutation({
    mutationFn: async ({ file, format, target }: Choice) => {
      if (!file) throw new Error('Choose a file first');
      setUploaded(0);
      setProgress(null);
      const params = new URLSearchParams({
        label: file.name,
        ...(format ? { format } : {}),
        ...conflictParams(target),
      });
      return uploadImport(file, params, { onUpload: setUploaded, onProgress: setProgress });
    },
    onSettled: async () => {
      await invalidateEventData(queryClient);
      await queryClient.invalidateQueries({ queryKey: conflictKeys.all });
    },
  });
  const report = upload.data ?? null;
  const counts = report ?? progress;
  return (
    <section className="widget event-form" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>Import events</h1>
      <p className="note">
        ACLED CSV (current or older layout), Faultline JSON (an export from here), or the simple CSV described in the
        README. Re-importing a file updates what changed and leaves the rest alone.
      </p>
      <div className="filters">
        <FileChoice choice={choice} onChange={setChoice} />
        <ConflictChoice
          conflicts={conflicts.data?.conflicts ?? []}
          target={choice.target}
          mayCreate={mayCreateConflict}
          onChange={(target) => setChoice((c) => ({ ...c, target }))}
        />
        <button type="button" className="primary" onClick={() => upload.mutate(choice)} disabled={upload.isPending}>
          {upload.isPending ? 'Importing…' : 'Import'}
        </button>
      </div>
      {upload.isPending || counts ? <ImportCounts uploaded={uploaded} counts={counts} done={Boolean(report)} /> : null}
      {report ? <ImportOutcome report={report} /> : null}
      {upload.error ? (
        <p role="alert" className="field-error">
          {upload.error.message}
        </p>
      ) : null}
    </section>
  );
}
