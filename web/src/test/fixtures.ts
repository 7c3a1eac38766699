// Server answers for component tests, typed by the server's own DTOs (type-only imports) so a change of
// shape on the server breaks the tests at compile time.
import type { ProjectDetailDto, IndicatorDto } from '../../../src/features/goals/project-dto.ts';
import type { ProjectListItem } from '../../../src/features/goals/list-projects.ts';
import type { IndicatorTemplate } from '../../../src/domain/indicators/index.ts';
import type { Evaluation, Sheet } from '../features/evaluations/api';
import type { WorkflowView } from '../features/workflow/api';
import { ORG } from './render';

const computed: IndicatorDto['computed'] = {
  status: 'empty',
  level: null,
  completionRate: null,
  deviation: null,
  message: '尚未填写实际完成值。',
};

export function indicator(over: Partial<IndicatorDto> = {}): IndicatorDto {
  return {
    id: 'ind-1',
    position: 0,
    level1: '产出指标',
    level2: '数量指标',
    level3: '培训人次',
    target: '≥200人次',
    standards: null,
    actual: '',
    deviationReason: '',
    improvement: '',
    computed,
    ...over,
  };
}

export function project(over: Partial<ProjectDetailDto> = {}): ProjectDetailDto {
  return {
    id: 'p-1',
    orgId: ORG.id,
    fiscalYear: 2024,
    name: '业务培训项目',
    budgetFiscal: '100',
    budgetOther: '0',
    budgetTotal: '100',
    executedFiscal: '80',
    executedOther: '0',
    executedTotal: '80',
    executionRate: '80',
    goalExpected: '完成年度培训任务',
    goalActual: '',
    version: 3,
    updatedAt: '2025-01-10T08:00:00.000Z',
    indicators: [indicator()],
    ...over,
  };
}

export function listItem(p: ProjectDetailDto): ProjectListItem {
  const { indicators, ...rest } = p;
  return { ...rest, orgName: ORG.name, indicatorCount: indicators.length };
}

/** A document's review state with nothing under way (draft, no chain, no buttons). */
export function draftView(id: string, kind: WorkflowView['kind'] = 'project_goals'): WorkflowView {
  return {
    id,
    kind,
    kindLabel: '项目绩效目标',
    title: '业务培训项目',
    orgId: ORG.id,
    status: 'draft',
    statusLabel: '草稿',
    version: 1,
    documentVersion: 1,
    chain: null,
    chainProblems: [],
    chainInherited: null,
    submitter: null,
    submittedAt: null,
    current: null,
    me: { userId: 'user-1', position: '' },
    actions: [],
    returnTargets: [],
    delegateCandidates: [],
    editScope: { mode: 'all' },
    timeline: [],
    frozen: [],
  };
}

/** A small indicator system: one manual indicator (60) and one scored from 实际 / 目标 (40). */
export const template: IndicatorTemplate = {
  id: 'test-project',
  name: '测试指标体系',
  kind: 'project',
  version: 1,
  grades: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
  rounding: { mode: 'exact', places: 2 },
  indicators: [
    {
      id: 'outcome',
      name: '项目绩效',
      weight: '100',
      children: [
        { id: 'plan', name: '计划管理', weight: '60', rule: { kind: 'manual' } },
        {
          id: 'output',
          name: '产出数量',
          weight: '40',
          rule: { kind: 'ratio', basis: 'actual-over-target' },
          ruleText: '完成率×分值',
        },
      ],
    },
  ],
};

export function sheet(over: Partial<Sheet> = {}): Sheet {
  return {
    id: 's-1',
    evaluatorId: 'user-1',
    evaluatorName: '评价人甲',
    evaluatorTitle: '',
    evaluatorUnit: '',
    entries: {},
    total: null,
    submitted: false,
    submittedAt: null,
    mine: true,
    version: 1,
    ...over,
  };
}

export function evaluation(over: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'ev-1',
    orgId: ORG.id,
    orgName: ORG.name,
    projectId: null,
    projectName: null,
    fiscalYear: 2024,
    title: '业务培训项目绩效自评',
    templateRef: 'test-project@1',
    template,
    inputs: {},
    given: null,
    version: 1,
    sheets: [sheet()],
    result: { roundingText: '精确计算', disagreements: [], excluded: [] },
    panel: null,
    ...over,
  };
}
