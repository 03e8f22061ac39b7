import { getDb } from '@/db/client';
import { getEvent } from '@/db/queries/events';
import { badRequest, handle } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return badRequest([{ param: 'id', message: `"${id}" is not an event id` }]);
  return handle(async () => getEvent({ db: await getDb(), id: Number(id) }));
}
