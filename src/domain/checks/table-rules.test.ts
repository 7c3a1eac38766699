/** Score tables as `pdftotext -layout` prints them: the national 项目支出绩效自评表 (merged cells, 项目资金 part). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/** Cells placed at columns, as pdftotext -layout puts them (one grid column per character). */
const at = (cells: Array<[number, string]>): string =>
  cells.reduce((out, [col, text]) => out.padEnd(Math.max(out.length + 2, col), ' ') + text, '');

const FORM = (o: { rate?: string; score?: string; leaf?: string; total?: string; grade?: string } = {}) =>
  [
    '                 项目支出绩效自评表',
    at([
      [32, '年初预算数'],
      [46, '全年预算数'],
      [60, '全年执行数'],
      [74, '分值'],
      [82, '执行率'],
      [92, '得分'],
    ]),
    at([
      [2, '项目资金'],
      [12, '年度资金总额'],
      [34, '100.00'],
      [48, '80.00'],
      [62, '76.00'],
      [75, '10'],
      [82, `${o.rate ?? '95.00'}%`],
      [92, o.score ?? '9.50'],
    ]),
    at([
      [2, '绩效'],
      [12, '一级指标'],
      [24, '二级指标'],
      [40, '三级指标'],
      [66, '年度指标值'],
      [80, '实际完成值'],
      [94, '分值'],
      [100, '得分'],
    ]),
    at([
      [2, '指标'],
      [12, '产出指标'],
      [24, '数量指标'],
      [40, '培训人次'],
      [66, '≥500人次'],
      [80, '520人次'],
      [95, '50'],
      [101, '50'],
    ]),
    at([
      [24, '质量指标'],
      [40, '培训合格率'],
      [66, '≥95%'],
      [80, '93%'],
      [95, '20'],
      [101, o.leaf ?? '18'],
    ]),
    at([
      [12, '满意度指标'],
      [24, '服务对象满意度指标'],
      [40, '学员满意度'],
      [66, '≥90%'],
      [80, '92%'],
      [95, '20'],
      [101, '20'],
    ]),
    at([
      [2, '总分'],
      [94, '100'],
      [100, o.total ?? '97.50'],
      [108, `自评等级：${o.grade ?? '优'}`],
    ]),
  ].join('\n');

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

describe('the national 自评表 as pdftotext -layout prints it', () => {
  it('reads rows with merged cells by column, the 项目资金 得分 counting in the 总分', () => {
    const r = checkTextReport(FORM());
    expect(r.findings).toEqual([]);
    expect(r.counts.score).toEqual({ recognised: 3, verified: 3 });
    expect(r.counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(r.counts.grade.verified).toBeGreaterThanOrEqual(1);
  });

  it('finds a wrong 执行率, 资金得分, indicator score, 总分 and 自评等级', () => {
    expect(errors(FORM({ rate: '96.00' })).map((f) => [f.rule, f.line])).toEqual([['completion.percent', 3]]);
    expect(errors(FORM({ score: '9.00' })).map((f) => f.rule)).toContain('score.rule');
    expect(errors(FORM({ leaf: '22' })).map((f) => [f.rule, f.line])).toContainEqual([
      'score.exceeds-weight',
      6,
    ]);
    expect(errors(FORM({ total: '98.50' })).map((f) => [f.rule, f.line])).toEqual([['score.sum', 8]]);
    expect(errors(FORM({ grade: '良' })).map((f) => f.rule)).toEqual(['grade.score']);
  });

  it('caps the 资金得分 at its 分值 when more than the budget was spent', () => {
    const over = FORM().replace('    76.00', '    84.00').replace('95.00%', '105.00%').replace(' 9.50', '10');
    expect(errors(over.replace('97.50', '98.00'))).toEqual([]);
  });

  it('reads header cells wrapped onto a second line (年初预 / 算数)', () => {
    const wrapped = FORM()
      .split('\n')
      .flatMap((l) =>
        l.includes('年初预算数')
          ? [
              at([
                [32, '年初预'],
                [46, '全年预'],
                [60, '全年执'],
                [74, '分值'],
                [82, '执行率'],
                [92, '得分'],
              ]),
              at([
                [32, '算数'],
                [46, '算数'],
                [60, '行数'],
              ]),
            ]
          : [l],
      )
      .join('\n');
    expect(checkTextReport(wrapped).counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(errors(wrapped.replace('97.50', '98.50')).map((f) => f.rule)).toEqual(['score.sum']);
  });

  it('sums nothing when the 项目资金 part cannot be read (its 得分 is part of the 总分)', () => {
    const unread = FORM().replace('76.00', '——');
    expect(errors(unread)).toEqual([]);
  });
});

/** The same form copied out of Word as tab-separated text: a merged cell only on the first row it covers. */
const TABS = (o: { rate?: string; score?: string; leaf?: string; total?: string; grade?: string } = {}) =>
  [
    '项目支出绩效自评表',
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '100.00', '80.00', '76.00', '10', `${o.rate ?? '95.00'}%`, o.score ?? '9.50'],
    ['其中：当年财政拨款', '100.00', '80.00', '76.00', '—', '—', '—'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析',
    ],
    ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '50', '50', ''],
    ['质量指标', '培训合格率', '≥95%', '93%', '20', o.leaf ?? '18', '个别学员补考'],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', '20', '20', ''],
    ['总分', '100', o.total ?? '97.50', `自评等级：${o.grade ?? '优'}`],
  ]
    .map((r) => (typeof r === 'string' ? r : r.join('\t')))
    .join('\n');

