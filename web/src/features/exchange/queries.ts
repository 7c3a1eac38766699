// The exchange page's mutations: a preview changes nothing; a commit changes projects, monitoring and
// results, so every cached list of them is refreshed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { exchangeApi, type ImportBody } from './api';

export function usePreviewImport() {
  return useMutation({ mutationFn: exchangeApi.preview });
}

export function useCommitImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBody & { planHash: string }) => exchangeApi.commit(body),
    onSuccess: () => qc.invalidateQueries(),
  });
}
