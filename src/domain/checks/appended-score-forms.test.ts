import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

// A 部门整体 form appended to a report, as soffice prints it: the 一级指标 cell merged over its rows (its name on the
// first only), a 小计 under each group, a 扣分原因 that opens with a figure ("3 处…") or ends with one ("…的 85%").
type Form = { rate?: string; subtotal?: string; over?: string; total?: string; title?: string };
const form = (o: Form = {}) =>
  [
    '                   2031 年度部门整体支出绩效自评报告',
    '',
    '   2031 年度全年调整后预算 2,000.00 万元，实际执行 1,900.00 万元，预算执行率 95.00%。',
    '',
    '   一是完善管理制度；二是加强预算执行调度，对进度滞后项目实行月通报，强化结果应用与下年度预算挂钩。',
    `附表 1 ${o.title ?? '2031'} 年度部门整体支出绩效自评表`,
    '',
    ' 一级指标        二级指标         三级指标               分值          得分                扣分原因',
    `预算执行       预算执行率     预算执行率（95.00%）            10          ${o.rate ?? '9.50'}`,
    '产出指标       数量指标      巡查河段长度                     20      20.00',
    '           时效指标      整改按期完成率                    10       8.50     3 处整改延期至次年',
    '           质量指标      检测合格率                       10      10.00',
    `                     小计                          40      ${o.subtotal ?? '38.50'}`,
    '效益指标       社会效益指标    供水保障人口                     20      18.00     山区管网完成目标值的 85%',
    `           生态效益指标    治理面积                         10      ${o.over ?? '10.00'}`,
    '                     小计                          30      28.00',
    '满意度指标      服务对象满意    群众满意度                      20      19.00',
    '           度指标',
    '                     小计                           20      19.00',
    `合计                                               100     ${o.total ?? '95.00'}`,
    '注：预算执行率得分 = 预算执行率 × 10（最高 10 分）。',
  ].join('\n');

describe('a 部门整体 form of merged 一级 cells and 小计 rows (score-pairs.ts, noted-rate-scores.ts)', () => {
  it('adds up: no error', () => {
    expect(errors(form())).toEqual([]);
    const claims = checkTextReport(form()).claims.map((c) => c.arithmetic);
    expect(claims).toContain('小计：各项得分之和 20.00 + 8.50 + 10.00，小计38.50');
  });
  it('a 小计 off its rows, a 得分 above its 分值, the 合计 off its parts', () => {
    // (The 合计 adds up with the 小计's right value: the 小计 is the one error.)
    expect(errors(form({ subtotal: '38.05' }))).toEqual(['13 score.sum 38.50 38.05']);
    expect(errors(form({ subtotal: '38.05', total: '94.55' }))).toEqual(['13 score.sum 38.50 38.05']);
    expect(errors(form({ over: '12.00' }))).toEqual(['15 score.exceeds-weight ≤10 12.00']);
    expect(errors(form({ total: '96.00' }))).toEqual(['20 score.sum 95.00 96.00']);
  });
  it('the 预算执行率 得分 against the note’s rule, the 合计 judged with its right value', () => {
    expect(errors(form({ rate: '5.90' }))).toEqual(['9 score.rule 9.50 5.90']);
    expect(errors(form({ rate: '5.90', total: '94.10' }))).toEqual([
      '9 score.rule 9.50 5.90',
      '20 score.sum 95.00 94.10',
    ]);
    // The rate rounded, or the 得分 truncated: no error.
    expect(errors(form({ rate: '9.5' }))).toEqual([]);
  });
  it('the appended form’s title under a sentence: a title of its own, its year read', () => {
    expect(errors(form({ title: '2030' }))).toEqual(['6 year.heading 2031年度 2030年度']);
  });
});

// An average of the projects' scores whose sentence cites the appended list by number, another table between.
const cited = (average: string) =>
  [
    '   纳入自评的 3 个项目平均得分 ' + average + ' 分。各项目自评结果见附表 2。',
    '',
    ' 一级指标        二级指标         三级指标               分值          得分',
    '产出指标       数量指标      巡查河段长度                     60      58.00',
    '效益指标       社会效益指标    供水保障人口                     40      38.00',
    '合计                                               100     96.00',
    '',
    '附表 2 项目支出绩效自评结果表',
    '',
    ' 序号        项目名称          预算数        执行数       自评得分     等级',
    '1     河道保洁                 300.00       290.00       92.40     优',
    '2     水质监测                 200.00       180.00       85.10     良',
    '3     堤防巡查                 100.00       100.00       96.70     优',
  ].join('\n');

describe('an average against the 附表 its paragraph cites (average-scores.ts)', () => {
  it('the cited list’s mean: no error; another average is one', () => {
    expect(errors(cited('91.40'))).toEqual([]);
    expect(errors(cited('94.10'))).toEqual(['1 figure.text-table 91.40分 94.10分']);
  });
});

describe('a template note wrapped in a table cell (prose-unfilled.ts)', () => {
  const row = (note: string) =>
    [
      '      数量指标       巡查次数         ≥12次       12次 10 10 ' + note,
      '                                                                   员补录】',
    ].join('\n');
  it('the note opened on one line and closed on the next is residue', () => {
    expect(errors(row('【填写说明：未完成须说明并安排专'))).toEqual([
      '1 residue.instruction 删除填写说明 【填写说明：未完成须说明并安排专员补录】',
    ]);
    expect(errors(row('已安排专人补录'))).toEqual([]);
  });
});

// A 部门整体 form's 年度资金总额 split twice: by 收入性质 and by 支出性质, each adding up to the total.
const funds = (project: string) =>
  [
    '                              部门整体支出绩效自评表',
    '                                    （2031年度）',
    '                   年初预算数        全年预算数         全年执行数 分值 执行率                  得分',
    '      年度资金总额            1000.00      1100.00       1045.00 10 95.00%             9.50',
    '      按收入性质分：一般         900.00       980.00        930.00 —    —            —',
    '      公共预算',
    ' 年度资金 其他资金                100.00       120.00        115.00 —    —            —',
    '      按支出性质分：基本          600.00       640.00        630.00 —    —            —',
    '      支出',
    `      项目支出               400.00       460.00        ${project} —    —            —`,
  ].join('\n');

describe('a 部门整体 form’s two breakdowns of its 资金总额 (score-funds.ts)', () => {
  it('each breakdown adds up: no error; one that does not is an error', () => {
    expect(errors(funds('415.00'))).toEqual([]);
    expect(errors(funds('451.00'))).toEqual(['4 table.total 1045.00 1081.00']);
  });
});
