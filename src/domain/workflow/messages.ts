/**
 * Every Chinese text of the workflow in one place: refusal messages, action and status labels.
 */
import type { DocumentKind, Refusal, RefusalCode, WorkflowEventType, WorkflowStatus } from './types.ts';

export const ROLE_LABELS: Record<string, string> = {
  clerk: '经办人',
  reviewer: '审核人',
  evaluator: '评价人员',
};

export const KIND_LABELS: Record<DocumentKind, string> = {
  project_goals: '项目绩效目标',
  project_evaluation: '项目绩效评价',
  department_evaluation: '部门整体支出绩效评价',
  final_accounts: '部门决算',
  monitoring_report: '绩效运行监控填报',
  project_pre_assessment: '事前绩效评估',
};

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  draft: '草稿',
  in_review: '审核中',
  returned: '已退回',
  frozen: '已定稿',
};

export const EVENT_LABELS: Record<WorkflowEventType, string> = {
  submitted: '提交',
  step_activated: '送达',
  approved: '审核通过',
  edited: '修改数据',
  returned: '退回',
  withdrawn: '撤回',
  delegated: '委托办理',
  frozen: '定稿',
  reopened: '重新打开',
};

export const COMMAND_LABELS: Record<string, string> = {
  submit: '提交',
  approve: '审核通过',
  return: '退回',
  withdraw: '撤回',
  delegate: '委托',
  edit: '修改数据',
  reopen: '重新打开',
};

export function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

/** Message builders, named by refusal code. */
export const MSG = {
  stale: (seen: number, now: number) =>
    `该事项已被他人处理（您看到的是第 ${seen} 版，当前为第 ${now} 版），请刷新后查看最新状态。`,
  idempotencyConflict: () => '该操作编号已用于另一项操作，请刷新页面后重新操作。',
  unknownActor: () => '您不在本单位的人员名单中（或账号已停用），不能办理此事项。',
  invalidState: (status: WorkflowStatus, command: string) =>
    `该事项当前状态为「${STATUS_LABELS[status]}」，不能${COMMAND_LABELS[command] ?? command}。`,
  frozen: (n: number) => `该事项已定稿（第 ${n} 版），不能修改；如需修改，请先重新打开。`,
  noChain: (kind: DocumentKind) => `本单位尚未配置「${KIND_LABELS[kind]}」的审核流程，请联系系统管理员。`,
  invalidChain: (problem: string) => `审核流程配置有误：${problem}`,
  notInitiator: () => '您没有提交此类事项的权限（流程要求由指定岗位提交）。',
  notSubmitter: (name: string) => `只有提交人（${name}）可以执行此操作。`,
  wrongStep: (current: string) =>
    `该事项当前处于「${current}」步骤，您的操作针对的不是当前步骤，请刷新后重试。`,
  notAssignee: (step: string) => `您不是「${step}」步骤的办理人，不能办理此事项。`,
  selfApproval: () => '提交人不能审核自己提交的事项。',
  alreadyCompleted: (step: string) => `您已完成「${step}」，请等待其他人员办理。`,
  opinionRequired: (step: string) => `「${step}」必须填写审核意见。`,
  reasonRequired: (what: string) => `${what}必须填写理由。`,
  invalidReturnTarget: () => '只能退回给提交人，或退回到当前步骤之前的步骤。',
  withdrawTooLate: () => '下一步骤已经办理，不能撤回；如需修改，请联系当前办理人退回。',
  delegateToSelf: () => '不能委托给自己。',
  delegateNotEligible: (name: string, step: string) => `${name}不具备「${step}」所需的岗位，不能接受委托。`,
  delegateToOriginator: () => '不能委托给该事项的提交人。',
  delegateAlreadyAssignee: (name: string) => `${name}已是本步骤的办理人。`,
  noAssignee: (step: string) =>
    `「${step}」没有可办理的人员（提交人不能审核自己提交的事项），请联系系统管理员配置岗位人员。`,
  panelPickRequired: (step: string, size: number, eligible: number) =>
    `「${step}」需要从 ${eligible} 名符合条件的人员中选定 ${size} 名。`,
  panelPickInvalid: (step: string, detail: string) => `「${step}」的人员选择有误：${detail}`,
  noChanges: () => '没有需要保存的修改。',
  fieldNotEditable: (step: string, field: string) => `「${step}」不能修改「${field}」。`,
  notAllowedToReopen: () => '您没有重新打开已定稿事项的权限。',
} as const;