describe('the national 自评表 tab-separated, merged cells printed once', () => {
  it('right-aligns the shorter rows: leaf scores, 总分 = Σ得分 with the 项目资金 得分, 执行率', () => {
    const r = checkTextReport(TABS());
    expect(r.findings).toEqual([]);
    expect(r.counts.score).toEqual({ recognised: 3, verified: 3 });
    expect(r.counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(r.claims.map((c) => c.arithmetic)).toContain('各项得分之和 9.50 + 50 + 18 + 20，合计得分97.50');
  });

  it('finds a wrong 执行率, 资金得分, indicator score, 总分 and 自评等级', () => {
    expect(errors(TABS({ rate: '96.00' })).map((f) => [f.rule, f.line])).toEqual([['completion.percent', 3]]);
    expect(errors(TABS({ score: '9.00' })).map((f) => f.message)).toContainEqual(
      '预算执行率得分应为 分值10 × 执行率95.00% = 9.50，表中为9.00。',
    );
    expect(errors(TABS({ leaf: '22' })).map((f) => [f.rule, f.line])).toContainEqual([
      'score.exceeds-weight',
      7,
    ]);
    const sum = errors(TABS({ total: '98.50' }));
    expect(sum.map((f) => [f.rule, f.line])).toEqual([['score.sum', 9]]);
    expect(sum[0]!.message).toBe('各项得分之和 9.50 + 50 + 18 + 20 = 97.5，与合计得分98.50不符。');
    expect(errors(TABS({ grade: '良' })).map((f) => f.rule)).toEqual(['grade.score']);
  });

  it('sums nothing when a short row lost a trailing empty cell (it would sit one column off)', () => {
    // "产出指标 … 50 50" without its empty 偏差原因 cell: right-aligned, 50 would land under 偏差原因.
    const dropped = TABS().replace('\t50\t50\t\n', '\t50\t50\n');
    expect(dropped).not.toBe(TABS());
    const r = checkTextReport(dropped.replace('97.50', '98.50'));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'score' && c.arithmetic.startsWith('各项得分'))).toEqual([]);
  });

  it('reads a 自评表 whose 总分 label sits left of the indicator header, its fund rows and its 小计 rows', () => {
    const form = (o: { sub?: string; spent?: string; rate?: string; total?: string } = {}) =>
      [
        '                 项目支出绩效自评表',
        at([
          [16, '资金来源'],
          [30, '预算数'],
          [42, '执行数'],
          [54, '执行率'],
          [66, '权重'],
          [76, '得分'],
        ]),
        at([
          [16, '合计'],
          [30, '100.00'],
          [42, '90.00'],
          [54, '90.00%'],
          [67, '10'],
          [77, '9'],
        ]),
        at([
          [16, '财政拨款'],
          [31, '80.00'],
          [42, o.spent ?? '75.00'],
          [54, o.rate ?? '93.75%'],
        ]),
        at([
          [16, '其他资金'],
          [31, '20.00'],
          [42, '15.00'],
          [54, '75.00%'],
        ]),
        '  以上资金得分按执行率×权重计算。',
        at([
          [18, '一级指标'],
          [30, '二级指标'],
          [44, '三级指标'],
          [60, '指标权重'],
          [72, '得分'],
        ]),
        at([
          [18, '产出指标'],
          [30, '数量指标'],
          [44, '培训人次'],
          [63, '40'],
          [73, '40'],
        ]),
        at([
          [30, '质量指标'],
          [44, '培训合格率'],
          [63, '40'],
          [73, '36'],
        ]),
        at([
          [30, '小计'],
          [63, '80'],
          [73, o.sub ?? '76'],
        ]),
        at([
          [18, '满意度指标'],
          [30, '满意度'],
          [44, '学员满意度'],
          [63, '10'],
          [73, '9'],
        ]),
        at([
          [2, '总分'],
          [62, '100'],
          [73, o.total ?? '94'],
        ]),
      ].join('\n');
    const clean = checkTextReport(form());
    expect(clean.findings).toEqual([]);
    expect(clean.claims.filter((c) => !c.verified)).toEqual([]);
    expect(clean.claims.some((c) => c.arithmetic.startsWith('各项得分之和 9 + 40'))).toBe(true);
    const errs = (o: Parameters<typeof form>[0]) =>
      checkTextReport(form(o)).findings.filter((f) => f.severity === 'error');
    expect(errs({ sub: '78', total: '96' })).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '76', found: '78' }),
      expect.objectContaining({ rule: 'score.sum', expected: '94', found: '96' }),
    ]);
    expect(errs({ rate: '94.75%' })).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '93.75%', found: '94.75%' }),
    ]);
    expect(errs({ spent: '57.00', rate: '71.25%' })).toEqual([
      expect.objectContaining({ rule: 'table.total', expected: '90.00', found: '72.00' }),
    ]);
  });

  it('checks a 完成率 column (实际 ÷ 目标), a "完成率×权重" score and the grade on the line below the table', () => {
    const form = (o: { rate?: string; score?: string; grade?: string } = {}) =>
      [
        '                 项目支出绩效自评表',
        at([
          [2, '一级指标'],
          [14, '三级指标'],
          [30, '指标权重'],
          [40, '年度指标值'],
          [52, '实际完成值'],
          [64, '完成率'],
          [74, '评分标准'],
          [90, '得分'],
        ]),
        at([
          [2, '产出指标'],
          [14, '新建站点数'],
          [33, '50'],
          [40, '12座'],
          [52, '11座'],
          [64, o.rate ?? '91.67%'],
          [74, '完成率×权重'],
          [90, o.score ?? '45.83'],
        ]),
        at([
          [14, '水质达标率'],
          [33, '50'],
          [40, '≥95%'],
          [52, '96.8%'],
          [64, '101.89%'],
          [74, '完成率×权重'],
          [90, '50'],
        ]),
        at([
          [2, '合计'],
          [32, '100'],
          [90, '95.83'],
        ]),
        `  自评等级：${o.grade ?? '优'}（90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差）`,
      ].join('\n');
    const clean = checkTextReport(form());
    expect(clean.findings).toEqual([]);
    expect(clean.claims.filter((c) => !c.verified)).toEqual([]);
    const errs = (o: Parameters<typeof form>[0]) =>
      checkTextReport(form(o)).findings.filter((f) => f.severity === 'error');
    expect(errs({ rate: '93.67%' })).toEqual([
      expect.objectContaining({ rule: 'completion.target', expected: '91.67%', found: '93.67%' }),
    ]);
    expect(errs({ score: '46.83', grade: '优' })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'score.rule', expected: '45.84', found: '46.83' }),
      ]),
    );
    expect(errs({ grade: '良' })).toEqual([
      expect.objectContaining({ rule: 'grade.score', expected: '优', found: '良' }),
    ]);
    // Bands of its own (85 for 优): the grade line is not judged by the configured cut-offs.
    const own = form({ grade: '良' }).replace('90分（含）以上为优', '96分（含）以上为优');
    expect(checkTextReport(own).findings.filter((f) => f.rule === 'grade.score')).toEqual([]);
  });

  it('reads 小计 rows printed first in their group, and a nested 其中：上年结转 row as no error', () => {
    const form = (sub: string) =>
      [
        at([
          [14, '资金来源'],
          [30, '全年预算数'],
          [44, '全年执行数'],
          [56, '分值'],
          [64, '执行率'],
          [74, '得分'],
        ]),
        at([
          [14, '年度资金总额'],
          [32, '300.00'],
          [46, '312.00'],
          [57, '10'],
          [64, '104.00%'],
          [75, '10'],
        ]),
        at([
          [14, '其中：财政拨款'],
          [32, '300.00'],
          [46, '312.00'],
          [58, '—'],
          [64, '104.00%'],
          [76, '—'],
        ]),
        at([
          [14, '其中：上年结转'],
          [34, '0.00'],
          [47, '12.00'],
          [58, '—'],
          [67, '—'],
          [76, '—'],
        ]),
        at([
          [2, '一级指标'],
          [14, '三级指标'],
          [32, '指标权重'],
          [44, '得分'],
        ]),
        at([
          [2, '产出指标'],
          [14, '小计'],
          [35, '60'],
          [45, sub],
        ]),
        at([
          [14, '受益学生人数'],
          [35, '30'],
          [45, '30'],
        ]),
        at([
          [14, '抽检合格率'],
          [35, '30'],
          [45, '28'],
        ]),
        at([
          [2, '效益指标'],
          [14, '小计'],
          [35, '30'],
          [45, '27'],
        ]),
        at([
          [14, '营养状况改善'],
          [35, '30'],
          [45, '27'],
        ]),
        at([
          [2, '合计'],
          [34, '100'],
          [45, '95'],
        ]),
      ].join('\n');
    const clean = checkTextReport(form('58'));
    expect(clean.findings).toEqual([]);
    expect(clean.claims.some((c) => c.arithmetic === '小计得分 30 + 28，表中58')).toBe(true);
    expect(checkTextReport(form('57')).findings).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '58', found: '57' }),
    ]);
  });
});

