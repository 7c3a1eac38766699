/**
 * A 监控 summary's table of departments (年初预算 | 调整预算 | 1—9月支出 | 执行率 | 序时进度 | 偏差 | 预警), its
 * header labels set one space apart with a period in one of them, the 预警 colours under a rule the text states,
 * a period report's year from its title, and the overall rate restated before its change on last year's.
 * Names and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

type Opts = {
  rule?: string;
  rows?: Record<string, string>;
  heading?: string;
  prose?: string;
};

const GAP_RULE = '预警规则：偏差低于-20个百分点的为红色，-20至-10个百分点的为黄色，-10个百分点以上的为绿色。';
const RATE_RULE = '执行率低于50%的为红色预警，50%（含）至65%的为黄色预警，65%（含）以上为绿色。';

const ROWS: Record<string, string> = {
  甲: '甲港务局      1,000.00  1,200.00  900.00  75.00%   75%    0.00  绿色',
  乙: '乙林业局        800.00    800.00  480.00  60.00%   75%  -15.00  黄色',
  丙: '丙档案局        500.00    600.00  300.00  50.00%   75%  -25.00  红色',
  丁: '丁气象局        400.00    400.00  268.00  67.00%   75%   -8.00  绿色',
  合: '合计          2,700.00  3,000.00 1,948.00  64.93%   75%  -10.07  黄色',
};

const doc = (o: Opts = {}) => {
  const rows = { ...ROWS, ...o.rows };
  return [
    '              某市财政局',
    '   关于2031年1—9月市级预算绩效运行监控情况的报告',
    `   ${o.rule ?? GAP_RULE}`,
    '            表1 2031年1—9月部门执行监控表',
    '                                                  单位：万元',
    '单位          年初预算  调整预算 1—9月支出 执行率  序时进度  偏差  预警',
    rows['甲'],
    rows['乙'],
    rows['丙'],
    rows['丁'],
    rows['合'],
    `            ${o.heading ?? '表2 2031年1—9月绩效目标监控表'}`,
    '单位          指标数    正常    预警',
    '甲港务局         6        5       1',
    '乙林业局         4        4       0',
    '合计            10        9       1',
    `   ${o.prose ?? '1—9月，总体执行率64.93%，低于序时进度10.07个百分点，较上年同期（66.10%）下降1.17个百分点。'}`,
  ].join('\n');
};

describe('a 监控 table of departments under labels set one space apart', () => {
  it('gives no error on the clean table, under either rule', () => {
    expect(errors(doc())).toEqual([]);
    expect(errors(doc({ rule: RATE_RULE }))).toEqual([]);
  });

  it('reads a header label opening with its period ("1—9月支出")', () => {
    const bad = doc({
      rows: { 甲: ROWS['甲']!.replace('75.00%', '77.00%').replace('0.00  绿色', '2.00  绿色') },
    });
    expect(errors(bad)).toEqual(['completion.percent 75.00% 77.00%']);
  });

  it('judges the 合计 rate against the budget that adds up when another budget 合计 is wrong', () => {
    const total = '合计          2,800.00  3,000.00 1,948.00  68.00%   75%   -7.00  绿色';
    expect(errors(doc({ rows: { 合: total } }))).toEqual([
      'sum.parts 2700.00 2800.00',
      'completion.percent 64.93% 68.00%',
    ]);
    // The 年初 合计 wrong, the rate right (of the 调整预算): only the sum.
    const sumOnly = '合计          2,800.00  3,000.00 1,948.00  64.93%   75%  -10.07  黄色';
    expect(errors(doc({ rows: { 合: sumOnly } }))).toEqual(['sum.parts 2700.00 2800.00']);
  });
});

describe('预警 colours by the rule the text states', () => {
  it('judges each row by its 偏差 band', () => {
    const bad = doc({ rows: { 乙: ROWS['乙']!.replace('黄色', '绿色') } });
    expect(errors(bad)).toEqual(['grade.score 黄色 绿色']);
  });

  it('judges each row by its 执行率 band', () => {
    const bad = doc({ rule: RATE_RULE, rows: { 丁: ROWS['丁']!.replace('绿色', '黄色') } });
    expect(errors(bad)).toEqual(['grade.score 绿色 黄色']);
  });

  it('passes a rate on a bound, and reads no rule stated twice differently or against the schedule', () => {
    // 丙 at 50.00% sits on the bound between red and yellow.
    const onBound = doc({ rule: RATE_RULE, rows: { 丙: ROWS['丙']!.replace('红色', '黄色') } });
    expect(errors(onBound)).toEqual([]);
    const wrongLevel = { 乙: ROWS['乙']!.replace('黄色', '绿色') };
    expect(errors(doc({ rule: `${GAP_RULE}${RATE_RULE}`, rows: wrongLevel }))).toEqual([]);
    const schedule =
      '执行率低于序时进度20个百分点以上的为红色，低于序时进度10至20个百分点的为黄色，其余为绿色。';
    expect(errors(doc({ rule: schedule, rows: wrongLevel }))).toEqual([]);
  });
});

describe('a period report’s year and its overall rate', () => {
  it('reads the year of a title naming its period', () => {
    expect(errors(doc({ heading: '表2 2030年1—9月绩效目标监控表' }))).toEqual([
      'year.heading 2031年度 2030年度',
    ]);
  });

  it('judges the change on last year’s rate after the rate restated', () => {
    const up = '1—9月，总体执行率64.93%，低于序时进度10.07个百分点，较上年同期（66.10%）提高1.17个百分点。';
    expect(errors(doc({ prose: up }))).toEqual(['change.direction 下降1.17个百分点 提高1.17个百分点']);
  });
});
