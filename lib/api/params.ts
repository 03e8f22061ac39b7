// Route params: an id (of an event, an article) is a positive integer within int4, anything else is a 400.
import { idParamSchema } from '@/lib/validation/primitives';
import { NextResponse } from 'next/server';
import { badRequest } from './respond';

export type IdContext = { params: Promise<{ id: string }> };

export async function idOf(ctx: IdContext): Promise<number | null> {
  const r = idParamSchema.safeParse((await ctx.params).id);
  return r.success ? r.data : null;
}
export const eventIdOf = idOf;

export const notAnId = (what: string) => badRequest([{ param: 'id', message: `Not ${what} id` }]);
export const notAnEventId = () => notAnId('an event');

/** 404 for an event that does not exist, or that the caller may not see (pending, rejected): the same answer. */
export function noEvent(id: number, param = 'id'): NextResponse {
  const message = `No event ${id}`;
  return NextResponse.json({ error: message, errors: [{ param, message }] }, { status: 404 });
}
