// A local, editable copy of what a query delivered: seeded again each time the query delivers new content (the
// first load, a save's result put in the cache, a reload after a 412 or a review command) — what the pages did
// by hand with `accept(...)`. Between deliveries the copy is the user's, whatever the cache does.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A delivery that seeds the same draft as the one before (a refetch of a record nobody changed: on focus, or
 * after another query's save invalidated it) keeps what the user typed meanwhile — a refetch landing while
 * the user types would otherwise wipe the fields typed so far.
 */
export function useSeeded<T, D>(
  data: T | undefined,
  updatedAt: number,
  seed: (data: T) => D,
): [D | null, Dispatch<SetStateAction<D | null>>] {
  const [state, setState] = useState<{ at: number; base: string; value: D | null }>(() =>
    data === undefined
      ? { at: -1, base: '', value: null }
      : { at: updatedAt, base: JSON.stringify(seed(data)), value: seed(data) },
  );
  const set = useCallback<Dispatch<SetStateAction<D | null>>>(
    (next) =>
      setState((s) => ({
        ...s,
        value: typeof next === 'function' ? (next as (v: D | null) => D | null)(s.value) : next,
      })),
    [],
  );
  if (data !== undefined && state.at !== updatedAt) {
    // Adjusting state while rendering (React's documented pattern for state derived from new props).
    const value = seed(data);
    const base = JSON.stringify(value);
    const fresh = base === state.base ? { ...state, at: updatedAt } : { at: updatedAt, base, value };
    setState(fresh);
    return [fresh.value, set];
  }
  return [state.value, set];
}
