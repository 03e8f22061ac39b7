// GET /api/reconcile/preview?id=actor-12: the preview the manifest announces (an HTML snippet for a frame).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { getReconPreview } from '@/db/queries/reconcile';
import { handle, parseQuery } from '@/lib/api/respond';
import { previewHtml } from '@/lib/reconcile/preview';
import { preflight, withCors } from '@/lib/reconcile/respond';
import { entityIdSchema } from '@/lib/validation/reconcile';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const previewSchema = z.object({ id: entityIdSchema });

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { query: previewSchema });
  if (!parsed.ok) return withCors(parsed.response);
  const { type, id } = parsed.value.query.id;
  const origin = new URL(request.url).origin;
  return withCors(
    await handle(async () => {
      const found = await getReconPreview({ db: await getDb(), type, id });
      if (!found)
        return NextResponse.json(
          { error: `No ${type} has the id ${id}`, errors: [{ param: 'id', message: `No ${type} has the id ${id}` }] },
          { status: 404 },
        );
      const view = `${origin}/api/reconcile/view?id=${type}-${id}`;
      return new Response(previewHtml(found, view), {
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      });
    }),
  );
}

export const OPTIONS = preflight;
