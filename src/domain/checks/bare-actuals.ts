/**
 * An indicator's 实际完成值 printed without the % its 年度指标值 has: "服务对象满意度 | ≥90% | 93.6 | 10 | 10.00". A
 * warning (`unit.missing`): read only in a row whose cells run target, actual, 分值, 得分 (empty cells aside), as
 * unmet-targets.ts reads it, the target a bound in %, the actual a bare number.
 */
import { dec } from '../money/index.ts';
import { excerptOf, report, type Ctx } from './context.ts';
import type { TableRow } from './table-row.ts';
import { BOUND_START, PLAIN, TARGET } from './unmet-targets.ts';
import { mentionsAny } from './document-words.ts';

const BOUNDS = [
  '≥',
  '>',
  '＞',
  '不少于',
  '不低于',
  '大于等于',
  '≤',
  '<',
  '＜',
  '不超过',
  '不高于',
  '小于等于',
];

export function checkBareActuals(ctx: Ctx): void {
  if (!ctx.lines.some((l) => l.includes('%'))) return;
  // (Its target cell is a bound: ≥, >, 不少于, 不低于, 大于等于, ≤, <, 不超过, 不高于, 小于等于 — TARGET's.)
  if (!mentionsAny(ctx, BOUNDS)) return;
  for (const b of ctx.layout.blocks)
    if (b.kind === 'table') for (const r of b.rows) if (r.cells.length >= 4) checkRow(ctx, r);
}

function checkRow(ctx: Ctx, row: TableRow): void {
  const cells = row.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
  for (let i = 0; i + 3 < cells.length; i++) {
    if (!BOUND_START.test(cells[i]!)) continue;
    const target = TARGET.exec(cells[i]!);
    if (!target || target[3] !== '%') continue;
    const [actual, w, s] = [cells[i + 1]!, cells[i + 2]!, cells[i + 3]!];
    // (分值 and 得分 after it tell the cell is the 完成值.)
    if (!PLAIN.test(actual) || !PLAIN.test(w) || !PLAIN.test(s) || dec(w).isZero()) return;
    const name = i > 0 ? `“${cells[i - 1]}”` : '';
    const line = ctx.lines[row.line] ?? '';
    const at = line.indexOf(actual, line.indexOf(target[2]!));
    report(
      ctx,
      row.line,
      'unit.missing',
      'warning',
      at >= 0 ? excerptOf(line, at, at + actual.length, 20) : cells.slice(i, i + 4).join(' '),
      `${actual}%`,
      actual,
      `${name}年度指标值${cells[i]}以%计，实际完成值${actual}却没有写%，应写作${actual}%。`,
      at >= 0 ? at : 0,
    );
    return;
  }
}
