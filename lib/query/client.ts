// One QueryClient per server request, one for the browser's lifetime (TanStack's App Router pattern).
import { defaultShouldDehydrateQuery, isServer, QueryClient } from '@tanstack/react-query';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Server-prefetched data is fresh on arrival; do not refetch it at once. On the server a query is only ever
      // the page's prefetch: one that failed is tried again in the browser, never with the browser's queryFn (a
      // fetch of our own API by a relative URL) on the server.
      queries: { staleTime: 60_000, retry: isServer ? false : 1 },
      dehydrate: { shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === 'pending' },
    },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
