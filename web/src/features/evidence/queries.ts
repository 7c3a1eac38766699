// The evidence feature's query keys and hooks: one list per owner (a project's includes its indicators'
// files), refreshed after every upload or removal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { evidenceApi, type EvidenceOwner } from './api';

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
    // The file itself is the request body; a repeated upload of the same file answers the stored one.
    mutationFn: (input: { file: File; indicatorId?: string }) =>
      evidenceApi.upload(owner, id, input.file, input.indicatorId),
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
