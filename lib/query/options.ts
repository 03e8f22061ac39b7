// queryOptions factories, one per entity, with hierarchical keys built from the URL's filters: the
// same filter string means the same cache entry on the server (prefetch) and in the browser.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { AroundMilestone } from '@/db/queries/around';
import type { ChangesSince } from '@/db/queries/changes';
import type { PeriodComparison } from '@/db/queries/compare';
import type { ActorSummary } from '@/db/queries/actors';
import type { ConflictSummary } from '@/db/queries/conflicts';
import type { EventPage } from '@/db/queries/events';
import type { EventView } from '@/db/queries/event-shape';
import type { Place } from '@/db/queries/locations';
import type { Places } from '@/db/queries/places';
import type { Frequency } from '@/db/queries/stats';
import type { Axis } from '@/db/queries/axis';
import { fetchJson } from './fetch-json';

/** Filters as a canonical query string (sorted keys), the stable part of every key. */
export type FilterKey = string;

const withParams = (filters: FilterKey, extra: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams(filters);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) p.set(k, String(v));
  return p;
};

export const PAGE_SIZE = 100;

export const eventKeys = {
  all: ['events'] as const,
  list: (filters: FilterKey, sort: 'asc' | 'desc') => ['events', 'list', filters, sort] as const,
  one: (id: number) => ['events', 'one', id] as const,
  milestones: (conflict: string | undefined) => ['events', 'milestones', conflict ?? ''] as const,
};
export const statsKeys = {
  all: ['stats'] as const,
  frequency: (filters: FilterKey, bucket: string, groupBy: string, spread = false) =>
    ['stats', 'frequency', filters, bucket, groupBy, spread] as const,
  places: (filters: FilterKey) => ['stats', 'places', filters] as const,
  around: (filters: FilterKey, event: number, days: number) => ['stats', 'around', filters, event, days] as const,
  compare: (filters: FilterKey, periods: string) => ['stats', 'compare', filters, periods] as const,
  axis: (filters: FilterKey, from: string, to: string, bins: number) =>
    ['stats', 'axis', filters, from, to, bins] as const,
};

export const eventsInfiniteOptions = (filters: FilterKey, sort: 'asc' | 'desc') =>
  infiniteQueryOptions({
    queryKey: eventKeys.list(filters, sort),
    queryFn: ({ pageParam }) =>
      fetchJson<EventPage>(
        '/api/events',
        withParams(filters, { sort, limit: PAGE_SIZE, cursor: pageParam ?? undefined }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const frequencyOptions = (filters: FilterKey, bucket: string, groupBy: 'type' | 'actor', spread = false) =>
  queryOptions({
    queryKey: statsKeys.frequency(filters, bucket, groupBy, spread),
    queryFn: () =>
      fetchJson<Frequency>(
        '/api/stats/frequency',
        withParams(filters, { bucket, groupBy, spans: 'true', spread: spread ? 'true' : undefined }),
      ),
  });

export const placesOptions = (filters: FilterKey) =>
  queryOptions({
    queryKey: statsKeys.places(filters),
    queryFn: () => fetchJson<Places>('/api/stats/places', new URLSearchParams(filters)),
  });

/** Density bins the dashboard's time axis asks for: one size for every screen, so the server can prefetch it. */
export const AXIS_BINS = 1000;

/** The time axis over `window` (the URL's window widened on both sides), or over the filters' own dates. */
export const axisOptions = (filters: FilterKey, window: { from: string; to: string } | null) =>
  queryOptions({
    queryKey: statsKeys.axis(filters, window?.from ?? '', window?.to ?? '', AXIS_BINS),
    queryFn: () =>
      fetchJson<Axis>('/api/stats/axis', withParams(filters, { from: window?.from, to: window?.to, bins: AXIS_BINS })),
  });

export const milestonesOptions = (conflict: string | undefined) =>
  queryOptions({
    queryKey: eventKeys.milestones(conflict),
    queryFn: () =>
      fetchJson<EventPage>(
        '/api/events',
        withParams(conflict ? `conflict=${conflict}` : '', { milestone: 'true', sort: 'asc', limit: 500 }),
      ),
    staleTime: 5 * 60_000,
  });

export const aroundOptions = (filters: FilterKey, event: number, days: number) =>
  queryOptions({
    queryKey: statsKeys.around(filters, event, days),
    queryFn: () => fetchJson<AroundMilestone>('/api/stats/around', withParams(filters, { event, days })),
  });

/** `periods`: the aFrom/aTo/bFrom/bTo query string of the two periods. */
export const compareOptions = (filters: FilterKey, periods: string) =>
  queryOptions({
    queryKey: statsKeys.compare(filters, periods),
    queryFn: () =>
      fetchJson<PeriodComparison>(
        '/api/stats/compare',
        withParams(filters, Object.fromEntries(new URLSearchParams(periods))),
      ),
  });

export const actorKeys = {
  all: ['actors'] as const,
  ofConflict: (conflict: string | undefined) => ['actors', conflict ?? ''] as const,
};
export const locationKeys = { all: ['locations'] as const };

export const actorsOptions = (conflict: string | undefined) =>
  queryOptions({
    queryKey: actorKeys.ofConflict(conflict),
    queryFn: () =>
      fetchJson<{ actors: ActorSummary[] }>(
        '/api/actors',
        withParams(conflict ? `conflict=${conflict}` : '', { limit: 1000 }),
      ),
    staleTime: 5 * 60_000,
  });

/** The whole gazetteer, for the place pickers (a few thousand names at most). */
export const locationsOptions = () =>
  queryOptions({
    queryKey: locationKeys.all,
    queryFn: () => fetchJson<{ locations: Place[] }>('/api/locations', new URLSearchParams({ limit: '2000' })),
    staleTime: 5 * 60_000,
  });

export const conflictKeys = { all: ['conflicts'] as const };

/** The signed-in person's API tokens (GET /api/tokens): never prefetched, never shared between people. */
export type TokenSummary = { id: number; name: string; createdAt: string; lastUsedAt: string | null };
export const tokenKeys = { all: ['tokens'] as const };
export const tokensOptions = () =>
  queryOptions({ queryKey: tokenKeys.all, queryFn: () => fetchJson<{ tokens: TokenSummary[] }>('/api/tokens') });

export const conflictsOptions = () =>
  queryOptions({
    queryKey: conflictKeys.all,
    queryFn: () => fetchJson<{ conflicts: ConflictSummary[] }>('/api/conflicts'),
    staleTime: 5 * 60_000,
  });

export const changeKeys = {
  all: ['changes'] as const,
  since: (filters: FilterKey, asOf: string | undefined) => ['changes', filters, asOf ?? ''] as const,
};

/** When the data last changed and, with asOf, the changes since then that touch the view. */
export const changesOptions = (filters: FilterKey, asOf: string | undefined) =>
  queryOptions({
    queryKey: changeKeys.since(filters, asOf),
    queryFn: () => fetchJson<ChangesSince>('/api/changes', withParams(filters, { asOf })),
  });

export type { EventView };
