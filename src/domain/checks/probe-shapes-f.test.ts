/**
 * Prose claims whose figures sit in an earlier sentence or clause (units, names and figures made up): a
 * change stated without an amount of its own, a share whose part is stated in the sentence before, a bare
 * 占比 after a list's first named share, 完成预算的% apart from its figures, a 比上年 clause after "；", an
 * expense's gap against its budget, two counts before 其中, a whole inside 占…的, counts by grade.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity !== 'note')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, kind: string) =>
  checkTextReport(text)
    .claims.filter((c) => c.kind === kind)
    .map((c) => `${c.verified ? '✓' : '✗'} ${c.arithmetic}`);

const doc = (...paragraphs: string[]) =>
  ['柳溪区文化馆2024年度单位决算情况说明', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('a change stated without an amount of its own', () => {
  const growth = (rate: string, first = '本单位2023年度支出合计为4,560.00万元。') =>
    doc(
      `${first}2024年度支出合计5,016.00万元，比上年增加456.00万元。`,
      `增加的主要原因是新增设备购置。与上年相比，支出增幅为${rate}%。`,
    );

  it('clean: the % is this year − last year over last year, both in the paragraph before', () => {
    expect(errors(growth('10.00'))).toEqual([]);
    expect(claims(growth('10.00'), 'change')).toContain(
      '✓ (5016.00 − 4560.00) ÷ 4560.00 × 100% = 10.00%，文中增幅10.00%',
    );
  });

  it('wrong: a % that is not the change', () => {
    expect(errors(growth('12.00'))).toEqual(['change.percent 10.00% 12.00%']);
  });

  it('near-miss: two figures of last year in reach — silent', () => {
    const two = growth('12.00', '2023年度支出合计为4,560.00万元，2023年度收入合计为4,600.00万元。');
    expect(errors(two)).toEqual([]);
  });

  it('near-miss: another figure of this year stated last, or a rate before the % — silent', () => {
    const nearer = doc(
      '2023年度支出合计为4,560.00万元。2024年度支出合计5,016.00万元，收入合计5,100.00万元。',
      '与上年相比，增幅为12.00%。',
    );
    expect(errors(nearer)).toEqual([]);
    const afterRate = growth('12.00').replace('增加的主要原因是新增设备购置。', '预算执行率为96.00%。');
    expect(errors(afterRate)).toEqual([]);
  });

  it('near-miss: the subject named is not the figures’ — silent', () => {
    const other = growth('12.00').replace('支出增幅', '收入增幅');
    expect(errors(other)).toEqual([]);
  });

  const fall = (amount: string, outturn = '全年支出决算为62.40万元。') =>
    doc(
      `2024年度“三公”经费支出预算为80.00万元。${outturn}`,
      `2023年度“三公”经费支出决算为70.20万元。2024年度比上年减少${amount}万元，下降11.11%。`,
    );

  it('clean: this year two sentences back, last year in the sentence before', () => {
    expect(errors(fall('7.80'))).toEqual([]);
    expect(claims(fall('7.80'), 'change')).toEqual([
      '✓ 62.40 − 70.20 = -7.80万元，文中减少7.80万元',
      '✓ (62.40 − 70.20) ÷ 70.20 × 100% = −11.11%，文中下降11.11%',
    ]);
  });

  it('wrong: an amount that is not this year − last year', () => {
    expect(errors(fall('8.80'))).toEqual(['change.amount 减少7.80万元 减少8.80万元']);
  });

  it('near-miss: only the budget stated for this year — silent', () => {
    expect(errors(fall('8.80', ''))).toEqual([]);
    expect(claims(fall('8.80', ''), 'change')).toEqual([]);
  });
});

describe('shares whose part is stated in the sentence before', () => {
  const named = (share: string, part = '财政拨款收入2,200.00万元。') =>
    doc(
      `2023年度本年收入合计为2,300.00万元。2024年度本年收入合计2,500.00万元。${part}`,
      `财政拨款收入占本年收入合计的${share}%。`,
    );

  it('clean: the named part in the paragraph before, the whole this year’s (not last year’s)', () => {
    expect(errors(named('88.00'))).toEqual([]);
    expect(claims(named('88.00'), 'share')).toEqual(['✓ 2200.00 ÷ 2500.00万元 × 100% = 88.00%，文中88.00%']);
  });

  it('wrong: a share that is not part ÷ whole', () => {
    expect(errors(named('86.00'))).toEqual(['share.percent 88.00% 86.00%']);
  });

  it('near-miss: the sentence before states another part — silent', () => {
    expect(claims(named('86.00', '其他收入300.00万元。'), 'share')).toEqual([]);
  });

  const bare = (second: string, between = '') =>
    doc(
      '2024年度一般公共预算财政拨款支出2,000.00万元。',
      `从支出功能分类看，教育支出1,200.00万元。该项支出占一般公共预算财政拨款支出的60.00%。${between}科学技术支出500.00万元。占比${second}%。文化旅游体育与传媒支出300.00万元，占比15.00%。`,
    );

  it('clean: bare 占比 of the whole the first share names', () => {
    expect(errors(bare('25.00'))).toEqual([]);
    expect(claims(bare('25.00'), 'share')).toEqual([
      '✓ 1200.00 ÷ 2000.00万元 × 100% = 60.00%，文中60.00%',
      '✓ 500.00 ÷ 2000.00万元 × 100% = 25.00%，文中25.00%',
      '✓ 300.00 ÷ 2000.00万元 × 100% = 15.00%，文中15.00%',
    ]);
  });

  it('wrong: a bare 占比 that does not fit', () => {
    expect(errors(bare('27.00'))).toEqual(['share.percent 25.00% 27.00%']);
  });

  it('near-miss: a 其中 list between the named share and the bare one — silent', () => {
    const list = bare('27.00', '其中：基本支出800.00万元。');
    expect(errors(list)).toEqual([]);
  });

  const inside = (share: string, lead = '涉及资金3,200.00万元，') =>
    doc(`本单位对6个项目开展了绩效自评，${lead}占项目支出总额4,000.00万元的${share}%。`);

  it('clean and wrong: the whole stated inside 占…的', () => {
    expect(errors(inside('80.00'))).toEqual([]);
    expect(claims(inside('80.00'), 'share')).toEqual(['✓ 3200.00 ÷ 4000.00万元 × 100% = 80.00%，文中80.00%']);
    expect(errors(inside('82.00'))).toEqual(['share.percent 80.00% 82.00%']);
  });

  it('near-miss: no part before 占 — silent', () => {
    expect(claims(inside('82.00', ''), 'share')).toEqual([]);
  });
});

describe('完成预算的% with its budget and outturn in the sentences before', () => {
  const rate = (printed: string, budget = '预算为150.00万元', outturn = '全年支出决算为138.00万元。') =>
    doc(`2024年度机关运行经费${budget}。${outturn}`, `决算数完成预算的${printed}%。`);

  it('clean: outturn ÷ budget', () => {
    expect(errors(rate('92.00'))).toEqual([]);
    expect(claims(rate('92.00'), 'completion')).toEqual([
      '✓ 138.00 ÷ 150.00万元 × 100% = 92.00%，文中92.00%',
    ]);
  });

  it('wrong: a rate that is not outturn ÷ budget', () => {
    expect(errors(rate('90.00'))).toEqual(['completion.percent 92.00% 90.00%']);
  });

  it('near-miss: no outturn stated, or a budget of another scope — silent', () => {
    expect(claims(rate('90.00', '预算为150.00万元', ''), 'completion')).toEqual([]);
    const scoped = rate('90.00', '调整后预算为150.00万元').replace('完成预算', '完成年初预算');
    expect(claims(scoped, 'completion')).toEqual([]);
  });
});

describe('changes in a 三公 notice sentence', () => {
  const both = (pct: string, head = '2024年度培训费决算数为45.60万元') =>
    doc(`${head}，比预算减少4.40万元，下降8.80%；比上年增加5.60万元，增长${pct}%。`);

  it('clean: the 比上年 clause after "；" changes the sentence’s outturn', () => {
    expect(errors(both('14.00'))).toEqual([]);
    expect(claims(both('14.00'), 'change')).toEqual([
      '✓ 上年 45.60 − 5.60 = 40.00，5.60 ÷ 40.00 × 100% = 14.00%，文中14.00%',
    ]);
  });

  it('wrong: the % of the 比上年 clause', () => {
    expect(errors(both('16.00'))).toEqual(['change.percent 14.00% 16.00%']);
  });

  it('near-miss: a 其中 part before the "；" — silent', () => {
    const parts = both('16.00', '2024年度培训费决算数为45.60万元，其中：师资费20.00万元');
    expect(claims(parts, 'change')).toEqual([]);
  });

  const expense = (pct: string, name = '（二）公务接待费') =>
    doc(`${name}36.00万元，比预算减少4.00万元，下降${pct}%。`);

  it('an expense named by its 费: gap ÷ (outturn + gap)', () => {
    expect(errors(expense('10.00'))).toEqual([]);
    expect(claims(expense('10.00'), 'completion')).toEqual([
      '✓ 预算36.00 + 4.00 = 40.00万元；4.00 ÷ 预算40.00万元 × 100% = 10.00%，文中10.00%',
    ]);
    expect(errors(expense('12.00'))).toEqual(['change.percent 10.00% 12.00%']);
  });

  it('near-miss: last year’s expense — silent', () => {
    expect(claims(expense('12.00', '上年公务接待费'), 'completion')).toEqual([]);
  });
});

describe('counts', () => {
  const groups = (third: string) =>
    doc(`全年因公出国（境）团组12个、58人次，其中：学术交流团组5个、考察团组4个、其他团组${third}个。`);

  it('two counts before 其中: the parts add up to the count of their unit', () => {
    expect(errors(groups('3'))).toEqual([]);
    expect(claims(groups('3'), 'sum')).toEqual(['✓ 5 + 4 + 3 = 12个，合计12个']);
    expect(errors(groups('4'))).toEqual(['sum.parts 12个 13个']);
  });

  const grades = (good: string, list?: string) =>
    doc(
      '本单位对12个项目开展了绩效自评，涉及资金860.00万元。',
      `自评结果显示，${list ?? `评价等级为“优”的项目6个、“良”的${good}个、“中”的2个、“差”的0个`}。`,
    );

  it('counts of every grade add up to the items graded', () => {
    expect(errors(grades('4'))).toEqual([]);
    expect(claims(grades('4'), 'count')).toEqual(['✓ 6 + 4 + 2 + 0 = 12个，评价总数12个']);
    expect(errors(grades('5'))).toEqual(['count.sum 12个 13个']);
  });

  it('near-miss: some grades listed (fewer than graded), or 其中 N个 — silent', () => {
    expect(errors(grades('', '“优”的6个、“良”的5个'))).toEqual([]);
    expect(errors(grades('', '其中3个项目已完成整改、2个正在整改'))).toEqual([]);
  });
});
