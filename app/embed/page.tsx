// /embed?<filters>: a read-only timeline and frequency chart of a view, for an article's <iframe>. The
// only page other sites may frame (FAULTLINE_EMBED_ORIGINS, see proxy.ts); the root layout leaves out
// the site's header and its edit links here.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getDb } from '@/db/client';
import { listEvents } from '@/db/queries/events';
import { resolveFilters } from '@/db/queries/filter-scope';
import { getFrequency } from '@/db/queries/stats';
import { EmbedView } from '@/components/embed/embed-view';
import { getQueryClient } from '@/lib/query/client';
import { eventsInfiniteOptions, frequencyOptions, PAGE_SIZE } from '@/lib/query/options';
import { eventFiltersSchema, filterKeyOf, searchParamsToObject, viewSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Faultline — embedded timeline', robots: { index: false } };

export default async function Embed({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = searchParamsToObject(await searchParams);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const item of Array.isArray(v) ? v : [v]) params.append(k, String(item));
  const filterKey = filterKeyOf(params);
  const parsed = eventFiltersSchema.safeParse(raw);
  const view = viewSchema.parse(raw);
  const queryClient = getQueryClient();
  // What the filters name that does not exist (an unknown actor or place) is the banner's to say, as on the dashboard.
  const db = await getDb();
  const resolved = await resolveFilters(db, raw.conflict, parsed.success ? parsed.data : null);
  if (resolved.scope) {
    try {
      const { scope } = await resolved.scope;
      await Promise.all([
        queryClient.prefetchInfiniteQuery({
          ...eventsInfiniteOptions(filterKey, view.sort),
          queryFn: () => listEvents({ db, scope, sort: view.sort, limit: PAGE_SIZE }),
        }),
        queryClient.prefetchQuery({
          ...frequencyOptions(filterKey, view.bucket, view.split, view.spread),
          queryFn: () =>
            getFrequency({ db, scope, bucket: view.bucket, groupBy: view.split, spread: view.spread, spans: true }),
        }),
      ]);
    } catch {
      // Any other failure: the widgets fetch again and show the API's message.
    }
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <EmbedView filterErrors={resolved.errors} />
      </Suspense>
    </HydrationBoundary>
  );
}
