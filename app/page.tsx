// The dashboard page: the server prefetches the first page of events and the charts for the URL's
// filters straight from the query layer, then the client owns the data (TanStack's pattern).
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { getDb } from '@/db/client';
import { listEvents } from '@/db/queries/events';
import { listPlaces } from '@/db/queries/places';
import { resolveScope } from '@/db/queries/scope';
import { getAxis } from '@/db/queries/axis';
import { getFrequency } from '@/db/queries/stats';
import { Dashboard } from '@/components/dashboard/dashboard';
import { regionBasemap } from '@/components/map/basemap';
import { getQueryClient } from '@/lib/query/client';
import { axisFetchWindow } from '@/lib/axis/scale';
import {
  AXIS_BINS,
  axisOptions,
  eventsInfiniteOptions,
  frequencyOptions,
  PAGE_SIZE,
  placesOptions,
} from '@/lib/query/options';
import { eventFiltersSchema, filterKeyOf, searchParamsToObject, viewSchema } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export default async function Home({
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

  if (parsed.success) {
    try {
      const db = await getDb();
      const scope = await resolveScope({ db, filters: parsed.data });
      const axisWindow = axisFetchWindow(parsed.data);
      // Not awaited: the page streams at once and each answer follows as it comes (pending queries are
      // dehydrated with their promise, lib/query/client.ts), so the browser loads its scripts meanwhile.
      void Promise.all([
        // First in the database's queue: the time axis's answer is quick (rollup counts, or at most 2,000 rows).
        queryClient.prefetchQuery({
          ...axisOptions(filterKey, axisWindow),
          queryFn: () => getAxis({ db, scope: { ...scope, ...axisWindow }, bins: AXIS_BINS }),
        }),
        queryClient.prefetchInfiniteQuery({
          ...eventsInfiniteOptions(filterKey, view.sort),
          queryFn: () => listEvents({ db, scope, sort: view.sort, limit: PAGE_SIZE }),
        }),
        queryClient.prefetchQuery({
          ...frequencyOptions(filterKey, view.bucket, view.split, view.spread),
          queryFn: () =>
            getFrequency({ db, scope, bucket: view.bucket, groupBy: view.split, spread: view.spread, spans: true }),
        }),
        queryClient.prefetchQuery({ ...placesOptions(filterKey), queryFn: () => listPlaces({ db, scope }) }),
      ]);
    } catch {
      // A filter naming an unknown actor or place: the widgets fetch again and show the API's message.
    }
  }

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <Dashboard basemap={regionBasemap()} />
      </Suspense>
    </HydrationBoundary>
  );
}
