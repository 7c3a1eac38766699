// Calls of the audit log feature.
import { api } from '../../shared/api/client';
import type { AuditEntry, ListResponse } from '../../shared/api/types';

/** 筛选条件: who (name or account), what (an action code or an area prefix such as `workflow.`), when, where. */
export type AuditFilters = { who?: string; action?: string; orgId?: string; from?: string; to?: string };

const clean = (f: AuditFilters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string
  >;

export const auditApi = {
  list: (filters: AuditFilters, limit: number, before?: number) =>
    api.get<ListResponse<AuditEntry>>('/api/audit', { ...clean(filters), limit, before }),
  actions: () => api.get<ListResponse<{ code: string; label: string }>>('/api/audit/actions'),
  exportUrl: (filters: AuditFilters) => {
    const qs = new URLSearchParams(clean(filters)).toString();
    return qs ? `/api/audit/export?${qs}` : '/api/audit/export';
  },
};
