import { mergePlaces } from '@/db/queries/merge-places';
import { getPlaceRecord, updatePlaceRecord } from '@/db/queries/place-records';
import { recordRoutes } from '@/lib/api/identity-routes';
import { placePatchSchema } from '@/lib/validation/identities';

export const dynamic = 'force-dynamic';

export const { GET, PATCH } = recordRoutes({
  kind: 'place',
  path: '/api/locations',
  noun: 'place',
  get: getPlaceRecord,
  patchSchema: placePatchSchema,
  update: updatePlaceRecord,
  merge: mergePlaces,
});
