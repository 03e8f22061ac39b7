import 'server-only';
// The reconciliation service's work, apart from HTTP: a batch of queries (already validated)
// answered from the registry as the database holds it now.
import type { Db } from '@/db/types';
import { getReconSignature, listReconEntities } from '@/db/queries/reconcile';
import type { ReconBatch } from '@/lib/validation/reconcile';
import { ReconIndex, type ReconCandidate } from './match';

/**
 * The index is built once per state of the registry: building it costs seconds for tens of
 * thousands of names, checking that nothing changed one scan in SQL.
 */
const cache = new WeakMap<Db, { signature: string; index: Promise<ReconIndex> }>();

export async function loadReconIndex({ db }: { db: Db }): Promise<ReconIndex> {
  const signature = await getReconSignature({ db });
  const hit = cache.get(db);
  if (hit?.signature === signature) return hit.index;
  const index = listReconEntities({ db }).then((records) => new ReconIndex(records));
  cache.set(db, { signature, index });
  index.catch(() => cache.delete(db));
  return index;
}

export async function reconcileBatch({
  db,
  batch,
}: {
  db: Db;
  batch: ReconBatch;
}): Promise<Record<string, { result: ReconCandidate[] }>> {
  const index = await loadReconIndex({ db });
  return Object.fromEntries(Object.entries(batch).map(([key, q]) => [key, { result: index.reconcile(q) }]));
}
