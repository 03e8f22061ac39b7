import { getDatabase } from '@/db/client';
import { countEvents } from '@/db/queries/health';
import { handle } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => {
    const { db, engine } = await getDatabase();
    return { status: 'ok', engine, events: await countEvents({ db }) };
  });
}
