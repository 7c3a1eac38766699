/**
 * Chinese names of the checker's rules and claim kinds, as the CLI (--explain), the API and the 校验 page
 * show them. Every rule id a finding can carry has a name here (a test checks it).
 */
import type { ClaimKind } from './types.ts';

export const RULE_NAMES: Record<string, string> = {
  'sum.parts': '合计与分项',
  'sum.partial': '列举不完全的分项',
  'sum.budget-adjustment': '年初预算、调整数与调整后预算',
  'share.percent': '占比',
  'share.over-whole': '分项占比之和超过100%',
  'share.average': '平均数（总额÷数量）',
  'change.percent': '增减变动率',
  'change.direction': '增减方向',
  'change.amount': '增减金额与两年数',
  'change.flat': '持平与两年数',
  'change.zero-base': '上年为0的增减百分比',
  'completion.percent': '预算完成率',
  'completion.target': '目标完成率',
  'completion.zero-budget': '预算为0的完成率',
  'completion.budget-gap': '决算与预算的差额',
  'completion.schedule': '执行率与序时进度',
  'unit.yuan-for-wanyuan': '单位（元/万元）',
  'unit.missing': '缺少单位',
  'unit.odd': '少见的金额单位',
  'number.missing': '缺少数字',
  'residue.placeholder': '模板占位符',
  'residue.instruction': '模板填写说明',
  'year.mismatch': '年份不符',
  'year.heading': '标题年份不符',
  'year.filing-date': '填报日期早于所评年度',
  'year.after-filing': '实际完成晚于填报日期',
  'count.enumeration': '列举个数',
  'count.restated': '数量前后不一致',
  'count.sum': '数量合计与分项',
  'count.vehicle-flow': '车辆保有量与增减',
  'grade.score': '等次与得分',
  'grade.missing': '等次未填写',
  'score.sum': '得分合计',
  'score.weight-sum': '分值合计',
  'score.group-weight': '指标分值与下级之和',
  'score.exceeds-weight': '得分超过分值',
  'score.deduction': '扣分与得分',
  'score.rule': '计分规则',
  'score.rate': '得分率',
  'score.renormalised': '剔除指标后的得分',
  'score.panel-average': '评价人员平均分',
  'figure.chart-mismatch': '图表数据与正文',
  'figure.text-table': '正文与表格数字',
  'figure.tables-disagree': '表与表之间数字',
  'figure.restated': '同一数字前后不一致',
  'table.code-sum': '科目逐级汇总（类=Σ款=Σ项）',
  'table.row-sum': '表内行合计',
  'table.rate': '表内比率列',
  'table.change': '表内增减额',
  'table.total': '表内合计与总计',
  'table.balance': '收支总计平衡',
  'table.basic-split': '人员经费与公用经费',
  'table.code-name': '科目编码与名称',
  'figure.code-name': '正文中的科目编码与名称',
};

export const CLAIM_NAMES: Record<ClaimKind, string> = {
  sum: '合计与分项',
  share: '占比',
  change: '增减变动',
  completion: '完成率（预算、目标）',
  figure: '同一数字多处出现',
  table: '表内运算',
  score: '评分',
  grade: '等次',
  count: '数量',
  year: '年份',
};

export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? rule;
}
