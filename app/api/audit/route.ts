// GET /api/audit — the latest 200 entries of the audit log, newest first.
import { getDb } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { handle } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => ({ entries: await listAudit({ db: await getDb() }) }));
}
