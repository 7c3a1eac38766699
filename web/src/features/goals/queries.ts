// The goals feature's reads and writes as query hooks; its keys live here and nowhere else.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../../shared/api/client';
import { isStale } from '../../shared/api/query';
import { goalsApi, type IndicatorRow, type ProjectDetail, type ProjectFields } from './api';

export const goalKeys = {
  all: ['goals'] as const,
  lists: () => [...goalKeys.all, 'list'] as const,
  list: (orgId: string) => [...goalKeys.lists(), orgId] as const,
  detail: (id: string) => [...goalKeys.all, 'detail', id] as const,
};

/** The projects of an organisation (and its subtree); nothing is asked while `orgId` is null. */
export function useProjects(orgId: string | null, enabled = true) {
  return useQuery({
    queryKey: goalKeys.list(orgId ?? ''),
    queryFn: ({ signal }) => goalsApi.list(orgId!, signal).then((r) => r.items),
    enabled: enabled && orgId !== null,
  });
}

/** One project with its goal table. Not kept after the page closes: an editor always starts from the server. */
export function useProject(id: string) {
  return useQuery({
    queryKey: goalKeys.detail(id),
    queryFn: ({ signal }) => goalsApi.get(id, signal),
    gcTime: 0,
  });
}

export function useCreateProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { orgId: string; fiscalYear: number; name: string }) =>
      goalsApi.create(
        {
          ...input,
          budgetFiscal: '0',
          budgetOther: '0',
          executedFiscal: '0',
          executedOther: '0',
          goalExpected: '',
          goalActual: '',
        },
        newIdempotencyKey(),
      ),
    // The new project's page loads it itself: a copy put in the cache here would be replaced by that load
    // while the user is already typing.
    onSuccess: () => qc.invalidateQueries({ queryKey: goalKeys.lists() }),
  });
}

export type SaveProjectInput = {
  project: ProjectDetail;
  fields: ProjectFields;
  indicators: IndicatorRow[];
};

/**
 * Saves the project's fields (only when changed) and then its goal table, each under the version the
 * previous write returned. On success the page shows what the server stored; on a 412 the project is
 * loaded again and the caller shows the server's message.
 */
export function useSaveProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ project, fields, indicators }: SaveProjectInput) => {
      let version = project.version;
      const changed = (Object.keys(fields) as Array<keyof ProjectFields>).some(
        (k) => fields[k] !== project[k],
      );
      if (changed) version = (await goalsApi.update(project.id, { ...fields, version })).version;
      return goalsApi.saveIndicators(project.id, indicators, version);
    },
    onSuccess: (p) => qc.setQueryData(goalKeys.detail(p.id), p),
    onError: (err, { project }) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: goalKeys.detail(project.id) });
    },
    // The list shows totals and indicator counts; a half-done save (fields written, table refused) too.
    onSettled: () => qc.invalidateQueries({ queryKey: goalKeys.lists() }),
  });
}

/** Load the project again (after a review command changed it). */
export function useReloadProject() {
  const qc = useQueryClient();
  return (id: string) => qc.invalidateQueries({ queryKey: goalKeys.detail(id) });
}
