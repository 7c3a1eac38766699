/**
 * Shapes of 绩效 documents the checker did not read (every unit, name and figure here is made up):
 * 1. a 执行率 stated with its outturn, its budget in an earlier sentence of the paragraph — also a part's
 *    ("其中：基本支出…万元，执行率…%" after "…预算…万元，其中基本支出…万元") (rate-outturn.ts);
 * 2. 一级指标 scores printed with their 分值 ("得分18.50分（分值20分）", "分值15分，得分13.50分") after the total
 *    and 其中 (score-prose.ts);
 * 3. "完成年度目标3.00万亩的106.67%" and "完成年度目标的47.00%", and plans with thousands separators
 *    ("2,400批次", target-completion.ts);
 * 4. a score table with a 扣分 column after 得分: each 扣分 = 分值 − 得分, and the 合计 row read under its
 *    header cells (it was read from its last figures: 扣分 taken for the score) (table-rules.ts);
 * 5. a 执行情况表 with 预算 / 执行数 / 执行率 columns and a 合计 row (rate-tables.ts).
 * Each with a clean document of the same shape that gives no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { row } from './__fixtures__/layout-row.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const TITLE = '某某市林业局2024年度部门整体支出绩效自评报告';
const doc = (...paragraphs: string[]) => checkTextReport(wrapped(TITLE, paragraphs));
const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const paraErrors = (...paragraphs: string[]) => errors(wrapped(TITLE, paragraphs));

describe('a 执行率 with its outturn, the budget in an earlier sentence', () => {
  const budget =
    '年初预算1,250.00万元，其中基本支出410.00万元、项目支出840.00万元。年中调整后全年预算1,300.00万元，其中基本支出420.00万元、项目支出880.00万元。';
  const spent = (total: string, basic: string, project: string) =>
    `全年实际支出1,235.00万元，预算执行率${total}%。其中：基本支出415.80万元，执行率${basic}%；项目支出819.20万元，执行率${project}%。`;
  it('holds against the adjusted budget, the parts against their own', () => {
    const r = doc(`${budget}${spent('95.00', '99.00', '93.09')}`);
    expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'completion').map((c) => c.arithmetic)).toEqual([
      '1235.00 ÷ 1300.00万元 × 100% = 95.00%，文中95.00%',
      '415.80 ÷ 420.00万元 × 100% = 99.00%，文中99.00%',
      '819.20 ÷ 880.00万元 × 100% = 93.09%，文中93.09%',
    ]);
  });
  it('reports a wrong rate of the whole or of a part', () => {
    expect(paraErrors(`${budget}${spent('96.00', '99.00', '93.09')}`)).toEqual([
      'completion.percent 95.00% 96.00%',
    ]);
    expect(paraErrors(`${budget}${spent('95.00', '99.00', '93.90')}`)).toEqual([
      'completion.percent 93.09% 93.90%',
    ]);
  });
  it('a rate of the 年初 budget when that is the one stated with the adjusted one passes', () => {
    expect(
      paraErrors(
        '年初预算1,250.00万元，调整后预算1,300.00万元。全年实际支出1,235.00万元，预算执行率98.80%。',
      ),
    ).toEqual([]);
  });
  it('a 预计 rate needs a 预计 outturn; the budget may be a 预算合计', () => {
    const text = (rate: string) =>
      `4个项目全年预算合计800.00万元，1—6月实际支出352.00万元，预算执行率44.00%。预计全年支出776.00万元，全年预计执行率${rate}%。`;
    expect(paraErrors(text('97.00'))).toEqual([]);
    expect(paraErrors(text('98.00'))).toEqual(['completion.percent 97.00% 98.00%']);
    expect(paraErrors('全年预算800.00万元。1—6月实际支出352.00万元，全年预计执行率90.00%。')).toEqual([]);
  });
  it('near-misses: last year’s budget, another sentence between, a target rate', () => {
    expect(paraErrors('上年预算1,000.00万元。本年实际支出1,235.00万元，预算执行率95.00%。')).toEqual([]);
    expect(
      paraErrors(
        '全年预算1,300.00万元。上年结转资金120.00万元。全年实际支出1,235.00万元，预算执行率90.00%。',
      ),
    ).toEqual([]);
    expect(paraErrors('全年预算1,300.00万元。全年实际支出1,235.00万元，目标执行率90.00%。')).toEqual([]);
  });
});

describe('一级指标 scores printed with their 分值', () => {
  const bracketed = (process: string) =>
    `经自评，部门整体支出绩效得分90.30分，其中：投入指标得分18.50分（分值20分），过程指标得分${process}分（分值20分），产出指标得分27.60分（分值30分），效益指标得分26.40分（分值30分）。`;
  it('the weight in brackets after each score', () => {
    expect(paraErrors(bracketed('17.80'))).toEqual([]);
    expect(paraErrors(bracketed('18.80'))).toEqual(['score.sum 91.30 90.30']);
  });
  const weightFirst = (decision: string) =>
    `项目综合得分84.06分，评价等级为“良”。其中：决策类指标分值15分，得分${decision}分；过程类指标分值20分，得分17.66分；产出类指标分值40分，得分33.40分；效益类指标分值25分，得分20.50分。`;
  it('the weight first, then the score', () => {
    expect(paraErrors(weightFirst('12.50'))).toEqual([]);
    expect(paraErrors(weightFirst('13.50'))).toEqual(['score.sum 85.06 84.06']);
  });
  it('the weight first, then the score after 得 alone (“分值50分，得47.8分”)', () => {
    const shortWord = (output: string) =>
      `经自评，该项目总得分95.80分，评价等级为“优”。其中：预算执行率指标分值10分，得9.60分；产出指标分值50分，得${output}分；效益指标分值30分，得27.2分；满意度指标分值10分，得10分。`;
    expect(paraErrors(shortWord('49.0'))).toEqual([]);
    expect(paraErrors(shortWord('48.0'))).toEqual(['score.sum 94.80 95.80']);
  });
  it('weights not adding up to 100: not read', () => {
    expect(
      paraErrors(
        '项目综合得分60.00分，其中：决策类指标分值15分，得分12.50分；过程类指标分值20分，得分17.66分。',
      ),
    ).toEqual([]);
  });
});

describe('completion of a plan in running text', () => {
  it('the plan inside the rate’s phrase', () => {
    expect(paraErrors('全年新建高标准农田3.20万亩，完成年度目标3.00万亩的106.67%。')).toEqual([]);
    expect(paraErrors('全年新建高标准农田3.20万亩，完成年度目标3.00万亩的107.67%。')).toEqual([
      'completion.target 106.67% 107.67%',
    ]);
    // The clause before is itself a plan: not an actual.
    expect(paraErrors('全年计划新建高标准农田3.20万亩，完成年度目标3.00万亩的107.67%。')).toEqual([]);
  });
  it('"完成年度目标的X%" and figures with thousands separators', () => {
    const text = (rate: string) => `全年计划抽检食品2,400批次，1—6月完成1,128批次，完成年度目标的${rate}%。`;
    expect(paraErrors(text('47.00'))).toEqual([]);
    expect(paraErrors(text('46.00'))).toEqual(['completion.target 47.00% 46.00%']);
    expect(paraErrors('全年计划抽检2,400批次，实际完成1,128批次，完成率46.00%。')).toEqual([
      'completion.target 47.00% 46.00%',
    ]);
  });
});

describe('a score table with a 扣分 column', () => {
  const table = (deduction: string, total = '84.50') =>
    [
      '                    项目绩效评价得分情况表',
      row(['一级指标', -2], ['三级指标', -14], ['分值', 36], ['得分', 46], ['扣分', 56]),
      row(['决策', -2], ['立项依据充分性', -14], ['20', 36], ['18.00', 46], ['2.00', 56]),
      row(['过程', -2], ['资金使用合规性', -14], ['20', 36], ['17.50', 46], ['2.50', 56]),
      row(['产出', -2], ['工程验收合格率', -14], ['35', 36], ['30.00', 46], [deduction, 56]),
      row(['效益', -2], ['居民满意度', -14], ['25', 36], ['19.00', 46], ['6.00', 56]),
      row(['合计', -2], ['100', 36], [total, 46], ['15.50', 56]),
    ].join('\n');
  it('a clean table: the 合计 row read under its header (15.50 is its 扣分, not its 得分)', () => {
    expect(errors(table('5.00'))).toEqual([]);
    expect(
      checkTextReport(table('5.00'))
        .claims.filter((c) => c.kind === 'score')
        .map((c) => c.arithmetic),
    ).toContain('各项得分之和 18.00 + 17.50 + 30.00 + 19.00，合计得分84.50');
  });
  it('a wrong 扣分, a wrong total', () => {
    expect(errors(table('4.00'))).toEqual(['score.deduction 5.00 4.00']);
    expect(errors(table('5.00', '85.50'))).toEqual(['score.sum 84.5 85.50']);
  });
});

describe('a 执行情况表: 执行率 columns and the 合计 row', () => {
  const table = (rate: string, spentTotal = '347.16') =>
    [
      '                     表1  2024年1—6月项目预算执行情况',
      '                                                                       单位：万元',
      row(
        ['序号', -2],
        ['项目名称', -8],
        ['全年预算', 40],
        ['1-6月支出', 52],
        ['执行率', 62],
        ['全年预计支出', 76],
        ['预计执行率', 88],
      ),
      row(
        ['1', -2],
        ['食品安全监督抽检', -8],
        ['480.00', 40],
        ['226.35', 52],
        ['47.16%', 62],
        ['472.00', 76],
        ['98.33%', 88],
      ),
      row(
        ['2', -2],
        ['特种设备安全监察', -8],
        ['156.00', 40],
        ['61.20', 52],
        [rate, 62],
        ['150.80', 76],
        ['96.67%', 88],
      ),
      row(
        ['3', -2],
        ['投诉举报平台运维', -8],
        ['88.50', 40],
        ['44.25', 52],
        ['50.00%', 62],
        ['88.50', 76],
        ['100.00%', 88],
      ),
      row(
        ['4', -2],
        ['计量标准器具检定', -8],
        ['64.00', 40],
        ['15.36', 52],
        ['24.00%', 62],
        ['52.00', 76],
        ['81.25%', 88],
      ),
      row(['合计', -8], ['788.50', 40], [spentTotal, 52], ['44.03%', 62], ['763.30', 76], ['96.80%', 88]),
    ].join('\n');
  it('a clean table gives no error and claims every rate and column sum', () => {
    const r = checkTextReport(table('39.23%'));
    expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'completion')).toHaveLength(10);
    expect(r.claims.filter((c) => c.kind === 'sum' && c.verified)).toHaveLength(3);
  });
  it('a wrong rate; a wrong total reported once (its row’s rate not judged again)', () => {
    expect(errors(table('32.93%'))).toEqual(['completion.percent 39.23% 32.93%']);
    expect(errors(table('39.23%', '374.16'))).toEqual(['sum.parts 347.16 374.16']);
  });
  it('two budget columns: a rate of either passes', () => {
    const t = (rate: string) =>
      [
        row(['预算类别', -2], ['年初预算', 26], ['调整预算', 40], ['执行数', 54], ['执行率', 66]),
        row(['基本支出', -2], ['2,356.40', 26], ['2,418.62', 40], ['2,401.18', 54], ['99.28%', 66]),
        row(['项目支出', -2], ['4,812.75', 26], ['5,206.30', 40], ['4,873.55', 54], [rate, 66]),
        row(['合计', -2], ['7,169.15', 26], ['7,624.92', 40], ['7,274.73', 54], ['95.41%', 66]),
      ].join('\n');
    expect(errors(t('93.61%'))).toEqual([]);
    expect(errors(t('101.26%'))).toEqual([]);
    expect(errors(t('93.16%'))).toEqual(['completion.percent 93.61% 93.16%']);
  });
  it('a 执行进度 column (监控: the rate pro-rated to the months, ÷ (7 ÷ 12)) is not read as a 执行率', () => {
    const t = (progress: string) =>
      [
        '2024年1—7月绩效运行监控项目执行情况表',
        row(['项目', -2], ['预算数', 26], ['执行数', 40], ['执行率（%）', 54], ['执行进度（%）', 70]),
        row(['档案数字化', -2], ['300.00', 26], ['150.00', 40], ['50.00', 54], [progress, 70]),
        row(['信息系统运维', -2], ['480.00', 26], ['305.70', 40], ['63.69', 54], ['109.18', 70]),
        row(['合计', -2], ['780.00', 26], ['455.70', 40], ['58.42', 54], ['100.15', 70]),
      ].join('\n');
    // 50.00% of the budget after 7 of 12 months: 50.00 ÷ (7 ÷ 12) = 85.71.
    const clean = checkTextReport(t('85.71'));
    expect(clean.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(clean.claims.filter((c) => c.kind === 'completion' && c.verified)).toHaveLength(3);
    expect(errors(t('50.00'))).toEqual([]);
  });
  it('only a 年初 budget printed: a rate against none of the columns is a warning', () => {
    const t = [
      row(['项目', -2], ['年初预算', 26], ['执行数', 40], ['执行率', 52]),
      row(['基本支出', -2], ['400.00', 26], ['390.00', 40], ['93.75%', 52]),
      row(['项目支出', -2], ['600.00', 26], ['560.00', 40], ['93.33%', 52]),
    ].join('\n');
    const r = checkTextReport(t);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.findings.map((f) => `${f.severity} ${f.rule} ${f.expected} ${f.found}`)).toEqual([
      'warning completion.percent 97.50% 93.75%',
    ]);
  });
  it('rows of a 其中 list: the 合计 row is not summed', () => {
    const t = [
      row(['项目', -2], ['预算数', 26], ['执行数', 40], ['执行率', 52]),
      row(['基本支出', -2], ['400.00', 26], ['390.00', 40], ['97.50%', 52]),
      row(['其中：人员经费', -2], ['300.00', 26], ['295.00', 40], ['98.33%', 52]),
      row(['项目支出', -2], ['600.00', 26], ['560.00', 40], ['93.33%', 52]),
      row(['合计', -2], ['1,000.00', 26], ['950.00', 40], ['95.00%', 52]),
    ].join('\n');
    expect(errors(t)).toEqual([]);
  });
});

describe('a 执行率 against a 年初 budget only', () => {
  it('is a warning: the rate may be of an adjusted budget the text does not state', () => {
    const r = doc('2024年年初预算1,250.00万元。全年实际支出1,235.00万元，预算执行率95.00%。');
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['completion.percent', 'warning']]);
  });
});

describe('typed (tab-separated) shapes', () => {
  it('a 执行情况表 typed in Word: rates and the 合计 row', () => {
    const t = (rate: string, spent = '226.35') =>
      [
        '表1 项目预算执行情况',
        ['项目名称', '全年预算', '1-6月支出', '执行率'].join('\t'),
        ['食品安全监督抽检', '480.00', spent, '47.16%'].join('\t'),
        ['特种设备安全监察', '156.00', '61.20', rate].join('\t'),
        ['计量标准器具检定', '64.00', '15.36', '24.00%'].join('\t'),
        ['合计', '700.00', '302.91', '43.27%'].join('\t'),
      ].join('\n');
    expect(errors(t('39.23%'))).toEqual([]);
    expect(errors(t('32.93%'))).toEqual(['completion.percent 39.23% 32.93%']);
    expect(errors(t('39.23%', '262.35'))).toEqual([
      'completion.percent 54.66% 47.16%',
      'sum.parts 338.91 302.91',
    ]);
  });
  it('a score table with merged cells and a 扣分 column (the short rows under their header cells)', () => {
    const t = (deduction: string, total = '84.50') =>
      [
        ['一级指标', '二级指标', '分值', '得分', '扣分'].join('\t'),
        ['决策', '项目立项', '20', '18.00', '2.00'].join('\t'),
        ['绩效目标', '20', '17.50', deduction].join('\t'),
        ['产出', '产出数量', '35', '30.00', '5.00'].join('\t'),
        ['效益', '社会效益', '25', '19.00', '6.00'].join('\t'),
        ['合计', '', '100', total, '15.50'].join('\t'),
      ].join('\n');
    expect(errors(t('2.50'))).toEqual([]);
    expect(errors(t('1.50'))).toEqual(['score.deduction 2.50 1.50']);
    expect(errors(t('2.50', '85.50'))).toEqual(['score.sum 84.5 85.50']);
  });
});

describe('completion of a plan listed with others', () => {
  const text = (rate: string) =>
    `项目计划改造老旧小区24个、新建和改造雨污管网32.00公里，实际完成改造小区24个、管网25.60公里，管网改造完成率${rate}%。`;
  it('the figure named as the rate is', () => {
    expect(paraErrors(text('80.00'))).toEqual([]);
    expect(paraErrors(text('82.00'))).toEqual(['completion.target 80.00% 82.00%']);
  });
  it('a rate naming neither figure, or both: not read', () => {
    expect(
      paraErrors('项目计划改造小区24个、管网32.00公里，实际完成小区20个、管网25.60公里，总体完成率82.00%。'),
    ).toEqual([]);
    expect(
      paraErrors('项目计划改造小区24个、管网32.00公里，实际完成小区20个、管网25.60公里，工程完成率82.00%。'),
    ).toEqual([]);
  });
});

describe('a 执行率 of the funds: 年初结转 and 本年预算, their 合计', () => {
  it('a rate of the sum of the fund columns, or of their 合计, passes', () => {
    const t = (withTotal: boolean, rate: string) =>
      [
        row(
          ['项目名称', -2],
          ['年初结转', 24],
          ['本年预算', 36],
          ...(withTotal ? ([['合计', 46]] as Array<[string, number]>) : []),
          ['实际支出', withTotal ? 58 : 48],
          ['执行率', withTotal ? 68 : 58],
        ),
        row(
          ['农田建设', -2],
          ['100.00', 24],
          ['400.00', 36],
          ...(withTotal ? ([['500.00', 46]] as Array<[string, number]>) : []),
          ['450.00', withTotal ? 58 : 48],
          [rate, withTotal ? 68 : 58],
        ),
        row(
          ['农技推广', -2],
          ['20.00', 24],
          ['180.00', 36],
          ...(withTotal ? ([['200.00', 46]] as Array<[string, number]>) : []),
          ['190.00', withTotal ? 58 : 48],
          ['95.00%', withTotal ? 68 : 58],
        ),
      ].join('\n');
    expect(errors(t(true, '90.00%'))).toEqual([]);
    expect(errors(t(false, '90.00%'))).toEqual([]);
    expect(errors(t(true, '91.00%'))).toEqual(['completion.percent 90.00% 91.00%']);
  });
});

describe('a 执行率 of another project, or of funds other than the budget', () => {
  it('is not read', () => {
    expect(
      paraErrors('水库除险加固项目全年预算100.00万元。灌区改造项目实际支出50.00万元，执行率60.00%。'),
    ).toEqual([]);
    expect(
      paraErrors('全年预算120.00万元。截至12月31日，资金到位100.00万元，实际支出98.50万元，执行率98.50%。'),
    ).toEqual([]);
    expect(
      paraErrors('全年预算120.00万元，实际到位资金100.00万元。实际支出98.50万元，执行率98.50%。'),
    ).toEqual([]);
  });
  it('the same project named in both: read', () => {
    expect(
      paraErrors('灌区改造项目全年预算100.00万元。灌区改造项目实际支出50.00万元，执行率60.00%。'),
    ).toEqual(['completion.percent 50.00% 60.00%']);
  });
});

describe('a score table whose 合计 row is shifted left (合计 spanning the label columns)', () => {
  it('still reads the 合计 row’s 分值 and 得分', () => {
    const t = [
      ['一级指标', '三级指标', '分值', '评分标准', '得分', '评分说明'].join('\t'),
      ['决策', '立项依据充分性', '40', '依据充分得满分', '38', '依据充分'].join('\t'),
      ['产出', '工程验收合格率', '60', '合格率100%得满分', '58.5', '个别返工'].join('\t'),
      ['合计', '', '', '100', '96.5', ''].join('\t'),
    ].join('\n');
    const claims = checkTextReport(t)
      .claims.filter((c) => c.kind === 'score')
      .map((c) => c.arithmetic);
    expect(claims).toEqual(['各指标分值之和 40 + 60，合计分值100', '各项得分之和 38 + 58.5，合计得分96.5']);
  });
});

describe('a 执行率（%） column of bare figures', () => {
  it('is read as percentages', () => {
    const t = (rate: string) =>
      [
        ['项目名称', '全年预算数', '全年执行数', '执行率（%）'].join('\t'),
        ['农田建设', '500.00', '450.00', rate].join('\t'),
        ['农技推广', '200.00', '190.00', '95.00'].join('\t'),
      ].join('\n');
    expect(errors(t('90.00'))).toEqual([]);
    expect(errors(t('91.00'))).toEqual(['completion.percent 90.00% 91.00%']);
  });
});
