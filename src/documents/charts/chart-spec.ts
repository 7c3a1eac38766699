/**
 * Chart specifications as plain data (what the 决算情况说明 draws as 图1–图7): bar charts comparing
 * this year with last year, and pie charts of structures. Values are exact decimal strings; the
 * renderer converts them to numbers only to draw, never to print.
 */
export type BarChartSpec = {
  kind: 'bar';
  title: string;
  unit: string; // e.g. 万元
  categories: string[]; // e.g. ['收入总计', '支出总计']
  series: Array<{ name: string; values: string[] }>; // e.g. 2019年 / 2020年
};

export type PieChartSpec = {
  kind: 'pie';
  title: string;
  unit: string;
  /** `percent`: the share as the text prints it (from exact 元); computed from `value` when absent. */
  slices: Array<{ name: string; value: string; percent?: string | null }>;
};

export type ChartSpec = BarChartSpec | PieChartSpec;
