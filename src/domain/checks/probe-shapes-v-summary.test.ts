/**
 * A 财政厅 summary of evaluated projects as plain `pdftotext` prints it (names and figures made up): the table
 * of projects in text columns and two figure bands (plain-bands.ts) with the rules that read it — a row's
 * 执行率, the 合计 row, a grade against its score (grade-columns.ts), the scores' sum (average-scores.ts), the
 * highest and lowest score (score-extremes.ts) — and the prose around it: grade counts with their own 合计
 * (count-sums.ts), a change whose two years the sentence before states (pair-changes.ts), a share of a total
 * named "…总额" (prose-shares.ts), the evaluated year (prose-years.ts), a count referred back to
 * (referred-counts.ts); last year's average is no average of the table.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type Plants = Partial<{
  year: string;
  rate2: string;
  totalExec: string;
  grade4: string;
  gradeTotal: string;
  scoreSum: string;
  upBy: string;
  share: string;
  top: string;
  lowName: string;
  referred: string;
}>;

const doc = (p: Plants = {}): string =>
  [
    '青川省财政厅关于2031年度省级专项资金绩效评价结果的汇总报告',
    '',
    '省政府：',
    `我厅对${p.year ?? '2031'}年度6个省级专项资金开展了财政重点绩效评价，现将结果报告如下。`,
    '本次评价资金（预算数）合计13000.00万元，全年执行数11658.00万元，整体执行率89.68%。',
    '评价结果分为四个等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。',
    '',
    '二、评价结果',
    '序',
    '号',
    '',
    '表1 2031年度专项资金绩效评价结果汇总表（金额单位：万元）',
    '',
    '项目名称',
    '河道清淤整治补',
    '1',
    '助',
    '2 乡村道路维护',
    '3 社区养老服务',
    '4 职业技能培训补贴',
    '5 森林防火能力建设',
    '6 数字档案建设',
    '合计',
    '',
    '主管部门',
    '省水利厅',
    '省交通运输厅',
    '省民政厅',
    '省人力资源社会保障',
    '厅',
    '省林业局',
    '省档案局',
    '',
    '预算数',
    '',
    '执行数',
    '',
    '执行率 评价得',
    '分',
    '',
    '等',
    '级',
    '92.00 优',
    '85.50 良',
    '72.00 中',
    '95.10',
    p.grade4 ?? '优',
    '55.40 差',
    '81.00 良',
    '',
    ...[
      ['5000.00', '4800.00', '96.00%'],
      ['3000.00', '2700.00', p.rate2 ?? '90.00%'],
      ['2000.00', '1500.00', '75.00%'],
      ['1200.00', '1188.00', '99.00%'],
      ['800.00', '520.00', '65.00%'],
      ['1000.00', '950.00', '95.00%'],
      ['13000.00', p.totalExec ?? '11658.00', '89.68%'],
      ['—', '—'],
    ].flatMap((row) => row.flatMap((c) => [c, ''])),
    `从等级分布看，评价结果为优的项目2个，良的项目2个，中的项目1个，差的项目1个，合计${p.gradeTotal ?? '6'}个。`,
    `6个项目评价得分合计${p.scoreSum ?? '481.00'}分，平均得分80.17分，比2030年度平均得分78.20分有所提升。`,
    `平均得分较上年提高${p.upBy ?? '1.97'}分，整体绩效稳中有升。`,
    `评价等级为优的2个项目预算资金合计6200.00万元，占评价资金总额的${p.share ?? '47.69'}%。`,
    `得分最高的是职业技能培训补贴项目，为${p.top ?? '95.10'}分；`,
    `得分最低的是${p.lowName ?? '森林防火能力建设'}项目，仅55.40分。`,
    '',
    '三、发现的主要问题',
    '（一）执行率低于90%的项目有2个，分别为社区养老服务、森林防火能力建设。',
    `（二）督促上述${p.referred ?? '2'}个执行率偏低项目加快执行。`,
    '',
  ].join('\n');

const errors = (p: Plants = {}) =>
  checkTextReport(doc(p))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a summary of evaluated projects in plain pdftotext', () => {
  it('finds no error in the clean copy (last year’s average is not the table’s)', () => {
    expect(errors()).toEqual([]);
  });
  it('reads the table printed in text columns and two figure bands', () => {
    expect(errors({ rate2: '92.00%' })).toEqual(['61 completion.percent 90.00% 92.00%']);
    expect(errors({ totalExec: '11668.00' })).toEqual(['89 sum.parts 11658.00 11668.00']);
    expect(errors({ grade4: '良' })).toEqual(['47 grade.score 优 良']);
  });
  it('holds the prose to the table', () => {
    expect(errors({ scoreSum: '482.00' })).toEqual(['98 score.sum 481.00分 482.00分']);
    expect(errors({ top: '95.01' })).toEqual(['101 figure.text-table 95.10分 95.01分']);
    expect(errors({ lowName: '数字档案建设' })).toEqual([
      '102 figure.text-table 森林防火能力建设 数字档案建设项目',
    ]);
  });
  it('reads the prose around it', () => {
    expect(errors({ gradeTotal: '7' })).toEqual(['97 count.sum 7个 6个']);
    expect(errors({ upBy: '1.79' })).toEqual(['99 change.amount 提高1.97分 提高1.79分']);
    expect(errors({ share: '46.69' })).toEqual(['100 share.percent 47.69% 46.69%']);
    expect(errors({ year: '2027' })).toEqual(['4 year.mismatch 2031年度 2027年度']);
    expect(errors({ referred: '3' })).toEqual(['106 count.restated 2个 3个']);
  });
});

describe('what the summary readings leave alone', () => {
  it('does not read the bands when a row has no grade word', () => {
    expect(errors({ grade4: '甲' })).toEqual([]);
  });
  it('judges the grades by the bands the document states (优 from 95 here)', () => {
    const text = doc({ grade4: '良' }).replace('90分（含）以上为优', '95分（含）以上为优');
    const grades = checkTextReport(text)
      .findings.filter((f) => f.rule === 'grade.score')
      .map((f) => `${f.line} ${f.expected} ${f.found}`);
    // 92.00 优 is 良 by the document's own bands; 95.10 良 is 优.
    expect(grades).toEqual(['43 良 优', '47 优 良']);
  });
  it('reads no table when the figures do not count out the rows', () => {
    const text = doc().replace('81.00 良\n', '');
    expect(checkTextReport(text).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
