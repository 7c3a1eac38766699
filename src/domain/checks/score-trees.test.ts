/**
 * Score tables as trees (score-trees.ts): one row per 一级, 二级 and 三级 indicator, each with its 分值 and
 * 得分, the level told by indentation (typed text) or by column (tab-separated); the 一级 scores the text lists
 * against the table; a 其中 list opening the sentence after its total (score-prose.ts); a 自评表 through a PDF
 * whose indicator rows carry 偏差原因 and one 得分 above its 分值 (score-pairs.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');
const scoreClaims = (text: string) => checkTextReport(text).claims.filter((c) => c.kind === 'score');

type Cells = { leafA?: string; groupB?: string; total?: string; weightB?: string };

/** A typed tree: 一级 at the margin, 二级 indented, 三级 indented further. */
function typedTree(o: Cells = {}): string {
  const rows: Array<[number, string, string, string]> = [
    [0, '投入', '20', '18.50'],
    [1, '预算配置', '12', '11.00'],
    [2, '在职人员控制率', '5', '5.00'],
    [2, '重点支出安排率', '7', '6.00'],
    [1, '资金使用', '8', '7.50'],
    [2, '资金使用合规性', '8', '7.50'],
    [0, '履职', '80', '74.00'],
    [1, '工作完成', '50', o.groupB ?? '47.00'],
    [2, '重点任务完成率', o.weightB ?? '30', o.leafA ?? '30.00'],
    [2, '任务完成及时性', '20', '17.00'],
    [1, '履职效益', '30', '27.00'],
    [2, '服务对象满意度', '15', '13.00'],
    [2, '政策知晓率', '15', '14.00'],
  ];
  const pad = (t: string, width: number): string => {
    const w = [...t].reduce((s, c) => s + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
    return t + ' '.repeat(Math.max(2, width - w));
  };
  const lines = rows.map(
    ([level, name, weight, score]) =>
      ' '.repeat(level * 10) + pad(name, 44 - level * 10) + pad(weight, 8) + score,
  );
  return [
    '某区民政局2024年度部门整体支出绩效自评报告',
    '',
    '                部门整体支出绩效自评得分表',
    `${pad('一级指标', 10)}${pad('二级指标', 10)}${pad('三级指标', 24)}${pad('分值', 8)}得分`,
    ...lines,
    `${pad('合计', 44)}${pad('100', 8)}${o.total ?? '92.50'}`,
    '',
    '五、下一步工作',
    '    进一步加强预算管理。',
  ].join('\n');
}

describe('a score table printed as a tree of levels', () => {
  it('reads a typed tree that adds up: every parent and the total checked, nothing reported', () => {
    const text = typedTree();
    expect(errors(text)).toEqual([]);
    const claims = scoreClaims(text);
    expect(claims.length).toBe(7);
    expect(claims.every((c) => c.verified)).toBe(true);
  });

  it('reports a 得分 above its 分值 at its row, not again at the parents it pushes over', () => {
    // 30.50 > 30: 工作完成 then sums to 47.50 ≠ 47.00, but with the leaf at its 分值 it holds.
    const found = errors(typedTree({ leafA: '30.50' }));
    expect(found).toEqual([
      expect.objectContaining({ rule: 'score.exceeds-weight', expected: '≤30', found: '30.50', line: 13 }),
    ]);
    expect(found[0]!.message).toBe('“重点任务完成率”得分30.50超过该指标分值30。');
  });

  it('reports a parent whose 得分 is not its children’s sum, and not the 一级 row above it', () => {
    const found = errors(typedTree({ groupB: '48.00' }));
    expect(found).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '47.00', found: '48.00', line: 12 }),
    ]);
    expect(found[0]!.message).toBe(
      '“工作完成”的得分应为其下各项得分之和 30.00 + 17.00 = 47.00，表中为48.00。',
    );
  });

  it('reports a total that is not the sum of the 一级 rows', () => {
    expect(errors(typedTree({ total: '93.50' }))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '92.50', found: '93.50', line: 18 }),
    ]);
  });

  it('stays silent when the 分值 do not form a tree (the reading is not certain)', () => {
    const text = typedTree({ weightB: '25', leafA: '24.00' });
    expect(errors(text)).toEqual([]);
    expect(scoreClaims(text)).toEqual([]);
  });

  it('reads a tab-separated or Markdown tree by the column of each name, not as a flat list of leaves', () => {
    const cells = (score: string): string[][] => [
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出', '', '', '60', '55.00'],
      ['', '数量', '', '35', '32.00'],
      ['', '', '培训人次完成率', '20', '19.00'],
      ['', '', '示范基地建设数', '15', '13.00'],
      ['', '质量', '', '25', score],
      ['', '', '验收合格率', '25', score],
      ['效益', '', '', '40', '36.00'],
      ['', '社会效益', '', '40', '36.00'],
      ['', '', '受益农户满意度', '40', '36.00'],
      ['合计', '', '', '100', '91.00'],
    ];
    const title = '某县农业农村局2024年度部门整体支出绩效自评表';
    const tsv = (score: string) => [title, ...cells(score).map((r) => r.join('\t'))].join('\n');
    const markdown = (score: string) => {
      const [head, ...rows] = cells(score).map((r) => `| ${r.join(' | ')} |`);
      return [title, head, '| --- | --- | --- | --- | --- |', ...rows].join('\n');
    };
    expect(checkTextReport(tsv('23.00')).findings).toEqual([]);
    expect(errors(tsv('24.00'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '56.00', found: '55.00', line: 3 }),
    ]);
    expect(checkTextReport(markdown('23.00')).findings).toEqual([]);
    expect(errors(markdown('24.00'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '56.00', found: '55.00', line: 4 }),
    ]);
  });

  it('checks the 一级 scores the text lists against the table', () => {
    const prose = (b: string) =>
      `四、自评结论\n    本局部门整体支出绩效自评得分92.50分，等级为“优”。其中：投入指标18.50分，履职指标${b}分。`;
    const table = typedTree().split('\n');
    const doc = (b: string) => [table[0], prose(b), ...table.slice(1)].join('\n');
    expect(checkTextReport(doc('74.00')).findings).toEqual([]);
    // Printed with fewer decimals: the table's score rounded half up.
    expect(checkTextReport(doc('74.0')).findings).toEqual([]);
    expect(errors(doc('73.00'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'figure.text-table',
          expected: '74.00分',
          found: '73.00分',
          line: 3,
        }),
      ]),
    );
  });
});

