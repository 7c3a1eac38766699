// Calls and shapes of the evaluations feature (/api/evaluations, /api/score-sheets). Scores are decimal strings.
import { api } from '../../shared/api/client';
import type { ListResponse } from '../../shared/api/types';
import type { IndicatorTemplate } from '../../../../src/domain/indicators/index.ts';
import type { IndicatorInput } from '../../../../src/domain/scoring/index.ts';

export type SheetEntry = { score?: string; explanation?: string; problem?: string; suggestion?: string };

export type Sheet = {
  id: string;
  evaluatorId: string;
  evaluatorName: string;
  evaluatorTitle: string;
  evaluatorUnit: string;
  entries: Record<string, SheetEntry>;
  total: string | null;
  submitted: boolean;
  submittedAt: string | null;
  mine: boolean;
  version: number;
};

export type Disagreement = {
  sheet: string | null;
  indicatorId: string | null;
  what: string;
  label: string;
  given: string;
  computed: string;
  message: string;
};

export type Panel = {
  evaluators: Array<{
    sheetId: string;
    name: string;
    title: string;
    unit: string;
    total: string;
    base: string;
    grade: string;
  }>;
  total: string;
  base: string;
  grade: string;
  places: number;
  disagreements: Disagreement[];
};

export type Evaluation = {
  id: string;
  orgId: string;
  orgName: string;
  projectId: string | null;
  projectName: string | null;
  fiscalYear: number;
  title: string;
  templateRef: string;
  template: IndicatorTemplate;
  inputs: Record<string, IndicatorInput>;
  given: { final?: string; grade?: string } | null;
  version: number;
  sheets: Sheet[];
  result: {
    roundingText: string;
    disagreements: Disagreement[];
    excluded: Array<{ id: string; name: string; weight: string; reason?: string }>;
  };
  panel: Panel | null;
};

export type EvaluationListItem = {
  id: string;
  orgName: string;
  projectId: string | null;
  projectName: string | null;
  kind: 'project' | 'department';
  fiscalYear: number;
  title: string;
  templateName: string;
  sheets: number;
  submitted: number;
  base: string | null;
  grade: string | null;
};

/** What the user writes in the 自评报告 (every field optional; figures are computed, never written here). */
export type ReportNarrative = {
  preamble?: string;
  overview?: string;
  implementation?: string;
  fundsExplanation?: string;
  organisation?: string;
  method?: string;
  conclusion?: string;
  analysis?: Record<string, string>;
  outcomes?: string;
  problems?: string[];
  suggestions?: string[];
  signedBy?: string;
  date?: string;
};

export type Report = {
  evaluationId: string;
  /** 0 while nothing has been saved. */
  version: number;
  narrative: ReportNarrative;
  /** What the document prints for a section left empty (from the goals and the evaluators' sheets). */
  derived: {
    overview?: string;
    implementation?: string;
    organisation?: string;
    problems: string[];
    suggestions: string[];
  };
  analysisSections: Array<{ name: string; weight: string }>;
  updatedAt: string | null;
  updatedBy: string | null;
};

const evPath = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;
const sheetPath = (id: string) => `/api/score-sheets/${encodeURIComponent(id)}`;

export const evaluationsApi = {
  list: (orgId: string, signal?: AbortSignal) =>
    api.get<ListResponse<EvaluationListItem>>('/api/evaluations', { orgId }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Evaluation>(evPath(id), undefined, signal),
  create: (
    input: {
      orgId: string;
      projectId: string | null;
      templateId: string;
      title?: string;
      fiscalYear?: number;
    },
    key: string,
  ) => api.post<Evaluation>('/api/evaluations', input, key),
  saveInputs: (
    id: string,
    inputs: Record<string, IndicatorInput>,
    version: number,
    reasons?: Record<string, string>,
  ) => api.put<Evaluation>(`${evPath(id)}/inputs`, { inputs, version, ...(reasons ? { reasons } : {}) }),
  startSheet: (id: string, key: string) => api.post<Evaluation>(`${evPath(id)}/sheets`, {}, key),
  saveSheet: (id: string, entries: Record<string, SheetEntry>, total: string | null, version: number) =>
    api.put<Evaluation>(sheetPath(id), { entries, total, version }),
  submitSheet: (id: string, version: number) => api.post<Evaluation>(`${sheetPath(id)}/submit`, { version }),
  withdrawSheet: (id: string, version: number) =>
    api.post<Evaluation>(`${sheetPath(id)}/withdraw`, { version }),
  report: (id: string, signal?: AbortSignal) => api.get<Report>(`${evPath(id)}/report`, undefined, signal),
  saveReport: (id: string, narrative: ReportNarrative, version: number) =>
    api.put<Report>(`${evPath(id)}/report`, { narrative, version }),
};
