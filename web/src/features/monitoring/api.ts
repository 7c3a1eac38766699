// Calls and shapes of the monitoring module. The server's DTOs are imported as types only.
import { api } from '../../shared/api/client';
import type { ListResponse } from '../../shared/api/types';
import type { ReportDto, RoundDto } from '../../../../src/features/monitoring/report-dto.ts';
import type { RoundListItem } from '../../../../src/features/monitoring/list-rounds.ts';
import type { ReportProject } from '../../../../src/features/monitoring/monitoring.schema.ts';
import type { RectificationDto } from '../../../../src/features/rectification/rectification-dto.ts';
import type { ResultItem } from '../../../../src/features/results/list-results.ts';
import type { RectificationCandidate } from '../../../../src/features/rectification/list-candidates.ts';

export type { RectificationCandidate };
export type { ReportDto, RoundDto, RoundListItem, ReportProject, RectificationDto, ResultItem };

const id = (x: string) => encodeURIComponent(x);

export const monitoringApi = {
  rounds: (orgId: string) => api.get<ListResponse<RoundListItem>>('/api/monitoring/rounds', { orgId }),
  round: (roundId: string) =>
    api.get<{ round: RoundDto; reports: ReportDto[] }>(`/api/monitoring/rounds/${id(roundId)}`),
  openRound: (
    input: {
      orgId: string;
      fiscalYear: number;
      month: number;
      dueDate: string;
      title?: string;
      rulesId?: string;
    },
    key: string,
  ) => api.post<{ round: RoundDto; reports: ReportDto[] }>('/api/monitoring/rounds', input, key),
  report: (reportId: string) => api.get<ReportDto>(`/api/monitoring/reports/${id(reportId)}`),
  save: (reportId: string, projects: ReportProject[], version: number) =>
    api.put<ReportDto>(`/api/monitoring/reports/${id(reportId)}`, { projects, version }),
  submit: (reportId: string, version: number) =>
    api.post<ReportDto>(`/api/monitoring/reports/${id(reportId)}/submit`, { version }),
  approve: (reportId: string, version: number) =>
    api.post<ReportDto>(`/api/monitoring/reports/${id(reportId)}/approve`, { version }),
  returnIt: (reportId: string, version: number, reason: string) =>
    api.post<ReportDto>(`/api/monitoring/reports/${id(reportId)}/return`, { version, reason }),

  rectifications: (orgId: string) =>
    api.get<ListResponse<RectificationDto>>('/api/rectifications', { orgId }),
  candidates: (orgId: string) =>
    api.get<ListResponse<RectificationCandidate>>('/api/rectifications/candidates', { orgId }),
  raise: (input: Record<string, unknown>, key: string) =>
    api.post<RectificationDto>('/api/rectifications', input, key),
  updateRectification: (itemId: string, version: number, measures: string, result: string) =>
    api.put<RectificationDto>(`/api/rectifications/${id(itemId)}`, { version, measures, result }),
  complete: (itemId: string, version: number) =>
    api.post<RectificationDto>(`/api/rectifications/${id(itemId)}/complete`, { version }),
  confirm: (itemId: string, version: number) =>
    api.post<RectificationDto>(`/api/rectifications/${id(itemId)}/confirm`, { version }),
  reject: (itemId: string, version: number, reason: string) =>
    api.post<RectificationDto>(`/api/rectifications/${id(itemId)}/reject`, { version, reason }),

  results: (orgId: string, year: number) =>
    api.get<ListResponse<ResultItem>>('/api/results', { orgId, year }),
  confirmRecommendation: (
    evaluationId: string,
    input: { version: number; recommendation: string; proposedBudget: string | null; reason: string },
  ) => api.put<ResultItem>(`/api/results/${id(evaluationId)}`, input),
  documentUrl: (
    reportId: string,
    kind: 'report' | 'project-sheet',
    format: 'docx' | 'pdf',
    project?: number,
  ) =>
    `/api/monitoring/reports/${id(reportId)}/document?kind=${kind}&format=${format}${project === undefined ? '' : `&project=${project}`}`,
  roundDocumentUrl: (roundId: string, format: 'docx' | 'pdf') =>
    `/api/monitoring/rounds/${id(roundId)}/document?format=${format}`,
  exportUrl: (orgId: string, year: number) => `/api/results/export?orgId=${id(orgId)}&year=${year}`,
};
