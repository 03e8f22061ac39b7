// Route params: an id (of an event, an article) is a positive integer within int4, anything else is a 400.
import { idParamSchema } from '@/lib/validation/primitives';
import { badRequest } from './respond';

export type IdContext = { params: Promise<{ id: string }> };

export async function idOf(ctx: IdContext): Promise<number | null> {
  const r = idParamSchema.safeParse((await ctx.params).id);
  return r.success ? r.data : null;
}
export const eventIdOf = idOf;

export const notAnId = (what: string) => badRequest([{ param: 'id', message: `Not ${what} id` }]);
export const notAnEventId = () => notAnId('an event');
