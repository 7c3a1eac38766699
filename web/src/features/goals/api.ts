// Calls and shapes of the goals feature (/api/projects). Money is a decimal string (万元) both ways.
import { api } from '../../shared/api/client';
import type { ListResponse } from '../../shared/api/types';
import type { GradeStandards } from '../../../../src/domain/indicators/index.ts';

export type IndicatorRow = {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  standards: GradeStandards | null;
  actual: string;
  deviationReason: string;
  improvement: string;
};

export type Project = {
  id: string;
  orgId: string;
  fiscalYear: number;
  name: string;
  budgetFiscal: string;
  budgetOther: string;
  budgetTotal: string;
  executedFiscal: string;
  executedOther: string;
  executedTotal: string;
  executionRate: string | null;
  goalExpected: string;
  goalActual: string;
  version: number;
  updatedAt: string;
};

export type ProjectListItem = Project & { orgName: string; indicatorCount: number };
export type ProjectDetail = Project & { indicators: Array<IndicatorRow & { id: string }> };

export type ProjectFields = Pick<Project, 'name' | 'budgetFiscal' | 'budgetOther' | 'executedFiscal' | 'executedOther' | 'goalExpected' | 'goalActual'>;

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const goalsApi = {
  list: (orgId: string, signal?: AbortSignal) => api.get<ListResponse<ProjectListItem>>('/api/projects', { orgId }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ProjectDetail>(path(id), undefined, signal),
  create: (input: ProjectFields & { orgId: string; fiscalYear: number }, idempotencyKey: string) =>
    api.post<ProjectDetail>('/api/projects', input, idempotencyKey),
  update: (id: string, input: Partial<ProjectFields> & { version: number }) => api.patch<ProjectDetail>(path(id), input),
  saveIndicators: (id: string, indicators: IndicatorRow[], version: number) =>
    api.put<ProjectDetail>(`${path(id)}/indicators`, { indicators, version }),
};
