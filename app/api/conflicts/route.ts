import { getDb } from '@/db/client';
import { listConflicts } from '@/db/queries/conflicts';
import { handle } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => ({ conflicts: await listConflicts({ db: await getDb() }) }));
}
