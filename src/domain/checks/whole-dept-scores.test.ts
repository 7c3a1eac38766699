import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/**
 * The national 部门整体支出绩效自评表 as `pdftotext -layout` prints it: a 年度预算执行情况 part (年度资金总额, 其中：基本
 * 支出 / 项目支出), then the 绩效指标 part whose narrow header wraps 实际完成值 and prints 分值 one character a line.
 */
const form = (o: { title?: string; filled?: string; score?: string; total?: string; actual?: string } = {}) =>
  [
    `                 ${o.title ?? '2024'}年度部门整体支出绩效自评表`,
    `主管部门及代码：临江市河西区文化和旅游局（305002） 实施单位：临江市河西区文化和旅游局 填报日期：${o.filled ?? '2025'}`,
    '年4月10日',
    '                                                                      金额单位：万元',
    '一、年度预算执行情况',
    '     项目          年初预算数         全年预算数         全年执行数         分值     执行率     得分',
    '年度资金总额              1,200.00      1,400.00      1,330.00 10        95.00% 9.50',
    '其中：基本支出               700.00        760.00        752.40      —    99.00%    —',
    '   项目支出               500.00        640.00        577.60      —    90.25%    —',
    '二、年度总体目标完成情况',
    '预期目标                                实际完成情况',
    '举办公共文化活动150场以上，群众满意度不低于90%。      举办活动162场，群众满意度较高。',
    '三、绩效指标完成情况',
    ' 一级指标    二级指标       三级指标     年度指标值 实际完成   值',
    '                                                 分 得分',
    '                                                 值           偏差原因及改进措施',
    '产出指标 数量指标       公共文化活动场次    ≥150场 162场 15 15.00                    —',
    '产出指标 质量指标       文物安全检查覆盖率      100% 100% 15 15.00                  —',
    '产出指标 时效指标       活动按期完成率      ≥95%          96% 15 15.00                 —',
    '产出指标 成本指标       场均活动成本     ≤2万元 1.8万元 10 10.00                   —',
    `效益指标 社会效益指标     群众参与人次    ≥5万人次 5.6万人次 20 ${o.score ?? '20.00'}                       —`,
    `满意度指标 服务对象满意度指标 群众满意度      ≥90%     ${o.actual ?? '92.4%'}      15 15.00               —`,
    `总分                                              100 ${o.total ?? '99.50'} 自评等级：优`,
    '四、自评报告',
    '   临江市河西区文化和旅游局2024年度部门整体支出全年预算数1400.00万元，全年执行数1330.00万元。',
    '   经自评，本部门2024年度整体支出绩效自评得分99.50分，评价等级为“优”。',
  ].join('\n');

const findings = (text: string, severity = 'error') =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('the national 部门整体支出绩效自评表', () => {
  it('reads a clean form without a finding', () => {
    expect(findings(form())).toEqual([]);
    expect(findings(form(), 'warning')).toEqual([]);
  });
  it('reads the indicator part under a header with 分值 printed one character a line', () => {
    // 得分 above its 分值; the 总分 counts it.
    expect(findings(form({ score: '20.50', total: '100.00' }))).toEqual([
      '21 score.exceeds-weight ≤20 20.50',
      '23 score.sum ≤99.50 100.00',
    ]);
    // Σ 得分 = 9.50 + 15 + 15 + 15 + 10 + 20 + 15 = 99.50.
    expect(findings(form({ total: '99.05' }))).toEqual(['23 score.sum 99.50 99.05']);
  });
  it('takes the year from the 填报日期 in the year after when the title was not updated', () => {
    expect(findings(form({ title: '2023' }))).toEqual(['1 year.heading 2024年度 2023年度']);
    // A filling date late in a year is no evidence of the year before.
    expect(findings(form({ title: '2023', filled: '2024' }).replace('年4月10日', '年11月10日'))).toEqual([]);
  });
  it('warns of a 完成值 printed without the % of its 指标值', () => {
    expect(findings(form({ actual: '92.4' }), 'warning')).toEqual(['22 unit.missing 92.4% 92.4']);
    expect(findings(form({ actual: '92.4' }))).toEqual([]);
  });
});
