// The OpenAPI 3.1 document, generated from the zod schemas that validate the routes: a parameter
// the routes accept is in the document because it is in the schema.
import { z } from 'zod';
import { addSourcesSchema, deleteSchema, eventFormSchema, restoreSchema } from '@/lib/validation/event';
import { aroundSchema, eventFiltersSchema, frequencySchema, pageSchema } from '@/lib/validation/filters';
import { articleInputSchema } from '@/lib/validation/article';
import { compareSchema } from '@/lib/validation/compare';
import { asOfSchema } from '@/lib/validation/share';
import { duplicatePairsSchema } from '@/lib/validation/merge';
import { MERGED_AWAY, mergePaths } from './openapi-merge';
import { axisSchema } from '@/lib/validation/axis';
import { MAX_ARTICLE_CHARS, extractRequestSchema, extractedEventSchema } from '@/lib/extract/types';
import { identityPaths } from './openapi-identities';
import { accountPaths, PROPOSAL_HELD, PROPOSED_EDIT } from './openapi-accounts';
import { conflictCreateSchema, conflictPatchSchema } from '@/lib/validation/conflict';
import { CROSS_SITE_READ_PATHS } from '@/lib/security/request-guard';
import { reconcilePaths } from './openapi-reconcile';

const DESCRIPTIONS: Record<string, string> = {
  conflict: 'The conflict (dataset) by slug; default: the first one.',
  actor:
    'Repeatable. An actor by id, name or alias (an alias matches every actor it named). Events with any of them ' +
    'match, or with all of them under actorMatch=all.',
  actorMatch:
    'With several actors: any (default) matches events with at least one of them, all only events with every one ' +
    '(an alias counts as present when any actor it named is). Lists, charts, the map and exports all follow.',
  type: 'Repeatable or comma-separated event type slugs (GET /api/taxonomy).',
  subtype: 'Repeatable or comma-separated sub-type slugs; with type, they must belong to it.',
  from: 'Inclusive start: YYYY, YYYY-MM or YYYY-MM-DD. An event matches when its date interval overlaps [from, to].',
  to: 'Inclusive end: YYYY (its 31 December), YYYY-MM (its last day) or YYYY-MM-DD.',
  q: 'Full-text search over title and summary (PostgreSQL, English stemming, web-search syntax: "quoted phrase", -word, or).',
  location: 'Repeatable. A place by id or any of its names.',
  status: 'Repeatable: occurred, planned, claimed, disputed.',
  milestone: 'true: only milestones (ceasefires, summits, agreements); false: none.',
  sort: 'Date order: asc (oldest first) or desc.',
  limit: 'Page size, 1–500.',
  cursor: 'The nextCursor of the previous page.',
  bucket: 'auto (from the window), day, week (starting Monday), month or year.',
  groupBy: 'type (each event once) or actor (an event once per actor).',
  spans: 'true: also list the range events overlapping the window (spans; null otherwise).',
  spread: 'true: a range event counts 1/N on each of its N days (UCDP-style) instead of under imprecise.',
  bins: 'Time axis: the most density bins wanted, 10–2000 (about its width in pixels); the finest of day, week, month and year that fits is used.',
  event: 'The milestone event’s id.',
  days: 'Days before and after the milestone, 1–3650.',
  format:
    'The file to write: acled (CSV with ACLED’s columns), json (Faultline’s JSON, with each event’s history), ' +
    'geojson (a FeatureCollection of the events with coordinates) or ics (a calendar, one entry per event).',
  aFrom: 'First period’s start: YYYY, YYYY-MM or YYYY-MM-DD (read as its first day).',
  aTo: 'First period’s end, inclusive: YYYY (31 December), YYYY-MM (its last day) or YYYY-MM-DD.',
  bFrom: 'Second period’s start, as aFrom.',
  bTo: 'Second period’s end, as aTo.',
  asOf: 'ISO 8601 time with a zone (2026-12-07T09:00:00Z): list the changes made since. A time to come counts as now.',
};

