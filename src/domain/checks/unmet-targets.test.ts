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

describe('a row printed by plain pdftotext, its 得分 on the next line', () => {
  const plain = (row: string, next: string) =>
    [
      '项目支出绩效自评表',
      '一级 二级指标 三级指标 年度指标值 实际完成 分值 得分 偏差原因分析及改进',
      '产 数量指标 巡检站点 ≥40个 42个 10',
      '10 无',
      row,
      next,
      '效益 满意度指标 群众满意度 ≥85% 91% 10',
      '10 无',
    ].join('\n');
  it('is an error when the missed target got full marks', () => {
    expect(errors(plain('出 质量指标 设备完好 ≥90% 81.0% 8', '8 无'))).toEqual(['5 score.rule 7.20 8']);
  });
  it('gives no error when the target is met or the score deducted, or the next line runs on as a row', () => {
    expect(errors(plain('出 质量指标 设备完好 ≥90% 93.0% 8', '8 无'))).toEqual([]);
    expect(errors(plain('出 质量指标 设备完好 ≥90% 81.0% 8', '7.2 未达标'))).toEqual([]);
    expect(errors(plain('出 质量指标 设备完好 ≥90% 81.0% 8', '8 时效指标 完成时限'))).toEqual([]);
  });
});
