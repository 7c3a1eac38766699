/**
 * The chains the seeds describe, shipped as presets an administrator can assign or copy.
 *
 * 002 (江苏省商务厅信息中心): 经办人打分 (a deduction must carry 存在问题 and 有关建议) → 主任审核 → 财务处经办人
 * 审核 → 分管处长审核 → 处长审核; the 评分表 and 评价报告 compiled from the frozen result then go to the
 * 厅领导. The 经办人's scoring is the originator's node (the submission); the four reviews are the steps,
 * and each reviewer may adjust a score and its 存在问题 / 有关建议, which history records against them.
 *
 * 004 (海南省商务厅): a panel of 评价人员 each scores independently (two in the seed: 99 and 98, averaged to
 * 98.5), then the 评价工作组组长 signs.
 */
import type { ChainDefinition, DocumentKind } from './types.ts';

/** Fields a reviewer of a score sheet may adjust: an indicator's score and its explanation. */
const SCORE_ADJUSTMENTS = [
  'scores.*.score',
  'scores.*.explanation',
  'scores.*.problems',
  'scores.*.suggestions',
];

export const PRESET_002_SELF_EVALUATION: ChainDefinition = {
  id: 'preset-002-self-evaluation',
  name: '部门整体支出绩效自评打分流程（江苏省商务厅信息中心）',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '经办人打分',
  steps: [
    {
      id: 'zr',
      name: '主任审核',
      assignee: { role: 'reviewer', position: '主任' },
      mode: 'single',
      deadlineDays: 3,
      editable: SCORE_ADJUSTMENTS,
    },
    {
      id: 'cwjbr',
      name: '财务处经办人审核',
      assignee: { role: 'reviewer', position: '财务处经办人' },
      mode: 'single',
      deadlineDays: 3,
      editable: SCORE_ADJUSTMENTS,
    },
    {
      id: 'fgcz',
      name: '分管处长审核',
      assignee: { role: 'reviewer', position: '分管处长' },
      mode: 'single',
      deadlineDays: 3,
      editable: SCORE_ADJUSTMENTS,
    },
    {
      id: 'cz',
      name: '处长审核',
      assignee: { role: 'reviewer', position: '处长' },
      mode: 'single',
      deadlineDays: 3,
      editable: SCORE_ADJUSTMENTS,
      opinionRequired: true,
    },
  ],
};

export const PRESET_004_PANEL: ChainDefinition = {
  id: 'preset-004-panel',
  name: '项目绩效评价工作组评分流程（海南省商务厅）',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '组织评价',
  steps: [
    {
      id: 'pj',
      name: '评价人员评分',
      assignee: { role: 'evaluator' },
      mode: 'panel',
      panelSize: 2,
      deadlineDays: 5,
      // Each evaluator fills in only their own sheet (004: 项目评分 99 and 98).
      editable: ['sheets.$self.**'],
    },
    {
      id: 'zz',
      name: '评价工作组组长审定',
      assignee: { position: '评价工作组组长' },
      mode: 'single',
      deadlineDays: 3,
      opinionRequired: true,
    },
  ],
};

/** A unit's project goals: the 主任 may correct a target value; the 处长 signs off with an opinion. */
export const PRESET_GOALS_REVIEW: ChainDefinition = {
  id: 'preset-goals-review',
  name: '项目绩效目标审核流程',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '经办人填报',
  steps: [
    {
      id: 'zr',
      name: '主任审核',
      assignee: { role: 'reviewer', position: '主任' },
      mode: 'single',
      deadlineDays: 3,
      editable: ['indicators.*.target'],
    },
    {
      id: 'cz',
      name: '处长审定',
      assignee: { role: 'reviewer', position: '处长' },
      mode: 'single',
      deadlineDays: 3,
      opinionRequired: true,
    },
  ],
};

/** A unit's final accounts: the finance office may word the explanations of balance differences. */
export const PRESET_ACCOUNTS_REVIEW: ChainDefinition = {
  id: 'preset-accounts-review',
  name: '决算审核流程',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '经办人填报',
  steps: [
    {
      id: 'cwjbr',
      name: '财务处经办人审核',
      assignee: { role: 'reviewer', position: '财务处经办人' },
      mode: 'single',
      deadlineDays: 5,
      editable: ['explanations.**'],
    },
    {
      id: 'cz',
      name: '处长审定',
      assignee: { role: 'reviewer', position: '处长' },
      mode: 'single',
      deadlineDays: 3,
      opinionRequired: true,
    },
  ],
};

/**
 * A monitoring report: the unit's reviewer (not the submitter) checks it before it reaches the
 * supervisor; once submitted, the supervising department's reviewers (one level up) may return it with
 * a reason (a reopen). A round opened higher up configures `reopenBy` with the matching `orgLevel`.
 */
export const PRESET_MONITORING_REVIEW: ChainDefinition = {
  id: 'preset-monitoring-review',
  name: '绩效运行监控填报审核流程',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '单位填报',
  reopenBy: { role: 'reviewer', orgLevel: 1 },
  steps: [
    {
      id: 'dwsh',
      name: '单位审核',
      assignee: { role: 'reviewer' },
      mode: 'single',
      deadlineDays: 5,
    },
  ],
};

/** 事前绩效评估 of a new project: the unit's 经办人 writes it, 主任 reviews, 处长 decides (and may change the conclusion). */
export const PRESET_PRE_ASSESSMENT_REVIEW: ChainDefinition = {
  id: 'preset-pre-assessment-review',
  name: '事前绩效评估审核流程',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '经办人填报',
  steps: [
    {
      id: 'zr',
      name: '主任审核',
      assignee: { role: 'reviewer', position: '主任' },
      mode: 'single',
      deadlineDays: 5,
    },
    {
      id: 'cz',
      name: '处长审定',
      assignee: { role: 'reviewer', position: '处长' },
      mode: 'single',
      deadlineDays: 5,
      opinionRequired: true,
      editable: ['conclusion', 'conclusionNote'],
    },
  ],
};

export const PRESETS: ReadonlyArray<{
  chain: ChainDefinition;
  suggestedKinds: readonly DocumentKind[];
  source: string;
}> = [
  {
    chain: PRESET_002_SELF_EVALUATION,
    suggestedKinds: ['department_evaluation', 'project_evaluation'],
    source: 'seeds/002',
  },
  { chain: PRESET_004_PANEL, suggestedKinds: ['project_evaluation'], source: 'seeds/004' },
  { chain: PRESET_GOALS_REVIEW, suggestedKinds: ['project_goals'], source: 'Jixiao' },
  { chain: PRESET_PRE_ASSESSMENT_REVIEW, suggestedKinds: ['project_pre_assessment'], source: 'Jixiao' },
  { chain: PRESET_ACCOUNTS_REVIEW, suggestedKinds: ['final_accounts'], source: 'Jixiao' },
  { chain: PRESET_MONITORING_REVIEW, suggestedKinds: ['monitoring_report'], source: 'Jixiao' },
];
