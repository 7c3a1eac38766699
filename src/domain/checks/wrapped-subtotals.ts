/**
 * 小计 rows of a score table whose label wraps onto the line below ("产出指标小" over "计", "满意度指标" over
 * "小计"), and a block of such 小计 printed one under another after all the indicator rows, each naming its
 * group ("产出指标小计", "效益指标小计"): read by name, not by position.
 */
import { PURE_NUMBER, type Row } from './tables.ts';

/**
 * A 小计 label in one cell: "小计", or a group's own ("决策小计", "产出指标小计"); or the 合计 of the indicators
 * before the 总分 that adds them to the 预算执行率 ("绩效指标合计").
 */
export const SUBTOTAL_LABEL = /^(?:[\u4e00-\u9fa5]{0,10}小\s*计|[\u4e00-\u9fa5]{0,8}指标合\s*计)$/;

/** The rest of a 小计 label wrapped onto the next line: "计", "小计". */
const WRAPPED_TAIL = /^(?:小\s*)?计$/;

/**
 * The 小计 label of a row: the cell stating it, or — its label wrapped — the row's one cell of words (the rest are
 * figures, at least one) joined with the next row's one cell ("计", "小计") when together they make one (`wrapped`:
 * that next row is the label's end, no row of its own). Null when the row is no 小计.
 */
export function subtotalLabel(row: Row, next: Row | undefined): { label: string; wrapped: boolean } | null {
  for (const c of row.cells)
    if (SUBTOTAL_LABEL.test(c.text.trim())) return { label: c.text.trim(), wrapped: false };
  if (!next) return null;
  const tail = next.cells.filter((c) => c.text.trim() !== '');
  if (tail.length !== 1 || !WRAPPED_TAIL.test(tail[0]!.text.trim())) return null;
  const filled = row.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  const words = filled.filter((t) => !PURE_NUMBER.test(t));
  if (words.length !== 1 || words.length === filled.length) return null;
  const label = `${words[0]!}${tail[0]!.text.trim()}`.replace(/\s/g, '');
  return SUBTOTAL_LABEL.test(label) ? { label, wrapped: true } : null;
}

/**
 * The leaves of each 小计 in a block of 小计 rows printed together after the indicator rows (no indicator row
 * between them): those naming the 小计's group ("产出指标" of "产出指标小计") in a cell left of the 分值 column.
 * Null when the 小计 are not such a block, or one names no group. (The reading is proved by the 分值: see
 * checkSubtotals, which passes over a group whose 分值 do not add up to its 小计's.)
 */
export function namedSubtotalGroups<L extends { row: Row }>(
  subtotals: ReadonlyArray<{ row: Row; at: number; label: string }>,
  leaves: readonly L[],
  weightCol: number,
): Array<{ row: Row; members: L[]; named: true }> | null {
  if (subtotals.length < 2 || weightCol < 0) return null;
  if (subtotals.some((s) => s.at !== subtotals[0]!.at)) return null;
  const groups: Array<{ row: Row; members: L[]; named: true }> = [];
  for (const s of subtotals) {
    const name = s.label.replace(/(?:小|合)\s*计$/, '');
    if (name.length < 2) return null;
    const members = leaves.filter((l) => l.row.cells.some((c, i) => i < weightCol && c.text.trim() === name));
    groups.push({ row: s.row, members, named: true });
  }
  return groups;
}