/**
 * The national 自评表 as a grid: a DOCX or an XLSX with merged cells, read with every row at the table's full
 * width, a merged cell's text in its first slot and the slots it covers empty. Two headers hold 得分 (项目资金
 * and 绩效指标): the table is read in parts, as the tab-separated and -layout shapes are.
 */
const GRID = (
  o: {
    spent?: string;
    rate?: string;
    fundScore?: string;
    leaf?: string;
    weight?: string;
    total?: string;
  } = {},
) =>
  [
    ['项目支出绩效自评表', '', '', '', '', '', '', '', ''],
    ['项目名称', '农机驾驶员培训项目', '', '', '', '', '', '', ''],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
    [
      '',
      '年度资金总额',
      '500.00',
      '520.00',
      o.spent ?? '494.00',
      '10',
      o.rate ?? '95.00%',
      o.fundScore ?? '9.50',
      '',
    ],
    ['', '其中：当年财政拨款', '450.00', '470.00', '451.20', '—', '96.00%', '—', ''],
    ['', '上年结转资金', '50.00', '50.00', '42.80', '—', '85.60%', '—', ''],
    ['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', ''],
    ['', '开展农机驾驶培训1000人次。', '', '', '', '培训1050人次。', '', '', ''],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['', '产出指标', '数量指标', '培训人次', '≥1000人次', '1050人次', '30', o.leaf ?? '30', ''],
    ['', '', '质量指标', '培训合格率', '≥95%', '93%', '30', '28', '合格率略低；加强考核'],
    ['', '效益指标', '社会效益指标', '农机作业水平', '提升', '提升', o.weight ?? '20', '20', ''],
    ['', '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', '10', '10', ''],
    ['总分', '', '', '', '', '', '100', o.total ?? '97.50', ''],
  ]
    .map((r) => r.join('\t'))
    .join('\n');

