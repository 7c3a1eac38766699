// Calls of the organisations feature.
import { api } from '../../shared/api/client';
import type { ListResponse, Org, OrgKind } from '../../shared/api/types';

export const orgApi = {
  list: () => api.get<ListResponse<Org>>('/api/orgs'),
  create: (input: { parentId: string; code: string; name: string; kind: OrgKind }, idempotencyKey: string) =>
    api.post<Org>('/api/orgs', input, idempotencyKey),
  update: (id: string, input: { name?: string; code?: string; version: number }) =>
    api.patch<Org>(`/api/orgs/${encodeURIComponent(id)}`, input),
};
