/**
 * Figures the 决算 tables repeat (names and figures made up): titles ending in their number ("…收入决算表（表2）"),
 * the 一般公共预算财政拨款 income of the two 总表, and which side of a disagreement is blamed when one table's own
 * arithmetic already failed at that figure.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const summary = (gp: string, total: string) => `              青岩市林草局2024年度收入支出决算总表（表1）
                                                                  公开01表 单位：万元
        收入                                   支出
        项目                  决算数           项目                       决算数
一、一般公共预算财政拨款收入      ${gp}   二十一、农林水支出               900.00
二、政府性基金预算财政拨款收入       -
八、其他收入                      100.00
本年收入合计                    ${total}   本年支出合计                     900.00
`;
const fiscal = (gp: string) => `
              青岩市林草局2024年度财政拨款收入支出决算总表（表4）
                                                                  公开04表 单位：万元
        收入                                   支出
        项目                  决算数           项目                       合计
一、一般公共预算财政拨款          ${gp}   二十一、农林水支出               800.00
本年收入合计                      800.00   本年支出合计                     800.00
`;

describe('the 一般公共预算财政拨款 income of the two 总表', () => {
  it('must be the same figure, the titles read with their numbers', () => {
    expect(errors(summary('800.00', '900.00') + fiscal('800.00'))).toEqual([]);
    expect(errors(summary('800.00', '900.00') + fiscal('800.90'))).toContain(
      'figure.tables-disagree L14 800.00 800.90',
    );
  });

  it('blames the figure its own table already found wrong', () => {
    // 表1's 本年收入合计 is not its rows' sum (880.00 + 100.00 = 980.00, printed 900.00): its 一般公共预算 row is off
    // by just that 80.00 from 表4's 800.00 — the 表1 figure is the one blamed.
    const found = errors(summary('880.00', '900.00') + fiscal('800.00'));
    expect(found).toContain('figure.tables-disagree L5 800.00 880.00');
    expect(found).not.toContain('figure.tables-disagree L14 880.00 800.00');
  });
});

describe('a 类 of the 财政拨款 总表 against the 一般公共预算 table whose own sum failed there', () => {
  const doc = (
    social: string,
    project: string,
    total: string,
    totalProject: string,
  ) => `              青岩市林草局2024年度财政拨款收入支出决算总表（表4）
                                                                  公开04表 单位：万元
        收入                               支出
        项目              决算数           项目                     合计      一般公共预算财政拨款
一、一般公共预算财政拨款      900.00   八、社会保障和就业支出          100.00      100.00
                                   二十一、农林水支出              800.00      800.00
本年收入合计                  900.00

              青岩市林草局2024年度一般公共预算财政拨款支出决算表（表5）
                                                                  公开05表 单位：万元
   科目编码      科目名称                  合计        基本支出      项目支出
               合计                      ${total}        300.00      ${totalProject}
   208         社会保障和就业支出          ${social}        100.00        ${project}
   20805       行政事业单位养老支出        100.00        100.00          0.00
   213         农林水支出                  800.00        200.00        600.00
   21301       农业农村                    800.00        200.00        600.00
`;

  it('blames the detail table’s 类, not the 总表', () => {
    expect(errors(doc('100.00', '0.00', '900.00', '600.00'))).toEqual([]);
    const found = errors(doc('110.00', '10.00', '910.00', '610.00'));
    expect(found).toContain('figure.tables-disagree L13 100.00 110.00');
    expect(found.filter((f) => f.includes('L5 '))).toEqual([]);
  });
});

describe('a 自评 report’s funds figures against its 自评表', () => {
  const doc = (spent: string, budget = '1780.50') => `                    青岩县项目支出绩效自评表
                            （2024年度）
                                                       金额单位：万元
 项目资金   资金来源      年初预算数      全年预算数      全年执行数      分值     执行率     得分
      年度资金总额         1620.00       1780.50       1702.30          10     95.61%     9.56
      其中：财政拨款       1380.00       1540.50       1462.30           —     94.92%      —
      其他资金              240.00        240.00        240.00           —    100.00%      —

       柳溪灌区节水改造项目2024年度绩效自评报告
    一、项目资金情况。项目2024年度全年预算数${budget}万元，其中财政拨款1540.50万元、其他资金240.00万元；全年执行数${spent}万元，预算执行率95.61%。
`;

  it('holds the text’s 全年预算数 and 全年执行数 to the 年度资金总额 row', () => {
    expect(errors(doc('1702.30'))).toEqual([]);
    expect(errors(doc('1720.30'))).toEqual(['figure.text-table L10 1702.30万元 1720.30万元']);
    expect(errors(doc('1702.30', '1708.50'))).toContain('figure.text-table L10 1780.50万元 1708.50万元');
  });

  it('does not take the figure after a "；" as the source named before it', () => {
    // "其他资金240.00万元；全年执行数…": the 执行数 is the project's, not 其他资金's (row-citations.ts).
    expect(errors(doc('1702.30')).filter((e) => e.includes('240.00'))).toEqual([]);
  });
});
