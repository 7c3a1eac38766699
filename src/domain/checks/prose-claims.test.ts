/** Prose claims on the shapes real documents use (wrapping is covered by layout.test.ts and corpus.test.ts). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(`某局2024年度部门决算情况说明\n${text}`).findings.filter((f) => f.severity === 'error');
const all = (text: string) => checkTextReport(`某局2024年度部门决算情况说明\n${text}`);

describe('prose claims', () => {
  it('sums the parts a typed "其中：" line lists in the paragraphs below it (Word: one part per paragraph)', () => {
    const text = (staff: string) =>
      `2023年一般公共预算财政拨款基本支出860.39万元，其中：\n人员经费${staff}万元，主要包括：基本工资、津贴补贴。\n日常公用经费92.17万元，主要包括：办公费、印刷费。`;
    expect(all(text('768.22')).findings).toEqual([]);
    expect(all(text('768.22')).counts.sum).toEqual({ recognised: 1, verified: 1 });
    expect(errors(text('768.82'))).toEqual([
      expect.objectContaining({ rule: 'sum.parts', expected: '860.39万元', found: '860.99万元' }),
    ]);
  });

  it('measures a change from the figure before a bracketed breakdown, not from a figure inside it', () => {
    const text = (pct: string) =>
      `公务用车购置及运行维护费58.40万元（其中：公务用车购置费20.00万元，公务用车运行维护费38.40万元），比上年减少3.10万元，下降${pct}%。`;
    expect(all(text('5.04')).findings).toEqual([]);
    expect(all(text('5.04')).counts.change).toEqual({ recognised: 1, verified: 1 });
    // 3.10 ÷ (58.40 + 3.10) = 5.04%: a wrong % is judged against that base.
    expect(errors(text('7.47'))).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '5.04%', found: '7.47%' }),
    ]);
  });

  it('judges the % of a gap against a budget the sentence does not state (the outturn ± the gap)', () => {
    const text = (pct: string) =>
      `2024年度机关运行经费支出85.20万元，比年初预算数减少4.80万元，降低${pct}%。`;
    expect(all(text('5.33')).findings).toEqual([]);
    expect(all(text('5.33')).counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(errors(text('5.63'))).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '5.33%', found: '5.63%' }),
    ]);
    expect(errors('“三公”经费支出共计23.60万元，较年初预算减少6.40万元，下降23.33%。')).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '21.33%' }),
    ]);
    // Over budget: the budget is the outturn − the gap (4.80 ÷ 80.40).
    expect(errors('公用经费支出85.20万元，比预算增加4.80万元，增长5.97%。')).toEqual([]);
    // Two figures before, neither named as the budget: not judged.
    expect(
      all('支出85.20万元，结余3.00万元，比预算减少4.80万元，降低9.99%。').counts.completion.recognised,
    ).toBe(0);
  });

  it('blames a wrong change amount, not the % that holds against both stated years', () => {
    const text = (amount: string, pct: string) =>
      `2024年度“三公”经费财政拨款支出决算为32.45万元，2023年度为34.54万元，减少${amount}万元，下降${pct}%。`;
    expect(errors(text('2.09', '6.05'))).toEqual([]);
    // 2.39 is wrong (34.54 − 32.45 = 2.09); 6.05% = 2.09 ÷ 34.54 holds: only the amount is an error.
    expect(errors(text('2.39', '6.05'))).toEqual([
      expect.objectContaining({ rule: 'change.amount', found: '减少2.39万元' }),
    ]);
    // A wrong % is still one, whatever the amount.
    expect(errors(text('2.09', '6.50'))).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '6.05%', found: '6.50%' }),
    ]);
  });

  it('takes a "主要用于以下方面" list short of its total as the main items (a note), one beyond it as an error', () => {
    const text = (second: string) =>
      `一般公共预算财政拨款支出1,200.00万元，主要用于以下方面：一般公共服务（类）支出900.00万元，占75.00%；社会保障和就业（类）支出${second}万元。`;
    expect(errors(text('300.00'))).toEqual([]);
    const partial = all(text('180.00'));
    expect(partial.findings).toEqual([expect.objectContaining({ rule: 'sum.partial', severity: 'note' })]);
    expect(errors(text('330.00'))).toEqual([
      expect.objectContaining({ rule: 'sum.parts', expected: '1200.00万元', found: '1230.00万元' }),
    ]);
  });

  it('lets a sentence about an earlier year compare it with the year before it', () => {
    expect(errors('2023年度项目支出300.00万元，比2022年度增加20.00万元，增长7.14%。')).toEqual([]);
    expect(errors('2024年度项目支出300.00万元，比2022年度增加20.00万元，增长7.14%。')).toEqual([
      expect.objectContaining({ rule: 'year.mismatch', expected: '2023年', found: '2022年' }),
    ]);
  });

  it('judges 预算执行率 with both 年初 and 全年 budgets stated: wrong only when it fits neither', () => {
    const text = (pct: string) =>
      `项目年初预算数为120.00万元，全年预算数为150.00万元，全年执行数为142.50万元，预算执行率为${pct}%。`;
    expect(errors(text('95.00'))).toEqual([]);
    expect(errors(text('118.75'))).toEqual([]);
    expect(errors(text('96.00'))).toEqual([
      expect.objectContaining({ rule: 'completion.percent', found: '96.00%' }),
    ]);
  });

  it('judges a count’s change and its % as an amount’s, from the count stated before it', () => {
    expect(errors('全年完成各类检查128次，较上年增加16次，增长14.29%。')).toEqual([]);
    expect(errors('全年完成各类检查128次，较上年增加16次，增长12.50%。')).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '14.29%', found: '12.50%' }),
    ]);
    expect(errors('全年接待群众来访1,280人次，比上年减少120人次，下降9.38%。')).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '8.57%' }),
    ]);
  });

  it('does not tell a whole from its part when a change follows a "其中" part without a subject', () => {
    for (const text of [
      '本年支出合计1,280.00万元，其中项目支出300.00万元，比上年减少120.00万元，下降8.57%。',
      '全年接待群众来访1,280人次，其中网上来访300人次，比上年减少120人次，下降8.57%。',
    ]) {
      expect(errors(text), text).toEqual([]);
      expect(all(text).counts.change.recognised, text).toBe(0);
    }
    // A list opening with 其中: its part is what changed.
    expect(errors('其中：项目支出300.00万元，比上年减少120.00万元，下降8.57%。')).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '28.57%' }),
    ]);
  });

  it('judges a completion rate whose outturn is stated before its budget', () => {
    const text = (pct: string) =>
      `2024年度因公出国（境）费支出决算为8.50万元，年初预算为10.00万元，完成年初预算的${pct}%。`;
    expect(errors(text('85.00'))).toEqual([]);
    expect(all(text('85.00')).counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(errors(text('58.00'))).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '85.00%', found: '58.00%' }),
    ]);
    // Last year's budget after this year's outturn: not the budget the rate is of.
    expect(
      all('支出决算为8.50万元，上年支出预算为10.00万元，完成预算的58.00%。').counts.completion.recognised,
    ).toBe(0);
  });

  it('reads 降低 / 提高 as the direction of a % change, as 下降 / 增长', () => {
    const text = '机关运行经费支出318.46万元，比年初预算数340.00万元减少21.54万元，降低6.34%。';
    expect(all(text).counts.completion).toEqual({ recognised: 2, verified: 2 });
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('降低6.34%', '降低6.43%'))).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '6.34%', found: '6.43%' }),
    ]);
    expect(errors('本年支出120.00万元，比上年增加20.00万元，提高25.00%。')).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '20.00%' }),
    ]);
  });

  it('pairs a grade with the score stated right before it, not with a part’s score further back', () => {
    const parts = '项目决策得分19.00分，项目过程得分18.50分，项目产出得分38.20分，项目效益得分19.30分';
    const clean = all(`${parts}，自评总分95.00分，自评等级为“优”。`);
    expect(clean.findings).toEqual([]);
    expect(clean.counts.grade).toEqual({ recognised: 1, verified: 1 });
    expect(errors(`${parts}，自评总分95.00分，自评等级为“良”。`)).toEqual([
      expect.objectContaining({ rule: 'grade.score', expected: '优', found: '良' }),
    ]);
    // The grade alone in the next sentence is the total's, not its last part's.
    const list =
      '本部门自评得分93.60分，其中：部门决策18.00分，部门管理27.80分，部门产出29.40分，部门效益18.40分。';
    expect(all(`${list}自评等级为“优”。`).counts.grade).toEqual({ recognised: 1, verified: 1 });
    expect(errors(`${list}自评等级为“良”。`)).toEqual([
      expect.objectContaining({ rule: 'grade.score', expected: '优', found: '良' }),
    ]);
    // A 总分 in brackets is the scale, the score is before it.
    expect(errors('自评得分88.5分（总分100分），绩效等级为良。')).toEqual([]);
    expect(all('满分100分，自评得分88.5分，等级为良。').counts.grade).toEqual({ recognised: 1, verified: 1 });
  });

  it('takes a change’s base from the item that changed, not from the figure before it in the sentence', () => {
    // 公用经费 53.81 fell by 5.00 → 5.00 ÷ 58.81 = 8.50%; 204.78 (人员经费) is not its base.
    const text =
      '基本支出258.59万元，其中：人员经费204.78万元，比上年增加4.78万元，增长2.39%；公用经费53.81万元，比上年减少5.00万元，下降8.50%。';
    expect(errors(text)).toEqual([]);
    expect(all(text).counts.change).toEqual({ recognised: 2, verified: 2 });
  });

  it('checks 完成调整预算 against the 调整预算 when 年初预算 is stated too', () => {
    const r = all(
      '一般公共预算财政拨款支出年初预算为100.00万元，调整预算为120.00万元，支出决算为114.00万元，完成调整预算的96.00%。',
    );
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '95.00%', found: '96.00%' }),
    ]);
  });

  it('a list marked 主要包括 / …… / 等 is not exhaustive: a shortfall is a note', () => {
    const r = all(
      '本年收入合计307.82万元，其中：财政拨款收入264.87万元、事业收入10.82万元、其他收入29.42万元等。',
    );
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['sum.partial', 'note']]);
    expect(
      errors('本年收入合计307.82万元，其中：财政拨款收入264.87万元、事业收入10.82万元、其他收入29.42万元。'),
    ).toEqual([expect.objectContaining({ rule: 'sum.parts' })]);
  });

  it('shares without amounts: the parts of one whole never take more than 100% beyond rounding', () => {
    const r = all('本年支出合计200.00万元，其中：基本支出占81.44%，项目支出占18.99%。');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'share.over-whole', severity: 'error', found: '100.43%' }),
    ]);
    expect(r.findings[0]!.message).toContain('81.44% + 18.99% = 100.43%');
    // 100.01 is within the rounding of two shares at two decimals; 50 + 30 may leave parts out.
    for (const clean of [
      '本年支出合计200.00万元，其中：基本支出占82.31%，项目支出占17.70%。',
      '本年支出合计200.00万元，其中，培训费占50%，会议费占30%。',
      // A nested list and parts of different wholes are not added together.
      '本年支出合计200.00万元，其中：基本支出占80.00%，其中人员经费占60.00%，公用经费占20.00%。',
      '其中：财政拨款占本年收入的90.00%，项目支出占本年支出的30.00%。',
      '其中：基本支出占80.00%，项目支出占20.00%，合计占100.00%。',
    ])
      expect(all(clean).findings, clean).toEqual([]);
    expect(all('其中：基本支出占82.31%，项目支出占17.70%。').counts.share).toEqual({
      recognised: 1,
      verified: 1,
    });
  });

  it('warns of a share printed without its %, when the figure is that share', () => {
    const r = all(
      '本年支出合计300.00万元，其中：基本支出200.00万元，占66.67；项目支出100.00万元，占33.33%。',
    );
    expect(r.findings.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ['unit.missing', 'warning', '66.67%'],
    ]);
  });

  it('reads a share written before its part ("占X%，为Y万元") and one naming the list’s total', () => {
    const ok =
      '本年收入合计400.00万元，其中：财政拨款收入占75.00%，为300.00万元；事业收入占25.00%，为100.00万元。';
    expect(all(ok).findings).toEqual([]);
    expect(all(ok).counts.share).toEqual({ recognised: 2, verified: 2 });
    expect(errors(ok.replace('占25.00%', '占26.00%'))).toEqual([
      expect.objectContaining({ rule: 'share.percent', expected: '25.00%', found: '26.00%' }),
    ]);
    const named =
      '全年执行数为400.00万元。其中：基本支出执行300.00万元，占全年执行数的75.00%；项目支出执行100.00万元，占全年执行数的25.00%。';
    expect(all(named).counts.share).toEqual({ recognised: 2, verified: 2 });
    expect(errors(named.replace('的75.00%', '的76.00%'))).toEqual([
      expect.objectContaining({ rule: 'share.percent', found: '76.00%' }),
    ]);
  });

  it('in a list below "其中：" whose lines state a budget and an outturn, adds the outturns', () => {
    const list = (b: string) =>
      [
        '支出年初预算为300.00万元，支出决算为290.00万元，完成年初预算的96.67%。其中：',
        `1.行政运行（项）：年初预算200.00万元，支出决算${b}万元，完成年初预算的${b === '190.00' ? '95.00' : '96.00'}%。`,
        '2.事业运行（项）：年初预算100.00万元，支出决算100.00万元，完成年初预算的100.00%。',
      ].join('\n');
    expect(errors(list('190.00'))).toEqual([]);
    expect(all(list('190.00')).counts.sum).toEqual({ recognised: 1, verified: 1 });
    expect(errors(list('192.00')).map((f) => f.rule)).toContain('sum.parts');
  });

  it('past a change before "其中：", takes the list as the total’s only when its parts add up to it', () => {
    const text = (
      share: string,
      parts = `财政拨款收入300.00万元，占${share}%；事业收入100.00万元，占25.00%`,
    ) => `本年收入合计400.00万元，比上年增加40.00万元，增长11.11%，其中：${parts}。`;
    expect(all(text('75.00')).counts.share).toEqual({ recognised: 2, verified: 2 });
    expect(errors(text('76.00'))).toEqual([
      expect.objectContaining({ rule: 'share.percent', found: '76.00%' }),
    ]);
    // Parts of the change (25 + 15 = 40), or of nothing known: no claim, no error.
    expect(errors(text('', '基本支出25.00万元，项目支出16.00万元'))).toEqual([]);
    expect(all(text('', '基本支出25.00万元，项目支出15.00万元')).counts.sum.recognised).toBe(0);
  });

  it('takes the base of a change opening its sentence from the one outturn of the sentence before', () => {
    const text = (p: string) =>
      `“三公”经费支出预算为70.00万元，支出决算为60.00万元，完成预算的85.71%。较上年减少15.00万元，下降${p}%。`;
    expect(errors(text('20.00'))).toEqual([]);
    expect(errors(text('25.00'))).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '20.00%' }),
    ]);
    // Two outturns before: which one changed is not known, nothing is judged.
    expect(
      all('收入合计70.00万元，支出合计60.00万元。较上年减少15.00万元，下降25.00%。').counts.change.recognised,
    ).toBe(0);
  });

  it('reads thousands separators, full-width digits and spaces between number and unit', () => {
    const r = all(
      '本年支出合计３，０００．００ 万元，其中：基本支出2,000.00  万元，占 66.67 %；项目支出1,000.00万元，占33.33%。',
    );
    expect(r.findings).toEqual([]);
    expect(r.counts.share).toEqual({ recognised: 2, verified: 2 });
    expect(r.counts.sum).toEqual({ recognised: 1, verified: 1 });
  });

  it('takes the subject, not the figure it is compared with (比上年决算X万元减少…), as the total of a list', () => {
    const text = (part: string) =>
      `2024年度“三公”经费支出决算为30.00万元，比年初预算36.00万元减少6.00万元，下降16.67%；比上年决算32.50万元减少2.50万元，下降7.69%。其中：因公出国（境）费${part}万元，占16.67%；公务接待费25.00万元，占83.33%。`;
    expect(errors(text('5.00'))).toEqual([]);
    expect(all(text('5.00')).counts.sum).toEqual({ recognised: 1, verified: 1 });
    expect(errors(text('6.00'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'sum.parts', expected: '30.00万元', found: '31.00万元' }),
      ]),
    );
  });

  it('judges no sum when the parts add up exactly to another amount of the sentence (结余 … 其中：)', () => {
    const text = '项目实际支出90.00万元，结余10.00万元。其中：省级资金支出60.00万元；县级资金支出30.00万元。';
    expect(errors(text)).toEqual([]);
  });

  it('reads "完成年初预算X万元的Y%" and "较年初预算减少D万元" with the outturn before them', () => {
    const text = (rate: string, gap: string) =>
      `“三公”经费财政拨款支出决算75.60万元，完成年初预算83.00万元的${rate}%，较年初预算减少${gap}万元，主要原因是厉行节约。`;
    expect(errors(text('91.08', '7.40'))).toEqual([]);
    expect(all(text('91.08', '7.40')).counts.completion).toEqual({ recognised: 2, verified: 2 });
    expect(errors(text('90.18', '7.40'))).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '91.08%', found: '90.18%' }),
    ]);
    expect(errors(text('91.08', '8.40'))).toEqual([
      expect.objectContaining({ rule: 'completion.budget-gap', expected: '减少7.40万元' }),
    ]);
  });
});

describe('change and completion claims of the provinces’ wordings', () => {
  it('reads the figure before a change only from its own part of a "；" list', () => {
    const text =
      '“三公”经费支出决算数比上年减少20.62万元，下降64.52%。其中：因公出国（境）费支出决算0.00万元；公务用车购置及运行维护费支出决算与上年相比，减少20.04万元，下降67.89%。';
    expect(errors(text)).toEqual([]);
  });

  it('finds 减少 … 增长 contradictory even when the base is stated elsewhere', () => {
    const text = (pct: string) => `公务接待费支出决算比上年减少0.78万元，${pct}19.26%。`;
    expect(errors(text('下降'))).toEqual([]);
    expect(errors(text('增长'))).toEqual([
      expect.objectContaining({ rule: 'change.direction', expected: '减少', found: '增长' }),
    ]);
  });

  it('judges 完成全年预算 against either the 年初 or the 调整 budget the sentence states', () => {
    const text = (pct: string) =>
      `一般公共预算财政拨款支出年初预算为2879.15万元，调整预算为3235.00万元，支出决算为3229.19万元，完成全年预算的${pct}%。`;
    expect(errors(text('99.82'))).toEqual([]);
    expect(errors(text('112.16'))).toEqual([]);
    expect(all(text('99.82')).counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(errors(text('98.82'))).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '99.82%', found: '98.82%' }),
    ]);
  });

  it('judges a completion rate of a document in 元', () => {
    const text = (pct: string) =>
      `行政运行（项）年初预算为2900000.00元，支出决算为2863410.26元，完成年初预算的${pct}%。`;
    expect(errors(text('98.74'))).toEqual([]);
    expect(errors(text('97.84'))).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '98.74%', found: '97.84%' }),
    ]);
  });
});
