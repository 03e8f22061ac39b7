// Export N synthetic events as ACLED CSV, then import that file into a fresh embedded database:
// the time of each, and the peak memory (it must stay flat: both sides stream).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSynthetic } from '../db/jobs/bulk';
import { openPglite } from '../db/client';
import { importRecords } from '../db/jobs/import';
import { streamEvents } from '../db/queries/events';
import { getConflictId, resolveScope } from '../db/queries/scope';
import { seedIfEmpty } from '../db/jobs/seed';
import { acledCsv } from '../lib/export/formats';
import { openImport } from '../lib/import/open';
import { eventFiltersSchema } from '../lib/validation/filters';
import { writeResult } from './results';

function peakMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  return { stop: () => (clearInterval(timer), Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20)) };
}

export async function benchImportExport({ events }: { events: number }) {
  console.log(`\n== import/export: ${events.toLocaleString('en')} events as ACLED CSV`);
  const dirA = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-exp-'));
  const dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-imp-'));
  const file = path.join(dirA, 'export.csv');
  const a = await openPglite(dirA);
  await seedIfEmpty(a.db);
  await loadSynthetic({ database: a, count: events, seed: 1 });
  const scope = await resolveScope({ db: a.db, filters: eventFiltersSchema.parse({ conflict: 'synthetic' }) });
  let mem = peakMemory();
  let t = performance.now();
  const out = fs.createWriteStream(file);
  out.write(acledCsv.begin({ exportedAt: '', query: '' }));
  let n = 0;
  for await (const batch of streamEvents({ db: a.db, scope })) {
    let chunk = '';
    for (const e of batch) chunk += acledCsv.item(e, n++);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const exportSeconds = (performance.now() - t) / 1000;
  const exportPeakMb = mem.stop();
  await a.close();
  console.log(
    `   export: ${exportSeconds.toFixed(1)} s for ${n.toLocaleString('en')} rows ` +
      `(${Math.round(fs.statSync(file).size / 2 ** 20)} MB), peak RSS ${exportPeakMb} MB`,
  );

  const b = await openPglite(dirB);
  await seedIfEmpty(b.db);
  const conflictId = await getConflictId({ db: b.db });
  mem = peakMemory();
  t = performance.now();
  const { records } = await openImport(fs.createReadStream(file), 'acled', { thread: 'worker' });
  let rebuildFrom: number | null = null;
  const report = await importRecords({
    database: b,
    conflictId,
    records,
    label: 'bench',
    onProgress: (r) => {
      if (r.stage === 'indexing') rebuildFrom ??= performance.now();
      process.stderr.write(`\r   ${r.read.toLocaleString('en')}`);
    },
  });
  const importSeconds = (performance.now() - t) / 1000;
  // Bulk mode's last step: the indexes and chart counts it deferred, rebuilt once.
  const rebuildSeconds = rebuildFrom === null ? 0 : (performance.now() - rebuildFrom) / 1000;
  const importPeakMb = mem.stop();
  process.stderr.write('\n');
  await b.close();
  console.log(
    `   import: ${importSeconds.toFixed(1)} s ` +
      `(${Math.round(report.read / importSeconds).toLocaleString('en')} rows/s; target 1,000,000 in ≤ 120 s) ` +
      `of which ${rebuildSeconds.toFixed(1)} s rebuilding indexes and chart counts, ` +
      `created ${report.created}, rejected ${report.rejected.length}, peak RSS ${importPeakMb} MB`,
  );
  fs.rmSync(dirA, { recursive: true, force: true });
  fs.rmSync(dirB, { recursive: true, force: true });
  const result = {
    events,
    export: { seconds: exportSeconds, peakRssMb: exportPeakMb },
    import: {
      seconds: importSeconds,
      rebuildSeconds,
      rowsPerSecond: report.read / importSeconds,
      peakRssMb: importPeakMb,
      created: report.created,
      rejected: report.rejected.length,
    },
    at: new Date().toISOString(),
  };
  writeResult(`import-export-${events}.json`, result);
  return result;
}
