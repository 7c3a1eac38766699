// Calls and shapes of the goals feature (/api/projects). Money is a decimal string (万元) both ways.
import { api } from '../../shared/api/client';
import type { ListResponse } from '../../shared/api/types';
import type { GradeStandards, IndicatorDirection } from '../../../../src/domain/indicators/index.ts';
import type { ProjectDto } from '../../../../src/features/goals/project-dto.ts';
import type { ProjectListItem } from '../../../../src/features/goals/list-projects.ts';

export type IndicatorRow = {
  /** The indicator's stable identity (sent back as it came; a new row has none until saved). */
  id?: string;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  standards: GradeStandards | null;
  actual: string;
  deviationReason: string;
  improvement: string;
  /** 指标方向 (null = read from the 预期指标值), 计量单位, 计分规则, 指标库编码 (picked from the 指标库). */
  direction?: IndicatorDirection | null;
  unit?: string;
  scoringRule?: string;
  libraryCode?: string | null;
};

// The server's DTOs, type-only (erased at build time), so the shapes cannot drift apart.
export type Project = ProjectDto;
export type { ProjectListItem };
export type ProjectDetail = Project & { indicators: Array<IndicatorRow & { id: string }> };

export type ProjectFields = Pick<
  Project,
  'name' | 'budgetFiscal' | 'budgetOther' | 'executedFiscal' | 'executedOther' | 'goalExpected' | 'goalActual'
>;

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const goalsApi = {
  list: (orgId: string, signal?: AbortSignal) =>
    api.get<ListResponse<ProjectListItem>>('/api/projects', { orgId }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ProjectDetail>(path(id), undefined, signal),
  create: (input: ProjectFields & { orgId: string; fiscalYear: number }, idempotencyKey: string) =>
    api.post<ProjectDetail>('/api/projects', input, idempotencyKey),
  update: (id: string, input: Partial<ProjectFields> & { version: number }) =>
    api.patch<ProjectDetail>(path(id), input),
  saveIndicators: (id: string, indicators: IndicatorRow[], version: number) =>
    api.put<ProjectDetail>(`${path(id)}/indicators`, { indicators, version }),
};
