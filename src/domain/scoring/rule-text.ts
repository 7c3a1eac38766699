/**
 * A scoring rule as Chinese text for the 计分规则 column, used when a template leaf has no `ruleText` of
 * its own: never the configuration's notation ("W × (1 − max(0, …))"), always words and 分值.
 */
import { dec } from '../money/index.ts';
import type { RuleConfig } from '../indicators/index.ts';
import { parseExpression, type Expr } from './expression.ts';

const PRECEDENCE: Record<'+' | '-' | '*' | '/', number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const OPS: Record<'+' | '-' | '*' | '/', string> = { '+': '＋', '-': '－', '*': '×', '/': '÷' };

/** A formula tree in Chinese: W → 分值, × ÷, max(0, x) → "x（小于0时按0计）". */
export function formulaText(e: Expr, parent = 0): string {
  switch (e.type) {
    case 'num':
      return e.value.toString();
    case 'var':
      return e.name === 'W' ? '分值' : e.name;
    case 'neg':
      return `－${formulaText(e.arg, 3)}`;
    case 'bin': {
      const p = PRECEDENCE[e.op];
      const right = formulaText(e.right, e.op === '-' || e.op === '/' ? p + 1 : p);
      const text = `${formulaText(e.left, p)}${OPS[e.op]}${right}`;
      return p < parent ? `（${text}）` : text;
    }
    case 'call': {
      const args = e.args.map((a) => formulaText(a));
      const zero = e.args.findIndex((a) => a.type === 'num' && a.value.isZero());
      if (e.name === 'max' && e.args.length === 2 && zero >= 0)
        return `${formulaText(e.args[1 - zero]!, 3)}（小于0时按0计）`;
      if (e.name === 'max') return `${args.join('、')}中的较大值`;
      if (e.name === 'min') return `${args.join('、')}中的较小值`;
      if (e.name === 'abs') return `${formulaText(e.args[0]!, 3)}的绝对值`;
      if (e.name === 'round') return `${args[0]}四舍五入保留${args[1] ?? '0'}位小数`;
      return `${e.name}（${args.join('，')}）`;
    }
  }
}

const pts = (x: string): string => `${dec(x).toString()}分`;

/** The 计分规则 of a rule in Chinese. */
export function describeRule(rule: RuleConfig): string {
  switch (rule.kind) {
    case 'yes-no':
      return '符合要求得满分，否则不得分';
    case 'parts':
      return rule.parts.map((p) => `${p.label}得${pts(p.points)}`).join('；');
    case 'ratio': {
      const cap = rule.cap === false ? '' : '（最高按100%计）';
      return {
        rate: `比率×分值${cap}`,
        'one-minus-rate': '（1－比率）×分值',
        'actual-over-target': `完成率×分值，完成率＝实际完成值÷目标值${cap}`,
        'target-over-actual': `目标值÷实际完成值×分值${cap}`,
      }[rule.basis];
    }
    case 'tiers':
      return rule.tiers
        .map((t) => {
          const range =
            t.label ??
            [
              t.min !== undefined ? `${t.minInclusive === false ? '高于' : '不低于'}${t.min}` : '',
              t.max !== undefined ? `${t.maxInclusive === false ? '低于' : '不高于'}${t.max}` : '',
            ]
              .filter(Boolean)
              .join('且');
          return `${range}得${t.points === 'full' ? '满分' : pts(t.points)}`;
        })
        .join('；');
    case 'deviation':
      return `各数量指标达到目标且超出不超过${rule.band}%的计为达成，得分＝达成个数÷指标个数×分值`;
    case 'checkpoints':
      return (
        rule.checkpoints
          .map(
            (c) =>
              `${c.month}月执行进度达到${c.target !== undefined ? `${c.target}%` : `序时进度的${c.scheduleShare ?? '100'}%`}得${pts(c.points)}`,
          )
          .join('；') + '；未达到的按实际进度÷目标进度×该节点分值计分'
      );
    case 'formula': {
      try {
        return `得分＝${formulaText(parseExpression(rule.expression))}，得分不低于0分、不超过分值`;
      } catch {
        return '按公式计分';
      }
    }
    case 'grade-standard': {
      const p = rule.levelPercent ?? { 优: '100', 良: '80', 中: '60', 差: '0' };
      return (['优', '良', '中', '差'] as const)
        .map((g) => `${g}（${rule.standards[g]}）得分值的${p[g]}%`)
        .join('；');
    }
    case 'manual':
      return '由评价人员评分，扣分须写明存在问题和有关建议';
    case 'direction':
      return {
        higher: '正向指标：实际值不低于目标值得满分，否则按实际值÷目标值×分值计分',
        lower: '反向指标：实际值不高于目标值得满分；超出目标按超出比例扣分，达到目标2倍及以上不得分',
        equal: '等于指标：实际值等于目标值得满分；低于目标按实际值÷目标值×分值计分，高于目标按超出比例扣分',
        qualitative: '定性指标：达成得分值的80%～100%，部分达成得60%～80%，未达成得60%以下',
      }[rule.direction];
    case 'budget-execution':
      return '预算执行率×分值，预算执行率＝执行数÷预算数（最高按100%计）';
  }
}
