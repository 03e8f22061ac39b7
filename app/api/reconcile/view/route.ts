// GET /api/reconcile/view?id=actor-12: the manifest's view of a record, the timeline filtered by it.
import { NextResponse } from 'next/server';
import { parseQuery } from '@/lib/api/respond';
import { withCors } from '@/lib/reconcile/respond';
import { entityIdSchema } from '@/lib/validation/reconcile';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { query: z.object({ id: entityIdSchema }) });
  if (!parsed.ok) return withCors(parsed.response);
  const { type, id } = parsed.value.query.id;
  const to = new URL(`/?${type === 'actor' ? 'actor' : 'location'}=${id}`, request.url);
  return NextResponse.redirect(to, 303);
}
