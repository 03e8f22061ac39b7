// The reconciliation service's part of the OpenAPI document (W3C Reconciliation API 0.2).
import { z } from 'zod';
import { MAX_LIMIT, MAX_QUERIES, suggestSchema } from '@/lib/validation/reconcile';

const ok = (description: string, type = 'application/json') => ({
  200: { description, content: { [type]: {} } },
  400: { description: 'A parameter is wrong: { error, errors: [{ param, message }] }' },
});
const QUERIES =
  `A JSON object of at most ${MAX_QUERIES} queries: { "q0": { "query": "President of Azerbaijan", "type": "actor", ` +
  `"limit": 5, "properties": [{ "pid": "date", "v": "1995-05-01" }] } }. type: actor or place (default both); ` +
  `limit: at most ${MAX_LIMIT}; properties: country (ISO alpha-3 or name), kind (of an actor), date (YYYY-MM-DD: ` +
  'an alias valid on that day).';
const queriesParam = {
  name: 'queries',
  in: 'query',
  required: false,
  description: QUERIES,
  schema: { type: 'string' },
};
const idParam = {
  name: 'id',
  in: 'query',
  required: true,
  description: 'actor-N or place-N',
  schema: { type: 'string', pattern: '^(actor|place)-\\d{1,10}$' },
};
const RESULTS =
  '{ q0: { result: [{ id, name, description, type: [{ id, name }], score, match }] } }. score 100 and match: true ' +
  'only for what the import resolver takes (a name, an alias valid on the date, an ACLED name); close names less.';

export function reconcilePaths() {
  return {
    '/api/reconcile': {
      get: {
        summary: 'W3C Reconciliation API 0.2: the service manifest (no parameters), or a batch of queries',
        description: 'Readable from any site (CORS). Point OpenRefine at this URL to reconcile actors and places.',
        parameters: [queriesParam],
        responses: ok(`The manifest, or ${RESULTS}`),
      },
      post: {
        summary: 'W3C Reconciliation API 0.2: a batch of queries as the form field "queries"',
        description: 'It only reads, so other sites may send it (CORS; not refused as a cross-site write).',
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', properties: { queries: { type: 'string', description: QUERIES } } },
            },
          },
        },
        responses: { ...ok(RESULTS), 413: { description: 'The body is larger than 1 MB' } },
      },
    },
    '/api/reconcile/suggest/entity': {
      get: {
        summary: 'Suggest service: actors and places whose name or alias starts with prefix (10 per page)',
        parameters: Object.entries(suggestSchema.shape).map(([name, field]) => ({
          name,
          in: 'query',
          required: name === 'prefix',
          schema: z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }),
        })),
        responses: ok('{ result: [{ id, name, description, notable: [{ id, name }] }] }'),
      },
    },
    '/api/reconcile/preview': {
      get: {
        summary: 'Preview service: an HTML snippet about an actor or a place (name, kind, country, aliases, events)',
        parameters: [idParam],
        responses: { ...ok('HTML', 'text/html'), 404: { description: 'No such record' } },
      },
    },
    '/api/reconcile/view': {
      get: {
        summary: 'The manifest’s view: redirects (303) to the timeline filtered by the actor or place',
        parameters: [idParam],
        responses: { 303: { description: 'To /?actor=N or /?location=N' }, 400: { description: 'Not an id' } },
      },
    },
  };
}
