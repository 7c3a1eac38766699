/**
 * The monitoring documents: 项目支出绩效运行监控表 (one project: budget execution by funding source with
 * its progress and light, each indicator's progress, 偏差原因, 完成可能性, 纠偏措施, the red-light response)
 * and 绩效监控情况报告 (a unit's or a department's round: execution, goal achievement, warnings, deviations
 * and measures). Built from the domain's round model and results, rendered as DOCX or PDF and read back
 * through the checker like every document Jixiao renders.
 */
import type { Finding } from '../../domain/checks/index.ts';
import { fixed, sharePercent, sum } from '../../domain/money/index.ts';
import {
  computeRound,
  LIGHT_NAMES,
  type Light,
  type MonitoringProjectInput,
  type MonitoringRoundInput,
  type ProjectResult,
} from '../../domain/monitoring/index.ts';
import { renderDocx } from '../docx/render-docx.ts';
import { cell, heading, para, type Block, type DocumentModel, type Table, type TableRow } from '../model.ts';
import { sharedPdfRenderer, type PdfRenderer } from '../pdf/render-pdf.ts';
import { selfCheck } from '../self-check.ts';

export type MonitoringDocumentKind = 'project-sheet' | 'report';
export type MonitoringDocumentFormat = 'docx' | 'pdf';

export const MONITORING_DOCUMENT_NAMES: Record<MonitoringDocumentKind, string> = {
  'project-sheet': '项目支出绩效运行监控表',
  report: '绩效监控情况报告',
};

export type MonitoringDocumentData = {
  /** 填报单位 (or the department, for a department's report). */
  unit: string;
  /** 主管部门, printed on the sheet when known. */
  department?: string;
  round: MonitoringRoundInput;
};

const CONTENT_TYPES: Record<MonitoringDocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function period(month: number): string {
  return month === 1 ? '1月' : `1—${month}月`;
}

function lightText(l: Light | null): string {
  return l ? LIGHT_NAMES[l] : '不亮灯';
}

const money = (v: string) => fixed(v, 2);

/** The 项目支出绩效运行监控表 of one project. */
export function buildProjectSheetTable(
  data: MonitoringDocumentData,
  input: MonitoringProjectInput,
  result: ProjectResult,
): Table {
  const r = data.round;
  const rows: TableRow[] = [];
  const label = (t: string, span = 1) => cell(t, { bold: true, shade: true, colSpan: span, align: 'center' });
  rows.push({ cells: [label('项目名称', 2), cell(input.name, { colSpan: 8 })] });
  rows.push({
    cells: [
      label('主管部门', 2),
      cell(data.department ?? '', { colSpan: 3 }),
      label('实施单位', 2),
      cell(data.unit, { colSpan: 3 }),
    ],
  });
  rows.push({ cells: [cell(`一、预算执行情况（单位：${r.amountUnit}）`, { bold: true, colSpan: 10 })] });
  rows.push({
    cells: [
      label('资金来源', 2),
      label('年初预算'),
      label('调整后预算'),
      label('累计执行数'),
      label('执行率（%）'),
      label('执行进度（%）'),
      label('预警'),
      label('说明', 2),
    ],
  });
  const sources = input.sources ?? [];
  for (const s of sources) {
    const b = s.adjustedBudget ?? s.initialBudget;
    const rate = sharePercent(s.executed, b);
    rows.push({
      cells: [
        cell(s.source, { colSpan: 2 }),
        cell(money(s.initialBudget), { align: 'right' }),
        cell(s.adjustedBudget ? money(s.adjustedBudget) : '', { align: 'right' }),
        cell(money(s.executed), { align: 'right' }),
        cell(rate ? fixed(rate, 2) : '—', { align: 'right' }),
        cell(''),
        cell(''),
        cell('', { colSpan: 2 }),
      ],
    });
  }
  const f = result.figures;
  const e = result.execution;
  rows.push({
    cells: [
      label('合计', 2),
      cell(money(f.initialBudget), { align: 'right' }),
      cell(f.adjustedBudget ? money(f.adjustedBudget) : '', { align: 'right' }),
      cell(money(f.executed), { align: 'right' }),
      cell(e.ok ? fixed(e.rate, 2) : '—', { align: 'right' }),
      cell(e.ok ? fixed(e.progress, 2) : '—', { align: 'right' }),
      cell(lightText(result.light), { align: 'center' }),
      cell(e.ok ? `执行进度=（执行数÷${f.budgetBasis}）÷（${r.month}÷12）×100` : e.message, { colSpan: 2 }),
    ],
  });
  rows.push({ cells: [cell('二、绩效指标完成情况', { bold: true, colSpan: 10 })] });
  rows.push({
    cells: [
      label('一级指标'),
      label('二级指标'),
      label('三级指标'),
      label('年度指标值'),
      label('截至目前完成值'),
      label('全年预计完成值'),
      label('预警'),
      label('偏差原因'),
      label('完成目标可能性'),
      label('纠偏措施'),
    ],
  });
  input.indicators.forEach((ind, i) => {
    const res = result.indicators[i]!;
    const reason = [ind.deviationCategory, ind.deviationReason].filter(Boolean).join('：');
    rows.push({
      cells: [
        cell(ind.level1 ?? ''),
        cell(ind.level2 ?? ''),
        cell(ind.name),
        cell(ind.target),
        cell(ind.actual),
        cell(ind.forecast ?? ''),
        cell(lightText(res.light), { align: 'center' }),
        cell(reason),
        cell(ind.likelihood ?? ''),
        cell(ind.correctiveAction ?? ''),
      ],
    });
  });
  if (input.indicators.length === 0)
    rows.push({ cells: [cell('（未设绩效指标）', { colSpan: 10, align: 'center' })] });
  if (result.needsResponse || result.response) {
    rows.push({
      cells: [
        label('红灯处理意见', 2),
        cell(result.response ? `${result.response.action}：${result.response.reason}` : '（未填写）', {
          colSpan: 8,
        }),
      ],
    });
  }
  return {
    kind: 'table',
    columnWidths: [9, 9, 14, 11, 11, 11, 7, 12, 9, 14],
    headerRows: 0,
    rows,
    fontSize: 9,
    note: '注：执行进度 v =（累计执行数 ÷ 预算数）÷（截至月份 ÷ 12）× 100，四舍五入保留两位小数；预警灯按预警规则自动计算。',
  };
}

