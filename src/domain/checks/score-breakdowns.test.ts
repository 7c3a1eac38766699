/**
 * Scores and their breakdowns in a prose 自评 report: a dimension's score against its parts' (weights covering
 * the dimension), a part above its weight, a part computed from a rate by a stated formula. Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const errors = (...paragraphs: string[]) =>
  checkTextReport(wrapped('某某站2024年度水产技术推广项目绩效自评报告', paragraphs))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const OUTPUT = (total: string, third: string) =>
  `效果指标满分30分，得${total}分。其中：覆盖指标满分12分，得11.5分；达标指标满分10分，得${third}分；进度指标满分8分，得7分。`;
const PROCESS = (score: string, total: string) =>
  `管理指标满分10分，得${total}分。其中：资金拨付率满分4分，得3.9分；支出进度率满分6分，得${score}分。资金拨付率、支出进度率按“实际比率×分值”计分：资金拨付率得分=4×97.62%，支出进度率得分=6×88.35%。`;

describe('prose score breakdowns', () => {
  it('holds when the parts add up', () => {
    expect(errors(OUTPUT('27.5', '9'))).toEqual([]);
    expect(errors(PROCESS('5.3', '9.2'))).toEqual([]);
  });
  it('reports a dimension score that is not its parts’ sum', () => {
    expect(errors(OUTPUT('28.5', '9'))).toEqual(['score.sum 27.5分 28.5分']);
  });
  it('does not judge parts whose weights do not cover the dimension', () => {
    expect(
      errors('效果指标满分30分，得28.5分。其中：覆盖指标满分12分，得11.5分；达标指标满分10分，得9分。'),
    ).toEqual([]);
  });
  it('reports a part above its weight, not the sum over it', () => {
    expect(errors(OUTPUT('29.5', '11'))).toEqual(['score.exceeds-weight ≤ 10分 11分']);
  });
  it('reports a score off its stated rate formula, not the sum over it', () => {
    expect(errors(PROCESS('5.8', '9.2'))).toEqual(['score.rule 5.3分 5.8分']);
  });
});
