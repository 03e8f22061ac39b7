// The OpenAPI paths of events themselves: the list, one event, its parts and possible duplicates (see
// openapi.ts for how the document is put together).
import { z } from 'zod';
import { addSourcesSchema, deleteSchema, eventFormSchema, restoreSchema } from '@/lib/validation/event';
import { pageSchema } from '@/lib/validation/filters';
import { duplicatePairsSchema } from '@/lib/validation/merge';
import { MERGED_AWAY } from './openapi-merge';
import { PROPOSAL_HELD, PROPOSED_EDIT } from './openapi-accounts';
import { body, bodyLimits, filters, idParam, NOTICES, notFound, ok, queryParams } from './openapi-parts';

/** The list (and creating), and one event. */
function listAndOne() {
  return {
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
          200: {
            description:
              `This submissionId was already saved by the same account (another account's same id makes its own ` +
              `event): { id, created: false, notices }${NOTICES}`,
          },
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
        summary:
          'Soft-delete an event, with a reason; under four-eyes review an editor’s deletion waits for another ' +
          'editor (202)',
        parameters: [idParam],
        requestBody: body(deleteSchema),
        responses: {
          ...ok('{ id, version }'),
          202: { description: '{ proposal: { id, eventId, kind: "delete", review: "pending" }, message }' },
          409: { description: `Already deleted; or ${MERGED_AWAY}` },
          ...notFound('event'),
          ...bodyLimits,
        },
      },
    },
  };
}

/** What hangs off one event: restoring it, its sources, its history. */
function eventParts() {
  return {
    '/api/events/{id}/restore': {
      post: {
        summary:
          'Restore a deleted event; under four-eyes review an editor’s restoration waits for another editor (202)',
        parameters: [idParam],
        requestBody: body(restoreSchema),
        responses: {
          ...ok('{ id, version }'),
          202: { description: '{ proposal: { id, eventId, kind: "restore", review: "pending" }, message }' },
          ...notFound('event'),
          ...bodyLimits,
        },
      },
    },
    '/api/events/{id}/sources': {
      get: {
        summary: 'An event’s sources with their ids (what a split names)',
        parameters: [idParam],
        responses: {
          ...ok('{ sources: [{ id, publisher, url, title, publishedAt, quote }] }'),
          ...notFound('event, or one pending or rejected the caller may not see'),
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
  };
}

/** Possible duplicates, stored or about to be. */
function duplicatePaths() {
  return {
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
  };
}

export function eventPaths() {
  return { ...listAndOne(), ...eventParts(), ...duplicatePaths() };
}
