/**
 * A 项目支出绩效自评表 and its 自评报告 printed through a PDF and read by `pdftotext -layout` (names and figures
 * made up):
 *  - indicator rows wrapped over two or three lines, a 得分 lines below its 分值 beside the 偏差原因, the part
 *    broken into several blocks by those lines: the rows' 分值/得分 read in order (score-pairs.ts);
 *  - a 执行率 after a budget sentence that explains the budget in a bracket and lists its sources after 其中
 *    (rate-outturn.ts);
 *  - the parts of a total in the next sentence opened by "得分构成为：", each with its 满分 in brackets, and a
 *    list ending with the grade (score-prose.ts); a paragraph line going on with "（满分…" (layout.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `L${f.line} ${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => [c.verified, c.arithmetic]);

/** The 自评表 as pdftotext printed it; one row's 得分 (line 13) and the 总分 (line 19) replaceable. */
const table = (o: { score?: string; total?: string; target?: string } = {}) =>
  [
    '                              项目支出绩效自评表',
    '项目名称       乡村公路日常养护项目',
    '                    年初预算数      全年预算数 全年执行数              分值 执行率             得分',
    '项目资 年度资金总额              200.00    240.00     216.00      10 90.00%         9.00',
    ' 金 其中：当年财政拨款            200.00    240.00     216.00      —  90.00%          —',
    '    一级指标 二级指标            三级指标            年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
    `                  养护公路里程                 ${o.target ?? '≥300公里'}       312公里   20    20`,
    '            数量指标 ',
    '    产出指标 质量指标 路面完好率                   ≥90%        86.5%    15',
    '                                                                        雨季损毁较多，下年度加强',
    '                                                                     12 巡查和及时修补',
    '',
    ` 绩                养护任务按时完成率               ≥95%        97.0%    15     ${o.score ?? '14'}`,
    ' 效',
    ' 指          效益指标 群众出行便利程度            明显改善        有所改善     30    27 部分路段仍需',
    '                                                                        改造提升',
    '    满意度指 服务对象满 沿线群众满意度              ≥90%        93.0%   10    10',
    '       标    意度指标',
    `                          总分                                 100 ${o.total ?? '92.00'}`,
  ].join('\n');

describe('a 自评表 whose indicator rows pdftotext wrapped over several lines', () => {
  it('reads each row’s 分值 and 得分 in order, the 项目资金 part’s counted', () => {
    expect(errors(table())).toEqual([]);
    expect(claims(table(), /各项得分之和/)).toEqual([
      [true, '各项得分之和 9.00 + 20 + 12 + 14 + 27 + 10，总分92.00'],
    ]);
  });

  it('finds a 得分 above its 分值 and a 总分 that is not the sum', () => {
    expect(errors(table({ score: '16' }))).toEqual([
      'L13 score.exceeds-weight ≤15 16',
      'L19 score.sum 94.00 92.00',
    ]);
    expect(errors(table({ total: '93.00' }))).toEqual(['L19 score.sum 92.00 93.00']);
  });

  it('reads a row with a plain target value by its last two numbers, the 分值 proving the reading', () => {
    // ("养护公路里程 300 312公里 20 20": 20 and 20, next to each other with nothing after them.)
    expect(errors(table({ target: '300' }))).toEqual([]);
    expect(errors(table({ target: '300', total: '93.00' }))).toEqual(['L19 score.sum 92.00 93.00']);
  });
});

const report = (rate: string, tail = '') =>
  [
    '  该项目全年预算数240.00万元（年初预算200.00万元，年中追加40.00万元），其中当年财政拨款220.00万元、上',
    `年结转资金20.00万元。截至2024年12月31日，全年执行数216.00万元，预算执行率${rate}%。${tail}`,
  ].join('\n');

describe('a 执行率 after a budget explained in a bracket', () => {
  it('is the outturn over the budget, the bracket’s amounts no other figure', () => {
    expect(errors(report('90.00'))).toEqual([]);
    expect(errors(report('92.00'))).toEqual(['L2 completion.percent 90.00% 92.00%']);
  });

  it('holds when it is of the opening budget in the bracket', () => {
    expect(errors(report('108.00'))).toEqual([]);
  });
});

const conclusion = (part: string, output = '46') =>
  [
    `  经自评，本项目综合得分92.00分，自评等级为“优”。得分构成为：预算执行9.00分（满分10分），产出指标${output}分`,
    `（满分50分），效益指标${part}分（满分30分），满意度指标10分（满分10分）。`,
  ].join('\n');

describe('the parts of a total listed in the next sentence', () => {
  it('adds up the parts after "得分构成为：", their 满分 set aside', () => {
    expect(errors(conclusion('27'))).toEqual([]);
    expect(claims(conclusion('27'), /各项得分之和/)).toEqual([
      [true, '各项得分之和 9.00 + 46 + 27 + 10，总分92.00'],
    ]);
    expect(errors(conclusion('28'))).toEqual(['L1 score.sum 93.00 92.00']);
  });

  it('reads a list that ends with the grade', () => {
    const text =
      '  自评结论：本项目自评得分92.00分，其中预算执行得分9.00分，产出指标得分47.00分，效益指标得分27.00分，满意度指标得分10.00分，自评等级为“优”。';
    expect(errors(text)).toEqual(['L1 score.sum 93.00 92.00']);
    expect(errors(text.replace('47.00', '46.00'))).toEqual([]);
  });
});

