/**
 * One entry point for every rule kind: scoreRule(rule, context) → score + explanation, or a refusal.
 * The checker and the UI call this for a single indicator; evaluate.ts calls it for whole sheets.
 */
import type { RuleConfig } from '../indicators/index.ts';
import type { RuleContext, RuleOutcome } from './rule-context.ts';
import { scoreManual, scoreParts, scoreYesNo } from './rules/basic-rules.ts';
import { scoreCheckpoints } from './rules/checkpoint-rule.ts';
import { scoreDeviation } from './rules/deviation-rule.ts';
import { scoreBudgetExecution, scoreDirection } from './rules/direction-rule.ts';
import { scoreFormula } from './rules/formula-rule.ts';
import { scoreGradeStandard } from './rules/grade-standard-rule.ts';
import { scoreRatio } from './rules/ratio-rule.ts';
import { scoreTiers } from './rules/tier-rule.ts';

export function scoreRule(rule: RuleConfig, ctx: RuleContext): RuleOutcome {
  switch (rule.kind) {
    case 'yes-no':
      return scoreYesNo(rule, ctx);
    case 'parts':
      return scoreParts(rule, ctx);
    case 'ratio':
      return scoreRatio(rule, ctx);
    case 'tiers':
      return scoreTiers(rule, ctx);
    case 'deviation':
      return scoreDeviation(rule, ctx);
    case 'checkpoints':
      return scoreCheckpoints(rule, ctx);
    case 'formula':
      return scoreFormula(rule, ctx);
    case 'grade-standard':
      return scoreGradeStandard(rule, ctx);
    case 'manual':
      return scoreManual(rule, ctx);
    case 'direction':
      return scoreDirection(rule, ctx);
    case 'budget-execution':
      return scoreBudgetExecution(rule, ctx);
  }
}
