/** 共扣 and its parts (deduction-sums.ts). Names and figures are made up. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(
    ['        某某镇2024年度部门整体支出绩效评价报告', '', '    六、存在的问题', text].join('\n'),
  )
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a total deduction and its parts', () => {
  it('holds when the parts add up', () => {
    expect(
      errors(
        '    本次评价共扣12.40分，其中决策扣2.00分、过程扣3.10分、产出扣4.30分、效益扣3.00分。主要问题如下：',
      ),
    ).toEqual([]);
  });
  it('is wrong when they do not', () => {
    expect(
      errors(
        '    本次评价共扣12.40分，其中决策扣2.00分、过程扣3.10分、产出扣3.30分、效益扣3.00分。主要问题如下：',
      ),
    ).toEqual(['sum.parts 11.40分 12.40分']);
  });
  it('reads no list with other words in it', () => {
    expect(errors('    本次评价共扣12.40分，其中决策扣2.00分、过程每项扣1分、产出扣3.30分。')).toEqual([]);
  });
});
