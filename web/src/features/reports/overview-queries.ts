// The overview's data: one query per organisation, year and filter set (kept while the page is open).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { overviewApi, type OverviewParams } from './overview-api';

export const overviewKeys = {
  all: ['reports', 'overview'] as const,
  of: (p: OverviewParams) => [...overviewKeys.all, p] as const,
};

export function useOverview(p: OverviewParams | null) {
  return useQuery({
    queryKey: p ? overviewKeys.of(p) : overviewKeys.all,
    queryFn: () => overviewApi.get(p!),
    enabled: p !== null,
    placeholderData: keepPreviousData,
  });
}
