/**
 * Scores listed in one run before an average and before the counts of each grade ("自评得分分别为…分，平均得分…分。
 * 其中“优”的项目N个，“良”的项目M个"): the average is their mean (average-scores.ts), each grade's count is the
 * number of listed scores in its band (count-sums.ts). Made-up excerpts printed as pdftotext -layout prints them.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const paragraph = (average: string, excellent: string, good: string) =>
  `2033年度，本局对6个项目开展了绩效自评，涉及资金1,245.60万元，自评得分分别为97.5、90.0、86.0、93.5、81.5、92.0分，平均得分${average}分。其中，自评等级为“优”的项目${excellent}个，自评等级为“良”的项目${good}个。`;
const errors = (text: string) =>
  checkTextReport(wrapped('某市水务局2033年度部门决算说明', [text]))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('scores listed before their average and their grades', () => {
  it('hold: no error (90.0 is 优 under the usual bands)', () => {
    // (97.5 + 90.0 + 86.0 + 93.5 + 81.5 + 92.0) ÷ 6 = 90.083… → 90.08; 优: 97.5 90.0 93.5 92.0; 良: 86.0 81.5.
    expect(errors(paragraph('90.08', '4', '2'))).toEqual([]);
  });
  it('an average that is not their mean is an error with the arithmetic', () => {
    expect(errors(paragraph('90.80', '4', '2'))).toEqual(['figure.text-table 90.08分 90.80分']);
  });
  it('a grade count that is not the number of listed scores in its band is an error', () => {
    expect(errors(paragraph('90.08', '3', '2'))).toEqual(['grade.score 4个 3个']);
    expect(errors(paragraph('90.08', '4', '3'))).toEqual(['grade.score 2个 3个']);
  });
  it('a list of another length than the count of projects is not read', () => {
    const fewer = paragraph('90.80', '3', '2').replace('6个项目', '7个项目');
    expect(errors(fewer)).toEqual([]);
  });
});

describe('an average with its items listed after it (average-scores.ts)', () => {
  const after = (average: string) =>
    `2033年度，本局组织对3个项目开展绩效自评，平均得分${average}分，其中：河湖长制巡查项目92.40分、农村供水保障项目86.10分、水土保持监测项目90.00分。`;
  // (92.40 + 86.10 + 90.00) ÷ 3 = 89.50.
  it('holds: no error', () => {
    expect(errors(after('89.50'))).toEqual([]);
  });
  it('an average that is not their mean is an error', () => {
    expect(errors(after('89.05'))).toEqual(['figure.text-table 89.50分 89.05分']);
  });
  it('items with more than a name and a score are not read', () => {
    const more = after('89.05').replace('河湖长制巡查项目92.40分', '河湖长制巡查项目92.40分（等级优）');
    expect(errors(more)).toEqual([]);
  });
});
