/** A 自评表 row's 完成率 stated in its 偏差原因 (noted-completion.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const form = (rate: string, bound = '≥'): string =>
  [
    '                              项目支出绩效自评表',
    '  项目名称    青石县护林员培训项目',
    '一级指标 二级指标 三级指标   指标 指标值 度量单 实际完成值 分值 得分       偏差原因分析及改进措施',
    '                              性质         位',
    `产出指标 数量指标 培训护林员人数  ${bound}     800 人          740 20 18.50 完成率${rate}%，部分护林员`,
    '                                                             因汛期值守未参训。',
    '产出指标 质量指标 考核合格率      ≥        95 %           96 10 10.00 无偏差',
  ].join('\n');

const found = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'completion.percent')
    .map((f) => `${f.line} ${f.severity} ${f.expected} ${f.found}`);

describe('a 完成率 in a row’s 偏差原因', () => {
  it('holds as the actual ÷ the target', () => {
    expect(found(form('92.50'))).toEqual([]);
  });
  it('is an error otherwise', () => {
    expect(found(form('95.20'))).toEqual(['5 error 92.50% 95.20%']);
  });
  it('leaves a ≤ target alone', () => {
    expect(found(form('95.20', '≤'))).toEqual([]);
  });
});
