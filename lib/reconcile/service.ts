import 'server-only';
// The reconciliation service's work, apart from HTTP: a batch of queries (already validated)
// answered from the registry as the database holds it now.
import type { Db } from '@/db/types';
import { listReconEntities } from '@/db/queries/reconcile';
import type { ReconBatch } from '@/lib/validation/reconcile';
import { ReconIndex, type ReconCandidate } from './match';

export async function loadReconIndex({ db }: { db: Db }): Promise<ReconIndex> {
  return new ReconIndex(await listReconEntities({ db }));
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
