import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, dec } from '../money/index.ts';
import { evaluateFormula, ExpressionError, parseExpression, variablesOf } from './expression.ts';
import { describeRule } from './rule-text.ts';

describe('the safe formula evaluator', () => {
  it('computes 001 编制准确 exactly on decimals', () => {
    const v = evaluateFormula('(1 - 10 × 全年预算调剂金额 / 年初部门预算数) × W', {
      全年预算调剂金额: dec('251.12'),
      年初部门预算数: dec('8012.78'),
      W: dec(10),
    });
    expect(v.toDecimalPlaces(6).toString()).toBe('6.866007');
  });

  it('respects precedence, unary minus, percent literals, full-width parentheses and functions', () => {
    expect(evaluateFormula('1 + 2 * 3', {}).toString()).toBe('7');
    expect(evaluateFormula('-(2 - 5) ÷ 3', {}).toString()).toBe('1');
    expect(evaluateFormula('（1 − 10%）× 10', {}).toString()).toBe('9');
    expect(evaluateFormula('max(0, min(5, 7), abs(-3)) + round(2.345, 2)', {}).toString()).toBe('7.35');
    expect(evaluateFormula('0.1 + 0.2', {}).toString()).toBe('0.3');
  });

  it('lists the variables a formula uses', () => {
    expect(variablesOf(parseExpression('W × (1 − max(0, (实际 − 设定) ÷ 设定))'))).toEqual([
      'W',
      '实际',
      '设定',
    ]);
  });

  it.each([
    ['process.exit(1)', '无法识别'],
    ['constructor(1)', '未知函数'],
    ['constructor("x")', '不是允许的符号'],
    ['1 +', '公式不完整'],
    ['(1 + 2', '缺少右括号'],
    ['1 2', '多余内容'],
    ['a; b', '不是允许的符号'],
  ])('refuses %s with a Chinese message', (src, msg) => {
    expect(() => evaluateFormula(src, { a: dec(1), b: dec(1) })).toThrow(msg);
  });

  it('refuses division by zero and missing variables', () => {
    expect(() => evaluateFormula('1 / x', { x: dec(0) })).toThrow(ExpressionError);
    expect(() => evaluateFormula('1 / y', {})).toThrow('没有提供数值');
    expect(() => evaluateFormula('toString', {})).toThrow('没有提供数值');
  });

  it('agrees with decimal arithmetic on random sums and products', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100000, max: 100000 }),
        fc.integer({ min: -100000, max: 100000 }),
        fc.integer({ min: 1, max: 1000 }),
        (a, b, c) => {
          const x = new Dec(a).div(100);
          const y = new Dec(b).div(100);
          const z = new Dec(c);
          return evaluateFormula('(x + y) * z - x / z', { x, y, z }).eq(x.plus(y).times(z).minus(x.div(z)));
        },
      ),
    );
  });
});

describe('rules as Chinese text (计分规则 without a ruleText)', () => {
  it('prints a formula without programmer notation', () => {
    const text = describeRule({
      kind: 'formula',
      expression: 'W × (1 − max(0, (实际完成时间 − 设定完成时间) ÷ 设定完成时间))',
      variables: ['实际完成时间', '设定完成时间'],
    });
    expect(text).toBe(
      '得分＝分值×（1－（（实际完成时间－设定完成时间）÷设定完成时间）（小于0时按0计）），得分不低于0分、不超过分值',
    );
    expect(text).not.toMatch(/max|W|\*/);
  });

  it('describes every rule kind in words', () => {
    expect(describeRule({ kind: 'direction', direction: 'lower' })).toContain('反向指标');
    expect(describeRule({ kind: 'yes-no' })).toBe('符合要求得满分，否则不得分');
    expect(describeRule({ kind: 'ratio', basis: 'actual-over-target' })).toContain(
      '完成率＝实际完成值÷目标值',
    );
  });
});
