// The OpenAPI entries of merging and splitting events and of "not the same" (issue 15), built with
// the document's own helpers (passed in, so this module does not import the document back).
import type { z } from 'zod';
import { distinctSchema, mergeSchema, splitSchema } from '@/lib/validation/merge';
import { PROPOSAL_HELD } from './openapi-accounts';

type Helpers = {
  body: (schema: z.ZodType) => object;
  ok: (description: string) => object;
  notFound: (what: string) => object;
  bodyLimits: object;
  idParam: object;
};

export const MERGED_AWAY =
  'The event was merged into another: { error, errors, mergedInto } (the survivor’s id; its address is ' +
  '/api/events/{mergedInto})';

export function mergePaths({ body, ok, notFound, bodyLimits, idParam }: Helpers) {
  return {
    '/api/events/{id}/merge': {
      post: {
        summary: 'Merge this event and another into one',
        description:
          'other: the other event; survivor: the one of the two that keeps its id and page; fields: for title, date ' +
          '(with its precision), type, actors ("both" for the union), location, fatalities, summary and status, the ' +
          'event whose value the survivor takes (the survivor’s own when left out). ' +
          'The survivor keeps every source of ' +
          'both, once each (same row, same URL, or same publisher and title; differing quotes are joined). The other ' +
          'event is marked merged: it leaves every list, count, chart and export, keeps its history, and its address ' +
          'answers 308 to the survivor. versions: the versions you saw (409 when either changed since).',
        parameters: [idParam],
        requestBody: body(mergeSchema),
        responses: {
          ...ok('{ id: the survivor, merged: the merged event, version: the survivor’s new version }'),
          ...PROPOSAL_HELD,
          409: { description: `Either event was deleted or changed since the given versions; or ${MERGED_AWAY}` },
          ...notFound('event'),
          ...bodyLimits,
        },
      },
    },
    '/api/events/{id}/split': {
      post: {
        summary: 'Move some of an event’s sources to a new event',
        description:
          'sources: ids from GET /api/events/{id}/sources (at least one, and at least one must stay). The new event ' +
          'copies the title (or the one given), summary, date, type, status, actors and place, not the fatalities; ' +
          'both get a revision, and the pair is remembered as not the same.',
        parameters: [idParam],
        requestBody: body(splitSchema),
        responses: {
          201: { description: '{ id, version, newId }' },
          ...PROPOSAL_HELD,
          ...ok('(never: a split answers 201)'),
          409: { description: `The event was deleted or changed since the given version; or ${MERGED_AWAY}` },
          ...notFound('event'),
          ...bodyLimits,
        },
      },
    },
    '/api/events/duplicates/distinct': {
      post: {
        summary: 'Two events are not the same: the Possible duplicates list never offers the pair again',
        requestBody: body(distinctSchema),
        responses: {
          ...ok('{ events: [lower id, higher id], remembered: true }'),
          ...notFound('event'),
          ...bodyLimits,
        },
      },
    },
  };
}