describe('the national 自评表 as a grid, merged cells given once (DOCX, XLSX)', () => {
  it('reads its 项目资金 and 绩效指标 parts: a correct table gives no error', () => {
    const r = checkTextReport(GRID());
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.map((c) => c.arithmetic)).toContain(
      '各项得分之和 9.50 + 30 + 28 + 20 + 10，合计得分97.50',
    );
  });

  it('finds a wrong 执行率, 资金得分, a 得分 above its 分值, a wrong 总分 and 分值 not totalling 100', () => {
    expect(errors(GRID({ rate: '96.00%' })).map((f) => [f.rule, f.line])).toEqual([
      ['completion.percent', 4],
    ]);
    expect(errors(GRID({ fundScore: '9.70', total: '97.70' })).map((f) => f.rule)).toEqual(['score.rule']);
    expect(errors(GRID({ leaf: '33', total: '100.50' })).map((f) => f.rule)).toContain(
      'score.exceeds-weight',
    );
    expect(errors(GRID({ total: '96.50' })).map((f) => [f.rule, f.line])).toEqual([['score.sum', 14]]);
    expect(errors(GRID({ weight: '22' })).map((f) => f.rule)).toContain('score.weight-sum');
  });

  it('blames the 年度资金总额 执行数 when its 执行率 is its sources’ sum ÷ 全年预算数', () => {
    // 451.20 + 42.80 = 494.00, and 95.00% = 494.00 ÷ 520.00: the 490.00 printed is the figure at fault.
    const found = errors(GRID({ spent: '490.00' }));
    expect(found.map((f) => [f.rule, f.expected, f.found])).toEqual([['table.total', '494.00', '490.00']]);
    expect(found[0]!.message).toContain('故资金总额执行数490.00有误，应为494.00');
  });
});
