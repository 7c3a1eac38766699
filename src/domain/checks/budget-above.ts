/**
 * The budget of a 预算执行率 stated in the paragraph right above its own: "（二）资金来源。项目年度预算资金X万元，其中：
 * A资金a万元；B资金b万元。…" over "（三）资金使用情况。…项目实际支出Y万元，预算执行率Z%" (rate-outturn.ts reads the
 * rate's paragraph first; this only when it states no amount before the rate).
 *
 * Precision first: the block right above is a paragraph (a heading run into its text, "（二）资金来源。…", is one;
 * a table or a heading of its own between: none), and it states exactly one
 * amount that is not a part of a 其中 list (its list runs to the sentence's end), that amount named a budget
 * (预算, 预算资金, a project's 计划总投资 … — not 年初, nor last year's, nor of another year than the document's). Also the
 * budget of a 到位率 (arrival-above.ts).
 */
import type { Ctx } from './context.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { lineFigures } from './prose-lines.ts';

const BUDGET = /(?:预算(?:数|金额|资金|总额|合计|总计)?|(?:计划)?总投资|投资总额)\s*(?:为|是|[:：])?\s*$/;
const NOT_OURS = /上年|去年|上一年|同期|年初|预计/;

/** The text of `line` from the last "，；。：" before `end` to `end`. */
function clauseBefore(line: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && !'，,；;。：:'.includes(line[k]!)) k--;
  return line.slice(k + 1, end);
}

export function budgetInParagraphAbove(ctx: Ctx, li: number): NumberToken | null {
  const blocks = ctx.layout.blocks;
  const k = blocks.findIndex((b) => b.kind === 'paragraph' && b.first === li);
  const above = k > 0 ? blocks[k - 1]! : null;
  if (!above || above.kind !== 'paragraph') return null;
  const line = ctx.lines[above.first] ?? '';
  const money = lineFigures(ctx, above.first).filter((t) => MONEY_UNITS.has(t.unit));
  const heads = money.filter((t) => {
    const from = line.lastIndexOf('。', t.start) + 1;
    return !line.slice(from, t.start).includes('其中');
  });
  if (heads.length !== 1) return null;
  const budget = heads[0]!;
  const clause = clauseBefore(line, budget.start);
  if (!BUDGET.test(clause) || NOT_OURS.test(clause)) return null;
  const sentence = line.slice(line.lastIndexOf('。', budget.start) + 1, budget.start);
  const years = sentence.match(/20\d\d(?=年)/g) ?? [];
  if (years.some((y) => ctx.year === null || Number(y) !== ctx.year)) return null;
  return { ...budget, start: -1, end: -1 };
}
