// Route params: an id (of an event, an article) is a positive integer, anything else is a 400.
import { badRequest } from './respond';

export type IdContext = { params: Promise<{ id: string }> };

export async function idOf(ctx: IdContext): Promise<number | null> {
  const { id } = await ctx.params;
  return /^\d{1,9}$/.test(id) ? Number(id) : null;
}
export const eventIdOf = idOf;

export const notAnId = (what: string) => badRequest([{ param: 'id', message: `Not ${what} id` }]);
export const notAnEventId = () => notAnId('an event');
