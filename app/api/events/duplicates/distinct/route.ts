import { getDb } from '@/db/client';
import { markDistinct } from '@/db/queries/duplicate-pairs';
import { handle, parseBody } from '@/lib/api/respond';
import { distinctSchema } from '@/lib/validation/merge';

export const dynamic = 'force-dynamic';

/** "Not the same": the pair never comes back in the Possible duplicates list. */
export async function POST(request: Request) {
  const body = await parseBody(request, distinctSchema);
  if (!body.ok) return body.response;
  return handle(async () => markDistinct({ db: await getDb(), events: body.value.events, reason: body.value.reason }));
}
