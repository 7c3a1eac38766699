/**
 * A formula over named inputs (001 编制准确 = (1 − 10 × 调剂金额 / 年初预算数) × 分值), evaluated by the
 * safe decimal expression evaluator. W is the weight; the result is clamped to [0, W].
 */
import type { Dec } from '../../money/index.ts';
import type { FormulaRule } from '../../indicators/index.ts';
import { evaluateExpression, ExpressionError, parseExpression, type Expr } from '../expression.ts';
import {
  clamp,
  n,
  readDecimal,
  refused,
  scored,
  ZERO,
  type RuleContext,
  type RuleOutcome,
} from '../rule-context.ts';

const cache = new Map<string, Expr | ExpressionError>();

function compiled(expression: string): Expr | ExpressionError {
  let e = cache.get(expression);
  if (!e) {
    try {
      e = parseExpression(expression);
    } catch (err) {
      e = err instanceof ExpressionError ? err : new ExpressionError(String(err), 0);
    }
    cache.set(expression, e);
  }
  return e;
}

export function scoreFormula(rule: FormulaRule, ctx: RuleContext): RuleOutcome {
  const e = compiled(rule.expression);
  if (e instanceof ExpressionError) return refused(`公式“${rule.expression}”有误：${e.message}`);
  const vars: Record<string, Dec> = { W: ctx.weight, 分值: ctx.weight };
  for (const name of rule.variables) {
    const text = ctx.input.values?.[name];
    const v = readDecimal(text);
    if (!v)
      return refused(
        text === undefined ? `尚未填写“${name}”。` : `“${name}”应填写数字（如“12”），“${text}”不是数字。`,
        `values.${name}`,
      );
    vars[name] = v;
  }
  let raw: Dec;
  try {
    raw = evaluateExpression(e, vars);
  } catch (err) {
    return refused(err instanceof ExpressionError ? err.message : String(err));
  }
  const score = clamp(raw, ZERO, ctx.weight);
  // The expression is configuration (programmer notation); the explanation shows the figures it used.
  const given = rule.variables.map((v) => `${v}${n(vars[v]!)}`).join('，');
  const note = score.eq(raw) ? '' : `（计算结果${n(raw)}分，得分不低于0分、不超过分值）`;
  return scored(
    score,
    `按计分规则计算：${given ? `${given}，` : ''}分值${n(ctx.weight)}分，得${n(score)}分${note}。`,
  );
}
