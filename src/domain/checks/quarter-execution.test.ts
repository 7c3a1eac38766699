import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

// Budget 4,000.00; quarters 500.00, 900.00, 1,100.00; running 1,400.00 (35.00%), 2,500.00 (62.50%).
const report = (o: { gap?: string; second?: string; third?: string; word?: string } = {}) =>
  [
    '某港航管理中心2031年度预算执行情况',
    '一、预算安排',
    '2031年初批复部门预算3,800.00万元，年中追加200.00万元，调整后全年预算为4,000.00万元。',
    '二、分季度执行情况',
    `第一季度支出500.00万元，累计执行率为12.50%，${o.word ?? '低于'}序时进度${o.gap ?? '12.50'}个百分点。`,
    `第二季度支出900.00万元，截至第二季度末累计支出${o.second ?? '1,400.00'}万元，累计执行率为35.00%，低于序时进度15.00个百分点。`,
    `第三季度支出1,100.00万元，截至第三季度末累计支出2,500.00万元，累计执行率为${o.third ?? '62.50'}%，低于序时进度12.50个百分点。`,
  ].join('\n');

describe('a quarterly execution report (quarter-execution.ts, schedule-progress.ts)', () => {
  it('gives no error when the running totals, rates and gaps hold', () => {
    expect(errors(report())).toEqual([]);
  });
  it('sets a running rate against the schedule to the quarter’s end, in points, with its direction', () => {
    expect(errors(report({ gap: '13.50' }))).toEqual(['5 completion.schedule 12.50个百分点 13.50个百分点']);
    expect(errors(report({ word: '高于' }))).toEqual(['5 change.direction 低于 高于']);
  });
  it('accepts a schedule counted in days (90 ÷ 365)', () => {
    expect(errors(report({ gap: '12.16' }))).toEqual([]);
  });
  it('adds up the quarters to the running total, the rate that fits the parts left alone', () => {
    expect(errors(report({ second: '1,410.00' }))).toEqual(['6 sum.parts 1400.00 1410.00']);
  });
  it('divides the running total by the 全年预算 stated paragraphs before, the gap not judged again', () => {
    expect(errors(report({ third: '64.50' }))).toEqual(['7 completion.percent 62.50% 64.50%']);
  });
  it('reads no rate when the document states two 全年预算 (the gap is then judged from the printed rate)', () => {
    const two = report({ third: '64.50' }).replace('。\n二、', '，另有项目全年预算为900.00万元。\n二、');
    expect(errors(two)).toEqual(['7 completion.schedule 10.50个百分点 12.50个百分点']);
  });
  it('does not set a quarter’s own rate against the schedule', () => {
    const own = [
      '某港航管理中心2031年度预算执行情况',
      '第三季度支出1,100.00万元，执行率为27.50%，低于序时进度40.00个百分点。',
    ].join('\n');
    expect(errors(own)).toEqual([]);
  });
});

describe('a rate after a breakdown of its budget closed by "；" (prose-completion.ts)', () => {
  const text = (rate: string, tail = '全年执行数1,900.00万元') =>
    [
      '某湿地保护站2031年度部门整体支出绩效自评报告',
      `    一、预算执行情况。全年预算数2,000.00万元，其中财政拨款1,500.00万元、其他资金500.00万元；${tail}，预算执行率${rate}%。`,
    ].join('\n');
  it('is the outturn ÷ the budget before the list', () => {
    expect(errors(text('95.00'))).toEqual([]);
    expect(errors(text('96.00'))).toEqual(['2 completion.percent 95.00% 96.00%']);
  });
  it('is not read when the clause after "；" is the list’s next part', () => {
    expect(errors(text('96.00', '项目支出1,900.00万元'))).toEqual([]);
  });
});

describe('a change whose year’s figure its section states, the subject dated by the document’s year (prose-changes.ts)', () => {
  const text = (pct: string, year = '2031') =>
    [
      '某气象台2031年度部门决算',
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '    “三公”经费财政拨款支出年初预算为50.00万元，支出决算为40.00万元，完成预算的80.00%。',
      `    ${year}年度“三公”经费财政拨款支出决算数比上年减少10.00万元，下降${pct}%，其中：公务接待费减少10.00万元。`,
    ].join('\n');
  it('takes last year as the figure + the decrease', () => {
    expect(errors(text('20.00'))).toEqual([]);
    expect(errors(text('25.00'))).toEqual(['4 change.percent 20.00% 25.00%']);
  });
  it('is not read when the subject is dated another year', () => {
    expect(errors(text('25.00', '2029'))).toEqual([]);
  });
});
