// After any write, everything that lists, counts or draws events may differ: one list of what to
// refetch, so no write forgets a part of the page.
import type { QueryClient } from '@tanstack/react-query';
import { actorKeys, changeKeys, eventKeys, locationKeys, statsKeys } from './options';

const EVENT_DATA = [eventKeys.all, statsKeys.all, actorKeys.all, locationKeys.all, changeKeys.all];

export const invalidateEventData = (queryClient: QueryClient) =>
  Promise.all(EVENT_DATA.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
