// The OpenAPI paths of files in and out: the export of the filtered events and the import of a file
// (see openapi.ts).
import { z } from 'zod';
import { describedParams, filters, ok, queryParams } from './openapi-parts';

/** Where one parameter name means something else on one route. */
const IMPORT_DESCRIPTIONS: Record<string, string> = {
  format:
    'The format of the uploaded file: acled (an ACLED CSV export, with event_id_cnty), faultline-json ' +
    '(Faultline’s JSON, as GET /api/export?format=json writes it) or csv (the simple CSV: title, date, ' +
    'precision, sub_type…). Optional: sniffed from the file’s first bytes when left out.',
  conflict: 'The dataset to import into, by slug; default: the first one.',
  label: 'A name for this import in the reports (default: upload).',
  createConflict:
    'true: a conflict slug that does not exist yet is created by this import (else a 400 says how); only for a ' +
    'role that may create conflicts (POST /api/conflicts: editors and admins), others get a 403.',
  conflictName: 'With createConflict: the new conflict’s name (default: from its slug).',
};

const exportFormat = z.object({ format: z.enum(['acled', 'json', 'geojson', 'ics']) });
const importQuery = z.object({
  format: z.enum(['acled', 'faultline-json', 'csv']).optional(),
  conflict: z.string().optional(),
  createConflict: z.enum(['true', 'false']).optional(),
  conflictName: z.string().optional(),
  label: z.string().optional(),
});

/** Export and import. */
export function filePaths() {
  return {
    '/api/export': {
      get: {
        summary: 'Export exactly the filtered events (streamed)',
        parameters: queryParams(exportFormat, filters),
        responses: ok('The file', 'application/octet-stream'),
      },
    },
    '/api/import': {
      post: {
        summary:
          'Import a file (the body); NDJSON progress then { report } (its names: what each actor and place name ' +
          'matched, how, what was created, what is possibly the same as a known record). ' +
          'A contributor’s import only adds new events, pending as one review batch: report.review.batch',
        parameters: describedParams(IMPORT_DESCRIPTIONS, importQuery),
        requestBody: { required: true, content: { 'application/octet-stream': {} } },
        responses: {
          ...ok('NDJSON', 'application/x-ndjson'),
          403: {
            description:
              'createConflict asks for a conflict that does not exist and the caller’s role may not create one ' +
              '(as POST /api/conflicts): { error, errors: [{ param: "role" }] }, nothing created',
          },
          415: { description: 'Not a format we read, or not UTF-8 text: { error, errors: [{ param: "file" }] }' },
          422: {
            description:
              'The file holds nothing to import: empty, lacking required columns, or not valid JSON: ' +
              '{ error, errors: [{ param: "file" }] }',
          },
        },
      },
    },
  };
}
