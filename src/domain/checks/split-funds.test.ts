/**
 * A 自评表 whose 项目资金 part splits its 全年预算数 (or 年初预算数) into sub-columns named on the line below the
 * header (split-funds.ts): the rows read by order, the 合计 the budget for 执行率 and 得分, each row's parts
 * added up to its 合计, nothing read when a row's figures are not as many as the columns.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const messages = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.message);
const claims = (text: string, kind: string) => checkTextReport(text).claims.filter((c) => c.kind === kind);

/** A line with each text at its column (characters counted as pdftotext -layout counts them). */
function at(...parts: Array<[number, string]>): string {
  let out = '';
  for (const [col, text] of parts) out += ' '.repeat(Math.max(1, col - out.length)) + text;
  return out.replace(/^ /, '');
}

type Fund = {
  /** The sub-column names, in their printed order. */
  subs?: string[];
  /** The 年度资金总额 row's figures after its label, in order. */
  total?: string[];
  /** Rows of sources under it: label and figures. */
  sources?: Array<[string, string[]]>;
  /** Which header word the sub-columns sit under. */
  under?: '年初预算数' | '全年预算数';
  sumScore?: string;
};

/** A made-up 项目支出绩效自评表 (a county's 文化 project) with a split 项目资金 part. */
function selfEval(o: Fund = {}): string {
  const subs = o.subs ?? ['财政拨款', '其他资金', '合计'];
  // (Split under 年初预算数: the columns after it set further right.)
  const early = o.under === '年初预算数';
  const underCol = early ? 22 : 34;
  const right = early ? 12 : 0;
  const total = o.total ?? ['600.00', '640.00', '20.00', '660.00', '627.00', '10', '95.00%', '9.50'];
  let col = underCol;
  const subLine = at(
    ...subs.map((s): [number, string] => {
      const c = col;
      col += s.length + 1;
      return [c, s];
    }),
  );
  return [
    '                                2024年度项目支出绩效自评表',
    at(
      [0, '项目名称'],
      [14, '乡镇综合文化站免费开放补助'],
      [48, '主管部门'],
      [53, '某县文化和旅游局'],
      [70, '实施单位'],
      [75, '某县文化馆'],
    ),
    at(
      [0, '项目资金（万元）'],
      [22, '年初预算数'],
      [34 + right, '全年预算数'],
      [58 + right, '全年执行数'],
      [70 + right, '分值'],
      [74 + right, '执行率'],
      [86 + right, '得分'],
    ),
    subLine,
    at([14, '年度资金总额'], [26, total.join('  ')]),
    ...(o.sources ?? []).map(([label, figs]) => at([14, label], [26, figs.join('  ')])),
    at([0, '年度总体目标'], [7, '预期目标'], [46, '实际完成情况']),
    '       保障全县乡镇综合文化站免费开放，开展群众文化活动。 全年开展活动320场，服务群众4.2万人次。',
    at(
      [1, '一级指标'],
      [15, '二级指标'],
      [27, '三级指标'],
      [38, '年度指标值'],
      [53, '实际完成值'],
      [61, '分值'],
      [64, '得分'],
      [74, '偏差原因分析及改进措施'],
    ),
    at(
      [0, '产出指标'],
      [8, '数量指标'],
      [24, '开展文化活动场次'],
      [38, '≥300场'],
      [47, '320场'],
      [62, '30'],
      [68, '30'],
    ),
    at([8, '质量指标'], [24, '文化站开放达标率'], [38, '100%'], [47, '100%'], [62, '20'], [68, '20']),
    at(
      [0, '效益指标'],
      [8, '社会效益指标'],
      [24, '服务群众人次'],
      [38, '≥4万人次'],
      [47, '4.2万人次'],
      [62, '30'],
      [68, '30'],
    ),
    at(
      [0, '满意度指标'],
      [8, '服务对象满意度指标'],
      [24, '群众满意度'],
      [38, '≥90%'],
      [47, '94%'],
      [62, '10'],
      [68, '10'],
    ),
    at([0, '总分'], [61, '100'], [65, o.sumScore ?? '99.50'], [71, '自评等级：优']),
  ].join('\n');
}

