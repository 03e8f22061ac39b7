// The dashboard page: the server starts the first page of events, the chart, the map and the time axis for the
// URL's filters straight from the query layer, without awaiting them; their pending queries are dehydrated
// (lib/query/client.ts) and stream to the browser, so each widget leaves its skeleton when its own data is in
// (components/dashboard/widget-boundary.tsx) and the first paint does not wait for the slowest (TanStack's and
// tablecn's pattern). Then the client owns the data. Awaited first, both quick: the filters' names, since what they
// name that does not exist is the banner's to say, like a malformed filter; and the conflicts, which the page's
// heading shows at once.
import { dehydrate, HydrationBoundary, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { getDb } from '@/db/client';
import { listEvents } from '@/db/queries/events';
import { listPlaces } from '@/db/queries/places';
import { resolveFilters, type Scoped } from '@/db/queries/filter-scope';
import { getAxis } from '@/db/queries/axis';
import { getFrequency } from '@/db/queries/stats';
import { listConflicts } from '@/db/queries/conflicts';
import { Dashboard } from '@/components/dashboard/dashboard';
import { regionBasemap } from '@/components/map/basemap';
import { getQueryClient } from '@/lib/query/client';
import { axisFetchWindow } from '@/lib/axis/scale';
import {
  AXIS_BINS,
  axisOptions,
  conflictsOptions,
  eventsInfiniteOptions,
  frequencyOptions,
  PAGE_SIZE,
  placesOptions,
} from '@/lib/query/options';
import {
  eventFiltersSchema,
  filterKeyOf,
  searchParamsToObject,
  viewSchema,
  type EventFilters,
  type View,
} from '@/lib/validation/filters';

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
  const db = await getDb();

  // The conflicts name the page (its heading, the filter bar's choice): awaited, so that the server's markup and
  // the browser's first render both have them. Left pending, they were in on one side only (a hydration error).
  const conflicts = queryClient.prefetchQuery({
    ...conflictsOptions(),
    retry: false,
    queryFn: async () => ({ conflicts: await listConflicts({ db }) }),
  });
  const resolved = await resolveFilters(db, raw.conflict, parsed.success ? parsed.data : null);
  await conflicts;
  if (resolved.conflictScope) prefetchGazetteer(queryClient, resolved.conflictScope, raw.conflict);
  if (resolved.scope && parsed.success)
    prefetchDashboard(queryClient, resolved.scope, parsed.data, { filterKey, view });

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <Dashboard basemap={regionBasemap()} filterErrors={resolved.errors} />
      </Suspense>
    </HydrationBoundary>
  );
}

type Keys = { filterKey: string; view: View };

/** Starts the widgets' queries; none is awaited. */
function prefetchDashboard(queryClient: QueryClient, scoped: Scoped, filters: EventFilters, keys: Keys) {
  // Every widget waits on the scope (actor and place names resolved to ids), looked up once. A failed query is not
  // tried again on the server (lib/query/client.ts): the widget's own retry in the browser asks the API.
  const { filterKey, view } = keys;
  const axisWindow = axisFetchWindow(filters);
  // First in the database's queue: the time axis's answer is quick (rollup counts, or at most 2,000 rows).
  void queryClient.prefetchQuery({
    ...axisOptions(filterKey, axisWindow),
    retry: false,
    queryFn: () => scoped.then(({ db, scope }) => getAxis({ db, scope: { ...scope, ...axisWindow }, bins: AXIS_BINS })),
  });
  void queryClient.prefetchInfiniteQuery({
    ...eventsInfiniteOptions(filterKey, view.sort),
    retry: false,
    queryFn: () => scoped.then(({ db, scope }) => listEvents({ db, scope, sort: view.sort, limit: PAGE_SIZE })),
  });
  void queryClient.prefetchQuery({
    ...frequencyOptions(filterKey, view.bucket, view.split, view.spread),
    retry: false,
    queryFn: () =>
      scoped.then(({ db, scope }) =>
        getFrequency({ db, scope, bucket: view.bucket, groupBy: view.split, spread: view.spread, spans: true }),
      ),
  });
  // Most involved actors: the same frequency, split by actor.
  if (view.split !== 'actor' || view.spread)
    void queryClient.prefetchQuery({
      ...frequencyOptions(filterKey, view.bucket, 'actor'),
      retry: false,
      queryFn: () =>
        scoped.then(({ db, scope }) => getFrequency({ db, scope, bucket: view.bucket, groupBy: 'actor', spans: true })),
    });
  void queryClient.prefetchQuery({
    ...placesOptions(filterKey),
    retry: false,
    queryFn: () => scoped.then(({ db, scope }) => listPlaces({ db, scope })),
  });
}

/** The Location field's gazetteer: the places of the whole conflict (the map's own query on an unfiltered view),
 *  under the key the filter bar asks for, whether or not the other filters can be used. */
function prefetchGazetteer(queryClient: QueryClient, conflictScope: Scoped, conflict: unknown) {
  void queryClient.prefetchQuery({
    ...placesOptions(typeof conflict === 'string' && conflict ? `conflict=${conflict}` : ''),
    retry: false,
    queryFn: () => conflictScope.then(({ db, scope }) => listPlaces({ db, scope })),
  });
}
