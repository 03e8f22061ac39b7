// The OpenAPI paths of the actor and place records, merges and the reconciliation queue, from the
// zod schemas that validate those routes (lib/validation/identities.ts).
import type { z } from 'zod';
import {
  actorPatchSchema,
  mergeSchema,
  placePatchSchema,
  queueDecisionSchema,
  queueQuerySchema,
} from '@/lib/validation/identities';

interface Parts {
  ok: (description: string) => Record<number, { description: string }>;
  body: (schema: z.ZodType) => object;
  idParam: object;
  notFound: (what: string) => Record<number, { description: string }>;
  bodyLimits: Record<number, { description: string }>;
}

const ACTOR = '{ id, name, kind, country, description, aliases: [{ id, alias, validFrom, validTo }], events, recent }';
const PLACE = '{ id, name, altNames, country, admin1, lat, lon, geoPrecision, events, recent }';
const MERGED = '{ mergeId, kind, mergedId, intoId, mergedName, intoName, events }';
const moved = { 308: { description: 'The record was merged into another: Location names the survivor' } };
const refused = (what: string) => ({
  409: {
    description:
      `The name is another ${what}’s (merge them instead), or the change conflicts: { error, errors }. ` +
      `A new name, alias or other name that is any name of another ${what}, compared as the registry compares ` +
      `names (case, diacritics, romanisations), also adds existing: { id, name }, the record that has it`,
  },
});

function recordPaths(p: Parts, noun: 'actor' | 'place', shape: string, patch: z.ZodType) {
  return {
    get: {
      summary: `One ${noun} with its names, event count and latest events`,
      parameters: [p.idParam],
      responses: { ...p.ok(shape), ...moved, ...p.notFound(noun) },
    },
    patch: {
      summary:
        noun === 'actor'
          ? 'Rename an actor, change its kind or country, or add an alias with its period'
          : 'Rename a place, change its country or coordinates, or add another name',
      parameters: [p.idParam],
      requestBody: p.body(patch),
      responses: { ...p.ok(`${shape} and notices`), ...p.notFound(noun), ...refused(noun), ...p.bodyLimits },
    },
  };
}

function mergePath(p: Parts, noun: 'actor' | 'place') {
  return {
    post: {
      summary:
        `Merge this ${noun} into another (into): its events move there (one link per event, the stronger role), ` +
        `its names become the survivor’s, each event gets a revision; undo with POST /api/merges/{mergeId}/undo`,
      parameters: [p.idParam],
      requestBody: p.body(mergeSchema),
      responses: { ...p.ok(MERGED), ...p.notFound(noun), ...p.bodyLimits },
    },
  };
}

export function identityPaths(p: Parts) {
  return {
    '/api/actors/{id}': recordPaths(p, 'actor', ACTOR, actorPatchSchema),
    '/api/actors/{id}/merge': mergePath(p, 'actor'),
    '/api/locations/{id}': recordPaths(p, 'place', PLACE, placePatchSchema),
    '/api/locations/{id}/merge': mergePath(p, 'place'),
    '/api/merges/{id}/undo': {
      post: {
        summary:
          'Undo a merge: the merged-away record, its names and its links come back exactly; each affected event ' +
          'gets a revision (none is deleted)',
        parameters: [p.idParam],
        responses: {
          ...p.ok('{ id, kind, mergedId, intoId, mergedName, intoName, events, createdAt, undoneAt, byName, revised }'),
          ...p.notFound('merge'),
          409: { description: 'Already undone, or the survivor was merged away since (undo that first): { error }' },
        },
      },
    },
    '/api/reconciliation-queue': {
      get: {
        summary: 'Open entries: a record created beside a known one with a close name, both sides and the reason',
        parameters: Object.keys(queueQuerySchema.shape).map((name) => ({
          name,
          in: 'query',
          schema: name === 'kind' ? { type: 'string', enum: ['actor', 'place'] } : { type: 'integer' },
        })),
        responses: p.ok(
          '{ entries: [{ id, kind, reason, origin, label, createdAt, record, candidate }], total }, ' +
            'each side { id, name, names, detail, events }',
        ),
      },
    },
    '/api/reconciliation-queue/{id}': {
      post: {
        summary:
          'Decide an entry: merge (the record into its candidate, undoable) or distinct (remembered: the pair is ' +
          'never queued again)',
        parameters: [p.idParam],
        requestBody: p.body(queueDecisionSchema),
        responses: {
          ...p.ok('{ id, status, merge }'),
          ...p.notFound('queue entry'),
          409: { description: 'Already decided: { error }' },
        },
      },
    },
  };
}
