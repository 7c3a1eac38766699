// Calls of the user administration feature.
import { api } from '../../shared/api/client';
import type { ListResponse, RoleGrant, User } from '../../shared/api/types';

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const userApi = {
  list: (orgId: string, signal?: AbortSignal) => api.get<ListResponse<User>>('/api/users', { orgId }, signal),
  create: (
    input: { username: string; displayName: string; orgId: string; password: string },
    idempotencyKey: string,
  ) => api.post<User>('/api/users', input, idempotencyKey),
  update: (id: string, input: { displayName?: string; version: number }) => api.patch<User>(path(id), input),
  disable: (id: string, version: number) => api.post<User>(`${path(id)}/disable`, { version }),
  enable: (id: string, version: number) => api.post<User>(`${path(id)}/enable`, { version }),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`${path(id)}/reset-password`, { newPassword }),
  setRoles: (id: string, roles: RoleGrant[], version: number) =>
    api.put<User>(`${path(id)}/roles`, { roles, version }),
};
