// Calls of the audit log feature.
import { api } from '../../shared/api/client';
import type { AuditEntry, ListResponse } from '../../shared/api/types';

export const auditApi = {
  list: (limit: number, before?: number) =>
    api.get<ListResponse<AuditEntry>>('/api/audit', { limit, before }),
};
