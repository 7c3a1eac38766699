/**
 * Several narrow 项目支出绩效自评表 in one document and a 摘要 restating their figures (invented documents):
 * each project's score against its table's 总分, the average of the scores and the 项目资金 sums against the
 * tables (self-eval-summary.ts, average-scores.ts); a source's 执行数 above its own budget (score-funds.ts); a
 * 年度 subtitle under a title repeated on every page (prose-years.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

type Spec = {
  name: string;
  year?: string;
  funds: [string, string, string, string, string, string];
  sources: Array<[string, string, string, string]>;
  scores: Array<[string, string]>;
  total: string;
};

const table = (s: Spec): string =>
  [
    '\f                              项目支出绩效自评表',
    `                                  （${s.year ?? '2024'}年度）`,
    `项目名称       ${s.name}`,
    '主管部门       青禾县人民政府办公室                      实施单位            青禾县人民政府办公室',
    '                     年初预算数       全年预算数 全年执行数 分值 执行率                     得分',
    `           年度资金总额       ${s.funds[0]}        ${s.funds[1]}     ${s.funds[2]} ${s.funds[3]}    ${s.funds[4]}         ${s.funds[5]}`,
    '',
    ...s.sources.map(
      ([label, a, b, c], i) =>
        `${i === 0 ? '项目资金（万元） 拨款其中：' : '           '}${label}      ${a}        ${b}     ${c} —       —        —`,
    ),
    '      一级指标   二级指标     三级指标       年度指标值 实际完成值 分值                得分',
    ...s.scores.map(
      ([w, g], i) =>
        `      产出指标   数量指标 完成工作任务${'甲乙丙丁'[i]}     ≥10项         10项     ${w}      ${g}`,
    ),
    `                           总分                                  100     ${s.total}`,
    '                    自评等级                                           优',
    '填表人：林一      审核人：许二      填报日期：2025年3月10日',
  ].join('\n');

const roads: Spec = {
  name: '青禾县农村公路养护项目',
  funds: ['500.00', '520.00', '494.00', '10', '95.00%', '9.50'],
  sources: [
    ['当年财政', '500.00', '500.00', '476.00'],
    ['上年结转资金', '0.00', '20.00', '18.00'],
    ['其他资金', '0.00', '0.00', '0.00'],
  ],
  scores: [
    ['30', '30'],
    ['20', '19'],
    ['30', '28'],
    ['10', '9'],
  ],
  total: '95.50',
};
const schools: Spec = {
  name: '青禾县校舍维修改造项目',
  funds: ['300.00', '300.00', '270.00', '10', '90.00%', '9.00'],
  sources: [
    ['当年财政', '280.00', '280.00', '252.00'],
    ['上年结转资金', '0.00', '0.00', '0.00'],
    ['其他资金', '20.00', '20.00', '18.00'],
  ],
  scores: [
    ['30', '27'],
    ['20', '20'],
    ['30', '27'],
    ['10', '9'],
  ],
  total: '92.00',
};
const clinics: Spec = { ...schools, name: '青禾县卫生院污水处理项目' };

type Said = { initial?: string; budget?: string; spent?: string; a?: string; b?: string; average?: string };
const summary = (x: Said = {}) =>
  [
    '\f        青禾县2024年度项目支出绩效自评报告（摘要）',
    `   一、资金情况。2个项目年初预算合计${x.initial ?? '800.00'}万元，全年预算合计${x.budget ?? '820.00'}万元，全年执行合计${x.spent ?? '764.00'}万元。`,
    `   二、自评结果。${roads.name}自评得分${x.a ?? '95.50'}分，等级为“优”；${schools.name}自评得分${x.b ?? '92.00'}分，等级为“优”。`,
    `   三、综合评价。按2个项目自评得分简单平均，平均得分${x.average ?? '93.75'}分。`,
  ].join('\n');

const doc = (x: Said = {}, a: Spec = roads, b: Spec = schools) => `${table(a)}\n${table(b)}\n${summary(x)}\n`;

describe('a summary restating several 自评表 (self-eval-summary.ts)', () => {
  it('gives no error when the summary states the tables’ figures', () => {
    expect(errors(doc())).toEqual([]);
  });
  it('reports a project’s score that is not its table’s 总分', () => {
    expect(errors(doc({ b: '92.20' }))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '92.00分', found: '92.20分' }),
    ]);
  });
  it('reads a score stated later in the project’s clause, after its funds', () => {
    const later = (score: string) =>
      doc().replace(
        `${roads.name}自评得分95.50分`,
        `${roads.name}全年预算数520.00万元，执行494.00万元，执行率95.00%，自评得分${score}分`,
      );
    expect(errors(later('95.50'))).toEqual([]);
    expect(errors(later('96.50'))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '95.50分', found: '96.50分' }),
    ]);
  });
  it('reads a project named without the place its table’s 项目名称 opens with', () => {
    const short = (score: string) =>
      doc().replace(`${schools.name}自评得分92.00分`, `校舍维修改造项目自评得分${score}分`);
    expect(errors(short('92.00'))).toEqual([]);
    expect(errors(short('92.20'))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '92.00分', found: '92.20分' }),
    ]);
  });
  it('takes a score rounded from the 总分', () => {
    expect(errors(doc({ a: '95.5' }))).toEqual([]);
  });
  it('takes the score a disputed 总分’s 得分 add up to', () => {
    const found = errors(doc({}, roads, { ...schools, total: '92.60' }));
    expect(found.map((f) => f.rule)).toEqual(['score.sum']);
  });
  it('reports the average of the tables’ scores', () => {
    expect(errors(doc({ average: '93.57' }))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '93.75分', found: '93.57分' }),
    ]);
  });
  it('does not report an average that a disputed 总分 read either way gives', () => {
    const wrongTotal = { ...schools, total: '92.60' };
    // (95.50 + 92.60) ÷ 2 = 94.05 by the printed 总分; (95.50 + 92) ÷ 2 = 93.75 by its 得分.
    expect(errors(doc({ average: '94.05' }, roads, wrongTotal)).map((f) => f.rule)).toEqual(['score.sum']);
    expect(errors(doc({}, roads, wrongTotal)).map((f) => f.rule)).toEqual(['score.sum']);
    expect(errors(doc({ average: '94.50' }, roads, wrongTotal)).map((f) => f.rule)).toEqual([
      'score.sum',
      'figure.text-table',
    ]);
  });
  it('reports a sum of the projects’ budgets that is not the tables’', () => {
    expect(errors(doc({ budget: '802.00' }))).toEqual([
      expect.objectContaining({ rule: 'table.total', expected: '820.00万元', found: '802.00万元' }),
    ]);
    expect(errors(doc({ initial: '810.00', spent: '746.00' })).map((f) => f.found)).toEqual([
      '810.00万元',
      '746.00万元',
    ]);
  });
  it('does not add up the tables when the sentence counts other projects', () => {
    const text = doc({ budget: '1020.00' }).replace('2个项目年初', '3个项目年初');
    expect(errors(text).filter((f) => f.rule === 'table.total')).toEqual([]);
  });
});

describe('a fund source whose 执行数 is above its own budget (score-funds.ts)', () => {
  const over: Spec = {
    ...roads,
    sources: [roads.sources[0]!, ['上年结转资金', '0.00', '20.00', '81.00'], roads.sources[2]!],
  };
  it('reports the source’s 执行数 on its row, the total agreeing with its 执行率', () => {
    const found = errors(doc({}, over)).filter((f) => f.rule === 'table.total');
    expect(found).toEqual([expect.objectContaining({ line: 9, expected: '18.00', found: '81.00' })]);
  });
  it('reports the sum on the total’s row when no source is above its budget', () => {
    const under: Spec = {
      ...roads,
      sources: [roads.sources[0]!, ['上年结转资金', '0.00', '20.00', '8.00'], roads.sources[2]!],
    };
    const found = errors(doc({}, under)).filter((f) => f.rule === 'table.total');
    expect(found).toEqual([expect.objectContaining({ line: 6 })]);
  });
});

describe('a 年度 subtitle under a title printed on every page (prose-years.ts)', () => {
  const three = (year: string) =>
    `${table({ ...roads, year })}\n${table(schools)}\n${table(clinics)}\n${summary()}\n`;
  it('reports another year than the document’s', () => {
    expect(errors(three('2042'))).toContainEqual(
      expect.objectContaining({ rule: 'year.heading', line: 2, expected: '2024年度', found: '2042年度' }),
    );
  });
  it('gives no error for the document’s year', () => {
    expect(errors(three('2024')).filter((f) => f.rule.startsWith('year'))).toEqual([]);
  });
});
