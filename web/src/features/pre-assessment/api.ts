// Calls and shapes of the 事前绩效评估 feature (/api/pre-assessments); submitting and reviewing go through
// the workflow's own calls (WorkflowPanel).
import { api } from '../../shared/api/client';
import type { ListResponse } from '../../shared/api/types';
import type { PreAssessmentDto } from '../../../../src/features/pre-assessment/pre-assessment-model.ts';
import type { PreAssessmentContent } from '../../../../src/domain/pre-assessment/index.ts';

export type PreAssessment = PreAssessmentDto;
export type { PreAssessmentContent };

const path = (id: string) => `/api/pre-assessments/${encodeURIComponent(id)}`;

export const preAssessmentApi = {
  list: (orgId: string, signal?: AbortSignal) =>
    api.get<ListResponse<PreAssessment>>('/api/pre-assessments', { orgId }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<PreAssessment>(path(id), undefined, signal),
  create: (projectId: string, idempotencyKey: string) =>
    api.post<PreAssessment>('/api/pre-assessments', { projectId }, idempotencyKey),
  save: (id: string, content: Partial<PreAssessmentContent> & { version: number }) =>
    api.put<PreAssessment>(path(id), content),
};
