import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

// A 部门整体支出绩效自评表 as pdftotext prints it: the breakdowns' labels (按收入性质分, 按支出性质分) wrapped in a
// column of their own beside their rows, the 一级指标 label wrapped too ("满意度指" / "标"), then its report.
type Form = {
  basicOpening?: string;
  projectRate?: string;
  otherRate?: string;
  income?: readonly [string, string, string];
  output?: string;
  grade?: string;
  deduction?: string;
};
const form = (o: Form = {}) => {
  const [a, b, c] = o.income ?? ['   ', '按收入', '性质分'];
  return [
    '            2030年度部门整体支出绩效自评表',
    '                      （2030年度）',
    '     部门名称        云溪县水利局',
    '                                               金额单位：万元',
    '   年度预算    年初预算数 全年预算数           全年执行数 分值 执行率 得分',
    '年度资金总额       1500.00 1600.00       1520.00 10 95.00% 9.50',
    `${a} 一般公共预算   1400.00 1450.00       1380.00 — 95.17% —`,
    `${b} 政府性基金      60.00  100.00         95.00 — 95.00% —`,
    ...(o.income ? [] : [c]),
    `${o.income ? c : '   '} 其他         40.00   50.00         45.00 — ${o.otherRate ?? '90.00'}% —`,
    `按支出 基本支出      ${o.basicOpening ?? '600.00'}  620.00        610.00 —  98.39% —`,
    `性质分 项目支出      900.00  980.00        910.00 — ${o.projectRate ?? '92.86'}% —`,
    ' 年度总体目标            预期目标               实际完成情况',
    '    —       新建灌溉渠道12公里。      新建灌溉渠道12.5公里。',
    '一级指标 二级指标    三级指标    年度指标值 实际完成值 分值 得分          偏差原因',
    '产出指标 数量指标 新建灌溉渠道长度 ≥12公里 12.5公里 15 15            无',
    '产出指标 质量指标 渠道工程验收合格率 100% 92%     10 9.20 个别标段返工',
    '产出指标 时效指标 项目按期完工率 ≥95% 95.3%        15 15          无',
    '效益指标 经济效益',
    '     指标   受益农户增收   ≥5%   4.75%   20 19.00 部分作物减产',
    '效益指标 生态效益',
    '     指标   节水量        ≥30万方 32万方   10 10          无',
    '满意度指 服务对象',
    '     满意度指 受益群众满意度       ≥90%   83.25%    20 18.50 个别村组宣传不',
    '标    标                                           到位',
    '               总分                    100 96.20',
    '              评价等级                               优',
    ' 云溪县水利局2030年度部门整体支出绩效自评报告',
    '    一、预算执行情况。2030年我局全年预算数1600.00万元，全年执行数1520.00万元，预算执行',
    '率95.00%，预算执行率得分9.50分。',
    '    二、绩效指标完成情况。产出指标分值40分，得分' +
      (o.output ?? '39.20') +
      '分；效益指标分值30分，得分29.00分；满意度',
    '指标分值20分，得分18.50分。',
    '    三、自评结论。我局2030年度部门整体支出绩效自评总分96.20分，扣分合计' +
      (o.deduction ?? '3.80') +
      '分，评价等',
    `级为“${o.grade ?? '优'}”。`,
    '                                          2031年3月20日',
  ].join('\n');
};

describe('a 部门整体 form whose breakdowns are labelled beside their rows (score-funds.ts)', () => {
  it('reads as printed: no error', () => {
    expect(errors(form())).toEqual([]);
  });

  it("a breakdown row's 执行率 is its 执行数 ÷ 全年预算数", () => {
    expect(errors(form({ projectRate: '96.28' }))).toEqual(['12 completion.percent 92.86% 96.28%']);
  });

  it('a breakdown not adding up while the other does: the fault is the group’s, reported on its first row', () => {
    expect(errors(form({ basicOpening: '660.00' }))).toEqual(['11 table.total 1500.00 1560.00']);
  });

  it('a label wrapped over three lines, one a row', () => {
    const income = ['按收', '入性', '质分'] as const;
    expect(errors(form({ income }))).toEqual([]);
    expect(errors(form({ income, otherRate: '80.00' }))).toEqual(['9 completion.percent 90.00% 80.00%']);
    expect(errors(form({ income, projectRate: '96.28' }))).toEqual(['11 completion.percent 92.86% 96.28%']);
    expect(errors(form({ income, basicOpening: '660.00' }))).toEqual(['10 table.total 1500.00 1560.00']);
  });
});

describe('the grade of a total stated with its deduction between (prose-grades.ts)', () => {
  it('"自评总分…分，扣分合计…分，评价等级为X": X is the total’s grade', () => {
    expect(errors(form({ grade: '良' }))).toEqual(['34 grade.score 优 良']);
  });
});

describe('a 一级指标 score in the text against its rows in the 自评表 (level-scores.ts)', () => {
  it('the sum of the 一级’s rows’ 得分, its 分值 the weight the text states', () => {
    expect(errors(form({ output: '39.02' }))).toEqual(['31 figure.text-table 39.20分 39.02分']);
  });
});
