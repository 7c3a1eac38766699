/**
 * A 绩效目标表 that prints only its indicators' 权重 and a one-figure 合计 (weight-columns.ts). Names and figures
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule}`);

type Goals = Partial<{ satisfaction: string; total: string; extra: string[] }>;

const goals = (g: Goals = {}): string =>
  [
    '    二、绩效目标完成情况',
    '    项目年度绩效目标及完成情况见下表。',
    '                   表2 项目绩效目标表',
    '一级指标 二级指标     三级指标            目标值      实际完成值 权重（分）',
    '产出指标 数量指标 河道保洁长度         ≥63.40公里 64.10公里  12',
    '产出指标 质量指标 保洁质量抽查合格率      ≥95%       96.20%    10',
    '产出指标 时效指标 问题处置及时率       100%       100%     8',
    '效益指标 生态效益 河道水质达标率    ≥90%       92.70%    10',
    ...(g.extra ?? []),
    `效益指标 满意度 沿河居民满意度         ≥90%        93.1%    ${g.satisfaction ?? '10'}`,
    `  合计                                          ${g.total ?? '50'}`,
    '    三、自评结论',
    '    本项目自评得分91.40分，等次为“优”。',
  ].join('\n');

describe('a 权重 column against its one-figure 合计', () => {
  it('finds a weight that breaks the 合计, on the 合计 line', () => {
    expect(errors(goals({ satisfaction: '12' }))).toEqual(['10 score.weight-sum']);
    expect(errors(goals({ total: '55' }))).toEqual(['10 score.weight-sum']);
    const message = checkTextReport(goals({ total: '55' })).findings[0]!.message;
    expect(message).toContain('12 + 10 + 8 + 10 + 10 = 50');
  });

  it('reports nothing on a table that adds up, and counts the claim as verified', () => {
    const report = checkTextReport(goals());
    expect(errors(goals())).toEqual([]);
    expect(report.claims.some((c) => c.kind === 'sum' && c.line === 10 && c.verified)).toBe(true);
  });

  it('reads a row whose name wraps onto a line of words', () => {
    const wrapped = goals({
      extra: ['效益指标 社会效益 沿河环境', '                  整治群众知晓率    ≥85%       88.00%    6'],
      total: '56',
    });
    expect(errors(wrapped)).toEqual([]);
    expect(errors(wrapped.replace('  56\n', '  58\n'))).toEqual(['12 score.weight-sum']);
  });

  it('leaves a tree whose group rows print their own weight (they would be counted twice)', () => {
    const tree = goals({ extra: ['效益指标 60'], total: '50' });
    expect(errors(tree)).toEqual([]);
  });

  it('leaves a table whose last column is a 得分 column', () => {
    const scored = goals({ satisfaction: '12' }).replace('权重（分）', '权重（分） 得分');
    expect(errors(scored).filter((e) => e.endsWith('weight-sum'))).toEqual([]);
  });
});
