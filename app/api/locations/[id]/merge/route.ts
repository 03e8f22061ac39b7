import { mergePlaces } from '@/db/queries/merge-places';
import { mergeRoute } from '@/lib/api/identity-routes';

export const dynamic = 'force-dynamic';

/** Merges this place into `into`: 200 { mergeId, …, events }, undone by POST /api/merges/:mergeId/undo. */
export const POST = mergeRoute({ noun: 'place', merge: mergePlaces });
