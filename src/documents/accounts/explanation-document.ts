/**
 * Pieces of the 决算情况说明 of the Sichuan templates: where 图1–图7 stand, and the detail tables
 * (一般公共预算财政拨款支出 by 类/款/项 with 预算数, 决算数, 完成预算%; "三公"经费 budget vs actual). The document
 * itself is laid out by its template (template-document.ts).
 */
import {
  subjectsFor,
  className,
  wan,
  type FinalAccounts,
  type FunctionRow,
} from '../../domain/accounts/index.ts';
import { completionPercent, dec, fixed, sum } from '../../domain/money/index.ts';
import { cell, type Table, type TableCell } from '../model.ts';

/** After which paragraph each chart stands (the seeds put each under the sentence it draws). */
export const CHART_AFTER: Record<string, string> = {
  图1: 's1',
  图2: 's2',
  图3: 's3',
  图4: 's4',
  图5: 's5.1',
  图6: 's5.2',
  图7: 's7.2',
};

const DASH = '—';

/** 完成预算% at 2 decimals, or — when nothing was budgeted. */
export function completionText(actual: string, budget: string): string {
  const c = completionPercent(actual, budget);
  return c === null ? DASH : fixed(c, 2);
}

/** 一般公共预算财政拨款支出决算明细: every 类/款/项 row with money, ordered by code, then 合计. */
export function generalDetailTable(fa: FinalAccounts): Table {
  const edition = subjectsFor(fa);
  const rows = fa.current.generalByFunction
    .filter((r) => !(dec(r.actual).isZero() && dec(r.budget).isZero()))
    .sort((a, b) => a.code.localeCompare(b.code));
  const name = (r: FunctionRow): string => {
    const n = edition.functions.get(r.code)?.name ?? r.code;
    return r.code.length === 3 ? className(n) : n;
  };
  const classes = rows.filter((r) => r.code.length === 3);
  const money = (v: string): TableCell => cell(wan(v), { align: 'right' });
  const body = rows.map((r) => {
    const level = r.code.length === 3 ? 0 : r.code.length === 5 ? 1 : 2;
    return {
      cells: [
        cell(r.code, { align: 'left', bold: level === 0 }),
        cell(`${'　'.repeat(level)}${name(r)}`, { align: 'left', bold: level === 0 }),
        money(r.budget),
        money(r.actual),
        cell(completionText(r.actual, r.budget), { align: 'right' }),
      ],
    };
  });
  const budgetYuan = sum(classes.map((r) => r.budget)).toString();
  const actual = fa.current.fiscal.expenditureGeneral;
  return {
    kind: 'table',
    caption: '一般公共预算财政拨款支出决算明细表',
    subcaption: '单位：万元',
    columnWidths: [14, 46, 15, 15, 14],
    headerRows: 1,
    fontSize: 10.5,
    rows: [
      {
        cells: ['科目编码', '科目名称', '预算数', '决算数', '完成预算（%）'].map((t) =>
          cell(t, { shade: true, bold: true }),
        ),
      },
      ...body,
      {
        cells: [
          cell('合计', { colSpan: 2, bold: true }),
          cell(wan(budgetYuan), { align: 'right', bold: true }),
          cell(wan(actual), { align: 'right', bold: true }),
          cell(completionText(actual, budgetYuan), { align: 'right', bold: true }),
        ],
      },
    ],
  };
}

/** "三公"经费财政拨款支出: 预算数, 决算数, 完成预算% by part, as the 三公 table of the national template. */
export function threePublicTable(fa: FinalAccounts): Table {
  const { budget, actual } = fa.current.threePublic;
  const line = (label: string, key: keyof typeof budget, indent = 0, bold = false) => ({
    cells: [
      cell(`${'　'.repeat(indent)}${label}`, { align: 'left', bold }),
      cell(wan(budget[key]), { align: 'right', bold }),
      cell(wan(actual[key]), { align: 'right', bold }),
      cell(completionText(actual[key], budget[key]), { align: 'right', bold }),
    ],
  });
  return {
    kind: 'table',
    caption: '“三公”经费财政拨款支出决算表',
    subcaption: '单位：万元',
    columnWidths: [46, 18, 18, 18],
    headerRows: 1,
    fontSize: 10.5,
    rows: [
      {
        cells: ['项目', '预算数', '决算数', '完成预算（%）'].map((t) => cell(t, { shade: true, bold: true })),
      },
      line('合计', 'total', 0, true),
      line('1.因公出国（境）费', 'abroad'),
      line('2.公务用车购置及运行维护费', 'vehicle'),
      line('（1）公务用车购置费', 'vehiclePurchase', 1),
      line('（2）公务用车运行维护费', 'vehicleOperation', 1),
      line('3.公务接待费', 'reception'),
      line('（1）国内公务接待费', 'receptionDomestic', 1),
      line('（2）外事接待费', 'receptionForeign', 1),
    ],
  };
}