/** Where one parameter name means something else on one route. */
const IMPORT_DESCRIPTIONS: Record<string, string> = {
  format:
    'The format of the uploaded file: acled (an ACLED CSV export, with event_id_cnty), faultline-json ' +
    '(Faultline’s JSON, as GET /api/export?format=json writes it) or csv (the simple CSV: title, date, ' +
    'precision, sub_type…). Optional: sniffed from the file’s first bytes when left out.',
  conflict: 'The dataset to import into, by slug; default: the first one.',
  label: 'A name for this import in the reports (default: upload).',
  createConflict: 'true: a conflict slug that does not exist yet is created by this import (else a 400 says how).',
  conflictName: 'With createConflict: the new conflict’s name (default: from its slug).',
};

const EXAMPLES: Record<string, string> = {
  actor: 'Ilham Aliyev',
  type: 'battles',
  from: '2020-09',
  to: '2020-11-10',
  q: 'ceasefire',
  location: 'Stepanakert',
};

function queryParams(...schemas: z.ZodObject[]) {
  return describedParams(DESCRIPTIONS, ...schemas);
}

function describedParams(descriptions: Record<string, string>, ...schemas: z.ZodObject[]) {
  return schemas.flatMap((s) =>
    Object.entries(s.shape).map(([name, field]) => {
      const schema = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<
        string,
        unknown
      >;
      const repeatable = schema.type === 'array';
      return {
        name,
        in: 'query',
        required: false,
        description: descriptions[name] ?? DESCRIPTIONS[name],
        schema,
        ...(repeatable ? { style: 'form', explode: true } : {}),
        ...(EXAMPLES[name] ? { example: EXAMPLES[name] } : {}),
      };
    }),
  );
}

const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } },
});
const BAD_REQUEST =
  'A parameter or field is wrong: { error, errors: [{ param, message }] }. Also for text holding a NUL character or ' +
  'a lone surrogate, ids outside 1–2147483647, a cursor that is forged or made for the other sort order, ' +
  'query parameters or bodies that are not UTF-8, and a body that is not a JSON object.';
const ok = (description: string, type = 'application/json') => ({
  200: { description, content: { [type]: {} } },
  400: { description: BAD_REQUEST },
});
/** What every route with a JSON body can add to its answers. */
/** Names are cleaned (invisible characters, look-alike letters); each change is answered, never silent. */
const NOTICES =
  '. notices: [{ field, written, stored, notes }], one per actor, place or publisher name stored otherwise ' +
  'than written (an invisible character removed, a Cyrillic or Greek look-alike replaced by the Latin letter)';
const bodyLimits = { 413: { description: 'The body is larger than the limit: { error, errors }' } };
const notFound = (what: string) => ({ 404: { description: `No such ${what}: { error, errors }` } });
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
};
const exportFormat = z.object({ format: z.enum(['acled', 'json', 'geojson', 'ics']) });
const importQuery = z.object({
  format: z.enum(['acled', 'faultline-json', 'csv']).optional(),
  conflict: z.string().optional(),
  createConflict: z.enum(['true', 'false']).optional(),
  conflictName: z.string().optional(),
  label: z.string().optional(),
});
const filters = eventFiltersSchema as unknown as z.ZodObject;

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const refusedHost = {
  description: 'The Host header is not one of the server’s names (FAULTLINE_ORIGIN, FAULTLINE_ALLOWED_HOSTS)',
};
const refusedWrite = {
  description:
    'A write from another site’s page (Sec-Fetch-Site cross-site or same-site, or a foreign Origin), or — once the ' +
    'server has accounts — one the caller’s role may not make: { error, errors }',
};

