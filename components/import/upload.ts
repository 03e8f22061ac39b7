// POST /api/import from the browser with XMLHttpRequest (fetch reports no upload progress): the
// upload's share sent, then each NDJSON progress line as it arrives, and the final report.
import type { ImportReport } from '@/db/jobs/import';
import { ApiError } from '@/lib/query/fetch-json';

export type Progress = Omit<ImportReport, 'rejected'> & { rejected: number | ImportReport['rejected'] };

type Watch = { onUpload: (share: number) => void; onProgress: (progress: Progress) => void };

export function uploadImport(file: File, params: URLSearchParams, watch: Watch): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import?${params}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && watch.onUpload(e.loaded / e.total);
    let seen = 0;
    let report: ImportReport | null = null;
    let failed: string | null = null;
    const read = () => {
      const complete = xhr.responseText.slice(seen).split('\n').slice(0, -1);
      seen += complete.reduce((n, l) => n + l.length + 1, 0);
      for (const l of complete) {
        if (!l.trim()) continue;
        const msg = JSON.parse(l) as { progress?: Progress; report?: ImportReport; error?: string };
        if (msg.progress) watch.onProgress(msg.progress);
        if (msg.report) report = msg.report;
        if (msg.error) failed = msg.error;
      }
    };
    xhr.onprogress = read;
    xhr.onload = () => {
      if (xhr.status >= 400) {
        const body = JSON.parse(xhr.responseText || '{}') as { error?: string };
        return reject(new ApiError(xhr.status, body.error ?? `The server answered ${xhr.status}`));
      }
      read();
      if (failed) reject(new Error(failed));
      else if (report) resolve(report);
      else reject(new Error('The server closed the connection before the import finished'));
    };
    xhr.onerror = () => reject(new Error('The upload failed: is the server running?'));
    xhr.send(file);
  });
}
