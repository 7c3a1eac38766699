// The audit log as an infinite query per filter: newest first, 50 entries a page, the next page before
// the oldest seq; the action names for the filter.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { auditApi, type AuditFilters } from './api';

export const auditKeys = {
  all: ['audit'] as const,
  pages: (filters: AuditFilters) => [...auditKeys.all, 'pages', filters] as const,
  actions: () => [...auditKeys.all, 'actions'] as const,
};

export const AUDIT_PAGE = 50;

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.pages(filters),
    queryFn: ({ pageParam }) => auditApi.list(filters, AUDIT_PAGE, pageParam).then((r) => r.items),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) =>
      last.length === AUDIT_PAGE ? Math.min(...last.map((e) => e.seq)) : undefined,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: auditKeys.actions(),
    queryFn: () => auditApi.actions().then((r) => r.items),
    staleTime: Infinity,
  });
}
