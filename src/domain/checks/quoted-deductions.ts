/**
 * A 自评报告's reasons for lost points naming an indicator in quotes — "“增殖放流苗种数量”未完全达到年度目标，扣
 * 1.25分" — against that indicator's row in the 自评表 just above the text: the points lost must be the row's 分值 −
 * 得分 (`score.deduction`). The table is the one whose 总分 line is the nearest above the paragraph (back to the
 * 总分 before it); the row is the one line of it holding the whole name, with one pair of bare figures after the
 * name (分值, 得分). A name wrapped over lines, named twice, or a pair not found: nothing is read.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, printedLines, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

/** "“名称”未完全达到年度目标，扣1.25分": the name in quotes, then 扣X分 in its clause. */
const QUOTED_DEDUCTION =
  /“([^“”，。；]{2,30})”([^“”，。；]{0,24})[，,]?\s*扣(?:减)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
/** A row's 分值 and 得分: two bare figures, words (or nothing) after them. */
const SCORE_PAIR = /(?<=^|\s)(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)(?=\s+[^\d\s.%]|\s*$)/g;
const TOTAL_LINE = /^\s*总\s*分\s+\d/;
/** How far above the text its table's 总分 line may be, and how long a table may be. */
const REACH = 12;
const TABLE_LINES = 120;

export function checkQuotedDeductions(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['扣', '总分', '“'])) return;
  const printed = printedLines(ctx);
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('扣') || !block.text.includes('“')) continue;
    const rows = tableAbove(printed, block.first);
    if (!rows) continue;
    for (const m of block.text.matchAll(QUOTED_DEDUCTION)) {
      const name = m[1]!.replace(/\s+/g, '');
      // (A quoted target value — "未达到“≥95%”的年度指标值" — is no indicator's name.)
      if (!/[\u4e00-\u9fa5].*[\u4e00-\u9fa5]/.test(name)) continue;
      const row = rowOf(printed, rows, name);
      if (!row) continue;
      const lost = dec(row.weight).minus(row.score);
      if (lost.isNegative()) continue;
      const stated = m[3]!;
      const ok = lost.eq(stated);
      const places = Math.max(...[row.weight, row.score, stated].map((x) => x.split('.')[1]?.length ?? 0));
      const shown = lost.toFixed(places);
      const at = m.index + m[0].lastIndexOf(stated);
      claim(
        ctx,
        'score',
        block.first,
        at,
        ok,
        `“${name}”分值${row.weight} − 得分${row.score} = ${shown}，文中扣${stated}分`,
      );
      if (ok) continue;
      report(
        ctx,
        block.first,
        'score.deduction',
        'error',
        excerptOf(block.text, m.index, m.index + m[0].length, 0),
        `${shown}分`,
        `${stated}分`,
        `文中称“${name}”扣${stated}分，而自评表（第${row.line + 1}行）该指标分值${row.weight}、得分${row.score}，应扣${shown}分。`,
        at,
      );
    }
  }
}

/** The lines of the 自评表 whose 总分 line is the nearest above `first` (from the 总分 before it): null when none. */
function tableAbove(printed: readonly string[], first: number): { from: number; to: number } | null {
  let to = -1;
  for (let i = first - 1; i >= Math.max(0, first - REACH); i--)
    if (TOTAL_LINE.test(printed[i]!)) {
      to = i;
      break;
    }
  if (to < 0) return null;
  let from = Math.max(0, to - TABLE_LINES);
  for (let i = to - 1; i > from; i--)
    if (TOTAL_LINE.test(printed[i]!)) {
      from = i + 1;
      break;
    }
  return { from, to };
}

type ScoredRow = { line: number; weight: string; score: string };

function rowOf(
  printed: readonly string[],
  span: { from: number; to: number },
  name: string,
): ScoredRow | null {
  let found: ScoredRow | null = null;
  for (let i = span.from; i < span.to; i++) {
    const line = printed[i]!;
    const squeezed = line.replace(/\s+/g, '');
    if (!squeezed.includes(name)) continue;
    // (The name on two lines of the table: which row is meant is not sure.)
    if (found) return null;
    // The pair after the name (its 年度指标值 and 实际完成值 before it hold units or signs).
    const at = nameEnd(line, name);
    if (at < 0) return null;
    const pairs = [...line.slice(at).matchAll(SCORE_PAIR)];
    if (pairs.length !== 1) return null;
    found = { line: i, weight: pairs[0]![1]!, score: pairs[0]![2]! };
  }
  return found;
}

/** Where `name` ends on `line`, white space between its characters allowed; −1 when it is not there. */
function nameEnd(line: string, name: string): number {
  for (let start = line.indexOf(name[0]!); start >= 0; start = line.indexOf(name[0]!, start + 1)) {
    let k = 0;
    let i = start;
    while (i < line.length && k < name.length) {
      if (line[i] === name[k]) k++;
      else if (!/\s/.test(line[i]!)) break;
      i++;
    }
    if (k === name.length) return i;
  }
  return -1;
}