describe('the parts of the total in the text against the wrapped table', () => {
  const both = (output: string) => `${table()}\n\n${conclusion('27', output)}`;

  it('splits the rows by the parts’ 满分 and adds up each part’s 得分', () => {
    expect(errors(both('46'))).toEqual([]);
    expect(claims(both('46'), /^表中/)).toEqual([
      [true, '表中预算执行得分 9.00，文中9.00分'],
      [true, '表中产出指标各项得分之和 20 + 12 + 14，文中46分'],
      [true, '表中效益指标得分 27，文中27分'],
      [true, '表中满意度指标得分 10，文中10分'],
    ]);
  });

  it('finds a part whose score is not its rows’', () => {
    expect(errors(both('48'))).toEqual(['L21 score.sum 94.00 92.00', 'L21 figure.text-table 46分 48分']);
  });
});

/** The 项目资金 part as plain pdftotext prints it: labels, header cells, then the figures row by row. */
const plainFunds = (o: { spent?: string; rate?: string; score?: string; carried?: string } = {}) =>
  [
    '2024年度项目支出绩效自评表',
    '项目名称',
    '乡村公路日常养护项目',
    '项目资金（万元）',
    '年度资金总额',
    '其中：当年财政拨款',
    '上年结转资金',
    '年度总体目标',
    '年初预算数 全年预算数 全年执行数',
    '分值',
    '执行率',
    '得分',
    '200.00',
    '240.00',
    o.spent ?? '216.00',
    '10',
    o.rate ?? '90.00%',
    o.score ?? '9.00',
    '180.00',
    '220.00',
    '198.00 —',
    '90.00% —',
    '20.00',
    '20.00',
    '18.00 —',
    `${o.carried ?? '90.00%'} —`,
    '完成全县300公里乡村公路日常养护。',
  ].join('\n');

describe('a 项目资金 part printed one cell a line', () => {
  it('reads the figures row by row under the header, each row a label', () => {
    expect(errors(plainFunds())).toEqual([]);
    expect(claims(plainFunds(), /执行率|资金得分/)).toEqual([
      [true, '执行率 216.00 ÷ 240.00 × 100% = 90.00%，表中90.00%'],
      [true, '资金得分 10 × 执行率90.00% = 9.00，表中9.00'],
      [true, '执行率 198.00 ÷ 220.00 × 100% = 90.00%，表中90.00%'],
      [true, '执行率 18.00 ÷ 20.00 × 100% = 90.00%，表中90.00%'],
    ]);
  });

  it('finds a wrong 执行率, 得分 and sum of the sources', () => {
    expect(errors(plainFunds({ carried: '80.00%' }))).toEqual(['L26 completion.percent 90.00% 80.00%']);
    expect(errors(plainFunds({ score: '9.50' }))).toEqual(['L18 score.rule 9.00 9.50']);
    expect(errors(plainFunds({ spent: '226.00', rate: '94.17%', score: '9.42' }))).toEqual([
      'L15 table.total 226.00 216.00',
    ]);
  });

  it('reads nothing when the figures are not one row a label', () => {
    const text = plainFunds({ carried: '80.00%' }).replace('上年结转资金\n', '');
    expect(checkTextReport(text).claims.filter((c) => c.kind === 'completion')).toEqual([]);
  });
});

describe('plain pdftotext prose broken inside a word', () => {
  it('joins a long line of sentences with the next', () => {
    const text = [
      '自评结论：本项目自评得分92.00分，其中预算执行得分9.00分，产出指标得分47.00分，效',
      '益指标得分27.00分，满意度指标得分10.00分，自评等级为“优”。',
    ].join('\n');
    expect(errors(text)).toEqual(['L1 score.sum 93.00 92.00']);
  });
});

/** The 项目资金 part and the indicator part under it, plain pdftotext: cells in no order, 总分 at the end. */
const plainSheet = (o: { score?: string; total?: string } = {}) =>
  [
    plainFunds(),
    '三级指标',
    '年度指标值 实际完成值 分值 得分',
    '养护公路里程 ≥300公里',
    '312公里',
    '路面完好率',
    '≥90%',
    '20 20.00',
    '86.5% 30',
    '雨季损毁较多，下年度',
    `${o.score ?? '27.00'} 加强巡查`,
    '满意度指标 沿线群众满意度',
    '≥90%',
    '93.0% 40 40.00',
    '总分',
    `100 ${o.total ?? '96.00'}`,
  ].join('\n');

describe('the indicator part under a plain 项目资金 part', () => {
  it('adds up the 得分 (with decimals) when the 分值 (whole numbers) add up to the 总分’s', () => {
    expect(errors(plainSheet())).toEqual([]);
    expect(claims(plainSheet(), /各项得分之和/)).toEqual([
      [true, '各项得分之和 9.00 + 20.00 + 27.00 + 40.00，总分96.00'],
    ]);
    expect(errors(plainSheet({ total: '97.00' }))).toEqual(['L42 score.sum 96.00 97.00']);
  });

  it('reads nothing when a 得分 is printed as a whole number', () => {
    expect(claims(plainSheet({ score: '27', total: '97.00' }), /各项得分之和/)).toEqual([]);
  });
});
