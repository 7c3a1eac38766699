// The organisations' reads and writes as query hooks; their keys live here and nowhere else.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Org, OrgKind } from '../../shared/api/types';
import { orgApi } from './api';

export const orgKeys = {
  all: ['orgs'] as const,
  list: () => [...orgKeys.all, 'list'] as const,
};

/** Every organisation this user can see (the tree is built from it). */
export function useOrgList(enabled = true) {
  return useQuery({
    queryKey: orgKeys.list(),
    queryFn: () => orgApi.list().then((r) => r.items),
    enabled,
    // The shell shows its own message for a failed load (the tree panel, the organisations page).
    meta: { silent: true },
  });
}

export type OrgWrite =
  | { mode: 'create'; parentId: string; code: string; name: string; kind: OrgKind; idempotencyKey: string }
  | { mode: 'rename'; id: string; code: string; name: string; version: number };

/** Creates a child organisation or renames one; the list reloads either way (a 412 included). */
export function useSaveOrg() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (w: OrgWrite): Promise<Org> =>
      w.mode === 'create'
        ? orgApi.create({ parentId: w.parentId, code: w.code, name: w.name, kind: w.kind }, w.idempotencyKey)
        : orgApi.update(w.id, { name: w.name, code: w.code, version: w.version }),
    onSettled: () => qc.invalidateQueries({ queryKey: orgKeys.list() }),
  });
}
