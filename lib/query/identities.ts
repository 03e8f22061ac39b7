// queryOptions for the identity pages' pickers: records matching what is typed, from the same
// endpoints the dashboard and the form read (/api/actors, /api/locations).
import { queryOptions } from '@tanstack/react-query';
import type { ActorSummary } from '@/db/queries/actors';
import type { Place } from '@/db/queries/locations';
import { actorKeys, locationKeys } from './options';
import { fetchJson } from './fetch-json';
import { plural } from '@/lib/text/plural';

export interface PickOption {
  id: number;
  name: string;
  detail: string;
}

export const recordSearchOptions = (kind: 'actor' | 'place', q: string) =>
  queryOptions({
    queryKey: [...(kind === 'actor' ? actorKeys.all : locationKeys.all), 'search', q] as const,
    queryFn: async (): Promise<PickOption[]> => {
      const params = new URLSearchParams({ q, limit: '20' });
      if (kind === 'actor') {
        const { actors } = await fetchJson<{ actors: ActorSummary[] }>('/api/actors', params);
        return actors.map((a) => ({ id: a.id, name: a.name, detail: plural(a.events, 'event') }));
      }
      const { locations } = await fetchJson<{ locations: Place[] }>('/api/locations', params);
      return locations.map((l) => ({ id: l.id, name: l.name, detail: l.country ?? '' }));
    },
    staleTime: 30_000,
  });
