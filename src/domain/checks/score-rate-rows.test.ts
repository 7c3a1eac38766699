/** A 评分表 of 分值, 得分 and 得分率 whose labels wrap: read by the rows' pattern (score-rate-rows.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type Figures = { weight: string; rate: string; subtotal: string; total: string };
const CLEAN: Figures = { weight: '4', rate: '87.50%', subtotal: '16.50', total: '41.50' };

// 决策: 4 (3.50) + 6 (6.00) + 5 (4.00) + 5 (3.00) = 20 (16.50); 产出: 10 (9.00) + 10 (8.00) + 10 (8.00) = 30 (25.00);
// 合计 50 (41.50).
const sheet = (f: Figures) =>
  [
    '（二）评分表',
    '一级 二级指标    三级指标    分值 得分 得分率               评分依据',
    '指标',
    '     项目立项 立项依据充分',
    `          性         ${f.weight} 3.50 ${f.rate} 依据较充分，扣0.5分`,
    '     项目立项 程序规范     6 6.00 100.00% 程序规范，得满分',
    '决策   绩效目标 目标明确',
    '          性         5 4.00 80.00% 部分指标未量化（如“覆盖面',
    '                                   广”），扣1分',
    '   资金投入 预算编制科学',
    '        性           5 3.00 60.00% 年中调减预算，扣2分',
    `     决策小计          20 ${f.subtotal} 82.50%`,
    '     产出数量 完成培训场次     10 9.00 90.00% 计划200场，实际180场',
    '产出 产出质量 验收合格率     10 8.00 80.00% 合格率×分值',
    '   产出时效 完成及时率     10 8.00 80.00% 及时率×分值',
    '     产出小计           30 25.00 83.33%',
    `      合计           50 ${f.total} 83.00%`,
    '四、绩效评价指标分析',
  ].join('\n');

const errors = (f: Partial<Figures>): string[] =>
  checkTextReport(sheet({ ...CLEAN, ...f }))
    .findings.filter((x) => x.severity === 'error')
    // (The % left out: another reader of 得分率 that reads a row first prints its figures without it.)
    .map((x) => `${x.line} ${x.rule} ${x.expected} ${x.found}`.replace(/%/g, ''));

describe('a 评分表 of 分值, 得分 and 得分率 whose labels wrap', () => {
  it('holds when every figure agrees, and says what it checked', () => {
    expect(errors({})).toEqual([]);
    const claims = checkTextReport(sheet(CLEAN)).claims.filter((c) => c.arithmetic.startsWith('得分率'));
    expect(claims).toHaveLength(10);
    expect(claims.every((c) => c.verified)).toBe(true);
  });
  it('finds a row’s 得分率 that is not its 得分 ÷ 分值', () => {
    expect(errors({ rate: '78.50%' })).toEqual(['5 score.rate 87.50 78.50']);
  });
  it('finds a 分值 that breaks its 得分率 and the 小计', () => {
    expect(errors({ weight: '5' })).toEqual(['5 score.rate 70.00 87.50', '12 score.weight-sum 21 20']);
  });
  it('finds a 小计 得分 that is not the sum of its rows', () => {
    expect(errors({ subtotal: '17.50' })).toEqual([
      '12 score.rate 87.50 82.50',
      '12 score.sum 16.50 17.50',
      '17 score.sum 42.50 41.50',
    ]);
  });
  it('finds a 合计 that is not the sum of the 小计 rows', () => {
    expect(errors({ total: '42.50' })).toEqual(['17 score.rate 85.00 83.00', '17 score.sum 41.50 42.50']);
  });
  it('reads a table of 一级 rows above their 二级 rows, its 合计 the 一级 rows’ sum, as no error', () => {
    const tree = [
      '  一级指标          二级指标    权重（分）     得分       得分率',
      '决策                         10      9.00     90.00%',
      '         目标设定               5       5.00    100.00%',
      '         资金分配               5       4.00     80.00%',
      '产出                         20      18.00     90.00%',
      '         产出数量              10      9.00     90.00%',
      '         产出质量              10      9.00     90.00%',
      '          合计              30      27.00     90.00%',
    ].join('\n');
    const report = checkTextReport(tree);
    expect(report.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(report.claims.filter((c) => c.arithmetic.startsWith('得分率') && c.verified)).toHaveLength(7);
  });
});