describe('a 其中 list opening the sentence after its total', () => {
  const text = (part: string) =>
    `某单位2024年度部门整体支出绩效自评报告\n    经自评，本单位综合得分88.40分，等级为“良”。其中：决策指标17.00分，过程指标${part}分，产出指标34.40分，效益指标16.00分。`;

  it('adds the parts, which need not name 得分', () => {
    expect(errors(text('21.00'))).toEqual([]);
    expect(scoreClaims(text('21.00'))).toEqual([expect.objectContaining({ verified: true })]);
    expect(errors(text('22.00'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '89.40', found: '88.40' }),
    ]);
    // Weights, not scores: nothing read.
    const weights =
      '某单位2024年度部门整体支出绩效自评报告\n    本单位综合得分88.40分，等级为“良”。其中：决策指标满分20分，过程指标满分20分。';
    expect(scoreClaims(weights)).toEqual([]);
    expect(checkTextReport(weights).findings).toEqual([]);
  });
});

describe('a 自评表 through a PDF, indicator rows followed by 偏差原因', () => {
  const table = (score: string, total: string) =>
    [
      '                                        项目支出绩效自评表',
      '                       年初预算数            全年预算数         全年执行数         分值       执行率         得分',
      '           年度资金总额                300.00        320.00        304.00       10     95.00%                      9.50',
      '项目资金（万元）   其中：当年财政拨款             300.00        320.00        304.00 —        —           —',
      '一级指标       二级指标        三级指标             年度指标值         实际完成值         分值       得分          偏差原因分析及改进措施',
      '产出指标       数量指标        巡查河道长度         ≥120公里          126公里                 30          30',
      '产出指标       质量指标        问题整改率                  100%         92%        20           17 3处问题整改未销号，已列入下年计划',
      '效益指标       生态效益指标      水质达标率          ≥90%                   95%        20          ' +
        score,
      '满意度指标      服务对象满意度指标 沿河群众满意度           ≥85%                 91%        20          19',
      `总分                                                                       100       ${total} 自评等级：优`,
    ].join('\n');

  it('reads the rows by their last two figures: nothing reported when they hold', () => {
    expect(errors(table('20', '95.50'))).toEqual([]);
  });

  it('reports a 得分 above its 分值 and sums it as printed', () => {
    const found = errors(table('22', '95.50'));
    expect(found).toEqual([
      expect.objectContaining({ rule: 'score.exceeds-weight', expected: '≤20', found: '22', line: 8 }),
      expect.objectContaining({ rule: 'score.sum', expected: '97.50', found: '95.50', line: 10 }),
    ]);
  });
});
