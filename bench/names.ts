// What resolving names costs an import (issue 15: at most 10 % of the 1,000,000-row import's time).
// N synthetic events are exported as ACLED CSV and imported into a fresh embedded database; the
// time spent inside the name resolver (actors, places, publishers: db/names.ts counts it) is set
// against the whole import's time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSynthetic } from '../db/jobs/bulk';
import { openPglite } from '../db/client';
import { importRecords } from '../db/jobs/import';
import { nameResolutionMs } from '../db/names';
import { streamEvents } from '../db/queries/events';
import { getConflictId, resolveScope } from '../db/queries/scope';
import { seedIfEmpty } from '../db/jobs/seed';
import { acledCsv } from '../lib/export/formats';
import { openImport } from '../lib/import/open';
import { eventFiltersSchema } from '../lib/validation/filters';
import { writeResult } from './results';

export const TARGET_SHARE = 0.1;

async function exportCsv(dir: string, events: number): Promise<string> {
  const file = path.join(dir, 'export.csv');
  const a = await openPglite(dir);
  await seedIfEmpty(a.db);
  await loadSynthetic({ database: a, count: events, seed: 1 });
  const scope = await resolveScope({ db: a.db, filters: eventFiltersSchema.parse({ conflict: 'synthetic' }) });
  const out = fs.createWriteStream(file);
  out.write(acledCsv.begin({ exportedAt: '', query: '' }));
  let n = 0;
  for await (const batch of streamEvents({ db: a.db, scope })) {
    let chunk = '';
    for (const e of batch) chunk += acledCsv.item(e, n++);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  await a.close();
  return file;
}

export async function benchNames({ events }: { events: number }) {
  console.log(`\n== names: resolving the names of ${events.toLocaleString('en')} imported ACLED rows`);
  const dirA = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-names-exp-'));
  const dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-names-imp-'));
  try {
    const file = await exportCsv(dirA, events);
    const b = await openPglite(dirB);
    await seedIfEmpty(b.db);
    const conflictId = await getConflictId({ db: b.db });
    const { records } = await openImport(fs.createReadStream(file), 'acled', { thread: 'worker' });
    const spentBefore = nameResolutionMs();
    const t = performance.now();
    const report = await importRecords({ database: b, conflictId, records, label: 'bench-names' });
    const importSeconds = (performance.now() - t) / 1000;
    const namesSeconds = (nameResolutionMs() - spentBefore) / 1000;
    await b.close();
    const share = namesSeconds / importSeconds;
    const names = report.names;
    console.log(
      `   import: ${importSeconds.toFixed(1)} s for ${report.read.toLocaleString('en')} rows; resolving names ` +
        `${namesSeconds.toFixed(2)} s = ${(share * 100).toFixed(1)} % of it ` +
        `(target ≤ ${TARGET_SHARE * 100} %: ${share <= TARGET_SHARE ? 'met' : 'MISSED'}); ` +
        `${names?.matched.length ?? 0} names matched, ${names?.created.length ?? 0} created`,
    );
    const result = {
      events,
      import: { seconds: importSeconds, rows: report.read, created: report.created },
      names: {
        seconds: namesSeconds,
        share,
        targetShare: TARGET_SHARE,
        matched: names?.matched.length ?? 0,
        created: names?.created.length ?? 0,
        possiblySame: names?.possiblySame.length ?? 0,
      },
      machine: { cpus: os.cpus().length, node: process.version },
      at: new Date().toISOString(),
    };
    writeResult(`names-${events}.json`, result);
    return result;
  } finally {
    fs.rmSync(dirA, { recursive: true, force: true });
    fs.rmSync(dirB, { recursive: true, force: true });
  }
}
