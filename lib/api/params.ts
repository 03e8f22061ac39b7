// Route params: an event id is a positive integer, anything else is a 400.
import { badRequest } from './respond';

export type IdContext = { params: Promise<{ id: string }> };

export async function eventIdOf(ctx: IdContext): Promise<number | null> {
  const { id } = await ctx.params;
  return /^\d{1,9}$/.test(id) ? Number(id) : null;
}

export const notAnEventId = () => badRequest([{ param: 'id', message: 'Not an event id' }]);
