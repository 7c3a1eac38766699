// The evidence feature's query keys and hooks: one list per owner (a project's includes its indicators'
// files), refreshed after every upload or removal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../../shared/api/client';
import { evidenceApi, fileToBase64, type EvidenceOwner } from './api';

export const evidenceKeys = {
  all: ['evidence'] as const,
  list: (owner: EvidenceOwner, id: string) => [...evidenceKeys.all, owner, id] as const,
};

export function useEvidence(owner: EvidenceOwner, id: string) {
  return useQuery({
    queryKey: evidenceKeys.list(owner, id),
    queryFn: ({ signal }) => evidenceApi.list(owner, id, signal),
  });
}

export function useUploadEvidence(owner: EvidenceOwner, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { file: File; indicatorId?: string }) =>
      evidenceApi.upload(
        owner,
        id,
        {
          fileName: input.file.name,
          contentBase64: await fileToBase64(input.file),
          ...(input.indicatorId ? { indicatorId: input.indicatorId } : {}),
        },
        newIdempotencyKey(),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: evidenceKeys.list(owner, id) }),
  });
}

export function useRemoveEvidence(owner: EvidenceOwner, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => evidenceApi.remove(fileId),
    onSettled: () => qc.invalidateQueries({ queryKey: evidenceKeys.list(owner, id) }),
  });
}
