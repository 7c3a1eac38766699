/**
 * A provincial 项目支出绩效自评表 as `pdftotext -layout` prints it (units, names and figures made up), each
 * reading with a clean variant:
 *  - the 分值 column named 权重（分值） (or 指标分值) wrapped over two header lines ("权重（分" above "值）"),
 *    placed before 年度指标值 and 实际完成值, 得分 after them: a 得分 above its 权重, a 总分 that is not
 *    执行率得分 + Σ 得分;
 *  - 年度指标值 and 实际完成值 set one space apart ("≥24公里 25.2公里"): two cells;
 *  - the 项目资金 part's 得分 worked from a 执行率 that is itself wrong (against the row's and its sources'
 *    amounts): the 得分 is wrong too — while a 得分 right only by rounding (93.87% × 10 = 9.387 → 9.39) is right.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

type Funds = {
  budget: string;
  spent: string;
  rate: string;
  score: string;
  /** The 财政拨款 row's 全年执行数 (the 其他资金 row prints 120.00 throughout). */
  grantSpent: string;
  grantRate: string;
};
const CLEAN_FUNDS: Funds = {
  budget: '880.00',
  spent: '826.06',
  rate: '93.87',
  score: '9.39',
  grantSpent: '706.06',
  grantRate: '92.90',
};

/**
 * The 自评表: `cost` the 每公里建设成本 row's 得分 (权重 10), `total` the 总分's 得分, `head` the 分值 header's two
 * lines, `sources` whether the 资金来源 rows are printed.
 */
const doc = (
  o: Partial<Funds> & { cost?: string; total?: string; head?: [string, string]; sources?: boolean } = {},
) => {
  const f = { ...CLEAN_FUNDS, ...o };
  const [h1, h2] = o.head ?? ['权重（分', '值）'];
  const cost = (o.cost ?? '10').padEnd(3);
  return [
    '附件2',
    '                    溪岚省项目支出绩效自评表',
    '                            （2024年度）',
    '                                                       金额单位：万元',
    ' 项目名称 云梯山森林防火通道建设项目                   主管部门 溪岚省林业局',
    ' 实施单位 青岙市森林防火服务站                         项目属性 新增项目',
    ' 项目资金   资金来源      年初预算数      全年预算 全年执行数         分值  执行率 得分',
    '                                数                   （%）',
    `      年度资金总额          820.00  ${f.budget}  ${f.spent}     10 ${f.rate}    ${f.score}`,
    ...(o.sources === false
      ? []
      : [
          `      其中：财政拨款         700.00  760.00  ${f.grantSpent}     —  ${f.grantRate}     —`,
          '      其他资金           120.00  120.00   120.00     —  100.00    —',
        ]),
    '年度总体目 新建林区防火通道24公里以上，设置防火警示牌180块，林区火灾防控能力明显提升。',
    '  标',
    `一级指标    二级指标        三级指标     ${h1} 年度指标值 实际完成值 得分 扣分原因`,
    `                              ${h2}`,
    '产出指标    数量指标 新建防火通道长度   15            ≥24公里 25.2公里   15 -',
    '产出指标    数量指标 设置防火警示牌           10    ≥180块   168块   9.3 部分点位',
    '                                                           未完成',
    '产出指标    质量指标 路面验收合格率           10     100%     100%   10 -',
    '产出指标    时效指标 年内完工率            5     ≥90%      88%  4.5 雨季停工',
    `产出指标    成本指标 每公里建设成本             10    ≤32万元   30.6万元   ${cost}-`,
    '效益指标 社会效益指标 覆盖林区面积 15             ≥3.5万亩    3.6万亩   15 -',
    '效益指标 生态效益指标 林火发生次数              10    ≤2次   1次   10 -',
    '效益指标 可持续影响指标 管护机制建立 5             建立      建立   5 -',
    '满意度指标 服务对象满意度指 周边群众满意度         10     ≥90%    94.1%   10 -',
    '          标',
    `            总分                 100                  ${o.total ?? '98.19'}`,
  ].join('\n');
};

