/**
 * A 评分表 row's 扣分原因 against its 分值 − 得分 (deductions.ts). Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const sheet = (rows: string[]): string =>
  [
    '                 表3 项目绩效评价指标评分表',
    '一级指标 二级指标   三级指标       分值 得分        扣分原因',
    ...rows,
    '合计                            10 8.00',
  ].join('\n');

const ROWS = [
  ' 决策 项目立项 立项依据充分性   2 2.00 —',
  ' 决策 绩效目标 目标明确性       4 3.50 产出指标未细化，扣0.50分',
  ' 过程 资金管理 资金使用规范性   4 2.50 3笔报销凭证不全，扣1.00分；台账未及时登记，扣0.50',
  '                                        分',
];

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'score.deduction')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

describe('a deduction stated in a 评分表 row', () => {
  it('holds when it is 分值 − 得分 (several deductions summed, one wrapped)', () => {
    expect(errors(sheet(ROWS))).toEqual([]);
  });
  it('is an error when it is not', () => {
    const rows = ROWS.map((r) => r.replace('扣0.50分', '扣1.50分'));
    expect(errors(sheet(rows))).toEqual(['4 扣0.50分 扣1.50分']);
    const sum = ROWS.map((r) => r.replace('扣1.00分；', '扣0.50分；'));
    expect(errors(sheet(sum))).toEqual(['5 扣1.50分 扣1.00分']);
  });
  it('leaves per-item deductions and capped ones alone', () => {
    const rows = ROWS.map((r) => r.replace('产出指标未细化，扣0.50分', '每缺1项扣0.25分，扣1.00分'));
    expect(errors(sheet(rows))).toEqual([]);
  });
  it('reads a stated total rather than the items', () => {
    const rows = ROWS.map((r) =>
      r
        .replace('台账未及时登记，扣0.50', '台账未及时登记，扣0.50分，共扣1.50')
        .replace(/^ {40}分$/, '                                        分'),
    );
    expect(errors(sheet(rows))).toEqual([]);
  });
});
