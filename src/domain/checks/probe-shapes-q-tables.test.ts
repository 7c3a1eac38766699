/**
 * Readings met in fresh documents (units, names and figures made up), each with a clean variant:
 *  - a 基本支出 table coded in two columns 类 | 款, with 合计 / 人员经费 / 公用经费 columns no row but the total fills
 *    (each 科目 its 合计 and one part), its first row's figures printed with thousands separators a character off
 *    the others, run over a page break at another margin with its header repeated;
 *  - a 自评表's 年度总体目标 printed as two columns 预期目标 | 实际完成情况 side by side, a count in the 实际完成情况
 *    against the 实际完成值 of the indicator row so named.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a 基本支出 table of 合计 / 人员经费 / 公用经费 columns over a page break', () => {
  const doc = (person: string) =>
    [
      '  溪口县农业技术推广中心2024年度一般公共预算财政拨款基本支出决算表（表6）',
      '                                             公开06表 单位：万元',
      '经济分类科目',
      '    编码              科目名称   合计          人员经费        公用经费',
      ' 类 款',
      '301    工资福利支出              1,204.50     1,204.50',
      '301   01 基本工资               420.30       420.30',
      '301   02 津贴补贴               310.20       310.20',
      '301   07 绩效工资               380.00       380.00',
      '301   13 住房公积金                 94.00      94.00',
      '303     对个人和家庭的补助            36.80        36.80',
      '303   02 退休费                 30.50        30.50',
      '303   04 抚恤金                    6.30       6.30',
      '302     商品和服务支出             148.60                  148.60',
      '302   01 办公费                 22.40                   22.40',
      '302   05 水费                     5.10                  5.10',
      '302   06 电费                  18.30                   18.30',
      '',
      '经济分类科目',
      '   编码                科目名称         合计          人员经费        公用经费',
      ' 类 款',
      '302 11 差旅费                           26.70                  26.70',
      ' 302   15 会议费                          4.20                  4.20',
      ' 302   28 工会经费                       15.90                  15.90',
      ' 302   31 公务用车运行维护费                  56.00                  56.00',
      ' 310     资本性支出                       12.40                  12.40',
      ' 310   02 办公设备购置                     12.40                  12.40',
      `                 基本支出合计            1,402.30    ${person.padStart(8)}     161.00`,
      '注：本表反映本单位本年度一般公共预算财政拨款基本支出明细情况。',
    ].join('\n');

  it('reads the first row as a row and sums the 人员经费 column to its total', () => {
    expect(errors(doc('1,241.30'))).toEqual([]);
    const found = checkTextReport(doc('1,242.30')).findings.filter((f) => f.severity === 'error');
    // (The total row no longer adds across either: the same cell, told both ways.)
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.code-sum L28 1241.30 1,242.30',
      'table.row-sum L28 1403.30 1,402.30',
    ]);
    expect(found[0]!.message).toContain('1204.50 + 36.80 + 0 + 0 = 1241.30');
  });

  it('does not sum the total against its 类 when a 类 does not add up to its 款 (that 类 is reported)', () => {
    const bad = doc('1,241.30').replace(
      '301   07 绩效工资               380.00       380.00',
      '301   07 绩效工资               389.00       389.00',
    );
    expect(errors(bad).filter((e) => e.includes(' L28 '))).toEqual([]);
  });
});

describe('a 年度总体目标 in two columns against the indicator rows', () => {
  const doc = (trained: string) =>
    [
      '                 2024年度部门整体支出绩效自评表',
      '                 （溪口县农业农村局）            金额单位：万元',
      '                  预期目标                              实际完成情况',
      '     建设耕地质量监测点不少于60个、开展农技培训不',
      ' 年度总体 少于800人次；主要农作物良种覆盖率达到96%以  全年建成耕地质量监测点62个，开展农技培',
      ` 目标 上；补贴资金发放及时率100%；农户满意度     训${trained}人次，良种覆盖率96.4%；补贴资金`,
      '     不低于90%。                  发放及时率100%；农户满意度为93.1%。',
      ' 一级指 二级指标      三级指标     计量 年度指标 实际完成值 分值 得分           偏差原因分析及改进措施',
      ' 标                      单位   值',
      '         耕地质量监测点 个 ≥60   62                  20  20',
      '         建设数',
      '    数量指标 农技培训人',
      '         次       人次 ≥800  826                20  20',
      ' 产出指 质量指标 良种覆盖率 %     ≥96       96.4         20  20',
      '  标 时效指标 补贴资金发放及 %    100       100          20  20',
      '         时率',
      ' 满意度 服务对象 农户满意度 %     ≥90       93.1         20  20',
      ' 指标 满意度指',
      '                  总分                  100 100',
    ].join('\n');

  it('reports a count of the 实际完成情况 that is not the indicator row’s 实际完成值', () => {
    expect(errors(doc('826'))).toEqual([]);
    const found = checkTextReport(doc('862')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'figure.text-table L6 826人次 862人次',
    ]);
    expect(found[0]!.message).toContain('“农技培训人次”的实际完成值为826人次');
  });

  it('says nothing of a count about, nor of a name two indicator rows share', () => {
    expect(errors(doc('约862'))).toEqual([]);
    const twice = doc('862').replace(
      '         耕地质量监测点 个 ≥60   62                  20  20',
      '         农技培训人次 人次 ≥60   62                  20  20',
    );
    expect(errors(twice)).toEqual([]);
  });
});

describe('a report’s 全年执行数 against a 年度资金总额 row holding another error', () => {
  // The row's 全年预算数 is not its sources' sum (1540.50 + 240.00 = 1780.50): the row is reported wrong. Its
  // 全年执行数 is its sources' sum (1462.30 + 240.00 = 1702.30): the report is still held to it.
  const doc = (
    spent: string,
    rowSpent = '1702.30',
    financeSpent = '1462.30',
  ) => `                    青岩县项目支出绩效自评表
                            （2024年度）
                                                       金额单位：万元
 项目资金   资金来源      年初预算数      全年预算数      全年执行数      分值     执行率     得分
      年度资金总额         1620.00       1870.50       ${rowSpent}          10     95.61%     9.56
      其中：财政拨款       1380.00       1540.50       ${financeSpent}           —     94.92%      —
      其他资金              240.00        240.00        240.00           —    100.00%      —

       柳溪灌区节水改造项目2024年度绩效自评报告
    一、项目资金情况。项目2024年度全年预算数1780.50万元，其中财政拨款1540.50万元、其他资金240.00万元；全年执行数${spent}万元，预算执行率95.61%。
`;
  const onText = (text: string) => errors(text).filter((e) => e.includes(' L10 '));

  it('holds the text to the 全年执行数 its sources add up to', () => {
    expect(errors(doc('1702.30')).some((e) => e.includes(' L5 '))).toBe(true);
    expect(onText(doc('1702.30'))).toEqual([]);
    expect(onText(doc('1720.30'))).toEqual(['figure.text-table L10 1702.30万元 1720.30万元']);
  });

  it('does not hold the text to an amount its sources do not confirm', () => {
    // The 全年预算数 (the row's fault) is not judged against the text's right 1780.50.
    expect(onText(doc('1702.30')).filter((e) => e.includes('1870.50'))).toEqual([]);
    // 全年执行数 not its sources' sum either: the text is not held to it (only its own rate, 1720.30 ÷ 1780.50).
    expect(onText(doc('1720.30', '1702.30', '1426.30'))).toEqual(['completion.percent L10 96.62% 95.61%']);
  });
});
