// POST /api/import?format=&conflict=&createConflict=&conflictName=&label= — the file is the request body,
// read as a stream.
// The answer is NDJSON: {"progress": report} lines while it runs, then {"report": …} or {"error": …};
// a file that cannot be read at all (empty, unknown, not UTF-8, lacking columns) is a 415/422 instead.
// A contributor's import creates only new events, pending and reviewed as one batch (report.review), and no
// conflict: createConflict for a slug that does not exist is a 403 for whoever may not POST /api/conflicts.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { importRecords, type Importer } from '@/db/jobs/import';
import type { Db } from '@/db/types';
import { conflictForImport } from '@/db/queries/conflicts';
import { QueryError } from '@/db/queries/errors';
import { insertImportBatch } from '@/db/queries/import-batches';
import { NextResponse } from 'next/server';
import { badRequest, forbidden, parseQuery } from '@/lib/api/respond';
import { startImport } from '@/lib/import/open';
import { IMPORT_FORMATS, ImportFileError } from '@/lib/import/read';
import { refuseForeignRequest } from '@/lib/security/respond';
import { guardRequest } from '@/lib/auth/guard';
import { mayRequest, publishesDirectly, userIdOf, type Caller } from '@/lib/auth/access';
import { slugRefSchema } from '@/lib/validation/conflict';
import { nameText, text } from '@/lib/validation/primitives';

export const dynamic = 'force-dynamic';

const importQuerySchema = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `format is ${IMPORT_FORMATS.join(', ')}` }).optional(),
  conflict: slugRefSchema.optional(),
  /** true: a conflict slug that does not exist yet is created (named conflictName, else after its slug). */
  createConflict: z
    .enum(['true', 'false'], { error: 'createConflict is true or false' })
    .optional()
    .transform((v) => v === 'true'),
  conflictName: nameText(200).optional(),
  label: text(200).default('upload'),
});

const HOW_TO_CREATE =
  'send createConflict=true (and conflictName) to create it with this import, or create it first (POST /api/conflicts)';

/** A file that cannot be read at all, known before the first row: no progress stream, a 4xx. */
function fileRefused(err: ImportFileError) {
  return NextResponse.json(
    { error: err.message, errors: [{ param: 'file', message: err.message }] },
    { status: err.status },
  );
}

/** An editor's import is published at once; a contributor's waits in a review batch of its own. */
async function importer(db: Db, caller: Caller, label: string, conflictId: number): Promise<Importer> {
  const userId = userIdOf(caller);
  if (publishesDirectly(caller) || userId === null) return { userId, batchId: null };
  const { id } = await insertImportBatch({ db, authorId: userId, label, conflictId });
  return { userId, batchId: id };
}

const MULTIPART =
  'Send the file itself as the request body, not as a form upload: curl --data-binary @events.csv ' +
  '(not -F), or the Import page';

export async function POST(request: Request) {
  // The proxy does not run here (it would buffer the upload): the same guard, applied first.
  const foreign = refuseForeignRequest(request);
  if (foreign) return foreign;
  const { refusal, caller } = await guardRequest(request);
  if (refusal) return refusal;
  const parsed = parseQuery(request.url, { query: importQuerySchema });
  if (!parsed.ok) return parsed.response;
  if (!request.body) return badRequest([{ param: 'body', message: 'Send the file as the request body' }]);
  // A form upload (curl -F, an HTML form) wraps the file in multipart boundaries that no format reads.
  if (/^multipart\//i.test(request.headers.get('content-type') ?? ''))
    return fileRefused(new ImportFileError(MULTIPART, 415));
  const { format, conflict, createConflict, conflictName, label } = parsed.value.query;
  const database = await getDatabase();
  const { db } = database;
  let conflictId: number;
  try {
    conflictId = await conflictForImport({
      db,
      slug: conflict,
      create: createConflict,
      // The permission of POST /api/conflicts: an import creates no conflict its caller could not.
      mayCreate: mayRequest(caller, 'POST', '/api/conflicts'),
      name: conflictName,
      how: HOW_TO_CREATE,
    });
  } catch (err) {
    if (err instanceof QueryError && err.code === 'forbidden') return forbidden(err.message);
    // Another conflict's name is the name's fault, not the slug's.
    const param = err instanceof QueryError && err.param === 'name' ? 'conflictName' : 'conflict';
    return badRequest([{ param, message: (err as Error).message }]);
  }
  let records: Awaited<ReturnType<typeof startImport>>['records'];
  try {
    ({ records } = await startImport(Readable.fromWeb(request.body as never), format, { thread: 'worker' }));
  } catch (err) {
    if (err instanceof ImportFileError) return fileRefused(err);
    console.error(err);
    return NextResponse.json({ error: `The import stopped: ${(err as Error).message}` }, { status: 500 });
  }
  const by = await importer(db, caller, label, conflictId);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(obj)}\n`));
      try {
        const report = await importRecords({
          database,
          conflictId,
          records,
          label,
          origin: 'import',
          by,
          onProgress: (r) => send({ progress: { ...r, rejected: r.rejected.length } }),
        });
        send({ report: by.batchId === null ? report : { ...report, review: { batch: by.batchId } } });
      } catch (err) {
        if (!(err instanceof ImportFileError)) console.error(err);
        send({ error: err instanceof ImportFileError ? err.message : `The import stopped: ${(err as Error).message}` });
      }
      controller.close();
    },
  });
  // no-transform: compression (Next's own gzip, or a proxy's) would hold the progress lines back until the end.
  return new Response(body, {
    headers: {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-content-type-options': 'nosniff',
    },
  });
}
