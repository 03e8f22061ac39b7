// The OpenAPI paths of the reference data: actors, conflicts (the datasets), places and the taxonomy
// (see openapi.ts).
import { conflictCreateSchema, conflictPatchSchema } from '@/lib/validation/conflict';
import { body, bodyLimits, NOTICES, notFound, ok } from './openapi-parts';

/** Actors, conflicts, places, the taxonomy. */
export function datasetPaths() {
  return {
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
          409: {
            description:
              'A conflict already has this slug or this name (in any case): ' +
              '{ error, errors: [{ param: "slug" | "name" }] }',
          },
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
          409: { description: 'Another conflict has the new slug or the new name (param slug or name)' },
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
  };
}