describe('a 项目资金 part whose 全年预算数 is split into 财政拨款 / 其他资金 / 合计', () => {
  it('reads a clean part: 执行率 against the 合计, 得分, the parts adding up; nothing reported', () => {
    const text = selfEval();
    expect(errors(text)).toEqual([]);
    const rates = claims(text, 'completion');
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.every((c) => c.verified)).toBe(true);
    expect(claims(text, 'score').some((c) => c.verified && c.arithmetic.includes('9.50'))).toBe(true);
  });

  it('finds a 执行率 that is not 执行数 ÷ the 合计', () => {
    const total = ['600.00', '640.00', '20.00', '660.00', '627.00', '10', '97.97%', '9.50'];
    expect(errors(selfEval({ total }))).toEqual(['completion.percent 95.00% 97.97%']);
  });

  it('finds a 得分 that is not 分值 × 执行率', () => {
    // (The 总分 then off the printed 得分 too, as in the national layout: left to the 总分 rules.)
    const total = ['600.00', '640.00', '20.00', '660.00', '627.00', '10', '95.00%', '9.05'];
    expect(errors(selfEval({ total })).filter((f) => !f.startsWith('score.sum'))).toEqual([
      'score.rule 9.50 9.05',
    ]);
  });

  it('finds a 合计 that is not its parts, once, naming it as the figure at fault', () => {
    const total = ['600.00', '640.00', '20.00', '760.00', '627.00', '10', '95.00%', '9.50'];
    const text = selfEval({ total });
    expect(errors(text)).toEqual(['table.row-sum 660.00 760.00']);
    expect(messages(text)[0]).toContain('合计760.00有误');
  });

  it('a 合计 the rate was worked from, a part off: the sum reported, the rate not', () => {
    const total = ['600.00', '640.00', '30.00', '660.00', '627.00', '10', '95.00%', '9.50'];
    const text = selfEval({ total });
    expect(errors(text)).toEqual(['table.row-sum 670.00 660.00']);
    expect(messages(text)[0]).not.toContain('有误');
  });

  it('reads sub-columns in another order, named 小计, under 年初预算数', () => {
    const subs = ['小计', '当年财政拨款', '其他资金'];
    const clean = ['660.00', '640.00', '20.00', '700.00', '665.00', '10', '95.00%', '9.50'];
    expect(errors(selfEval({ subs, under: '年初预算数', total: clean }))).toEqual([]);
    const wrong = ['660.00', '640.00', '20.00', '700.00', '665.00', '10', '95.00%', '9.30'];
    const found = errors(selfEval({ subs, under: '年初预算数', total: wrong }));
    expect(found.filter((f) => !f.startsWith('score.sum'))).toEqual(['score.rule 9.50 9.30']);
  });

  it('reports nothing when a row has fewer figures than the columns', () => {
    const total = ['600.00', '640.00', '660.00', '627.00', '10', '97.97%', '9.05'];
    expect(errors(selfEval({ total, sumScore: '99.05' }))).toEqual([]);
  });

  it('counts the fund row in the 总分: a 总分 off the sum is found, with the fund 得分 in it', () => {
    expect(errors(selfEval({ sumScore: '98.50' }))).toEqual(['score.sum 99.50 98.50']);
  });

  it('reads the source rows column by column: their 执行数 against the total', () => {
    const sources: Array<[string, string[]]> = [
      ['其中：当年财政拨款', ['600.00', '640.00', '0.00', '640.00', '608.00', '—', '95.00%', '—']],
      ['其他资金', ['0.00', '0.00', '20.00', '20.00', '19.00', '—', '95.00%', '—']],
    ];
    expect(errors(selfEval({ sources }))).toEqual([]);
    const off: Array<[string, string[]]> = [
      sources[0]!,
      ['其他资金', ['0.00', '0.00', '20.00', '20.00', '19.00', '—', '90.00%', '—']],
    ];
    expect(errors(selfEval({ sources: off }))).toEqual(['completion.percent 95.00% 90.00%']);
  });
});