export function buildProjectSheet(data: MonitoringDocumentData, projectIndex: number): DocumentModel {
  const result = computeRound(data.round);
  const input = data.round.projects[projectIndex];
  const p = result.projects[projectIndex];
  if (!input || !p) throw new Error(`第${projectIndex + 1}个项目不存在`);
  return {
    title: '项目支出绩效运行监控表',
    subtitle: [`（${data.round.year}年${period(data.round.month)}）`],
    bodySize: 12,
    pageNumbers: true,
    landscape: true,
    blocks: [buildProjectSheetTable(data, input, p)],
  };
}

/** The 绩效监控情况报告 of a unit or a department for a round. */
export function buildReport(data: MonitoringDocumentData): DocumentModel {
  const r = data.round;
  const result = computeRound(r);
  const unit = r.amountUnit;
  const ps = result.projects;
  const budgets = ps.map((p) => p.figures.budget);
  const executed = ps.map((p) => p.figures.executed);
  const totalBudget = sum(budgets);
  const totalExecuted = sum(executed);
  const rate = sharePercent(totalExecuted, totalBudget);
  const progress = totalBudget.isZero() ? null : totalExecuted.times(1200).div(totalBudget.times(r.month));
  const count = (l: Light) => ps.filter((p) => p.light === l).length;
  const indicators = ps.flatMap((p, i) =>
    p.indicators.map((res, j) => ({ p, res, input: r.projects[i]!.indicators[j]! })),
  );
  const byLight = (l: Light) => indicators.filter((x) => x.res.light === l).length;
  const blocks: Block[] = [];

  blocks.push(heading(1, '一、监控工作开展情况'));
  blocks.push(
    para(
      `按照预算绩效运行监控工作要求，${data.unit}对${ps.length}个项目${ps.some((p) => p.kind === 'department') ? '（含部门整体支出）' : ''}开展了${r.year}年${period(r.month)}绩效运行监控，同时监控预算执行进度和绩效目标实现程度（“双监控”）。预警灯按预警规则自动计算：执行进度低于${r.rules.execution.yellowFrom}%为红灯，${r.rules.execution.yellowFrom}%至${r.rules.execution.greenFrom}%（不含）为黄灯，达到${r.rules.execution.greenFrom}%为绿灯。`,
    ),
  );

  blocks.push(heading(1, '二、预算执行情况'));
  blocks.push(
    para(
      `截至${r.month}月末，纳入监控的项目预算数合计${fixed(totalBudget, 2)}${unit}，累计执行${fixed(totalExecuted, 2)}${unit}，执行率${rate ? fixed(rate, 2) : '—'}%，执行进度${progress ? fixed(progress, 2) : '—'}%。其中红灯${count('red')}个、黄灯${count('yellow')}个、绿灯${count('green')}个${ps.some((p) => p.light === null) ? `，${ps.filter((p) => p.light === null).length}个项目预算数为0未亮灯` : ''}。`,
    ),
  );
  const tableRows: TableRow[] = [
    {
      cells: [
        '项目名称',
        `预算数（${unit}）`,
        `累计执行数（${unit}）`,
        '执行率（%）',
        '执行进度（%）',
        '预警',
      ].map((t) => cell(t, { bold: true, shade: true, align: 'center' })),
    },
    ...ps.map((p) => ({
      cells: [
        cell(p.name),
        cell(fixed(p.figures.budget, 2), { align: 'right' as const }),
        cell(fixed(p.figures.executed, 2), { align: 'right' as const }),
        cell(p.execution.ok ? fixed(p.execution.rate, 2) : '—', { align: 'right' as const }),
        cell(p.execution.ok ? fixed(p.execution.progress, 2) : '—', { align: 'right' as const }),
        cell(lightText(p.light), { align: 'center' as const }),
      ],
    })),
    {
      cells: [
        cell('合计', { bold: true, align: 'center' }),
        cell(fixed(totalBudget, 2), { align: 'right' }),
        cell(fixed(totalExecuted, 2), { align: 'right' }),
        cell(rate ? fixed(rate, 2) : '—', { align: 'right' }),
        cell(progress ? fixed(progress, 2) : '—', { align: 'right' }),
        cell(''),
      ],
    },
  ];
  blocks.push({
    kind: 'table',
    caption: '表1 项目预算执行情况',
    columnWidths: [30, 14, 14, 12, 12, 10],
    headerRows: 1,
    rows: tableRows,
    fontSize: 10.5,
  });

  blocks.push(heading(1, '三、绩效目标完成情况'));
  blocks.push(
    para(
      `纳入监控的绩效指标共${indicators.length}个，其中红灯${byLight('red')}个、黄灯${byLight('yellow')}个、绿灯${byLight('green')}个、蓝灯${byLight('blue')}个${indicators.some((x) => x.res.light === null) ? `，无法自动判断${indicators.filter((x) => x.res.light === null).length}个` : ''}。`,
    ),
  );
  for (const x of indicators.filter(
    (y) => y.res.light === 'red' || y.res.light === 'yellow' || y.res.light === 'blue',
  )) {
    blocks.push(para(`“${x.p.name}”的“${x.res.name}”：${x.res.message}`));
  }

  blocks.push(heading(1, '四、偏差原因及纠偏措施'));
  const deviations = indicators.filter((x) => x.input.deviationReason || x.input.correctiveAction);
  if (deviations.length === 0) blocks.push(para('各项指标未填报偏差原因。'));
  for (const x of deviations) {
    blocks.push(
      para(
        `“${x.p.name}”的“${x.res.name}”：偏差原因为${x.input.deviationCategory ?? '其他'}${x.input.deviationReason ? `（${x.input.deviationReason}）` : ''}；纠偏措施：${x.input.correctiveAction || '未填写'}；完成目标可能性：${x.input.likelihood ?? '未填写'}。`,
      ),
    );
  }

  blocks.push(heading(1, '五、红灯项目处理意见'));
  const reds = ps.filter((p) => p.needsResponse);
  if (reds.length === 0) blocks.push(para('本次监控无红灯项目。'));
  for (const p of reds) {
    blocks.push(
      para(
        `“${p.name}”${p.light === 'red' ? `执行进度${p.execution.ok ? fixed(p.execution.progress, 2) : '—'}%，` : ''}亮红灯，处理意见：${p.response ? `${p.response.action}，${p.response.reason}` : '未填写'}。`,
      ),
    );
  }
  return {
    title: `${data.unit}${r.year}年${period(r.month)}绩效监控情况报告`,
    bodySize: 16,
    pageNumbers: true,
    blocks,
  };
}

export type RenderedMonitoringDocument = {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  findings: Finding[];
};

export async function renderMonitoringDocument(
  kind: MonitoringDocumentKind,
  data: MonitoringDocumentData,
  format: MonitoringDocumentFormat,
  options: { projectIndex?: number; pdf?: PdfRenderer } = {},
): Promise<RenderedMonitoringDocument> {
  const model = kind === 'report' ? buildReport(data) : buildProjectSheet(data, options.projectIndex ?? 0);
  const bytes =
    format === 'docx' ? await renderDocx(model) : await (options.pdf ?? sharedPdfRenderer()).render(model);
  const findings = await selfCheck(bytes, format, { year: data.round.year });
  const name =
    kind === 'report'
      ? model.title
      : `${data.round.projects[options.projectIndex ?? 0]?.name ?? ''}${MONITORING_DOCUMENT_NAMES[kind]}`;
  return {
    bytes,
    fileName: `${name.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 120)}.${format}`,
    contentType: CONTENT_TYPES[format],
    findings,
  };
}
