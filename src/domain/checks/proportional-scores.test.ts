/** A 评分表 row scored in proportion to its target (proportional-scores.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const sheet = (score: string, target = '目标48处') =>
  [
    '某区2036年农田建设项目绩效评价评分表',
    '   一级指标 二级指标    三级指标        分值  得分  扣分原因',
    '           新建农田面积 8   8.00 目标1.20万亩，实际完成1.25万亩，不扣',
    '                              分。',
    '   产出数量',
    `        灌排设施改造数量     6   ${score} ${target}，实际完成40处，按完成比例计`,
    `                              ${score}分。`,
    '        管护设施完好率      5   4.80 目标≥95%，实际91.20%，按比例计4.80',
    '                              分。',
    '        单位改造成本      5   5.00 目标≤2万元/处，实际1.90万元/处，不扣分。',
    '        合计             24   22.80',
  ].join('\n');

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a row scored in proportion to its target', () => {
  it('holds when the 得分 is 分值 × 实际 ÷ 目标, for a count and for a rate', () => {
    expect(errors(sheet('5.00'))).toEqual([]);
    const read = checkTextReport(sheet('5.00')).claims.filter((c) => c.arithmetic.includes('÷ 目标'));
    expect(read.map((c) => c.verified)).toEqual([true, true]);
  });
  it('finds a 得分 that is not', () => {
    expect(
      errors(sheet('5.25').replace('合计             24   22.80', '合计             24   23.05')),
    ).toEqual(['6 score.rule 5.00 5.25']);
  });
  it('reads no target where less is better, nor an actual at or above its target', () => {
    expect(errors(sheet('5.25', '目标≤48处').replace('22.80', '23.05'))).toEqual([]);
    expect(errors(sheet('5.25', '目标40处').replace('22.80', '23.05'))).toEqual([]);
  });
});
