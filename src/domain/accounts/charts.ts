/**
 * Chart data for 图1–图7 of the explanation, as plain series in 万元 (2 decimals, half-up) — the same
 * printed figures as the text, rounded once by the same rule, so a chart and its sentence show the same
 * figure (a chart rounded apart from its text is how 8197.22 comes to sit beside 8197.23). Renderers (ECharts) take these as they are.
 */
import { dec, fixed, sharePercent } from '../money/index.ts';
import { subjectsFor, className } from './catalog.ts';
import { pct, wan } from './figures.ts';
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_LABEL,
  INCOME_LABEL,
  INCOME_SOURCES,
  type FinalAccounts,
} from './model.ts';

export interface BarChart {
  id: string;
  title: string;
  kind: 'bar';
  unit: '万元';
  categories: string[];
  series: { name: string; values: string[] }[];
}
export interface PieSlice {
  name: string;
  /** 万元 at 2 decimals */
  value: string;
  /** share of the whole at 2 decimals, or null when the whole is zero */
  percent: string | null;
}
export interface PieChart {
  id: string;
  title: string;
  kind: 'pie';
  unit: '万元';
  slices: PieSlice[];
}
export type Chart = BarChart | PieChart;

function pie(id: string, title: string, parts: { name: string; yuan: string }[]): PieChart {
  const total = parts.reduce((acc, p) => acc.plus(dec(p.yuan)), dec(0));
  return {
    id,
    title,
    kind: 'pie',
    unit: '万元',
    slices: parts
      .filter((p) => !dec(p.yuan).isZero())
      .map((p) => {
        const share = sharePercent(p.yuan, total);
        return { name: p.name, value: wan(p.yuan), percent: share === null ? null : pct(share) };
      }),
  };
}

function bar(
  id: string,
  title: string,
  years: [number, number],
  series: { name: string; values: [string, string] }[],
): BarChart {
  return {
    id,
    title,
    kind: 'bar',
    unit: '万元',
    categories: years.map((y) => `${y}年`),
    series: series.map((s) => ({ name: s.name, values: s.values.map((v) => wan(v)) })),
  };
}

export function buildCharts(fa: FinalAccounts): Chart[] {
  const c = fa.current;
  const p = fa.previous;
  const years: [number, number] = [fa.year - 1, fa.year];
  const edition = subjectsFor(fa);
  return [
    bar('图1', '收、支决算总计变动情况', years, [
      { name: '收入总计', values: [p.grandTotal, c.summary.grandTotalIncome] },
      { name: '支出总计', values: [p.grandTotal, c.summary.grandTotalExpenditure] },
    ]),
    pie(
      '图2',
      '收入决算结构',
      INCOME_SOURCES.map((s) => ({ name: INCOME_LABEL[s], yuan: c.summary.income[s] })),
    ),
    pie(
      '图3',
      '支出决算结构',
      EXPENDITURE_KINDS.map((k) => ({ name: EXPENDITURE_LABEL[k], yuan: c.summary.expenditure[k] })),
    ),
    bar('图4', '财政拨款收、支决算总计变动情况', years, [
      { name: '财政拨款收入总计', values: [p.fiscalGrandTotal, c.fiscal.grandTotalIncome] },
      { name: '财政拨款支出总计', values: [p.fiscalGrandTotal, c.fiscal.grandTotalExpenditure] },
    ]),
    bar('图5', '一般公共预算财政拨款支出决算变动情况', years, [
      { name: '一般公共预算财政拨款支出', values: [p.generalExpenditure, c.fiscal.expenditureGeneral] },
    ]),
    pie(
      '图6',
      '一般公共预算财政拨款支出决算结构',
      c.generalByFunction
        .filter((r) => r.code.length === 3)
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((r) => ({
          name: `${className(edition.functions.get(r.code)?.name ?? r.code)}（类）`,
          yuan: r.actual,
        })),
    ),
    pie('图7', '“三公”经费财政拨款支出结构', [
      { name: '因公出国（境）费', yuan: c.threePublic.actual.abroad },
      { name: '公务用车购置及运行维护费', yuan: c.threePublic.actual.vehicle },
      { name: '公务接待费', yuan: c.threePublic.actual.reception },
    ]),
  ];
}

/** Exposed for tests and renderers that print an axis in 万元. */
export const chartAmount = (yuan: string): string => fixed(dec(yuan).div(10000), 2);
