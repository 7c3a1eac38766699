/**
 * Shapes of round 14's blind sets (units, names and figures made up): a table header's second line of short labels
 * one space apart; a balance after a 全年预算数 stated with 为; a share after the last of a list of amounts.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a header whose second line sets its labels one space apart', () => {
  const table = (total: string) =>
    [
      '一、2036年度“三公”经费决算情况表',
      '                                                  单位：万元',
      '     项目      2036年 2036年 2035年 比上年 比上年',
      '             预算数 决算数 决算数 增减额 增减率',
      '因公出国（境）费        15.00  11.37   9.82   1.55 15.78%',
      '公务用车运行维护费       46.50 41.28 44.63 -3.35 -7.51%',
      '公务接待费           18.00 13.64   16.77 -3.13 -18.66%',
      `合计             79.50 66.29 71.22 ${total} -6.92%`,
    ].join('\n');
  it('reads the table under it as one: its 合计 row and its change column are checked', () => {
    expect(errors(table('-4.93'))).toEqual([]);
    expect(
      checkTextReport(table('-4.93')).claims.filter((c) => c.line === 8 && c.verified).length,
    ).toBeGreaterThan(0);
    expect(errors(table('-4.39')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['8 table.change']);
  });
});

describe('a balance after a 全年预算数 stated with 为', () => {
  const doc = (balance: string) =>
    `某厅2036年度部门整体支出绩效评价报告\n    2036年度年初预算48,620.00万元，年中追加后，全年预算数为52,386.45万元。全年实际支出47,903.18万元，预算执行率为91.44%；年末结转结余${balance}万元。`;
  it('takes the 全年预算数 as a base too', () => {
    expect(errors(doc('4,483.27'))).toEqual([]);
    expect(errors(doc('4,438.27')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['2 sum.parts']);
  });
});

describe('a share after the last of a list of amounts', () => {
  it('is not read as the last amount’s share', () => {
    const doc = [
      '某厅2036年度部门整体支出绩效评价报告',
      '    年末结转结余4,483.27万元。',
      '    共有3个项目资金612.40万元超过两年未使用，分别为甲资金305.20万元、乙资金198.60万元、丙资金108.60万元，占年末结转结余的13.66%。',
    ].join('\n');
    expect(errors(doc)).toEqual([]);
  });
});

describe('a report on several projects with one 自评表 attached', () => {
  const doc = (count: string) =>
    [
      '某局2036年度项目支出绩效自评情况报告',
      `    本次纳入自评范围的项目共${count}个，全年预算合计7,222.30万元。全年执行数6,902.12万元。`,
      '附件',
      '                          项目支出绩效自评表',
      '  项目名称    城区环卫作业市场化服务项目',
      '                     年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      '          年度资金总额       3,200.00 3,456.80 3,398.27 10         98.31% 9.83',
      '项目资金（万元） 其中：当年财政拨款 3,200.00 3,456.80 3,398.27 —              98.31% —',
      '          其他资金                                     —                 —',
    ].join('\n');
  it('holds not the projects’ funds together to the one table', () => {
    expect(errors(doc('8')).filter((e) => e.includes('figure.text-table'))).toEqual([]);
  });
});