describe('a 自评表 whose 权重（分值） header wraps, 权重 before the 指标值 and 得分 after them', () => {
  it('reads the clean table without an error (执行率 93.87% × 10 = 9.387 → 9.39)', () => {
    expect(errors(doc())).toEqual([]);
    expect(errors(doc({ head: ['指标分', '值'] }))).toEqual([]);
    const claims = checkTextReport(doc()).claims;
    expect(claims.some((c) => c.kind === 'score' && c.verified && /98\.19/.test(c.arithmetic))).toBe(true);
  });

  it('reports a 得分 above its 权重, in either header wording', () => {
    // The 总分 still adds up once the 得分 is taken at its 权重 (88.8 + 9.39 = 98.19): reported once.
    expect(errors(doc({ cost: '12' }))).toEqual(['score.exceeds-weight L21 ≤10 12']);
    expect(errors(doc({ cost: '12', head: ['指标分', '值'] }))).toEqual(['score.exceeds-weight L21 ≤10 12']);
  });

  it('reports a 总分 that is not 执行率得分 + Σ 得分', () => {
    const found = checkTextReport(doc({ total: '28.19' })).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'score.sum L27 98.19 28.19',
    ]);
    expect(found[0]!.message).toContain('9.39 + 15 + 9.3 + 10 + 4.5 + 10 + 15 + 10 + 5 + 10 = 98.19');
  });
});

describe('the 项目资金 得分 worked from a wrong 执行率', () => {
  it('reports the 得分 when the rate fits none of the amounts, the row’s or its sources’', () => {
    // 83.87% is none of 826.06 ÷ 880.00 (93.87%), ÷ 820.00; 8.39 = 10 × 83.87% is worked from it.
    const found = checkTextReport(doc({ rate: '83.87', score: '8.39', total: '97.19' })).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'completion.percent L9 93.87% 83.87%',
      'score.rule L9 9.39 8.39',
    ]);
    expect(found[1]!.message).toContain('826.06 ÷ 全年预算数880.00 = 93.87%');
    expect(found[1]!.message).toContain('系按表中执行率83.87%计算');
  });

  it('names the sources’ reading when the 全年预算数 total is off its sources too', () => {
    // 全年预算数 printed 890.00 (sources 760.00 + 120.00 = 880.00): 826.06 ÷ 890.00 = 92.82% → 9.28, or 9.39.
    const found = checkTextReport(doc({ budget: '890.00', rate: '83.87', score: '8.39', total: '97.19' }))
      .findings.filter((f) => f.severity === 'error')
      .filter((f) => f.rule === 'score.rule');
    expect(found.map((f) => `${f.expected} ${f.found}`)).toEqual(['9.28 8.39']);
    expect(found[0]!.message).toContain('按资金来源各项之和 826.06 ÷ 880.00 计为9.39');
  });

  it('leaves a 得分 that fits the sources’ amounts, or a row without sources, to the rate alone', () => {
    // The 得分 9.39 is the sources' 826.06 ÷ 880.00 × 10, the printed 全年预算数 890.00 the fault.
    expect(
      errors(doc({ budget: '890.00', rate: '83.87', total: '98.19' })).filter((e) =>
        e.startsWith('score.rule'),
      ),
    ).toEqual([]);
    // The 执行数 total printed 836.06 (sources 706.06 + 120.00 = 826.06): the rate 93.87% and 得分 9.39 are
    // those of the sources' sum — the amount is the fault, not the 得分.
    expect(errors(doc({ spent: '836.06', total: '98.19' })).filter((e) => e.startsWith('score.'))).toEqual(
      [],
    );
    // No sources to tell whether the rate or an amount is wrong: the 得分 that fits the printed rate stands.
    expect(
      errors(doc({ sources: false, rate: '83.87', score: '8.39', total: '97.19' })).filter((e) =>
        e.startsWith('score.rule'),
      ),
    ).toEqual([]);
  });
});
