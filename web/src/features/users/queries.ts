// User administration's reads and writes as query hooks; its keys live here and nowhere else. Every write
// answers with the user, who replaces the row in the cached lists; the lists reload after a create or a 412.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isStale } from '../../shared/api/query';
import type { RoleGrant, User } from '../../shared/api/types';
import { userApi } from './api';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (orgId: string) => [...userKeys.lists(), orgId] as const,
};

/** The users of an organisation and its subtree. */
export function useUsers(orgId: string | null) {
  return useQuery({
    queryKey: userKeys.list(orgId ?? ''),
    queryFn: ({ signal }) => userApi.list(orgId!, signal).then((r) => r.items),
    enabled: orgId !== null,
  });
}

function replaceInLists(qc: QueryClient, u: User) {
  qc.setQueriesData<User[]>({ queryKey: userKeys.lists() }, (list) =>
    list?.map((x) => (x.id === u.id ? u : x)),
  );
}

/** A write answered by the user: the row changes in place; a 412 reloads the lists. */
function useUserWrite<I>(write: (input: I) => Promise<User>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (u) => replaceInLists(qc, u),
    onError: (err) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}

/** Disables an enabled user, enables a disabled one. */
export function useToggleUser() {
  return useUserWrite((u: User) =>
    u.disabled ? userApi.enable(u.id, u.version) : userApi.disable(u.id, u.version),
  );
}

export function useSetRoles() {
  return useUserWrite((i: { user: User; roles: RoleGrant[] }) =>
    userApi.setRoles(i.user.id, i.roles, i.user.version),
  );
}

/** Creates a user; `idempotencyKey` is one per opening of the form, so a retry creates the user once. */
export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: {
      input: { username: string; displayName: string; orgId: string; password: string };
      idempotencyKey: string;
    }) => userApi.create(i.input, i.idempotencyKey),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (i: { userId: string; newPassword: string }) =>
      userApi.resetPassword(i.userId, i.newPassword),
  });
}
