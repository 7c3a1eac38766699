/**
 * A conclusion listing each project's score and grade after their average ("其中A项目得分96.75分，等级为“优”；B项目
 * …"), printed at the margin without indent and wrapped inside words and before a quote (layout.ts reflow,
 * prose-grades.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const report = (grade: string) => `                   2031 年度项目支出绩效自评报告（摘要）
序号      项目名称       全年执行数（万元） 执行率 自评得分 等级
1    农村供水工程维护      210.00   97.20%   95.40   优
2    水土保持监测          85.60    88.10%   86.30   良
3    河道清淤疏浚          40.00    72.50%   74.20   中
三、总体结论。3 个项目平均得分 85.30 分。其中农村供水工程维护项目得分 95.40 分，等级为“优”；水土保
持监测项目得分 86.30 分，等级为“良”；河道清淤疏浚项目得分 74.20 分，等级为
“${grade}”，主要问题是全年执行率仅 72.50%，清淤工程开工晚于计划。
`;

describe('each project’s grade in a 其中 list after their average', () => {
  it('is its own score’s grade, the sentence read across its wrapped lines', () => {
    expect(errors(report('差'))).toEqual(['8 grade.score 中 差']);
  });
  it('gives nothing when every grade fits', () => {
    expect(errors(report('中'))).toEqual([]);
  });
  it('still reads the grade after a total and its parts as the total’s', () => {
    const parts =
      '    该项目自评得分92.50分，其中：预算执行9.50分，产出指标48.00分，效益指标26.00分，满意度指标得分9.00分，自评等级为“优”。\n';
    expect(errors(`某项目2031年度绩效自评报告\n${parts}`)).toEqual([]);
  });
});

describe('a grade stated as 综合评定为', () => {
  const text = (grade: string) =>
    `某项目2031年度绩效自评报告\n    该项目自评总分86.75分，综合评定为“${grade}”，主要扣分在于进度滞后。\n`;
  it('is the score’s grade', () => {
    expect(errors(text('优'))).toEqual(['2 grade.score 良 优']);
    expect(errors(text('良'))).toEqual([]);
  });
});
