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

describe('a fee table whose 其中 list runs on past rows printed like items, under a header read askew', () => {
  // Two header lines of labels one space apart (read askew: "…决算数增减额" names the 决算 column), a 公务接待费
  // broken down into "其中：国内…" and an unprefixed "国（境）外…", then more items and the 合计.
  const table = (total: string, carChange = '-5.22', abroadCount = '1') =>
    [
      '一、2036年度“三公”经费、会议费、培训费决算情况表',
      '                                                                        单位：万元',
      '     项目      2036年 2036年 2035年 比预算 比预算 比上年 比上年                     2036年数量',
      '             预算数 决算数 决算数 增减额 增减率 增减额 增减率 批次(个) 人次(人) 车辆(辆)',
      '因公出国（境）费        15.00  11.37   9.82 -3.63 -24.20%   1.55 15.78%  2      6',
      '公务用车购置费         28.00 26.85 31.20 -1.15 -4.11% -4.35 -13.94%                1',
      `公务用车运行维护费       46.50 41.28 44.63 ${carChange} -11.23% -3.35 -7.51%               17`,
      '公务接待费           18.00 13.64   16.77 -4.36 -24.22% -3.13 -18.66% 97    1048',
      '其中：国内公务接待费      16.00  12.16  15.91 -3.84 -24.00% -3.75 -23.57% 96    1043',
      `国（境）外公务接待费       2.00   1.48   0.86 -0.52 -26.00% 0.62 72.09%    ${abroadCount}      5`,
      '会议费             35.00 31.72 33.05 -3.28 -9.37% -1.33 -4.02% 14        1260',
      '培训费             60.00 52.49 48.17 -7.51 -12.52% 4.32      8.97% 22    1835',
      `合计             202.50 ${total} 183.64 -25.15 -12.42% -6.29 -3.43%`,
    ].join('\n');
  const sums = (text: string) =>
    checkTextReport(text)
      .claims.filter((c) => c.kind === 'table' && c.arithmetic.includes('之和'))
      .map((c) => `${c.line} ${c.verified}`);

  it('reads the breakdown by its figures and sums the 合计 — no error when all holds', () => {
    expect(errors(table('177.35'))).toEqual([]);
    // 公务接待费 = 国内 + 国（境）外, and the 合计 of the six items, in several columns.
    expect(sums(table('177.35'))).toContain('8 true');
    expect(sums(table('177.35'))).toContain('13 true');
  });
  it('finds a 合计 that is not the sum of its items, and then a 增减额 wrong in its row', () => {
    expect(errors(table('177.53')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '13 table.total',
    ]);
    expect(errors(table('177.53', '-5.32')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '7 table.change',
      '13 table.total',
    ]);
  });
  it('reads no breakdown when the rows after 其中 do not make their item', () => {
    // 国（境）外 then is an item or a part: which is not known, so the 合计 is not summed.
    expect(sums(table('177.35', '-5.22', '3')).filter((s) => s.startsWith('13 '))).toEqual([]);
  });
});
