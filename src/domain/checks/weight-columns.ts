/**
 * A table of indicators that prints only their 权重 (分值) — a 绩效目标表 or 指标体系表 without a 得分 column —
 * read line by line as printed, its 合计 row one figure:
 *
 *     一级指标 二级指标 三级指标      目标值     实际完成值  权重（分）
 *     产出指标 数量指标 清扫面积    ≥40万平方米  41万平方米    12
 *     …
 *      合计                                                 52
 *
 * The rows' 权重 must add up to the 合计 (`score.weight-sum`). pdftotext sets such a table by characters,
 * not by display width, so the 合计's figure rarely stands under its column: the 权重 is read as the last
 * token of each row, which the header's last head says it is.
 *
 * Read only when certain: the header's last head is 权重 / 分值 and none is 得分 (a score table is
 * table-rules.ts's); every line from the header to the 合计 either ends with a bare figure of at most 100
 * and two decimals — a row — or holds no figure at all (a wrapped name); no 小计 / 其中 row and no row of a
 * 一级 name alone (a tree's subtotals would be counted twice); at least three rows; the 合计 (合计 / 总计 /
 * 总分) row holds exactly one figure.
 */
import { dec } from '../money/index.ts';
import { printedLines, type Ctx } from './context.ts';
import { WEIGHT_HEAD } from './tables.ts';
import { judgeSum, show, type Printed } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const WEIGHT = /^(?:\d{1,3})(?:\.\d{1,2})?$/;
const ANY_FIGURE = /\d/;
const SCORE_HEAD = /得分/;
const TOTAL = /^(?:合\s*计|总\s*计|总\s*分)$/;
const SUBTOTAL = /小计|其中/;

type Row = { line: number; weight: Printed; text: string };

const printedOf = (token: string): Printed => ({
  value: token,
  places: (token.split('.')[1] ?? '').length,
});

export function checkWeightColumns(ctx: Ctx): void {
  // (A header ending in 权重 or 分值 and a 合计 / 总计 / 总分 row.)
  if (!(mentionsAny(ctx, ['权重', '分值']) && mentionsAny(ctx, ['合计', '总计', '总分']))) return;
  const source = printedLines(ctx);
  for (let h = 0; h < source.length; h++) {
    const line = source[h]!;
    if (!line.includes('权重') && !line.includes('分值')) continue;
    const head = line.trim().split(/\s+/);
    if (head.length < 3 || !WEIGHT_HEAD.test(head[head.length - 1]!)) continue;
    if (head.some((t) => SCORE_HEAD.test(t))) continue;
    const table = readTable(source, h);
    if (table) judge(ctx, table.rows, table.total, table.totalLine, source);
  }
}

function readTable(
  source: readonly string[],
  h: number,
): { rows: Row[]; total: Printed; totalLine: number } | null {
  const rows: Row[] = [];
  for (let k = h + 1; k < source.length && k <= h + 60; k++) {
    const text = source[k]!.trim();
    if (text === '') return null;
    const tokens = text.split(/\s+/);
    if (TOTAL.test(tokens[0]!) || (tokens.length > 2 && TOTAL.test(`${tokens[0]}${tokens[1]}`))) {
      const figures = tokens.filter((t) => ANY_FIGURE.test(t));
      if (figures.length !== 1 || !WEIGHT.test(figures[0]!) || rows.length < 3) return null;
      if (figures[0] !== tokens[tokens.length - 1]) return null;
      return { rows, total: printedOf(figures[0]!), totalLine: k };
    }
    if (SUBTOTAL.test(text)) return null;
    const last = tokens[tokens.length - 1]!;
    if (WEIGHT.test(last)) {
      // A row of a name and its weight alone is a tree's group row (产出指标 50): its members follow.
      if (tokens.length < 3) return null;
      rows.push({ line: k, weight: printedOf(last), text });
      continue;
    }
    // A wrapped name: no figure anywhere on the line.
    if (ANY_FIGURE.test(text)) return null;
  }
  return null;
}

function judge(
  ctx: Ctx,
  rows: readonly Row[],
  total: Printed,
  totalLine: number,
  source: readonly string[],
): void {
  const verdict = judgeSum(
    rows.map((r) => r.weight),
    total,
  );
  const places = Math.max(total.places, ...rows.map((r) => r.weight.places));
  const added = rows.reduce((s, r) => s.plus(r.weight.value), dec(0));
  const parts = rows.map((r) => r.weight.value).join(' + ');
  ctx.claims.push({
    kind: 'sum',
    line: totalLine + 1,
    verified: verdict.kind !== 'wrong',
    arithmetic: `各指标权重之和 ${parts} = ${show(added, places)}，合计${total.value}`,
  });
  if (verdict.kind !== 'wrong') return;
  if (ctx.findings.some((f) => f.line === totalLine + 1 && f.rule.startsWith('score.'))) return;
  ctx.findings.push({
    rule: 'score.weight-sum',
    severity: 'error',
    line: totalLine + 1,
    excerpt: source[totalLine]!.trim().replace(/\s+/g, ' '),
    expected: show(added, places),
    found: total.value,
    message: `各指标权重（分值）之和 ${parts} = ${show(added, places)}，与合计${total.value}不符。`,
  });
}
