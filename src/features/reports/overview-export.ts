/**
 * The overview's tables as Excel workbooks: one sheet with a title line (organisation, year, filters)
 * and the same columns the page shows. Amounts and scores are written as numbers from their exact
 * decimal strings with 2 decimals shown; rates are the page's 2-place half-up figures.
 */
import ExcelJS from 'exceljs';
import { dec } from '../../domain/money/index.ts';
import {
  distributionOf,
  GRADES,
  STAGE_LABELS,
  UNGRADED,
  type DepartmentOverview,
  type Overview,
  type ProjectOverview,
  type UnitOverview,
} from './overview.ts';

export const OVERVIEW_TABLES = ['departments', 'units', 'projects', 'grades'] as const;
export type OverviewTable = (typeof OVERVIEW_TABLES)[number];

export const OVERVIEW_TABLE_LABELS: Record<OverviewTable, string> = {
  departments: '主管部门汇总',
  units: '单位概览',
  projects: '项目明细',
  grades: '等级分布',
};

type Cell = string | number | null;
type Column<T> = { header: string; width: number; value: (row: T) => Cell; money?: boolean };

const amount = (s: string | null): Cell => (s === null ? null : dec(s).toNumber());
const yesNo = (b: boolean) => (b ? '是' : '否');
const gradeText = (grades: Record<string, number>) =>
  [...GRADES, UNGRADED]
    .filter((g) => (grades[g] ?? 0) > 0)
    .map((g) => `${g}${grades[g]}`)
    .join('、');

const DEPARTMENT_COLUMNS: Column<DepartmentOverview>[] = [
  { header: '主管部门', width: 30, value: (d) => d.departmentName },
  { header: '单位数', width: 8, value: (d) => d.units },
  { header: '项目数', width: 8, value: (d) => d.projects },
  { header: '目标已填报', width: 10, value: (d) => d.goalsFiled },
  { header: '目标已批复', width: 10, value: (d) => d.goalsApproved },
  { header: '监控已报送/轮次', width: 14, value: (d) => `${d.monitoringSubmitted}/${d.monitoringRounds}` },
  { header: '红灯', width: 6, value: (d) => d.red },
  { header: '自评数', width: 8, value: (d) => d.evaluations },
  { header: '自评已提交', width: 10, value: (d) => d.evaluationsSubmitted },
  { header: '自评已批复', width: 10, value: (d) => d.evaluationsApproved },
  { header: '自评已定稿', width: 10, value: (d) => d.evaluationsFrozen },
  { header: '平均得分', width: 10, value: (d) => amount(d.averageScore), money: true },
  { header: '等级分布', width: 18, value: (d) => gradeText(d.grades) },
  { header: '预算数（万元）', width: 14, value: (d) => amount(d.budget), money: true },
  { header: '执行数（万元）', width: 14, value: (d) => amount(d.executed), money: true },
  { header: '执行率（%）', width: 10, value: (d) => amount(d.rate), money: true },
  { header: '未完成整改', width: 10, value: (d) => d.rectificationsOpen },
  { header: '逾期整改', width: 10, value: (d) => d.rectificationsOverdue },
  { header: '决算已保存', width: 10, value: (d) => d.accountsSaved },
  { header: '决算已校验', width: 10, value: (d) => d.accountsChecked },
  { header: '决算已报送', width: 10, value: (d) => d.accountsSubmitted },
  { header: '校验问题', width: 10, value: (d) => d.checkErrors },
];

const UNIT_COLUMNS: Column<UnitOverview>[] = [
  { header: '单位', width: 34, value: (u) => u.name },
  { header: '主管部门', width: 28, value: (u) => u.departmentName },
  { header: '类型', width: 12, value: (u) => u.kindLabel },
  { header: '项目数', width: 8, value: (u) => u.goals.projects },
  { header: '目标已填报', width: 10, value: (u) => u.goals.filed },
  { header: '目标审核中', width: 10, value: (u) => u.goals.inReview },
  { header: '目标已批复', width: 10, value: (u) => u.goals.approved },
  { header: '监控已报送/轮次', width: 14, value: (u) => `${u.monitoring.submitted}/${u.monitoring.rounds}` },
  { header: '最近一轮', width: 16, value: (u) => u.monitoring.latestLabel ?? '' },
  { header: '红灯', width: 6, value: (u) => u.monitoring.red },
  { header: '黄灯', width: 6, value: (u) => u.monitoring.yellow },
  { header: '自评数', width: 8, value: (u) => u.evaluation.total },
  { header: '自评已提交', width: 10, value: (u) => u.evaluation.submitted },
  { header: '自评已批复', width: 10, value: (u) => u.evaluation.approved },
  { header: '自评已定稿', width: 10, value: (u) => u.evaluation.frozen },
  { header: '部门整体得分', width: 12, value: (u) => amount(u.scores.departmentScore), money: true },
  { header: '部门整体等级', width: 12, value: (u) => u.scores.departmentGrade ?? '' },
  { header: '项目平均得分', width: 12, value: (u) => amount(u.scores.projectAverage), money: true },
  { header: '等级分布', width: 18, value: (u) => gradeText(u.scores.grades) },
  { header: '预算数（万元）', width: 14, value: (u) => amount(u.execution.budget), money: true },
  { header: '执行数（万元）', width: 14, value: (u) => amount(u.execution.executed), money: true },
  { header: '执行率（%）', width: 10, value: (u) => amount(u.execution.rate), money: true },
  { header: '未完成整改', width: 10, value: (u) => u.rectifications.open },
  { header: '逾期整改', width: 10, value: (u) => u.rectifications.overdue },
  { header: '决算已保存', width: 10, value: (u) => yesNo(u.accounts.saved) },
  { header: '决算已校验', width: 10, value: (u) => yesNo(u.accounts.checked) },
  { header: '决算已报送', width: 10, value: (u) => yesNo(u.accounts.submitted) },
  { header: '决算审核公式未通过', width: 12, value: (u) => u.checks.accountsViolations },
  { header: '其中未说明', width: 10, value: (u) => u.checks.accountsUnexplained },
  { header: '未达成未说明原因的指标', width: 14, value: (u) => u.checks.goalShortfalls },
  { header: '未完成阶段', width: 28, value: (u) => u.pending.map((s) => STAGE_LABELS[s]).join('、') },
];

