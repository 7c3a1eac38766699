/**
 * The audit log as an auditor reads it: every action code and entity kind written by the features
 * (`appendAudit(…, { action, entity })`) with its Chinese name. The codes stay stable in the log (the
 * hash chain covers them); only their names are shown. A code without a name here is shown by its
 * area's name ("决算 · 其他操作"), never as code — and a test fails for it.
 */

export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.lockout': '账号因多次登录失败被锁定',
  'auth.password-attempts': '修改密码时原密码多次错误',
  'request.refused': '越权访问被拒绝',
  'demo.load': '加载演示数据',
  'fiscal-year.create': '新建预算年度',
  'org.create': '新建组织',
  'org.update': '修改组织',
  'user.create': '新建用户',
  'user.update': '修改用户信息',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.reset-password': '重置用户密码',
  'user.change-password': '修改本人密码',
  'user.set-roles': '设置用户角色',
  'template.import': '导入指标体系',
  'template.update': '修改指标体系',
  'library.create': '新增指标库指标',
  'library.update': '修改指标库指标',
  'library.delete': '删除指标库指标',
  'library.import': '导入指标库',
  'library.edition': '新建指标库版本',
  'library.starter': '载入起步共性指标库',
  'library.propose': '建议指标入库',
  'library.accept': '采纳指标入库建议',
  'library.reject': '不采纳指标入库建议',
  'project.create': '新建项目',
  'project.update': '修改项目',
  'project.indicators.save': '保存绩效目标（指标表）',
  'evaluation.create': '新建绩效自评',
  'evaluation.inputs.save': '保存自评数据',
  'evaluation.prefill.override': '修改带入的自评数据（附修改原因）',
  'pre-assessment.create': '新建事前绩效评估',
  'pre-assessment.save': '保存事前绩效评估',
  'evaluation.report.save': '保存自评报告文字',
  'score-sheet.start': '开始评分',
  'score-sheet.save': '保存评分表',
  'score-sheet.submit': '提交评分表',
  'score-sheet.withdraw': '撤回评分表',
  'accounts.save': '保存决算数据',
  'accounts.import': '导入决算报表',
  'accounts.projects_from_goals': '从绩效目标带入决算项目',
  'accounts.submit': '提交决算',
  'accounts.withdraw': '撤回决算',
  'accounts.consolidation.create': '新建部门决算合并',
  'accounts.consolidation.save': '保存部门决算合并',
  'accounts.catalogue.import': '导入政府收支分类科目',
  'accounts.settings': '保存决算设置（文档模板等）',
  'workflow.chain.save': '设置审核流程',
  'workflow.chain.delete': '取消单位的审核流程设置',
  'workflow.submitted': '提交审核',
  'workflow.step_activated': '进入审核步骤',
  'workflow.approved': '审核通过',
  'workflow.edited': '审核中修改数据',
  'workflow.returned': '退回',
  'workflow.withdrawn': '撤回提交',
  'workflow.delegated': '委托办理',
  'workflow.frozen': '定稿',
  'workflow.reopened': '重新打开定稿文档',
  'monitoring.round.open': '发起绩效监控',
  'monitoring.round.close': '结束绩效监控',
  'monitoring.report.save': '保存监控填报',
  'monitoring.report.submit': '提交监控填报',
  'monitoring.report.return': '退回监控填报',
  'monitoring.report.status': '监控填报状态随审核流程更新',
  'rectification.raise': '提出整改问题',
  'rectification.update': '填报整改情况',
  'rectification.close': '确认整改完成',
  'rectification.reopen': '整改未通过，重新整改',
  'recommendation.confirm': '确认结果应用建议',
  'recommendation.override': '调整结果应用建议',
  'evidence.upload': '上传佐证材料',
  'evidence.delete': '删除佐证材料',
  'exchange.import': '从预算管理一体化平台导入数据',
  'exchange.self-result': '导入一体化平台自评结果',
};

export const ENTITY_LABELS: Record<string, string> = {
  http: '接口请求',
  user: '用户',
  session: '登录会话',
  organisation: '组织',
  fiscal_year: '预算年度',
  demo: '演示数据',
  indicator_template: '指标体系',
  indicator_library: '指标库指标',
  indicator_library_edition: '指标库版本',
  indicator_proposal: '指标入库建议',
  project: '项目',
  evaluation: '绩效自评',
  score_sheet: '评分表',
  final_accounts: '决算',
  accounts_consolidation: '部门决算合并',
  accounts_catalogue: '政府收支分类科目',
  accounts_settings: '决算设置',
  workflow_chain: '审核流程',
  workflow_document: '审核事项',
  monitoring_round: '绩效监控批次',
  monitoring_report: '监控填报',
  rectification: '整改事项',
  recommendation: '结果应用建议',
  evidence_file: '佐证材料',
  pre_assessment: '事前绩效评估',
  exchange: '一体化平台数据交换',
  exchange_self_result: '一体化平台自评结果',
};

/** Areas by the first segment of an action code: the fallback name of a code not listed above. */
const AREA_LABELS: Record<string, string> = {
  auth: '登录',
  user: '用户',
  org: '组织',
  template: '指标体系',
  library: '指标库',
  project: '项目',
  evaluation: '绩效自评',
  'score-sheet': '评分表',
  accounts: '决算',
  workflow: '审核',
  monitoring: '绩效监控',
  rectification: '整改',
  recommendation: '结果应用',
  evidence: '佐证材料',
  'pre-assessment': '事前绩效评估',
  exchange: '数据交换',
};

export function actionLabel(code: string): string {
  return ACTION_LABELS[code] ?? `${AREA_LABELS[code.split('.')[0] ?? ''] ?? '系统'} · 其他操作`;
}

export function entityLabel(code: string): string {
  return ENTITY_LABELS[code] ?? '其他';
}

export const OUTCOME_LABELS: Record<string, string> = { success: '成功', refused: '被拒绝', failure: '失败' };

export function outcomeLabel(code: string): string {
  return OUTCOME_LABELS[code] ?? '其他';
}
