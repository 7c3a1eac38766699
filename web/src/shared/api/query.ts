// The data layer: TanStack Query over the one fetch helper (client.ts keeps the CSRF header and turns
// every failure into an ApiError with a Chinese message). Pages read through the query hooks of their
// feature (`features/<feature>/queries.ts`), never with useEffect + fetch.
//
// Defaults keep the behaviour of the hand-written loaders they replace: a page loads when it mounts or
// its key changes, and again only when a mutation invalidates it — no refetch on window focus or
// reconnect, which would overwrite what a user is typing. A failed read is shown once (Chinese message,
// through `onError`); a read the server refused (4xx/5xx) is not retried, a lost connection once.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

declare module '@tanstack/react-query' {
  interface Register {
    /** `silent`: the caller handles the failure itself (a background poll shows nothing). */
    queryMeta: { silent?: boolean };
  }
}

/** A 412: the row version sent is not the current one; the server's message says so in Chinese. */
export function isStale(err: unknown): err is ApiError {
  return err instanceof ApiError && err.status === 412;
}

const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';

export function createQueryClient(onError: (err: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (!query.meta?.silent && !isAbort(err)) onError(err);
      },
    }),
    // Mutations report their own failures (a dialog's alert, or a message): nothing global here.
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: {
        retry: (failures, err) => !(err instanceof ApiError && err.status > 0) && failures < 1,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}
