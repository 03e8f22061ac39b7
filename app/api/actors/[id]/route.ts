import { getActorRecord, updateActorRecord } from '@/db/queries/actor-records';
import { mergeActors } from '@/db/queries/merge-actors';
import { recordRoutes } from '@/lib/api/identity-routes';
import { actorPatchSchema } from '@/lib/validation/identities';

export const dynamic = 'force-dynamic';

export const { GET, PATCH } = recordRoutes({
  kind: 'actor',
  path: '/api/actors',
  noun: 'actor',
  get: getActorRecord,
  patchSchema: actorPatchSchema,
  update: updateActorRecord,
  merge: mergeActors,
});
