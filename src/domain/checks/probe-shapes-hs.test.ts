/**
 * Shapes of rounds 53– (units, names and figures made up; docs/checker.md "Sets HS–"): what the blind rounds
 * showed the checker misreading or not reading, each with the clean document that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a breakdown after a change whose base is named after its subject (prose-totals.ts)', () => {
  const text = (basic: string) =>
    [
      '  （二）支出情况',
      '    2031 年度部门年初支出预算 5120.00 万元，调整后支出预算 8000.00 万元，全年支',
      '出决算 7650.00 万元，预算执行率 95.63%。支出决算比 2030 年度的 7100.00 万元增加',
      '550.00 万元，增长 7.75%，主要是补助标准提高。按支出性质分：',
      `    1．基本支出。调整预算 2050.00 万元，决算 ${basic} 万元，占支出决算总额的 26.14%。`,
      '    2．项目支出。调整预算 5950.00 万元，决算 5650.00 万元，占支出决算总额的 73.86%。',
    ].join('\n');
  it('sums the parts to the year’s outturn, not to last year’s figure compared with', () => {
    expect(errors(text('2,000.00'))).toEqual([]);
    expect(errors(text('2,100.00'))).toContain('5 share.percent 26.14%');
  });
});

/** Display width as an editor counts it: Chinese two columns, quotes and dashes one. */
const width = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
/** Cells placed at display columns: [text, column, right-aligned?]. */
const typed = (cells: [string, number, boolean?][]) =>
  cells.reduce((line, [text, at, right]) => {
    const from = right ? at - width(text) : at;
    return line + ' '.repeat(Math.max(1, from - width(line))) + text;
  }, '');

describe('a 评分表 typed by display width, its 扣分原因 sentences wrapped, a name in quotes (layout.ts, table-model.ts)', () => {
  const row = (a: string, b: string, c: string, w: string, s: string, why = '') =>
    typed([
      [a, 2],
      [b, 10],
      [c, 22],
      [w, 54, true],
      [s, 62, true],
      [why, 65],
    ]).replace(/\s+$/, '');
  const text = (fixedAssets: string, subtotal: string) =>
    [
      '              某区某局2031年度部门整体支出绩效评价评分表',
      '',
      row('一级指标', '二级指标', '三级指标', '分值', '得分', '扣分原因'),
      row('投入', '预算编制', '预算编制科学性', '4', '3.50', '年中追加较多，年初预算编'),
      row('（10分）', '', '', '', '', '制精准度不高'),
      row('', '', '绩效目标合理性', '3', '3.00'),
      row('', '预算配置', '“三公经费”变动率', '3', '3.00'),
      row('', '小计', '', '10', '9.50'),
      row('过程', '预算执行', '预算执行率', '4', '3.80', '预算执行率 95.04%，按执行率×'),
      row('（10分）', '', '', '', '', '分值计分'),
      row('', '资产管理', '资产管理安全性', '5', '5.00'),
      row('', '', '固定资产利用率', '1', fixedAssets),
      row('', '小计', '', '10', subtotal),
      row('合计', '', '', '20', '19.30'),
    ].join('\n');
  it('reads every row’s 分值 and 得分 under their headers', () => {
    expect(errors(text('1.00', '9.80'))).toEqual([]);
  });
  it('finds a 得分 over its 分值 and a 小计 that does not add up', () => {
    expect(errors(text('1.60', '9.80'))).toEqual(expect.arrayContaining(['12 score.exceeds-weight 1.60']));
  });
});

describe('a 绩效指标合计 row between the indicators and the 总分 (wrapped-subtotals.ts)', () => {
  const text = (subtotal: string) =>
    [
      '  一级指标    二级指标      三级指标                  分值    得分   偏差原因',
      '  预算执行率                                            10    9.60   —',
      '  产出指标    数量指标      培训人次                    20      20   —',
      '              质量指标      考核合格率                  20   18.50   合格率略低',
      '  效益指标    社会效益指标  带动就业人数                30      30   —',
      '  满意度指标  满意度指标    学员满意度                  20   19.20   —',
      `  绩效指标合计                                          90   ${subtotal}`,
      '  总分                                                 100   97.30',
    ].join('\n');
  it('is the sum of the indicators, the 总分 adding it to the 预算执行率', () => {
    expect(errors(text('87.70'))).toEqual([]);
    expect(
      checkTextReport(text('87.70')).claims.filter((c) => c.kind === 'score' && c.verified).length,
    ).toBeGreaterThanOrEqual(3);
  });
  it('is an error when it is not their sum', () => {
    expect(errors(text('88.70'))).not.toEqual([]);
  });
});

describe('a 其中 list after a budget equal to the amount before it (prose-totals.ts)', () => {
  const text = (county: string) =>
    [
      '    （一）某项目',
      '    年初预算960.00万元，调整预算960.00万元（未作调整），其中省级补助资金600.00万元、',
      `区级配套资金${county}万元。1—8月累计支出512.40万元，执行率53.38%。`,
    ].join('\n');
  it('sums the parts to the budget either way', () => {
    expect(errors(text('360.00'))).toEqual([]);
    expect(errors(text('300.00'))).toEqual(['2 sum.parts 900.00万元']);
  });
});
