// The 事前绩效评估 feature's query keys and hooks. A save answers with the whole assessment, which
// replaces the cached one; a 412 reloads it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../../shared/api/client';
import { isStale } from '../../shared/api/query';
import { preAssessmentApi, type PreAssessment, type PreAssessmentContent } from './api';

export const preAssessmentKeys = {
  all: ['pre-assessments'] as const,
  lists: () => [...preAssessmentKeys.all, 'list'] as const,
  list: (orgId: string) => [...preAssessmentKeys.lists(), orgId] as const,
  detail: (id: string) => [...preAssessmentKeys.all, 'detail', id] as const,
};

export function usePreAssessments(orgId: string | null) {
  return useQuery({
    queryKey: preAssessmentKeys.list(orgId ?? ''),
    queryFn: ({ signal }) => preAssessmentApi.list(orgId!, signal).then((r) => r.items),
    enabled: orgId !== null,
  });
}

export function usePreAssessment(id: string) {
  return useQuery({
    queryKey: preAssessmentKeys.detail(id),
    queryFn: ({ signal }) => preAssessmentApi.get(id, signal),
    gcTime: 0,
  });
}

export function useReloadPreAssessment() {
  const qc = useQueryClient();
  return (id: string) => qc.invalidateQueries({ queryKey: preAssessmentKeys.detail(id) });
}

export function useCreatePreAssessment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) => preAssessmentApi.create(projectId, newIdempotencyKey()),
    onSuccess: (pa) => qc.setQueryData(preAssessmentKeys.detail(pa.id), pa),
    onSettled: () => qc.invalidateQueries({ queryKey: preAssessmentKeys.lists() }),
  });
}

export function useSavePreAssessment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: { id: string; content: Partial<PreAssessmentContent>; version: number }) =>
      preAssessmentApi.save(i.id, { ...i.content, version: i.version }),
    onSuccess: (pa: PreAssessment) => qc.setQueryData(preAssessmentKeys.detail(pa.id), pa),
    onError: (err, input) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: preAssessmentKeys.detail(input.id) });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: preAssessmentKeys.lists() }),
  });
}
