import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

// A 自评表 with a 项目资金 row above the indicators and a 小计 under each 一级指标; one row set one space apart
// ("≤45分贝 41分贝 20 20.00") after its name, as pdftotext prints a narrow table.
const table = (subtotal: string) =>
  [
    '2031年度项目支出绩效自评表（城区噪声监测）',
    '填报单位（盖章）：某市声环境监测站                 金额单位：万元',
    '    资金情况           年初预算数            全年预算数      全年执行数     分值   执行率      得分',
    '                    150.00           160.00     152.00   10   95.00%   9.50',
    '一级指标      二级指标     三级指标    指标值      完成值 分值 得分            扣分原因',
    '     数量指标     功能区监测点位数     ≥40个      40个  20 20.00',
    '产出指标',
    '     质量指标     监测数据有效率      ≥95%     92% 20 18.60 设备故障停机',
    '                  产出指标小计                  40 38.60',
    '              夜间等效声级  ≤45分贝 41分贝 20 20.00',
    '效益指标 社会效益指标',
    '              噪声投诉办结率   ≥98%     96% 20 19.20 个别投诉跨部门协调',
    `                  效益指标小计                  40 ${subtotal}`,
    '满意度指标 服务对象满意度 周边居民满意度 ≥85%  88%  10 10.00',
    '                    总 分                   100 97.30 自评等次：优',
  ].join('\n');

describe('a 自评表 of 小计 rows under a 项目资金 row (score-pairs.ts)', () => {
  it('adds up: no error', () => {
    expect(errors(table('39.20'))).toEqual([]);
    const claims = checkTextReport(table('39.20')).claims.map((c) => c.arithmetic);
    expect(claims).toContain('小计：各项得分之和 20.00 + 19.20，小计39.20');
  });
  it('a 小计 that is not the sum of its rows is an error', () => {
    expect(errors(table('39.02'))).toEqual(['13 score.sum 39.20 39.02']);
  });
});

describe('a 小计 whose own 分值 is wrong (score-pairs.ts groupsOf: its rows told by their 得分)', () => {
  const sheet = (weight: string, subtotal: string) =>
    table(subtotal).replace(
      '产出指标小计                  40 38.60',
      `产出指标小计                  ${weight} 38.60`,
    );
  it('is reported at the 小计, and the next 小计 is still judged', () => {
    expect(errors(sheet('40', '39.20'))).toEqual([]);
    expect(errors(sheet('42', '39.20'))).toEqual(['9 score.weight-sum 40 42']);
    expect(errors(sheet('42', '39.02'))).toEqual(['9 score.weight-sum 40 42', '13 score.sum 39.20 39.02']);
  });
});
