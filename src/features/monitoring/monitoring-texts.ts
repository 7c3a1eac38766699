/** The Chinese texts of the monitoring feature, in one place. */
export const REPORT_STATUS_LABELS = {
  'not-started': '未填报',
  filling: '填报中',
  reviewing: '审核中',
  submitted: '已提交',
} as const;

export type ReportStatus = keyof typeof REPORT_STATUS_LABELS;

export const monitoringTexts = {
  roundNotFound: '找不到该监控轮次。',
  reportNotFound: '找不到该监控填报。',
  notSupervisor: '只有主管部门或财政部门可以发起绩效运行监控。',
  unknownRules: (id: string) => `没有编号为“${id}”的预警规则。`,
  frozen: (status: string) => `监控填报${status}，不能修改；如需修改请先退回。`,
  cannotSubmit: (status: string) => `监控填报${status}，不能提交。`,
  notReviewing: '监控填报不在审核中，无法审核通过。',
  selfApproval: '提交人不能审核通过自己提交的监控填报。',
  cannotReturn: (status: string) => `监控填报${status}，无法退回。`,
  returnNeedsReview: '审核中的监控填报只能由本单位审核人退回。',
  returnNeedsSupervisor: '已提交的监控填报只能由发起监控的主管部门或财政部门的审核人退回。',
  needsReview: '审核通过需要审核权限。',
  needsEdit: '需要填报或审核权限。',
  noReviewerEdits: '审核中不能直接修改监控填报的数据，如有错误请退回填报单位修改。',
  stale: (given: number, current: number) =>
    `监控填报已被他人修改（您看到的版本为 ${given}，当前版本为 ${current}），请刷新后重试。`,
  projectProblems: (problems: string[]) => `不能提交：${problems.join('；')}`,
  defaultTitle: (year: number, month: number) =>
    `${year}年${month === 1 ? '1月' : `1–${month}月`}绩效运行监控`,
};