/** The request guard's answers (lib/security/request-guard.ts), added to every operation's own. */
function withGuardResponses<P extends Record<string, Record<string, { responses: object }>>>(paths: P): P {
  for (const [path, operations] of Object.entries(paths))
    for (const [method, operation] of Object.entries(operations)) {
      // A POST that only reads (the reconciliation service) is answered to any site.
      const refused = WRITES.has(method) && !CROSS_SITE_READ_PATHS.includes(path);
      Object.assign(operation.responses, { ...(refused ? { 403: refusedWrite } : {}), 421: refusedHost });
    }
  return paths;
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Faultline API',
      version: '1',
      description:
        'Dated, sourced conflict events: list, filter, count, edit, import and export. Dates are calendar days at a precision (day, week, month, year, range), never shifted by a time zone. ' +
        'Until the first account exists nothing asks who you are. Then a request is made as a user — the session cookie of POST /api/auth/sign-in/email, or an API token as Authorization: Bearer … — or anonymously (reads, while the admin allows it). ' +
        'Roles: viewer reads; contributor proposes (events and edits wait for review: review "pending"); editor approves, rejects, edits, deletes, restores, imports; admin also manages people, roles, tokens and settings. ' +
        'Not signed in (or a revoked token): 401; a role that may not: 403, { error, errors }.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'faultline.session_token' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{}, { session: [] }, { token: [] }],
    paths: withGuardResponses({
      '/api/events': {
        get: {
          summary: 'List events (a page, with the total)',
          parameters: queryParams(filters, pageSchema),
          responses: ok('{ events, nextCursor, total }'),
        },
        post: {
          summary: 'Create an event',
          requestBody: body(eventFormSchema),
          responses: {
            201: {
              description: `{ id, created: true, review, notices }${NOTICES}. review is "pending" for a contributor`,
            },
            200: { description: `This submissionId was already saved: { id, created: false, notices }${NOTICES}` },
            400: { description: 'Field errors' },
            ...bodyLimits,
          },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event',
          parameters: [idParam],
          responses: {
            ...ok('The event'),
            308: {
              description: 'The event was merged into another: Location is the survivor’s, { error, mergedInto }',
            },
            404: { description: 'No such event' },
          },
        },
        put: {
          summary: 'Replace an event (give the version you edited)',
          parameters: [idParam],
          requestBody: body(eventFormSchema),
          responses: {
            ...ok(`{ id, version, changes, notices }${NOTICES}`),
            ...PROPOSED_EDIT,
            409: { description: `The event changed since that version; or ${MERGED_AWAY}` },
            ...notFound('event'),
            ...bodyLimits,
          },
        },
        delete: {
          summary: 'Soft-delete an event, with a reason',
          parameters: [idParam],
          requestBody: body(deleteSchema),
          responses: {
            ...ok('{ id, version }'),
            409: { description: `Already deleted; or ${MERGED_AWAY}` },
            ...notFound('event'),
            ...bodyLimits,
          },
        },
      },
      '/api/events/{id}/restore': {
        post: {
          summary: 'Restore a deleted event',
          parameters: [idParam],
          requestBody: body(restoreSchema),
          responses: { ...ok('{ id, version }'), ...notFound('event'), ...bodyLimits },
        },
      },
      '/api/events/{id}/sources': {
        get: {
          summary: 'An event’s sources with their ids (what a split names)',
          parameters: [idParam],
          responses: {
            ...ok('{ sources: [{ id, publisher, url, title, publishedAt, quote }] }'),
            ...notFound('event'),
          },
        },
        post: {
          summary: 'Add sources to an event',
          parameters: [idParam],
          requestBody: body(addSourcesSchema),
          responses: {
            ...ok(`{ id, version, notices }${NOTICES}`),
            ...PROPOSAL_HELD,
            ...notFound('event'),
            ...bodyLimits,
          },
        },
      },
      '/api/events/{id}/revisions': {
        get: {
          summary: 'An event’s history',
          parameters: [idParam],
          responses: {
            ...ok(
              '{ revisions: [{ at, action, origin, reason, changes }], merged: [{ id, title, revisions }] } — ' +
                'merged: ' +
                'the events merged into this one, each with its own history',
            ),
            ...notFound('event'),
          },
        },
      },
      '/api/events/duplicates': {
        get: {
          summary: 'Possible duplicates: pairs of stored events, newest first',
          description:
            'Pairs of live events whose dates overlap (within three days) and that share an actor or a place, or ' +
            'have similar titles, less the pairs marked not the same. A page looks at a bounded number of events ' +
            '(at most 1,000) from the cursor back and ends after the event that fills it (up to 20 pairs over ' +
            'limit), or holds fewer, or none, with a ' +
            'nextCursor; ' +
            'lookedBackTo is the first day of the oldest event it looked at.',
          parameters: queryParams(duplicatePairsSchema),
          responses: ok(
            '{ pairs: [{ a, b, sharedActors, samePlace, titleSimilarity, reasons }], nextCursor, lookedBackTo } — a ' +
              'and b are events as GET /api/events/{id} answers them',
          ),
        },
        post: {
          summary: 'Likely duplicates of an event about to be saved',
          requestBody: body(z.object({ event: eventFormSchema, excludeId: z.number().int().optional() })),
          responses: { ...ok('{ candidates }'), ...bodyLimits },
        },
      },
      ...mergePaths({ body, ok, notFound, bodyLimits, idParam }),
      '/api/stats/frequency': {
        get: {
          summary: 'Incident frequency, zero-filled buckets',
          description:
            'At most 5,000 buckets: a larger window for its bucket is a 400 naming the count. from/to accept any ' +
            'valid year and are clamped into the date domain (1800-01-01 to 31 December of the current year + 10). ' +
            'With spans=true, spans lists the range events overlapping the window (the longest 40, in date order, ' +
            'and their total); otherwise it is null. ' +
            'With spread=true a range event that no single bucket holds counts 1/N on each of its N days within ' +
            'the window (UCDP-style; counts become fractional) instead of under imprecise; spread.events says how many.',
          parameters: queryParams(filters, frequencySchema),
          responses: ok(
            '{ bucket, groupBy, from, to, keys, labels, series: [{ start, counts, total }], imprecise: { total, counts }, ' +
              'keyTotals, total, note, spans: { items: [{ id, title, dateStart, dateLast, subType, milestone }], total }, ' +
              'spread: { on, events } }',
          ),
        },
      },
      '/api/stats/axis': {
        get: {
          summary: 'The time axis: a window’s events as dated, or their density',
          description:
            'The window is from/to, or the conflict’s years. Up to 2,000 matching events answer mode "events": each ' +
            'with dateStart and dateLast at its precision (2020, 2020-11, a day; a week from its Monday to its ' +
            'Sunday; a range from its first to its last day). More answer mode "density": per bin of the finest ' +
            'calendar unit with at most `bins` bins, `events` whose whole period lies in the bin and `coarse`, the ' +
            'events dated more coarsely than a bin whose period overlaps it (a month in day bins is in each of its ' +
            'days, never on its first); coarseEvents counts those once. extent is the conflict’s first and last years.',
          parameters: queryParams(filters, axisSchema),
          responses: ok(
            '{ mode: "events" | "density", from, to, extent: { from, to }, total, ' +
              'events: [{ id, title, dateStart, dateLast, precision, subType, milestone }] | null, ' +
              'density: { unit, bins: [{ start, events, coarse }], coarseEvents } | null }',
          ),
        },
      },
      '/api/stats/places': {
        get: {
          summary: 'Matching events per place',
          parameters: queryParams(filters),
          responses: ok('{ places, withoutCoordinates, total }'),
        },
      },
      '/api/changes': {
        get: {
          summary: 'When the data last changed, and the revisions since asOf to events the filters select',
          parameters: queryParams(filters, asOfSchema),
          responses: ok(
            '{ latest, asOf, total, more, changes: [{ id, at, action, origin, reason, eventId, eventTitle }] }',
          ),
        },
      },
      '/api/stats/around': {
        get: {
          summary: 'Matching events before and after a milestone',
          description:
            'The windows are the days days before and after the milestone’s day (which neither counts), cut to ' +
            'from/to when given (clipped: true then).',
          parameters: queryParams(filters, aroundSchema),
          responses: ok(
            '{ milestone: { id, title, dateStart }, days, before: { from, to, events, clipped }, after: { from, to, events, clipped } }',
          ),
        },
      },
      '/api/stats/compare': {
        get: {
          summary: 'Matching events per event type in two periods, side by side',
          description:
            'The two periods take the place of from/to; the other filters apply to both. An event counts in a ' +
            'period when its dates overlap it, as in the list.',
          parameters: queryParams(filters, compareSchema as unknown as z.ZodObject).filter(
            (p) => p.name !== 'from' && p.name !== 'to',
          ),
          responses: ok(
            '{ periods: [{ from, to, total }, { from, to, total }], types: [{ type, label, counts: [first, second] }] }',
          ),
        },
      },
      '/api/actors': {
        get: {
          summary: 'Actors with aliases and event counts',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: ok('{ actors }'),
        },
      },
      '/api/conflicts': {
        get: {
          summary: 'The datasets (conflicts) with their event counts and the years they span',
          responses: ok(
            '{ conflicts: [{ slug, name, description, region, countries, spanStart, spanEnd, events, ' +
              'firstYear, lastYear }] }',
          ),
        },
        post: {
          summary: 'Create a conflict (a dataset): a slug (a–z, 0–9, hyphens, ≤ 64), a name and optional facts',
          requestBody: body(conflictCreateSchema),
          responses: {
            201: { description: `{ conflict, notices }${NOTICES}` },
            400: { description: 'Field errors: { error, errors }' },
            409: { description: 'A conflict already has this slug: { error, errors: [{ param: "slug" }] }' },
            ...bodyLimits,
          },
        },
      },
      '/api/conflicts/{slug}': {
        patch: {
          summary: 'Rename (name or slug) and describe a conflict; only the fields sent change',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', maxLength: 64 } }],
          requestBody: body(conflictPatchSchema),
          responses: {
            ...ok(`{ conflict, notices }${NOTICES}`),
            ...notFound('conflict'),
            409: { description: 'Another conflict has the new slug' },
            ...bodyLimits,
          },
        },
      },
      '/api/locations': {
        get: {
          summary: 'The gazetteer',
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
          responses: ok('{ locations }'),
        },
      },
      '/api/taxonomy': {
        get: {
          summary: 'Event types and sub-types (ACLED’s and Faultline’s diplomacy), statuses, precisions',
          responses: ok('The taxonomy'),
        },
      },
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
            'Import a file (the body); NDJSON progress then { report } (its names: what each actor and place name matched, how, what was created, what is possibly the same as a known record). ' +
            'A contributor’s import only adds new events, pending as one review batch: report.review.batch',
          parameters: describedParams(IMPORT_DESCRIPTIONS, importQuery),
          requestBody: { required: true, content: { 'application/octet-stream': {} } },
          responses: {
            ...ok('NDJSON', 'application/x-ndjson'),
            415: { description: 'Not a format we read, or not UTF-8 text: { error, errors: [{ param: "file" }] }' },
            422: {
              description:
                'The file holds nothing to import: empty, lacking required columns, or not valid JSON: ' +
                '{ error, errors: [{ param: "file" }] }',
            },
          },
        },
      },
      '/api/extract': {
        post: {
          summary: `Suggested events of an article (text up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters; publishedAt resolves relative dates). Stores nothing.`,
          requestBody: body(extractRequestSchema),
          responses: {
            200: {
              description:
                'The proposals, in order of where each is told: the same array as npm run -s extract. Each says who ' +
                'asserts a claimed event (claimant), whether its year was inferred, and how it was made (explanation).',
              content: { 'application/json': { schema: z.toJSONSchema(z.array(extractedEventSchema)) } },
            },
            400: { description: 'Empty, garbled or too long text, or a bad publication date: { error, errors }' },
            413: { description: 'The body is over the article limit' },
            503: { description: 'Too many articles are being extracted: { error }, with Retry-After in seconds' },
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'Stored articles, newest first, with how many events quote each',
          responses: ok('{ articles: [{ id, title, publisher, url, publishedAt, createdAt, events, characters }] }'),
        },
        post: {
          summary: 'Store an article (idempotent by its text): 201 { id, created: true } or 200 with the first',
          requestBody: body(articleInputSchema),
          responses: { ...ok('{ id, created }'), ...bodyLimits },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'A stored article with the events that quote it and where',
          parameters: [idParam],
          responses: {
            ...ok(
              '{ id, title, publisher, url, publishedAt, text, evidence: [{ eventId, title, quote, spanStart, spanEnd }] }',
            ),
            ...notFound('article'),
          },
        },
      },
      '/api/health': {
        get: { summary: 'Liveness and the engine in use', responses: ok('{ status, engine, events }') },
      },
      ...identityPaths({ ok, body, idParam, notFound, bodyLimits }),
      ...accountPaths(),
      ...reconcilePaths(),
    }),
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
