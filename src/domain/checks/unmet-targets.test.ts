import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const table = (row: string, note = '') =>
  [
    '                    项目支出绩效自评表',
    '  一级指标   二级指标     三级指标        年度指标值   实际完成值   分值     得分   偏差原因分析',
    '  产出指标   数量指标     培训基层人员      ≥600人次     640人次      20       20',
    row,
    '  效益指标   社会效益     群众知晓率        ≥85%         88%          20       20',
    note,
  ].join('\n');

describe('an indicator that missed its target with its full 分值', () => {
  it('is an error, with the score the national rule gives', () => {
    expect(
      errors(
        table(
          '  产出指标   时效指标     设备巡检及时率    ≥96%         90.0%        8        8.00   部分巡检延后',
        ),
      ),
    ).toEqual(['4 score.rule 7.50 8.00']);
  });
  it('reads a ceiling the other way round', () => {
    expect(
      errors(table('  产出指标   成本指标     单次巡检成本      ≤400元       500元        10       10')),
    ).toEqual(['4 score.rule 8.00 10']);
  });
  it('gives no error when the target is met, or the score is below the 分值', () => {
    expect(
      errors(table('  产出指标   时效指标     设备巡检及时率    ≥96%         97.5%        8        8.00')),
    ).toEqual([]);
    expect(
      errors(table('  产出指标   时效指标     设备巡检及时率    ≥96%         90.0%        8        7.50')),
    ).toEqual([]);
    expect(
      errors(table('  产出指标   成本指标     单次巡检成本      ≤400元       380元        10       10')),
    ).toEqual([]);
  });
  it('gives no error when the shortfall does not show at the printed precision', () => {
    expect(
      errors(table('  产出指标   时效指标     设备巡检及时率    ≥96%         95.999%      8        8.00')),
    ).toEqual([]);
  });
  it('gives no error when the document states a tolerance with full marks', () => {
    const note = '注：定量指标实际完成值与指标值偏差在10%以内的，得满分。';
    expect(
      errors(
        table('  产出指标   时效指标     设备巡检及时率    ≥96%         90.0%        8        8.00', note),
      ),
    ).toEqual([]);
  });
  it('does not read a date', () => {
    expect(
      errors(table('  产出指标   时效指标     完成时间          ≤10月        11月         8        8')),
    ).toEqual([]);
  });
});
