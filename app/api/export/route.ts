// GET /api/export?format=acled|json|geojson|ics&<filters> — exactly the events the filters select,
// streamed a batch at a time.
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { EventView } from '@/db/queries/event-shape';
import { streamEvents } from '@/db/queries/events';
import { resolveScope } from '@/db/queries/scope';
import { handle, parseQuery } from '@/lib/api/respond';
import { EXPORT_FORMATS } from '@/lib/export/formats';
import { exportFileName } from '@/lib/export/file-name';
import { listConflicts } from '@/db/queries/conflicts';
import { eventFiltersSchema, filterKeyOf } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

const exportQuerySchema = z.object({
  format: z.enum(['acled', 'json', 'geojson', 'ics'], { error: 'format is acled, json, geojson or ics' }),
});

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { filters: eventFiltersSchema, options: exportQuerySchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    const scope = await resolveScope({ db, filters: parsed.value.filters });
    const format = EXPORT_FORMATS[parsed.value.options.format];
    const query = filterKeyOf(new URL(request.url).searchParams);
    const batches = streamEvents({ db, scope, withRevisions: parsed.value.options.format === 'json' });
    // The first batch is read before answering: a query that fails is then an error status, not a
    // download that stops after its header with a 200.
    let next: IteratorResult<EventView[], void> | null = await batches.next();
    const encoder = new TextEncoder();
    let emitted = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(format.begin({ exportedAt: new Date().toISOString(), query })));
      },
      async pull(controller) {
        next ??= await batches.next();
        const { done, value } = next;
        next = null;
        if (done) {
          controller.enqueue(encoder.encode(format.end()));
          controller.close();
          return;
        }
        let chunk = '';
        for (const event of value) {
          const text = format.item(event, emitted);
          if (text) {
            chunk += text;
            emitted++;
          }
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    const filename = exportFileName({
      filters: parsed.value.filters,
      conflict: parsed.value.filters.conflict ?? (await listConflicts({ db }))[0]?.slug ?? 'events',
      day: new Date().toISOString().slice(0, 10),
      extension: format.extension,
    });
    return new Response(body, {
      headers: {
        'content-type': format.contentType,
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    });
  });
}
