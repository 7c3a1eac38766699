/**
 * The characters a chart of the 决算情况说明 can print: the labels of 图1–图7 (收入 sources, 支出 kinds,
 * every 功能分类 name of every catalogue edition, the 三公 parts, series names), digits, Latin letters and
 * the punctuation the charts use. The chart font (a subset of Noto Sans CJK SC, built from this list by
 * build-chart-font.ts) holds exactly these glyphs; any other character falls back to the full font.
 */
import { EXPENDITURE_LABEL, INCOME_LABEL, catalogFor, className } from '../../../domain/accounts/index.ts';

/** Fixed texts of the charts (series names, units, the 三公 parts) — see src/domain/accounts/charts.ts. */
const FIXED = [
  '收入总计支出总计财政拨款收入总计财政拨款支出总计一般公共预算财政拨款支出',
  '因公出国（境）费公务用车购置及运行维护费公务接待费',
  '单位：万元年（类）（款）（项）',
  '0123456789.,%-+:：（）()、 ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
];

export function chartCharacters(): string {
  const texts = [...FIXED, ...Object.values(INCOME_LABEL), ...Object.values(EXPENDITURE_LABEL)];
  for (let year = 2000; year <= 2100; year++) {
    for (const s of catalogFor(year).functions.values()) texts.push(s.name, className(s.name));
  }
  return [...new Set([...texts.join('')])].sort().join('');
}