const PROJECT_COLUMNS: Column<ProjectOverview>[] = [
  { header: '项目', width: 34, value: (p) => p.name },
  { header: '单位', width: 30, value: (p) => p.orgName },
  { header: '预算数（万元）', width: 14, value: (p) => amount(p.budget), money: true },
  { header: '执行数（万元）', width: 14, value: (p) => amount(p.executed), money: true },
  { header: '执行率（%）', width: 10, value: (p) => amount(p.rate), money: true },
  { header: '指标数', width: 8, value: (p) => p.indicators },
  { header: '绩效目标', width: 10, value: (p) => p.goalsStatusLabel },
  { header: '未达成未说明原因', width: 14, value: (p) => p.goalShortfalls },
  { header: '监控预警', width: 10, value: (p) => p.lightLabel },
  { header: '自评', width: 10, value: (p) => p.evaluationStatusLabel },
  { header: '得分', width: 8, value: (p) => amount(p.score), money: true },
  { header: '等级', width: 6, value: (p) => p.grade ?? '' },
];

const GRADE_COLUMNS: Column<Overview['distribution'][number]>[] = [
  { header: '等级', width: 10, value: (g) => g.grade },
  { header: '项目自评', width: 10, value: (g) => g.project },
  { header: '部门整体自评', width: 12, value: (g) => g.department },
  { header: '合计', width: 8, value: (g) => g.project + g.department },
];

function sheet<T>(wb: ExcelJS.Workbook, name: string, title: string, columns: Column<T>[], rows: T[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, columns.length);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { bold: true, size: 13 };
  const header = ws.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getColumn(i + 1).width = c.width;
    if (c.money) ws.getColumn(i + 1).numFmt = '0.00';
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 3);
    columns.forEach((c, j) => {
      const v = c.value(r);
      row.getCell(j + 1).value = v === null ? '' : v;
    });
  });
}

export type ExportScope = { table: OverviewTable; departmentId?: string; unitId?: string };

/** The rows of one table as shown on the page (the drill-down's department or unit, when given). */
export async function writeOverviewWorkbook(
  overview: Overview,
  scope: ExportScope,
): Promise<{ bytes: Buffer; fileName: string }> {
  const f = overview.filters;
  const conditions = [
    f.departmentId
      ? `主管部门：${overview.departmentOptions.find((d) => d.id === f.departmentId)?.name ?? ''}`
      : '',
    f.kind ? `类型：${f.kind === 'department' ? '主管部门本级' : '单位'}` : '',
    f.grade ? `等级：${f.grade}` : '',
    f.stage ? `未完成阶段：${STAGE_LABELS[f.stage]}` : '',
  ].filter(Boolean);
  const label = OVERVIEW_TABLE_LABELS[scope.table];
  const units = overview.units.filter(
    (u) =>
      (!scope.departmentId || u.departmentId === scope.departmentId) &&
      (!scope.unitId || u.orgId === scope.unitId),
  );
  const shown = new Set(units.map((u) => u.orgId));
  const where =
    (scope.unitId && units[0]?.name) || (scope.departmentId && units[0]?.departmentName) || overview.orgName;
  const title = `${where}${overview.year ?? ''}年度绩效管理总览 · ${label}${
    conditions.length > 0 ? `（${conditions.join('；')}）` : ''
  }`;
  const wb = new ExcelJS.Workbook();
  if (scope.table === 'departments')
    sheet(
      wb,
      label,
      title,
      DEPARTMENT_COLUMNS,
      overview.departments.filter((d) => !scope.departmentId || d.departmentId === scope.departmentId),
    );
  else if (scope.table === 'units') sheet(wb, label, title, UNIT_COLUMNS, units);
  else if (scope.table === 'projects')
    sheet(
      wb,
      label,
      title,
      PROJECT_COLUMNS,
      overview.projects.filter((p) => shown.has(p.orgId)),
    );
  else sheet(wb, label, title, GRADE_COLUMNS, distributionOf(units));
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes, fileName: `${where}${overview.year ?? ''}年度${label}.xlsx` };
}
