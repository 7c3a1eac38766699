/** Every Chinese text of the workflow feature (the domain's refusal messages live in src/domain/workflow/messages.ts). */
export const workflowTexts = {
  documentNotFound: '找不到该文档，或该类文档尚未接入审核流程。',
  locked: (step: string) => `该文档正在「${step}」审核中，数据已锁定：您不能修改这些内容。`,
  lockedField: (step: string, field: string) => `该文档正在「${step}」审核中，您不能修改「${field}」。`,
  returnedLocked: (name: string) => `该文档已退回给提交人（${name}）修改，其他人员不能修改。`,
  frozen: (n: number) => `该文档已定稿（第 ${n} 版），不能修改；如需修改，请先由有权限的人员重新打开。`,
  unknownField: (field: string) => `无法识别要修改的内容「${field}」。`,
  noSheetFor: (name: string) => `找不到「${name}」的评分表，无法修改其评分。`,
  noSubmittedSheet: '尚无已提交的评分表：请先完成并提交评分表，再提交审核。',
  ownSheetFirst: '请先提交本人的评分表，再完成评分。',
  invalidScoreChange: (detail: string) =>
    `修改后的评分不符合要求：${detail}。扣分的指标须填写“存在问题”和“有关建议”。`,
  noFrozenVersion: (n?: number) =>
    n === undefined ? '该文档尚未定稿，没有可下载的定稿版本。' : `该文档没有第 ${n} 版定稿。`,
  frozenKindNotAvailable: (kind: string) =>
    `该类文档的定稿版本不能生成「${kind}」：项目绩效目标可下载 project-sheet，部门决算可下载 accounts-explanation，绩效评价可下载 score-table、panel-sheet、self-evaluation-report、project-sheet。`,
  chainInvalid: (problems: string[]) => `审核流程配置有误：${problems.join('；')}。`,
  chainNotFound: '该单位没有单独配置此类文档的审核流程。',
  chainExists: '该单位已配置此类文档的审核流程，请刷新后在原有配置上修改。',
  invalidValue: (field: string, why: string) => `「${field}」的值有误：${why}。`,
  goalsTitle: (name: string, year: number) => `${name}（${year}年度）项目绩效目标`,
  goalsWithoutIndicators: '该项目尚无绩效指标：请先填写绩效指标，再提交审核。',
  goalsWithoutGoal: '请先填写项目的年度总体目标（预期目标），再提交审核。',
  goalsChangedMeanwhile: '项目绩效目标已被他人修改，请刷新后重试。',
  accountsTitle: (org: string, year: number) => `${org}${year}年度单位决算`,
  accountsChangedMeanwhile: '决算数据已被他人修改，请刷新后重试。',
  positionNames: { originator: '提交人' },
} as const;
