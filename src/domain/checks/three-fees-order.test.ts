/**
 * A 三公 table whose items are printed in another order than the national one (公务接待费 before the car
 * group), one row of pairs (预算数, 决算数 of each item), and a 政府性基金 table whose header says 小计 and
 * stands left of its figures (names, figures invented).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** Items: 合计 30.00, 出国 4.00, 接待 6.00, 车 20.00 (购置 12.00, 运行 8.00); budgets 36, 5, 7, 24, 14, 10. */
const fees = (o: { car?: string; reception?: string } = {}) =>
  [
    '                 白沙县林业局2024年度部门决算',
    '                       财政拨款“三公”经费支出决算表',
    '                                                            公开07表 单位：万元',
    '      合计      因公出国（境）费    公务接待费                公务用车购置及运行维护费',
    ' 预算数 决算数 预算数 决算数 预算数 决算数 预算数小计决算数 预算数           公务用车购置费 公务用车运行维护费',
    '                                                      决算数 预算数 决算数',
    '  36.00 30.00   5.00 4.00 7.00 6.00 24.00 20.00 14.00 12.00  10.00  8.00',
    '注：本表反映部门本年度“三公”经费支出预决算情况。',
    '    “三公”经费财政拨款支出决算为30.00万元。其中：因公出国（境）费支出决算为4.00万元；',
    `公务用车购置及运行维护费支出决算为${o.car ?? '20.00'}万元；公务接待费支出决算为${o.reception ?? '6.00'}万元。`,
  ].join('\n');

describe('a 三公 table with its items in another order', () => {
  it('reads each figure under its own header', () => {
    expect(errors(fees())).toEqual([]);
  });

  it('still reports a text figure the table does not print', () => {
    expect(errors(fees({ car: '21.00' }))).toContain('figure.text-table 20.00万元 21.00万元');
    expect(errors(fees({ reception: '6.50' }))).toContain('figure.text-table 6.00万元 6.50万元');
  });
});

const fund = (carryOut = '15.00', wrapped = true) =>
  [
    '                 白沙县林业局2024年度部门决算',
    '                     政府性基金预算财政拨款收入支出决算表',
    '                                                                       公开08表 单位：万元',
    '        项目           年初结转和结余 本年收入 小计 基本支出     本年支出',
    ' 科目编码        科目名称                                    项目支出 年末结转和结余',
    '        合计                 5.00 210.00 200.00   0.00   200.00   15.00',
    '212      城乡社区支出            5.00 210.00 200.00   0.00   200.00   15.00',
    ...(wrapped
      ? [
          '         国有土地使用权',
          '21208    出让收入安排的             5.00   210.00 200.00     0.00    200.00           15.00',
          '         支出',
          '2120803 城市建设支出               5.00   210.00 200.00     0.00    200.00           15.00',
        ]
      : []),
    '八、政府性基金预算财政拨款收入支出决算情况说明',
    `    政府性基金预算财政拨款收入210.00万元，支出200.00万元，年末结转和结余${carryOut}万元。`,
  ].join('\n');

describe('a 政府性基金 table whose header (小计) stands left of its figures', () => {
  it('names no column it cannot place', () => {
    expect(errors(fund())).toEqual([]);
  });

  it('reads 小计 as the spending total when the header stands over its figures', () => {
    expect(errors(aligned())).toEqual([]);
    expect(errors(aligned('201.00'))).toContain('figure.text-table 200.00万元 201.00万元');
    expect(errors(aligned('200.00', '16.00'))).toContain('figure.text-table 15.00万元 16.00万元');
  });
});

/** The same table with each header over its figure (one header line). */
const aligned = (spent = '200.00', carryOut = '15.00') =>
  [
    '                 白沙县林业局2024年度部门决算',
    '                     政府性基金预算财政拨款收入支出决算表',
    '                                                                       公开08表 单位：万元',
    '        项目        年初结转和结余    本年收入       小计     基本支出     项目支出    年末结转和结余',
    '        合计               5.00     210.00     200.00       0.00     200.00          15.00',
    '212      城乡社区支出       5.00     210.00     200.00       0.00     200.00          15.00',
    '八、政府性基金预算财政拨款收入支出决算情况说明',
    `    2024年度政府性基金预算财政拨款支出${spent}万元，年末结转和结余${carryOut}万元。`,
  ].join('\n');
