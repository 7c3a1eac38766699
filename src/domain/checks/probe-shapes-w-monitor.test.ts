/**
 * Shapes met in a 监控报告 written in Word and printed to PDF by LibreOffice, read back with `pdftotext -layout`
 * (names and figures made up):
 *  - LibreOffice centres a cell's lines on its row: one-line header labels sit between the pieces of the wrapped
 *    ones, and a two-line project name prints above and below its row's figures (centred-labels.ts);
 *  - the 序时进度 stated in brackets, "高于序时进度（50.00%）2.00个百分点": N ÷ 12 for a 1—N月 report;
 *  - a 1—N月 report dated a year or more after its period (cutoff-years.ts);
 *  - a project's share of the 合计 of the table's column (row-share-totals.ts);
 *  - a change in a later clause group of a sentence opened by 与…相比 (prose-changes.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

/** A line with each text at its column. */
const at = (...parts: [number, string][]) => {
  let s = '';
  for (const [col, text] of parts) s = s.padEnd(col) + text;
  return s;
};

type Opts = {
  title?: string;
  schedule?: string;
  points?: string;
  rate2?: string;
  dev3?: string;
  total?: string;
  share?: string;
  date?: string;
};

const report = (o: Opts = {}) =>
  [
    `    松河县水利局${o.title ?? '2025'}年1—6月预算绩效运行监控报告`,
    '',
    '纳入监控的项目共3个，年度预算合计2500.00万元，累计执行1300.00万元，预算执行率52.00%，',
    `高于序时进度（${o.schedule ?? '50.00'}%）${o.points ?? '2.00'}个百分点。灌区节水改造工程年度预算800.00万元，占监控项目预算总额的${o.share ?? '32.00'}%。`,
    '',
    at([60, '单位：万元']),
    '',
    at([30, '1—6 月执'], [60, '偏差（百分']),
    at([0, '序号'], [4, '项目'], [20, '年度预算'], [42, '执行率'], [51, '序时进度']),
    at([30, '行'], [60, '点）']),
    at(
      [0, '1'],
      [4, '灌区节水改造工程'],
      [21, '800.00'],
      [31, '380.00'],
      [42, '47.50%'],
      [51, '50.00%'],
      [60, '-2.50'],
    ),
    at([4, '小型水库除险加固专项资']),
    at(
      [0, '2'],
      [19, '1,200.00'],
      [31, '660.00'],
      [42, `${o.rate2 ?? '55.00'}%`],
      [51, '50.00%'],
      [60, '5.00'],
    ),
    at([4, '金']),
    at(
      [0, '3'],
      [4, '河道生态治理'],
      [21, '500.00'],
      [31, '260.00'],
      [42, '52.00%'],
      [51, '50.00%'],
      [60, o.dev3 ?? '2.00'],
    ),
    at(
      [4, '合计'],
      [19, '2,500.00'],
      [29, o.total ?? '1,300.00'],
      [40, '52.00%'],
      [51, '50.00%'],
      [60, '2.00'],
    ),
    '注：序时进度=监控月份÷12；偏差=执行率−序时进度。',
    '',
    '松河县水利局',
    '',
    o.date ?? '2025年7月15日',
  ].join('\n');

describe('a 监控表 as LibreOffice prints it', () => {
  it('gives no error on a report that holds', () => {
    expect(errors(report())).toEqual([]);
  });

  it('reads the row whose name is centred on its figures', () => {
    expect(errors(report({ rate2: '57.00' }))).toEqual(['13 completion.percent 55.00% 57.00%']);
  });

  it('judges each 偏差 and the 合计 row under the header centred between wrapped labels', () => {
    expect(errors(report({ dev3: '3.00' }))).toEqual(['15 completion.schedule 2.00 3.00']);
    expect(errors(report({ total: '1,310.00' }))).toEqual(['16 sum.parts 1300.00 1310.00']);
  });
});

describe('the 序时进度 stated in brackets', () => {
  it('is N ÷ 12 for a 1—N月 report, the points then judged against it once', () => {
    expect(errors(report({ schedule: '55.00' }))).toEqual(['4 completion.schedule 50.00% 55.00%']);
  });

  it('may be counted in days (181 ÷ 365)', () => {
    expect(errors(report({ schedule: '49.59', points: '2.41' }))).toEqual([]);
  });

  it('reports points that fit neither schedule against the period’s', () => {
    expect(errors(report({ points: '3.00' }))).toEqual(['4 completion.schedule 2.00个百分点 3.00个百分点']);
    expect(errors(report({ schedule: '55.00', points: '1.00' }))).toEqual([
      '4 completion.schedule 50.00% 55.00%',
      '4 completion.schedule 2.00个百分点 1.00个百分点',
    ]);
  });
});

describe('a 1—N月 report’s title year against its date', () => {
  it('reports a date a year or more after the period', () => {
    expect(errors(report({ title: '2024' }))).toEqual(['1 year.mismatch 2025年 2024年']);
  });

  it('reports a date before the period ended; a date within the year after passes', () => {
    expect(errors(report({ date: '2025年5月20日' }))).toEqual(['1 year.mismatch 2025年 2025年']);
    expect(errors(report({ title: '2024', date: '2025年3月2日' }))).toEqual([]);
  });
});

describe('a share of the table’s 合计', () => {
  it('judges the row’s figure against the 合计 of its column', () => {
    expect(errors(report({ share: '34.00' }))).toEqual(['4 share.percent 32.00% 34.00%']);
  });
});

describe('a change in a later clause group of a sentence opened by 与…相比', () => {
  const text = (pct: string) =>
    [
      '本年支出合计3000.00万元，其中：基本支出2000.00万元，占66.67%；项目支出1000.00万元，占33.33%。',
      `与2024年度相比，基本支出增加100.00万元，增长5.26%；项目支出减少250.00万元，下降${pct}%。`,
    ].join('\n');

  it('takes the group’s subject’s figure from the paragraph before', () => {
    expect(errors(text('20.00'))).toEqual([]);
    expect(errors(text('25.00'))).toEqual(['2 change.percent 20.00% 25.00%']);
  });
});
