/**
 * A 监控 report comparing this year's 执行率 with last year's by name only, both rates stated before it in the
 * paragraph (overall-rate-points.ts). Names and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected}`);

const report = (
  word: string,
  points: string,
  lastSentence = '上年同期累计执行2,114.30万元，执行率52.16%，',
): string =>
  [
    '    2031年1—6月预算绩效运行监控情况报告',
    '一、预算执行总体情况',
    '    纳入监控的5个项目全年预算合计4,280.00万元，截至2031年6月30日，累计执行',
    '1,985.92万元，预算执行率46.40%，未达到时序进度要求。' + lastSentence,
    `本年执行率较上年同期${word}${points}个百分点。`,
  ].join('\n');

describe('this year’s 执行率 against last year’s, both stated before the comparison', () => {
  it('reports a move in the wrong direction', () => {
    expect(errors(report('提高', '5.76'))).toEqual(['5 change.direction 下降5.76个百分点']);
  });

  it('reports points that are not the difference', () => {
    expect(errors(report('下降', '6.57'))).toEqual(['5 change.amount 下降5.76个百分点']);
  });

  it('holds when the move is the difference', () => {
    expect(errors(report('下降', '5.76'))).toEqual([]);
    const claims = checkTextReport(report('下降', '5.76')).claims.filter((c) => c.kind === 'change');
    expect(claims.some((c) => c.verified && c.arithmetic.startsWith('46.40% − 52.16%'))).toBe(true);
  });

  it('leaves a paragraph whose last-year rate is not of the same period', () => {
    const yearly = report('提高', '5.76', '上年全年执行率52.16%，');
    expect(errors(yearly)).toEqual([]);
  });
});
