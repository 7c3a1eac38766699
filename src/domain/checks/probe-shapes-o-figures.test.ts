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
