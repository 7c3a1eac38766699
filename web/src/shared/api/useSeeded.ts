// A local, editable copy of what a query delivered: seeded again each time the query delivers (the first
// load, a save's result put in the cache, a reload after a 412 or a review command) — what the pages did
// by hand with `accept(...)`. Between deliveries the copy is the user's, whatever the cache does.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

export function useSeeded<T, D>(
  data: T | undefined,
  updatedAt: number,
  seed: (data: T) => D,
): [D | null, Dispatch<SetStateAction<D | null>>] {
  const [state, setState] = useState<{ at: number; value: D | null }>(() =>
    data === undefined ? { at: -1, value: null } : { at: updatedAt, value: seed(data) },
  );
  const set = useCallback<Dispatch<SetStateAction<D | null>>>(
    (next) =>
      setState((s) => ({
        at: s.at,
        value: typeof next === 'function' ? (next as (v: D | null) => D | null)(s.value) : next,
      })),
    [],
  );
  if (data !== undefined && state.at !== updatedAt) {
    // Adjusting state while rendering (React's documented pattern for state derived from new props).
    const fresh = { at: updatedAt, value: seed(data) };
    setState(fresh);
    return [fresh.value, set];
  }
  return [state.value, set];
}
