/**
 * Shapes of a 部门决算 printed from Word tables (units, names and figures made up): a 总表 and a 支出决算表 whose 合计
 * rows stand at the top, a 三公 table of the items as columns under a merged header with a row of 预算数 and one of
 * 决算数, and a share after a part's breakdown in brackets.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const SUMMARY = [
  `表一 收入支出决算总表`,
  ``,
  `                                                                                     单位：万元`,
  ``,
  `                       收入                                      支出`,
  `                项目          决算数                           项目        决算数`,
  `     本年收入合计                       5,412.30   本年支出合计                       5,380.50`,
  `     一、一般公共预算财政拨款收入               5,300.10   一、一般公共服务支出`,
  `     二、政府性基金预算财政拨款收入                         二、外交支出`,
  `     三、国有资本经营预算财政拨款收入                        三、国防支出`,
  `     四、上级补助收入                                四、公共安全支出`,
  `     五、事业收入                        112.20    五、教育支出`,
  `     六、经营收入                                  六、科学技术支出`,
  `     七、附属单位上缴收入                              七、文化旅游体育与传媒支出`,
  `     八、其他收入                                   八、社会保障和就业支出                   310.40`,
  `                                             九、卫生健康支出                      %HEALTH%`,
  `                                             十、节能环保支出`,
  `                                             十一、城乡社区支出`,
  `                                             十二、农林水支出                     4,820.90`,
  `                                             十三、交通运输支出`,
  `                                             十九、住房保障支出                     120.60`,
  `     年初结转和结余                        60.00   年末结转和结余                      91.80`,
  `     总计                           5,472.30   总计                         5,472.30`,
  `注：本表反映部门本年度的总收支和年末结转结余情况。`,
  `表三 支出决算表`,
  ``,
  `                                                                                               单位：万元`,
  ``,
  `                    项目          本年支出合计       基本支出       项目支出`,
  `   科目编码                  科目名称`,
  `  合计                              5,380.50     1,402.30      3,978.20`,
  `  208       社会保障和就业支出              310.40       310.40`,
  `  20805     行政事业单位养老支出             310.40       310.40`,
  `  210       卫生健康支出                 128.60       128.60`,
  `  21011     行政事业单位医疗               128.60       128.60`,
  `  213       农林水支出                 4,820.90       842.70      3,978.20`,
  `  21301     农业农村                  4,820.90       842.70      3,978.20`,
  `  221       住房保障支出                 120.60       120.60`,
  `  22102     住房改革支出                 120.60       120.60`,
  `注：本表反映部门本年度各项支出情况。`,
].join('\n');

describe('a 总表 whose 本年支出合计 stands above its 类', () => {
  it('gives no error when the 类 agree with the 支出决算表', () => {
    const text = SUMMARY.replace('%HEALTH%', '128.60');
    expect(errors(text)).toEqual([]);
    expect(checkTextReport(text).claims.map((c) => c.arithmetic)).toContain(
      '卫生健康支出：《表一收入支出决算总表》128.60，《表三支出决算表》128.60',
    );
  });

  it('reports a 类 of the 总表 that differs from the 支出决算表', () => {
    expect(errors(SUMMARY.replace('%HEALTH%', '182.60'))).toContain(
      'figure.tables-disagree L16 128.60 182.60',
    );
  });
});

const FEES = [
  `表七 财政拨款“三公”经费支出决算表`,
  ``,
  `                                                                                          单位：万元`,
  ``,
  `        项目         合计        因公出国（境）费              公务用车购置及运行维护费                公务接待费`,
  `                                          小计         公务用车购置费    公务用车运行维护费`,
  `     预算数             40.00         8.00      26.00         0.00        26.00       6.00`,
  `     决算数             %TOTAL%         7.10      22.40         0.00        22.40       4.80`,
  `注：本表反映部门本年度“三公”经费支出预决算情况。`,
  `七、财政拨款“三公”经费支出决算情况说明`,
  `  “三公”经费财政拨款支出年初预算为 40.00 万元，支出决算为 34.30 万元，完成预算的 85.75%，其中：因公出国（境）费支出决算为 7.10 万元，完成预算的 88.75%；公务用车购置及运行维护费支出决算为 22.40 万元，完成预算的 %CAR%%；公务接待费支出决算为 4.80 万元，完成预算的 80.00%。`,
].join('\n');

describe('a 三公 table of the items as columns under a merged header', () => {
  const doc = (total: string, car: string) => FEES.replace('%TOTAL%', total).replace('%CAR%', car);

  it('gives no error when the 决算数 add up and the rates hold', () => {
    expect(errors(doc('34.30', '86.15'))).toEqual([]);
  });

  it('reports a 决算数 合计 that is not the sum of the items', () => {
    expect(errors(doc('33.40', '86.15'))).toContain('table.row-sum L8 34.30 33.40');
  });

  it('reads an item’s budget from the table for its completion rate', () => {
    expect(errors(doc('34.30', '68.15'))).toContain('completion.percent L11 86.15% 68.15%');
  });
});

describe('a share after a part’s breakdown in brackets', () => {
  const text = (share: string) =>
    `本年收入合计2,400.00万元，其中：财政拨款收入2,280.00万元，占95.00%（一般公共预算财政拨款收入2,000.00万元，政府性基金预算财政拨款收入280.00万元）；事业收入96.00万元，占${share}%；其他收入24.00万元，占1.00%。`;

  it('gives no error when the shares hold', () => {
    expect(errors(text('4.00'))).toEqual([]);
  });

  it('reports the share of the part after the bracket', () => {
    expect(errors(text('40.00'))).toContain('share.percent L1 4.00% 40.00%');
  });
});
