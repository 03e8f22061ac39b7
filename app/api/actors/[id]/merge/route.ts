import { mergeActors } from '@/db/queries/merge-actors';
import { mergeRoute } from '@/lib/api/identity-routes';

export const dynamic = 'force-dynamic';

/** Merges this actor into `into`: 200 { mergeId, …, events }, undone by POST /api/merges/:mergeId/undo. */
export const POST = mergeRoute({ noun: 'actor', merge: mergeActors });
