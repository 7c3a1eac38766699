/**
 * Shapes of a 决算 (units, names and figures made up): a 三公 table of twelve figures under a caption line naming
 * the document, one under a header printed as a line of words, a table caption or a form's year subtitle naming
 * the wrong year, an opening year compared with the year before the document's, and a 公用经费 list naming the
 * 基本支出表's rows.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const TITLE = `青禾县水务局2026年度部门决算`;

const TWELVE = (total: string, year: string) =>
  [
    TITLE,
    `                             财政拨款“三公”经费支出决算表（表七）`,
    `                                                           青禾县水务局${year}年度部门决算                     单位：元`,
    `          合计          因公出国（境）费 公务用车购置及运行维护费小计 公务用车购置费 公务用车运行维护费                             公务接待费`,
    `   预算数        决算数 预算数 决算数        预算数        决算数 预算数 决算数 预算数                   决算数 预算数 决算数`,
    ` 150,000.00 ${total} 0.00 0.00 110,000.00 104,320.50 0.00 0.00 110,000.00 104,320.50 40,000.00 36,110.00`,
    `注：本表反映部门本年度“三公”经费支出预决算情况。`,
    `第三部分 2026年度部门决算情况说明`,
    `  2026年度收入、支出总计均为812.40万元。与2025年度相比，收入、支出总计各增加12.40万元。`,
  ].join('\n');

describe('a 三公 row of twelve figures under a caption line naming the document', () => {
  it('gives no error when the 合计 is the sum of its items and the caption names the year', () => {
    expect(errors(TWELVE('140,430.50', '2026'))).toEqual([]);
  });
  it('holds the 决算数 合计 to its items', () => {
    expect(errors(TWELVE('141,430.50', '2026'))).toEqual([
      expect.stringMatching(/^table\.row-sum 140,?430\.50 141,430\.50$/),
    ]);
  });
  it('reports a caption naming another year', () => {
    expect(errors(TWELVE('140,430.50', '2025'))).toEqual(['year.heading 2026年度 2025年度']);
  });
});

const WORDS = (total: string) =>
  [
    `               财政拨款“三公”经费支出决算表`,
    `                                         公开07表 单位：万元`,
    ` 项目 合计 因公出国（境）费 公务用车购置及运行费小计 公务用车购置费 公务用车运行费 公务接待费`,
    `预算数 30.00    0.00         24.00   0.00    24.00  6.00`,
    `决算数 ${total}    0.00         21.40   0.00    21.40  5.20`,
    ` 注：本表反映单位本年度“三公”经费支出预决算情况。`,
  ].join('\n');

describe('a 三公 table whose header is a line of words above its rows', () => {
  it('gives no error when each row adds up', () => {
    expect(errors(WORDS('26.60'))).toEqual([]);
  });
  it('holds the 决算数 合计 to its items', () => {
    expect(errors(WORDS('62.60'))).toEqual(['table.row-sum 26.60 62.60']);
  });
});

/** Three forms, each on its own page (a form feed) under the same title: the title is page furniture. */
const FORMS = (second: string) =>
  [
    ['河道清淤项目', '2026', '40.00           50.00         45.00'],
    ['堤防加固项目', '2026', '60.00           80.00         72.00'],
    ['水质监测项目', second, '20.00           30.00         27.00'],
  ]
    .flatMap(([name, year, funds], k) => [
      `${k > 0 ? '\f' : ''}                                              项目支出绩效自评表`,
      `                                                 （${year}年度）`,
      `项目名称                 ${name}`,
      `主管部门                 青禾县水务局                        实施单位                      青禾县河道站`,
      `       项目资金（万元）               年初预算数          全年预算数          全年执行数       分值         执行率                 得分`,
      `年度资金总额               ${funds}                  10 90.00%      9.00`,
      ` 一级指标       二级指标                三级指标           年度指标值          实际完成值       分值             得分`,
      `产出指标     数量指标        清淤长度             ≥12公里          11公里                   90 81.00`,
      `总分                                                                         100 90.00          自评等级：优`,
    ])
    .join('\n');

describe('a form year subtitle under a title repeated over each form', () => {
  it('gives no error when every form names the year', () => {
    expect(errors(FORMS('2026')).filter((e) => e.startsWith('year'))).toEqual([]);
  });
  it('reports a form naming another year', () => {
    expect(errors(FORMS('2025')).filter((e) => e.startsWith('year'))).toEqual([
      'year.heading 2026年度 2025年度',
    ]);
  });
});

describe('an opening year compared with the year before the document', () => {
  it('reports an opening year neither the document year nor the one compared with', () => {
    const text = TWELVE('140,430.50', '2026').replace('  2026年度收入、支出', '  2024年度收入、支出');
    expect(errors(text)).toEqual(['year.mismatch 2026年度 2024年度']);
  });
  it('leaves two years compared in turn', () => {
    const text = TWELVE('140,430.50', '2026').replace(
      '  2026年度收入、支出总计均为812.40万元。与2025年度相比',
      '  2024年度收入、支出总计均为800.00万元，2026年度为812.40万元，与2025年度相比',
    );
    expect(errors(text)).toEqual([]);
  });
});

const BASIC = (travel: string) =>
  [
    TITLE,
    `                  一般公共预算财政拨款基本支出决算表`,
    `                                               公开06表 单位：万元`,
    `                 人员经费                       公用经费`,
    ` 科目编码            科目名称    决算数 科目编码            科目名称    决算数`,
    `301     工资福利支出           300.00 302   商品和服务支出       64.00`,
    `30101   基本工资               200.00 30201 办公费            20.00`,
    `30102   津贴补贴               100.00 30211 差旅费            14.00`,
    `                                  30213 维修（护）费          30.00`,
    `        人员经费合计           300.00       公用经费合计        64.00`,
    ` 注：本表反映单位本年度一般公共预算财政拨款基本支出明细情况。`,
    `第三部分 2026年度部门决算情况说明`,
    `  2026年度基本支出364.00万元，其中：人员经费300.00万元；公用经费64.00万元，包括办公费20.00万元、差旅费${travel}万元、维修（护）费30.00万元。`,
  ].join('\n');

describe('a 公用经费 list naming the 基本支出表 rows', () => {
  it('gives no error when every part is its row', () => {
    expect(errors(BASIC('14.00'))).toEqual([]);
  });
  it('reports the one part whose row figure makes the list add up', () => {
    expect(errors(BASIC('41.00'))).toEqual(['figure.text-table 14.00 41.00']);
  });
});
