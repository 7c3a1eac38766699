/**
 * A report whose text comes before its 汇总表 (序号 | 项目名称 | 年初预算 | 全年预算 | 全年执行 | 执行率 | 自评得分 | 等级,
 * "单位：万元、%、分", a 合计 row): the table's bare 执行率 cells (rate-tables.ts), the text's totals named by a
 * column (list-table-totals.ts), and grade shares when the grade counts do not add up to the count stated
 * (count-sums.ts). Invented names and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type P = { total?: string; share?: string; rate?: string; count?: string };
const doc = (p: P = {}) =>
  [
    '一、基本情况',
    `    本次纳入自评范围的项目共4个，年初预算合计700.00万元，全年预算合计${p.total ?? '760.00'}万元，全年执行合计722.00万元。`,
    '二、自评结果',
    `    ${p.count ?? '4'}个项目自评平均得分89.00分。其中，评价等级为“优”的项目2个，占50.00%；评价等级为“良”的项目1个，占${p.share ?? '25.00'}%；评价等级为“中”的项目1个，占25.00%；无评价等级为“差”的项目。评价等级按得分90分（含）以上为“优”、80（含）—90分为“良”、60（含）—80分为“中”、60分以下为“差”确定。`,
    '附件1',
    '             2031年度项目支出绩效自评结果汇总表',
    '                                                       单位：万元、%、分',
    '序号       项目名称         年初预算 全年预算 全年执行 执行率 自评得分 等级',
    ' 1 甲河堤防加固项目             300.00 320.00 304.00 95.00    94.00 优',
    ' 2 乙村饮水安全项目             200.00 200.00 190.00 95.00    92.00 优',
    ` 3 丙站设备购置项目             100.00 120.00 114.00 ${p.rate ?? '95.00'}    86.00 良`,
    ' 4 丁镇道路养护项目             100.00 120.00 114.00 95.00    84.00 中',
    '         合计                  700.00 760.00 722.00 95.00    89.00 —',
  ].join('\n');

const errors = (p: P = {}) =>
  checkTextReport(doc(p))
    .findings.filter((f) => f.severity === 'error' && f.rule !== 'grade.score')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('the text before a 汇总表 and the table itself', () => {
  it('holds when all agree', () => {
    expect(errors()).toEqual([]);
  });
  it('reads a bare 执行率 under a unit line naming %', () => {
    expect(errors({ rate: '59.00' })).toEqual(['11 completion.percent 95.00% 59.00%']);
  });
  it('reads a total in the text before the table, by a column named without 数', () => {
    expect(errors({ total: '706.00' })).toEqual(['2 figure.text-table 760.00万元 706.00万元']);
  });
  it('judges a grade share over the counts listed when they do not add up to the count stated', () => {
    expect(errors({ count: '3', share: '52.00' })).toEqual([
      '4 share.percent 25.00% 52.00%',
      '4 count.sum ≤3个 4个',
    ]);
    expect(errors({ count: '3' })).toEqual(['4 count.sum ≤3个 4个']);
  });
});
