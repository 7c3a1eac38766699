/**
 * Prose wordings met in fresh documents (units, names and figures made up):
 *  - a change opening its paragraph ("变动情况：与2023年度相比，收入、支出总计各减少D万元，下降P%") whose base, this
 *    year's figure of the items named, is in the paragraph before;
 *  - last year's figure inside the comparison ("与2023年度的X万元相比，减少D万元", "比2023年度的X万元减少",
 *    "较2023年度决算X万元增加") against this year's stated before it;
 *  - counts in brackets right after their total, without 其中 ("检查站点12个（城区5个、乡镇7个）");
 *  - the evaluated funds' year in the body against the title's ("本次评价对象为2023年度…" under "…2024年度…报告");
 *  - "X主要用于以下方面：" naming its whole without its figure, stated for X in a paragraph before;
 *  - the 三公 items after "其中：" in sentences of their own against the 三公 决算 before them.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => [c.verified, c.arithmetic]);

const TITLE = '青禾县林业局2024年度部门决算';

describe('a change whose base is in the paragraph before', () => {
  const doc = (pct: string, label = '变动情况：', second = '6,240.50') =>
    `${TITLE}\n    2024年度收入总计6,240.50万元，支出总计${second}万元。\n    ${label}与2023年度相比，收入、支出总计各减少210.30万元，下降${pct}%。主要原因是项目完工。`;

  it('reads both items named with 各 from the paragraph before', () => {
    // Last year 6,240.50 + 210.30 = 6,450.80; 210.30 ÷ 6,450.80 = 3.26%.
    expect(errors(doc('3.26'))).toEqual([]);
    expect(claims(doc('3.26'), /6450\.80/)).toEqual([
      [true, '上年 6240.50 + 210.30 = 6450.80，210.30 ÷ 6450.80 × 100% = 3.26%，文中3.26%'],
    ]);
    expect(errors(doc('4.26'))).toEqual(['change.percent 3.26% 4.26%']);
    expect(errors(doc('4.26', ''))).toEqual(['change.percent 3.26% 4.26%']);
  });

  it('reads one item named', () => {
    const text = `${TITLE}\n    2024年度收入总计6,240.50万元。\n    与2023年度相比，收入总计减少210.30万元，下降4.26%。`;
    expect(errors(text)).toEqual(['change.percent 3.26% 4.26%']);
  });

  it('leaves items of different figures unread', () => {
    // 收入总计 and 支出总计 differ: "各减少" cannot be from one base.
    expect(errors(doc('4.26', '变动情况：', '6,100.00'))).toEqual([]);
  });

  it('leaves a paragraph before with two figures of the name unread', () => {
    const text = `${TITLE}\n    2024年度收入总计6,240.50万元，其中上半年收入总计3,000.00万元。\n    与2023年度相比，收入总计减少210.30万元，下降4.26%。`;
    expect(errors(text)).toEqual([]);
  });
});

describe('last year’s figure inside the comparison', () => {
  const within = (word: string, pct: string) =>
    `${TITLE}\n    （一）总体情况。2024年度一般公共预算财政拨款支出5,318.40万元，占本年支出合计的96.20%。与2023年度的5,020.10万元相比，${word}298.30万元，${pct}。`;

  it('judges the amount and its direction against the two figures', () => {
    // 5,318.40 − 5,020.10 = 298.30; 298.30 ÷ 5,020.10 = 5.94%.
    expect(errors(within('增加', '增长5.94%'))).toEqual([]);
    expect(errors(within('减少', '下降5.94%'))).toEqual(['change.direction 增加 减少']);
    expect(errors(within('增加', '增长6.94%'))).toEqual(['change.percent 5.94% 6.94%']);
  });

  it('reads 比2023年度的X万元 after this year’s figure in the same sentence', () => {
    const text = `${TITLE}\n    2024年度一般公共预算财政拨款支出5,318.40万元，比2023年度的5,020.10万元减少298.30万元，下降5.94%。`;
    expect(errors(text)).toEqual(['change.direction 增加 减少']);
    expect(errors(text.replace('减少', '增加').replace('下降', '增长'))).toEqual([]);
  });

  it('reads 较2023年度决算X万元 after an outturn stated with its budget', () => {
    const text = (word: string) =>
      `${TITLE}\n    2024年度“三公”经费财政拨款支出决算31.20万元，为年度预算35.00万元的89.14%。较2023年度决算33.80万元${word}2.60万元，下降7.69%。`;
    expect(errors(text('减少'))).toEqual([]);
    expect(errors(text('增加'))).toEqual(['change.direction 减少 增加']);
  });

  it('judges a comparison with another year than the one before by the figures it prints', () => {
    // (The year itself is the year rule's finding.)
    const text = `${TITLE}\n    2024年度一般公共预算财政拨款支出5,318.40万元，比2022年度的5,020.10万元减少298.30万元，下降5.94%。`;
    expect(errors(text).filter((e) => e.startsWith('change'))).toEqual(['change.direction 增加 减少']);
    const rate = text.replace('减少', '增加').replace('下降5.94%', '增长9.54%');
    expect(errors(rate).filter((e) => e.startsWith('change'))).toEqual(['change.percent 5.94% 9.54%']);
    expect(errors(rate.replace('9.54%', '5.94%')).filter((e) => e.startsWith('change'))).toEqual([]);
  });

  it('leaves a sentence before with two outturns unread', () => {
    const text = `${TITLE}\n    2024年度基本支出3,100.00万元，项目支出2,218.40万元。与2023年度的5,020.10万元相比，减少298.30万元，下降5.94%。`;
    expect(errors(text)).toEqual([]);
  });
});

describe('counts in brackets after their total', () => {
  const text = (total: string, rest = '城区5个、乡镇7个') =>
    `${TITLE}\n    检查组共抽查站点${total}个（${rest}），发放问卷300份。`;

  it('adds the bracketed counts up to the total', () => {
    expect(errors(text('12'))).toEqual([]);
    expect(claims(text('12'), /城区/)).toEqual([[true, '城区、乡镇：5 + 7 = 12个，共12个']]);
    expect(errors(text('13'))).toEqual(['count.sum 12个 13个']);
  });

  it('leaves brackets that are no split of the total unread', () => {
    expect(errors(text('13', '含城区5个、乡镇7个'))).toEqual([]);
    expect(errors(text('13', '上年10个、前年7个'))).toEqual([]);
    expect(errors(text('13', '城区5个、乡镇7个等'))).toEqual([]);
    expect(errors(text('13', '城区5个；重点站点7个'))).toEqual([]);
    const change = `${TITLE}\n    站点比上年增加13个（城区5个、乡镇7个）。`;
    expect(errors(change)).toEqual([]);
  });
});

describe('counts in two measures in brackets after their total', () => {
  const text = (batches: string, people = '96') =>
    `${TITLE}\n    全年共接待${batches}批次${people}人次（上级检查指导9批次58人次，兄弟单位交流6批次38人次）。`;

  it('adds each measure up to the total’s', () => {
    expect(errors(text('15'))).toEqual([]);
    expect(errors(text('16'))).toEqual(['count.sum 15批次 16批次']);
    expect(errors(text('15', '98'))).toEqual(['count.sum 96人次 98人次']);
  });

  it('leaves items in other measures unread', () => {
    const other = `${TITLE}\n    全年共接待16批次96人次（上级检查指导9人次58批次，兄弟单位交流6人次38批次）。`;
    expect(errors(other)).toEqual([]);
  });
});

describe('the evaluated funds’ year against the title', () => {
  const report = (year: string, name = '青禾县森林防火专项资金') =>
    `青禾县2024年度森林防火专项资金财政重点绩效评价报告\n    一、项目基本情况。本次评价对象为${year}年度${name}，项目预算资金共计800.00万元。`;

  it('flags a body year that differs from the title’s for the same funds', () => {
    expect(errors(report('2024'))).toEqual([]);
    expect(errors(report('2023'))).toEqual(['year.mismatch 2024年度 2023年度']);
  });

  it('leaves funds the title does not name unread', () => {
    expect(errors(report('2023', '青禾县林业有害生物防治资金'))).toEqual([]);
  });

  it('reads “评价范围为YYYY年度下达…的<funds>” under a title set on two lines', () => {
    const scope = (year: string) =>
      `青禾县2024年度森林防火专项资金\n财政重点绩效评价报告\n\n    一、评价范围。本次评价范围为${year}年度下达至4个乡镇的森林防火专项资金，共计800.00万元。与2023年度相比，资金增加50.00万元。`;
    expect(errors(scope('2024'))).toEqual([]);
    expect(errors(scope('2023'))).toEqual(['year.mismatch 2024年度 2023年度']);
  });
});

describe('the document’s year', () => {
  it('is not the year a change is compared with (“比2023年度”, “与2023年度相比”)', () => {
    // One 2024年度 in the title, the funds' 2023年度 in the body, and two comparisons with 2023年度: the
    // comparisons do not vote, so the document is 2024's and its 2024年12月31日 is this year's.
    const text = `青禾县2024年度森林防火专项资金\n财政重点绩效评价报告\n\n    本次评价的资金为2023年度结转资金。资金规模比2023年度的750.00万元增加50.00万元，增长6.67%。与2023年度相比，防火隔离带增加12公里。截至2024年12月31日，项目已全部完工。`;
    expect(errors(text)).toEqual([]);
  });
});

describe('a list of uses whose whole is stated in a paragraph before', () => {
  const doc = (health: string, share = '4.08', between = '') =>
    `${TITLE}\n五、一般公共预算财政拨款支出决算情况说明\n    （一）总体情况。2024年度一般公共预算财政拨款支出2,450.00万元，占本年支出合计的96.10%。\n${between}    （二）结构情况。2024年度一般公共预算财政拨款支出主要用于以下方面：农林水支出2,250.00万元，占91.84%；卫生健康支出${health}万元，占${share}%；住房保障支出100.00万元，占4.08%。`;

  it('adds the uses up to the whole and judges their shares', () => {
    expect(errors(doc('100.00'))).toEqual([]);
    expect(claims(doc('100.00'), /2250\.00 \+/)).toEqual([
      [true, '2250.00 + 100.00 + 100.00 = 2450.00万元，合计2450.00万元'],
    ]);
    expect(errors(doc('108.00'))).toEqual(['sum.parts 2450.00万元 2458.00万元', 'share.percent 4.41% 4.08%']);
  });

  it('reads past a paragraph stating the change', () => {
    const change = '    与上年相比，一般公共预算财政拨款支出增加120.00万元，增长5.15%。\n';
    expect(errors(doc('108.00', '4.08', change))).toEqual([
      'sum.parts 2450.00万元 2458.00万元',
      'share.percent 4.41% 4.08%',
    ]);
  });

  it('leaves the list unread when the paragraph before states last year’s figure or a budget', () => {
    const last = doc('108.00').replace(
      '2024年度一般公共预算财政拨款支出2,450.00万元',
      '2023年度一般公共预算财政拨款支出2,450.00万元',
    );
    expect(errors(last)).toEqual([]);
    const budget = doc('108.00').replace(
      '2024年度一般公共预算财政拨款支出2,450.00万元',
      '一般公共预算财政拨款支出年初预算2,450.00万元',
    );
    expect(errors(budget)).toEqual([]);
  });
});

describe('the 三公 items in sentences of their own', () => {
  const doc = (running: string, pageBreak = false) =>
    `${TITLE}\n七、财政拨款“三公”经费支出决算情况说明\n    2024年度“三公”经费财政拨款支出预算为40.00万元，支出决算为36.50万元，完成预算的91.25%。较上年减少2.10万元，下降5.44%。${pageBreak ? '\n    ' : ''}其中：因公出国（境）费支出决算为0万元。公务用车购置费支出决算为18.00万元，完成预算的100.00%；公务用车运行费支出决算为${running}万元，完成预算的90.00%。公务接待费支出决算为5.00万元，完成预算的62.50%。`;

  it('adds the items up to the 决算, in its paragraph or after it', () => {
    expect(errors(doc('13.50'))).toEqual([]);
    expect(claims(doc('13.50'), /“三公”各项/)).toEqual([
      [true, '“三公”各项 0 + 18.00 + 13.50 + 5.00 = 36.50万元，决算36.50万元'],
    ]);
    expect(errors(doc('14.50'))).toEqual(['sum.parts 36.50万元 37.50万元']);
    expect(errors(doc('14.50', true))).toEqual(['sum.parts 36.50万元 37.50万元']);
  });

  it('leaves a list missing an item unread', () => {
    const text = doc('14.50').replace('公务接待费支出决算为5.00万元，完成预算的62.50%。', '');
    expect(errors(text)).toEqual([]);
  });
});
