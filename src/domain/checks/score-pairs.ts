/**
 * A 自评表 whose indicator rows cannot be put under their header cells — `pdftotext -layout` sets narrow
 * columns one space apart and shifts them by the width of the Chinese text before them, and wraps long
 * indicator names and 偏差原因 onto lines of their own — read by each row's 分值 and 得分: the last two
 * plain numbers of a row, where the header ends with 分值, 得分 and text columns only (偏差原因, 备注).
 *
 * Judged only when the reading is certain: the rows' 分值 add up to the 总分 row's 分值 (with the 项目资金
 * part's, "年度资金总额 … 10 90.50% 9.05", when the total counts it), every 得分 is within its 分值, and the
 * table's own rule (table-rules.ts) made no score claim on these rows. Then Σ 得分 must be the 总分's 得分
 * (`score.sum`).
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import type { TableRow } from './layout.ts';
import { judgeSum } from './verdict.ts';

const NUMBER = /^\d+(?:\.\d+)?$/;
const TOTAL = /^(总分|合计|总计)$/;
/** Header cells that may follow 得分: words, never figures. */
const TEXT_AFTER = /偏差|原因|改进|措施|备注|说明|分析/;

type Pair = { weight: string; score: string; line: number };

const places = (v: string): number => (v.split('.')[1] ?? '').length;

/** The row's last two plain numbers as 分值 and 得分, when nothing but words follows them. */
function pairOf(row: TableRow): Pair | null {
  const texts = row.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
  let k = texts.length - 1;
  // Words after the pair (偏差原因, which may hold figures of its own: "已纳入2025年计划") are skipped.
  while (k >= 0 && !NUMBER.test(texts[k]!) && /[\u4e00-\u9fa5]/.test(texts[k]!)) k--;
  if (k < 1 || !NUMBER.test(texts[k]!) || !NUMBER.test(texts[k - 1]!)) return null;
  return { weight: texts[k - 1]!, score: texts[k]!, line: row.line };
}

/** The header row of the indicator part: 分值 then 得分, only words after them. */
function isIndicatorHeader(row: TableRow): boolean {
  const t = row.cells.map((c) => c.text.replace(/\s+/g, ''));
  const w = t.findIndex((x) => /^(分值|权重)$/.test(x));
  const s = t.findIndex((x) => /^(自评)?得分$/.test(x));
  return (
    w >= 0 &&
    s === w + 1 &&
    t.some((x) => /指标/.test(x)) &&
    t.slice(s + 1).every((x) => x === '' || TEXT_AFTER.test(x))
  );
}

export function checkScorePairs(ctx: Ctx): void {
  const blocks = ctx.layout.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'table' || block.shape !== 'space') continue;
    const h = block.rows.findIndex(isIndicatorHeader);
    if (h < 0) continue;
    const rows = block.rows.slice(h + 1);
    const t = rows.findIndex((r) => r.cells.some((c) => TOTAL.test(c.text.replace(/\s+/g, ''))));
    if (t < 1) continue;
    const totalRow = rows[t]!;
    const total = pairOf(totalRow);
    if (!total) continue;
    const first = rows[0]!.line;
    const last = totalRow.line;
    // The table's own rule read these rows: its claims stand.
    if (ctx.claims.some((c) => c.kind === 'score' && c.line - 1 >= first && c.line - 1 <= last)) continue;
    const leaves = rows
      .slice(0, t)
      .map(pairOf)
      .filter((p): p is Pair => p !== null);
    if (leaves.length < 2) continue;
    if (leaves.some((p) => dec(p.score).gt(p.weight))) continue;
    const fund = fundPair(ctx, b);
    const weights = leaves.map((p) => p.weight);
    const counted = sumEquals(weights, total.weight)
      ? leaves
      : fund && sumEquals([...weights, fund.weight], total.weight)
        ? [fund, ...leaves]
        : null;
    if (!counted) continue;
    const scores = counted.map((p) => ({ value: p.score, places: places(p.score) }));
    const v = judgeSum(scores, { value: total.score, places: places(total.score) }, 2);
    const parts = counted.map((p) => p.score).join(' + ');
    claim(ctx, 'score', totalRow.line, 0, v.kind !== 'wrong', `各项得分之和 ${parts}，总分${total.score}`);
    if (v.kind === 'ok') continue;
    const sum = v.total.toFixed(2);
    report(
      ctx,
      totalRow.line,
      'score.sum',
      v.severity,
      totalRow.cells.map((c) => c.text).join(' '),
      sum,
      total.score,
      `各项得分之和 ${parts} = ${sum}，与总分${total.score}不符。`,
    );
  }
}

function sumEquals(values: readonly string[], total: string): boolean {
  return values.reduce((s, v) => s.plus(v), dec(0)).eq(total);
}

/** The 项目资金 part's 分值 and 得分 (the 年度资金总额 row) in the tables just above the indicator part. */
function fundPair(ctx: Ctx, indicatorBlock: number): Pair | null {
  const top = ctx.layout.blocks[indicatorBlock]!.first;
  for (let b = indicatorBlock; b >= 0; b--) {
    const block = ctx.layout.blocks[b]!;
    if (top - block.last > 40) break;
    if (block.kind !== 'table') continue;
    for (const r of block.rows) {
      if (!/资金总额/.test(r.cells[0]?.text ?? '')) continue;
      // "年度资金总额  600.00 680.00 615.40  10  90.50%  9.05": 分值 before the 执行率, 得分 after it.
      const texts = r.cells.map((c) => c.text.replace(/\s+/g, ''));
      const rate = texts.findIndex((x) => /^\d+(?:\.\d+)?%$/.test(x));
      if (rate < 2 || rate !== texts.length - 2) continue;
      const weight = texts[rate - 1]!;
      const score = texts[rate + 1]!;
      if (NUMBER.test(weight) && NUMBER.test(score) && dec(score).lte(weight) && dec(weight).lte(100))
        return { weight, score, line: r.line };
    }
  }
  return null;
}
