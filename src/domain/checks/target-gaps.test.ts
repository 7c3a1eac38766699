/** A gap to the target (target-gaps.ts). Names and figures are made up. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { row } from './__fixtures__/layout-row.ts';

const TABLE = [
  '                表2 项目绩效目标表',
  row(['一级指标', -0], ['三级指标', -10], ['目标值', -34], ['实际完成值', -46], ['权重（分）', -58]),
  row(['产出指标', -0], ['河道巡查次数', -10], ['≥1,500次', -34], ['1,150次', -46], ['10', 62]),
  row(['产出指标', -0], ['清淤长度', -10], ['≥40公里', -34], ['42公里', -46], ['10', 62]),
  row(['效益指标', -0], ['群众满意度', -10], ['≥90%', -34], ['92%', -46], ['10', 62]),
  '',
];
const errors = (...paragraphs: string[]) =>
  checkTextReport(
    ['        某某县水利局2024年度河道保洁项目绩效自评报告', '', ...TABLE, ...paragraphs].join('\n'),
  )
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a shortfall against the target', () => {
  it('against the indicator row printing the actual', () => {
    expect(errors('    （一）存在的问题。一是巡查未全部完成，全年巡查1,150次，较目标少350次。')).toEqual([]);
    expect(errors('    （一）存在的问题。一是巡查未全部完成，全年巡查1,150次，较目标少530次。')).toEqual([
      'change.amount 350次 530次',
    ]);
  });
  it('against the target the sentence states', () => {
    expect(errors('    计划完成培训不少于80人次，全年培训72人次，较目标少8人次。')).toEqual([]);
    expect(errors('    计划完成培训不少于80人次，全年培训72人次，较目标少6人次。')).toEqual([
      'change.amount 8人次 6人次',
    ]);
  });
  it('an excess', () => {
    expect(errors('    清淤工作超额完成，全年清淤42公里，较目标多2公里。')).toEqual([]);
  });
});
