import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule}`);

const TITLE = '某县草原站2031年度部门整体支出绩效自评报告';

describe('a 其中 list of funds whose names say 预算 (prose-totals.ts)', () => {
  const report = (total: string) =>
    [
      TITLE,
      '一、收入情况',
      `    本年收入合计${total}万元，其中：一般公共预算财政拨款收入1,204.50万元，政府性基金预算财政拨款收入80.00万元，其他收入15.25万元。`,
    ].join('\n');
  it('is an error when the funds do not add up to the total', () => {
    expect(errors(report('1,290.75'))).toEqual(['3 sum.parts']);
  });
  it('holds when they do', () => {
    expect(errors(report('1,299.75'))).toEqual([]);
  });
});

describe('indicators set, done and not done, the set ones named after their count (count-complements.ts)', () => {
  const report = (set: string) =>
    [
      TITLE,
      '一、绩效目标完成情况',
      `    本站共设置${set}个三级指标，年度内完成14个，未完成2个，指标完成率87.50%。`,
    ].join('\n');
  it('is an error when done and not done miss the count set', () => {
    expect(errors(report('17'))).toEqual(['3 count.sum']);
  });
  it('holds when they add up', () => {
    expect(errors(report('16'))).toEqual([]);
  });
});

describe('一级 scores with their 分值 and a breakdown in brackets, the 总分 in the next paragraph (score-prose.ts)', () => {
  const report = (total: string) =>
    [
      TITLE,
      '四、自评得分情况',
      '    决策指标分值20分，得分18.00分（其中目标设定10分得9.00分、预算编制10分得9.00分）；管理指标分值30分，得分27.50分（其中预算执行15分得14.00分、资产管理15分得13.50分）；产出指标分值30分，得分28.00分（其中数量15分得14.00分、质量15分得14.00分）；效益指标分值20分，得分18.25分（其中社会效益10分得9.25分、满意度10分得9.00分）。',
      `    综上，本站2031年度部门整体支出绩效自评总分${total}分，自评等级为“优”。`,
    ].join('\n');
  it('is an error when the 总分 is not the sum of the 一级 scores', () => {
    expect(errors(report('92.57'))).toEqual(['4 score.sum']);
  });
  it('holds when it is', () => {
    expect(errors(report('91.75'))).toEqual([]);
  });
});

describe("the unit's people named before their count (prose-counts.ts)", () => {
  const report = (later: string) =>
    [
      TITLE,
      '一、部门概况',
      '    本站内设3个科室。截至2031年底，部门编制30人，实有在职人员27人，退休人员9人。',
      '二、存在问题',
      `    一是人才结构有待优化。${later}中，专业技术人员占比偏低。`,
    ].join('\n');
  it('is an error when the unit is given another count', () => {
    expect(errors(report('部门在职人员25人'))).toEqual(['5 count.restated']);
  });
  it('holds when the counts agree, and is not read for a part of the unit', () => {
    expect(errors(report('部门在职人员27人'))).toEqual([]);
    expect(errors(report('草原监测科在职人员25人'))).toEqual([]);
  });
});

describe('"上述N个项目" after the paragraph lists each project’s score (referred-counts.ts)', () => {
  const report = (n: string) =>
    [
      '某县林业局2031年度项目支出绩效自评情况说明',
      '一、自评工作开展情况',
      '    本次共对3个项目开展自评，满分100分。',
      '二、自评结果',
      `    经自评，甲项目总分91.00分，自评等级为优；乙项目总分86.00分，自评等级为良；丙项目总分95.00分，自评等级为优。上述${n}个项目平均得分90.67分。`,
    ].join('\n');
  it('is an error when the reference gives another count', () => {
    expect(errors(report('4'))).toEqual(['5 count.restated']);
  });
  it('holds when it agrees', () => {
    expect(errors(report('3'))).toEqual([]);
  });
  it('is not read when the listed scores and the 共 count differ (a subset may be meant)', () => {
    const subset = report('2').replace('乙项目总分86.00分，自评等级为良；', '');
    expect(errors(subset)).toEqual([]);
  });
});

describe('a 成本指标 whose actual has its unit wrapped to the next row (unmet-targets.ts)', () => {
  const form = (actual: string) =>
    [
      '                    项目支出绩效自评表',
      '                       （2031年度）',
      ' 项目名称   2031年林木病虫害防治项目',
      '   一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析',
      '                 防治面积 ≥500亩   520亩              10 10.00 无偏差',
      '   产出指标 成本指标 药剂采购成',
      `                 本          ≤40万元 ${actual}万`,
      '                                       元         10 10.00 无偏差',
      '                  总分                             100 98.00',
    ].join('\n');
  it('is an error when the actual exceeds the ceiling yet scores full marks', () => {
    expect(errors(form('44.50')).filter((f) => f.endsWith('score.rule'))).toEqual(['7 score.rule']);
  });
  it('holds when the ceiling is kept', () => {
    expect(errors(form('38.20')).filter((f) => f.endsWith('score.rule'))).toEqual([]);
  });
});
