/**
 * A 自评表's 实际完成值 dated after the form's 填报日期 (filing-dates.ts, `year.after-filing`). Made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const form = (actual: string, filed: string): string =>
  [
    '                              项目支出绩效自评表',
    '                                 （2031年度）',
    '  项目名称    青石县护林员培训项目',
    '    一级指标   二级指标    三级指标       年度指标值     实际完成值 分值 得分   偏差原因分析及改进措施',
    '    产出指标   数量指标    培训护林员人数   ≥300人        312人       20   20.00',
    `    产出指标   时效指标    培训完成时间     2031年10月底前 ${actual}`,
    '                                                   日          20   20.00',
    '                   总分                                        100  100.00',
    `填报单位（盖章）：青石县林业局        填报人：吴某     填报日期：${filed}`,
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'year.after-filing')
    .map((f) => `${f.line} ${f.found}`);

describe('an actual completion dated after the form was filled in', () => {
  it('holds before the filling date', () => {
    expect(errors(form('2031年10月20', '2032年2月26日'))).toEqual([]);
  });
  it('is an error after it', () => {
    expect(errors(form('2032年10月20', '2032年2月26日'))).toEqual(['6 2032年10月20日']);
  });
  it('reads a form whose filling date is at its top too', () => {
    const top = form('2032年10月20', '2032年2月26日').split('\n');
    const filed = top.pop()!;
    expect(errors([...top.slice(0, 2), filed, ...top.slice(2)].join('\n'))).toEqual(['7 2032年10月20日']);
  });
});

describe('an actual date after a unit cell "日期"', () => {
  const row = (actual: string): string =>
    [
      '                              项目支出绩效自评表',
      '                                 （2031年度）',
      '  项目名称    青石县护林员培训项目',
      '  一级指标 二级指标 三级指标  指标 指标值 度量单位 实际完成值 分值 得分  偏差原因分析及改进措施',
      `  产出指标 时效指标 培训完成时间 ≤ 2031年10月31日 日期 ${actual} 10  10.00 无偏差`,
      '                   总分                                        100  100.00',
      '填报单位（盖章）：青石县林业局        填报人：吴某     填报日期：2032年2月26日',
    ].join('\n');
  it('holds before the filling date and is an error after it', () => {
    expect(errors(row('2031年10月20日'))).toEqual([]);
    expect(errors(row('2032年10月20日'))).toEqual(['5 2032年10月20日']);
  });
});
