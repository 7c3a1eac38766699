// The evaluations feature's reads and writes as query hooks; its keys live here and nowhere else. Every
// write of an evaluation (facts, score sheets) answers with the whole evaluation, which replaces the
// cached one; a 412 loads it again (the caller shows the server's message).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../../shared/api/client';
import { isStale } from '../../shared/api/query';
import type { IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import { evaluationsApi, type Evaluation, type ReportNarrative, type SheetEntry } from './api';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  lists: () => [...evaluationKeys.all, 'list'] as const,
  list: (orgId: string) => [...evaluationKeys.lists(), orgId] as const,
  detail: (id: string) => [...evaluationKeys.all, 'detail', id] as const,
  report: (id: string) => [...evaluationKeys.all, 'report', id] as const,
};

export function useEvaluations(orgId: string | null) {
  return useQuery({
    queryKey: evaluationKeys.list(orgId ?? ''),
    queryFn: ({ signal }) => evaluationsApi.list(orgId!, signal).then((r) => r.items),
    enabled: orgId !== null,
  });
}

/** One evaluation. Not kept after the page closes: the score sheet always starts from the server. */
export function useEvaluation(id: string) {
  return useQuery({
    queryKey: evaluationKeys.detail(id),
    queryFn: ({ signal }) => evaluationsApi.get(id, signal),
    gcTime: 0,
  });
}

export function useCreateEvaluation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      orgId: string;
      projectId: string | null;
      templateId: string;
      title?: string;
      fiscalYear?: number;
    }) => evaluationsApi.create(input, newIdempotencyKey()),
    // The new evaluation's page loads it itself (see useCreateProject).
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluationKeys.lists() }),
  });
}

/** A write answered by the whole evaluation: the answer replaces the cached one, the lists reload. */
function useEvaluationWrite<I extends { evaluationId: string }>(write: (input: I) => Promise<Evaluation>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (ev) => qc.setQueryData(evaluationKeys.detail(ev.id), ev),
    onError: (err, input) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: evaluationKeys.detail(input.evaluationId) });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: evaluationKeys.lists() }),
  });
}

export function useSaveInputs() {
  return useEvaluationWrite(
    (i: {
      evaluationId: string;
      inputs: Record<string, IndicatorInput>;
      version: number;
      /** 修改原因 of prefilled figures changed (usePrefill). */
      reasons?: Record<string, string>;
    }) => evaluationsApi.saveInputs(i.evaluationId, i.inputs, i.version, i.reasons),
  );
}

export function useStartSheet() {
  return useEvaluationWrite((i: { evaluationId: string }) =>
    evaluationsApi.startSheet(i.evaluationId, newIdempotencyKey()),
  );
}

export function useSaveSheet() {
  return useEvaluationWrite(
    (i: { evaluationId: string; sheetId: string; entries: Record<string, SheetEntry>; version: number }) =>
      evaluationsApi.saveSheet(i.sheetId, i.entries, null, i.version),
  );
}

/** Saves what is on screen, then submits that version of the sheet. */
export function useSubmitSheet() {
  const qc = useQueryClient();
  return useEvaluationWrite(
    async (i: {
      evaluationId: string;
      sheetId: string;
      entries: Record<string, SheetEntry>;
      version: number;
    }) => {
      const saved = await evaluationsApi.saveSheet(i.sheetId, i.entries, null, i.version);
      qc.setQueryData(evaluationKeys.detail(saved.id), saved);
      const version = saved.sheets.find((s) => s.id === i.sheetId)!.version;
      return evaluationsApi.submitSheet(i.sheetId, version);
    },
  );
}

export function useWithdrawSheet() {
  return useEvaluationWrite((i: { evaluationId: string; sheetId: string; version: number }) =>
    evaluationsApi.withdrawSheet(i.sheetId, i.version),
  );
}

/** Load the evaluation again (after a review command changed it). */
export function useReloadEvaluation() {
  const qc = useQueryClient();
  return (id: string) => qc.invalidateQueries({ queryKey: evaluationKeys.detail(id) });
}

/** The texts of the 自评报告 (version 0 while nothing was saved). */
export function useReport(evaluationId: string) {
  return useQuery({
    queryKey: evaluationKeys.report(evaluationId),
    queryFn: ({ signal }) => evaluationsApi.report(evaluationId, signal),
    gcTime: 0,
  });
}

export function useSaveReport(evaluationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: { narrative: ReportNarrative; version: number }) =>
      evaluationsApi.saveReport(evaluationId, i.narrative, i.version),
    onSuccess: (r) => qc.setQueryData(evaluationKeys.report(evaluationId), r),
    onError: (err) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: evaluationKeys.report(evaluationId) });
    },
  });
}
