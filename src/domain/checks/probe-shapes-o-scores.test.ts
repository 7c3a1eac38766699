/**
 * Score readings met in fresh documents (units, names and figures made up), each with a clean variant:
 *  - a 自评表 whose 总分 is Σ 得分 as printed while one 得分 is above its 分值: the 总分 counts the excess;
 *  - a 部门整体 自评表 with wrapped indicator names, a 计量单位 column (指标值 printed as plain numbers) and the
 *    总分 row after a page break: a 分值 misprinted (the 得分 prove the reading), a 资金 得分 off its rule.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a 总分 that counts a 得分 above its 分值', () => {
  // score: the 绿化养护成本 row's 得分; total: the 总分 row's.
  const doc = (score: string, total: string) =>
    [
      '                           项目支出绩效自评表',
      '                             （2024年度）                            单位：万元',
      '项目名 云溪区河岸绿化养护项目',
      '  称',
      '               年初预算数     全年预算数 全年执行数 分值 执行率           得分',
      '     年度资金总额        300.00      320.00      304.00 10 95.00%          9.50',
      '一级指   二级指标      三级指标        年度指标值 实际完成值 分值            得分        偏差原因分析及改进措施',
      '  标',
      '产出指 数量指标      养护绿地面积     ≥120亩     124亩                30        30',
      '标',
      '产出指 质量指标      苗木成活率       ≥95%       96.2%                20        20',
      '标',
      `产出指 成本指标      绿化养护成本     ≤2.6万元/亩  2.45万元/亩           10        ${score.padEnd(4)} 单价下降`,
      '标',
      '效益指 社会效益指标 周边居民受益人数 ≥5000人    5300人               20        18 部分路段施工',
      '标',
      '满意度 服务对象满意度指 居民满意度   ≥90%       92%                  10        10',
      '指标 标',
      `                  总分                                   100     ${total}`,
    ].join('\n');

  it('reports the 总分 above the most its rows allow', () => {
    expect(errors(doc('10', '97.50'))).toEqual([]);
    const found = checkTextReport(doc('11', '98.50')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'score.exceeds-weight L13 ≤10 11',
      'score.sum L19 ≤97.50 98.50',
    ]);
    expect(found[1]!.message).toContain('得分11超过分值10');
    expect(found[1]!.message).toContain('总分至多为97.50');
  });
});

describe('a wrapped 部门整体 indicator table with plain-number 指标值', () => {
  // fundScore: the 资金总额 得分; weight: the 归档率 row's 分值; total: the 总分 row's 得分.
  const doc = (fundScore: string, weight: string, total: string) =>
    [
      '                 2024年度部门整体支出绩效自评表',
      '                 （青岩县自然资源局）          金额单位：万元',
      ' 部门名称 青岩县自然资源局                         主管部门 青岩县人民政府',
      '          项目    年初预算数       全年预算数       全年执行数 分值          执行率 得分',
      ` 年度预算 资金总额         2,400.00   2,500.00     2,375.00 10     95.00% ${fundScore}`,
      ' （万元） 基本支出         1,600.00   1,650.00     1,640.10 —      99.40% —',
      '       项目支出          800.00     850.00       734.90 —      86.46% —',
      '一级指 二级指标       三级指标     计量 年度指标 实际完成值 分值 得分           偏差原因分析及改进措施',
      ' 标                      单位   值',
      '         不动产登记办 件 ≥9000 9,420               20   20',
      '         件量',
      '    数量指标 耕地保护巡',
      '         查次数       次 ≥48 52              10   10',
      `         登记资料归档 %    100       98.5         ${weight.padEnd(2)}   9.5 部分档案待补扫，已安排`,
      '         率                                          专人补录',
      '产出指 时效指标 登记按时办',
      '  标      结率 %    100   100         10   10',
      '    社会效益 地质灾害隐患点 %    100       100        15   15',
      '      指标 监测覆盖率',
      '效益指 可持续影',
      '     响指标 耕地保有量 万亩 ≥36.5 36.8              15   15',
      '满意度 服务对象 办事群众满意 %    ≥90       93.4        10   10',
      ' 指标 满意度指 度',
      '',
      ' 一级指 二级指标     三级指标     计量 年度指标 实际完成值 分值 得分        偏差原因分析及改进措施',
      '  标                    单位   值',
      `                  总分                  100 ${total}`,
      '注：预算执行率得分=执行率×分值，满分10分；其余指标分值合计90分。',
    ].join('\n');

  it('reads the rows by their last two numbers, the 总分 after the page break', () => {
    expect(errors(doc('9.50', '10', '99.00'))).toEqual([]);
    const claims = checkTextReport(doc('9.50', '10', '99.00')).claims.filter((c) => c.kind === 'score');
    expect(claims.some((c) => c.line === 27 && c.verified)).toBe(true);
  });

  it('reports a 得分 above a misprinted 分值 and the 分值 sum, the 得分 proving the reading', () => {
    expect(errors(doc('9.50', '9', '99.00'))).toEqual([
      'score.exceeds-weight L14 ≤9 9.5',
      'score.weight-sum L27 100 99',
    ]);
  });

  it('reports the 总分 that adds a 资金 得分 off its rule', () => {
    const found = checkTextReport(doc('9.05', '10', '98.55')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'score.rule L5 9.50 9.05',
      'score.sum L27 99.00 98.55',
    ]);
    expect(found[1]!.message).toContain('总分应为99.00');
  });
});
