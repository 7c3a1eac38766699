// Calls of the auth feature.
import { api } from '../../shared/api/client';
import type { SessionPayload } from '../../shared/api/types';

export const authApi = {
  me: () => api.get<SessionPayload>('/api/auth/me'),
  login: (username: string, password: string) =>
    api.post<SessionPayload>('/api/auth/login', { username, password }),
  logout: () => api.post<void>('/api/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/auth/password', { currentPassword, newPassword }),
};
