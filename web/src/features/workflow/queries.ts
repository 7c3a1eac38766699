// The review workflow's reads and writes as query hooks; its keys live here and nowhere else. A command
// answers with the document's new review state, which replaces the cached one; the inbox reloads.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../shared/api/query';
import { workflowApi, type ChainDefinition, type DocumentKind, type WorkflowView } from './api';

export const workflowKeys = {
  all: ['workflow'] as const,
  view: (documentId: string) => [...workflowKeys.all, 'view', documentId] as const,
  inbox: () => [...workflowKeys.all, 'inbox'] as const,
  notifications: () => [...workflowKeys.all, 'notifications'] as const,
  chains: (orgId: string) => [...workflowKeys.all, 'chains', orgId] as const,
};

const POLL_MS = 15_000;

/**
 * The review state of a document. `refreshKey` changes when the page saved the document itself (its
 * saves move the workflow's version): the state is asked again, the previous one shown meanwhile.
 */
export function useWorkflowView(documentId: string, refreshKey?: string | number) {
  return useQuery({
    queryKey: [...workflowKeys.view(documentId), refreshKey ?? null],
    queryFn: ({ signal }) => workflowApi.view(documentId, signal),
    placeholderData: keepPreviousData,
  });
}

/** Sends one command; the answer is the document's review state. A 412 reloads it. */
export function useWorkflowCommand(documentId: string, refreshKey?: string | number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<WorkflowView>) => send(),
    onSuccess: (view) => qc.setQueryData([...workflowKeys.view(documentId), refreshKey ?? null], view),
    onError: (err) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: workflowKeys.view(documentId) });
    },
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: workflowKeys.inbox() }),
        qc.invalidateQueries({ queryKey: workflowKeys.notifications() }),
      ]),
  });
}

/** 待办 / 已办 / 我发起的. `poll`: asked again every 15 s and when the window gets the focus (the header). */
export function useInbox(poll = false) {
  return useQuery({
    queryKey: workflowKeys.inbox(),
    queryFn: ({ signal }) => workflowApi.inbox(signal),
    ...(poll ? { refetchInterval: POLL_MS, refetchOnWindowFocus: true, meta: { silent: true } } : {}),
  });
}

/** The unread notifications, polled with the inbox; a failed poll shows nothing (the next one retries). */
export function useNotifications() {
  return useQuery({
    queryKey: workflowKeys.notifications(),
    queryFn: () => workflowApi.notifications().then((r) => r.items),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    meta: { silent: true },
  });
}

export function useMarkRead() {
  return useMutation({ mutationFn: (ids: string[]) => workflowApi.markRead(ids) });
}

export function useChains(orgId: string | null) {
  return useQuery({
    queryKey: workflowKeys.chains(orgId ?? ''),
    queryFn: ({ signal }) => workflowApi.chains(orgId!, signal),
    enabled: orgId !== null,
  });
}

export function useSaveChain(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: { kind: DocumentKind; chain: ChainDefinition; version: number | null }) =>
      workflowApi.saveChain(orgId, i.kind, i.chain, i.version),
    onSuccess: (chains) => qc.setQueryData(workflowKeys.chains(orgId), chains),
    onError: (err) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: workflowKeys.chains(orgId) });
    },
  });
}

export function useDeleteChain(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: { kind: DocumentKind; version: number }) =>
      workflowApi.deleteChain(orgId, i.kind, i.version),
    onSuccess: (chains) => qc.setQueryData(workflowKeys.chains(orgId), chains),
    onError: (err) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: workflowKeys.chains(orgId) });
    },
  });
}
