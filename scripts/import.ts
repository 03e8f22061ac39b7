// npm run -s import -- [--format acled|faultline-json|csv] [--conflict SLUG [--create-conflict] [--conflict-name NAME]]
//   FILE   (FILE "-" = stdin)
// Progress goes to stderr; the final report to stdout as JSON. When a server holds the embedded
// database, the file is sent to it (FAULTLINE_URL, else the URL in the lock file), with the API
// token in FAULTLINE_TOKEN once the server has accounts.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { importRecords, type ImportReport } from '../db/jobs/import';
import { lockHolder } from '../db/lock';
import { conflictForImport } from '../db/queries/conflicts';
import { QueryError } from '../db/queries/errors';
import { seedIfEmpty } from '../db/jobs/seed';
import { readEnv } from '../lib/env';
import { openImport } from '../lib/import/open';
import { IMPORT_FORMATS, ImportFileError, type ImportFormat } from '../lib/import/read';
import { SLUG_MESSAGE, slugRefSchema } from '../lib/validation/conflict';
import { argValue, hasFlag } from './args';
import { withDatabase } from './cli';

const format = argValue('format') as ImportFormat | undefined;
const conflict = argValue('conflict');
const createConflict = hasFlag('create-conflict');
const conflictName = argValue('conflict-name');
const HOW_TO_CREATE =
  'add --create-conflict (and --conflict-name NAME) to create it with this import, ' +
  `or create it first: npm run -s conflict -- create --slug ${conflict} --name NAME`;
const file = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && (!all[i - 1]?.startsWith('--') || all[i - 1] === '--create-conflict'))
  .at(-1);

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

if (!file) fail('name a file to import (or - for standard input)');
if (conflict !== undefined && !slugRefSchema.safeParse(conflict).success) fail(`--conflict: ${SLUG_MESSAGE}`);
if ((createConflict || conflictName) && !conflict) fail('--create-conflict and --conflict-name need --conflict SLUG');
if (format && !(IMPORT_FORMATS as readonly string[]).includes(format))
  fail(`--format is one of ${IMPORT_FORMATS.join(', ')}`);
const filePath = file === '-' ? null : path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
if (filePath && !fs.existsSync(filePath)) fail(`no such file: ${filePath}`);
const input = () => (filePath ? fs.createReadStream(filePath) : process.stdin);
const label = filePath ? path.basename(filePath) : 'standard input';
const progress = (r: Omit<ImportReport, 'rejected'> & { rejected: unknown[] | number }) => {
  const rejected = Array.isArray(r.rejected) ? r.rejected.length : r.rejected;
  const stage = r.stage === 'indexing' ? '; rebuilding search indexes and chart counts…' : '';
  process.stderr.write(
    `\rimport: ${r.read.toLocaleString('en')} rows read, ${r.created} created, ${r.updated} updated, ` +
      `${r.unchanged} unchanged, ${rejected} rejected${stage}`,
  );
};

/** A file the server refused (a 4xx with { error }) reads as it does without a server. */
async function refusal(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const { error } = JSON.parse(text) as { error?: unknown };
    if (typeof error === 'string' && res.status < 500) return error;
  } catch {
    // not our JSON: say what came back
  }
  return `the server answered ${res.status}: ${text}`;
}

const token = process.env.FAULTLINE_TOKEN;

/** What to do when the server wants someone: a token, or one with an editor's role. */
function accountAdvice(status: number): string {
  if (status === 401 && !token)
    return (
      ' This server has accounts: make an API token on its /account page and run again with ' +
      'FAULTLINE_TOKEN=<token>.'
    );
  if (status === 401) return ' Check FAULTLINE_TOKEN: make a new token on the server’s /account page.';
  return status === 403
    ? ' Imports need a contributor’s, editor’s or admin’s token (a contributor’s wait for review).'
    : '';
}

async function viaServer(base: string): Promise<ImportReport> {
  const params = new URLSearchParams({
    label,
    ...(format ? { format } : {}),
    ...(conflict ? { conflict } : {}),
    ...(createConflict ? { createConflict: 'true' } : {}),
    ...(conflictName ? { conflictName } : {}),
  });
  const res = await fetch(`${base}/api/import?${params}`, {
    method: 'POST',
    body: Readable.toWeb(input()) as ReadableStream,
    headers: {
      'content-type': 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
  if (!res.ok || !res.body) fail((await refusal(res)) + accountAdvice(res.status));
  let report: ImportReport | null = null;
  let buffered = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += Buffer.from(chunk).toString('utf8');
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, nl)) as {
        progress?: Parameters<typeof progress>[0];
        report?: ImportReport;
        error?: string;
      };
      buffered = buffered.slice(nl + 1);
      if (line.error) fail(line.error);
      if (line.progress) progress(line.progress);
      if (line.report) report = line.report;
    }
  }
  if (!report) fail('the server closed the connection before the import finished');
  return report;
}

const env = readEnv();
const holder = env.DATABASE_URL ? null : lockHolder(env.dataDir);
const server = process.env.FAULTLINE_URL ?? holder?.url;
try {
  const report =
    server && (holder || process.env.FAULTLINE_URL)
      ? await viaServer(server)
      : await withDatabase('import', async (database) => {
          await seedIfEmpty(database.db);
          const { records } = await openImport(input(), format, { thread: 'worker' });
          const conflictId = await conflictForImport({
            db: database.db,
            slug: conflict,
            create: createConflict,
            name: conflictName,
            how: HOW_TO_CREATE,
          });
          return importRecords({ database, conflictId, records, label, onProgress: progress });
        });
  process.stderr.write('\n');
  console.log(JSON.stringify(report, null, 2));
} catch (err) {
  if (err instanceof ImportFileError || err instanceof QueryError) fail(err.message);
  throw err;
}
