/**
 * The rest of a score table's header cells wrapped onto the line below, when pdftotext set the pieces
 * off their columns (a Chinese header over narrow columns: "年初预算 全年预算 全年执行 分值 执行率 得分" above
 * "数  数  数  （%）", each 数 drifting a column to the right). The pieces are put back by order and by the
 * words the headers of such tables are: each piece, left to right, completes the first cell after the one
 * the piece before completed whose text and the piece make (the start of) one of those words. A cell wrapped
 * around the header's line, a piece above and one below it, is put in by its place (insertStackedCells).
 */
import type { TableCell, TableRow } from './layout.ts';

/** Header words of 自评表 and 评分表 columns, whole; a cell's text may be the start of one, cut by a wrap. */
const HEADER_WORDS = [
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '调整后预算数',
  '预算数',
  '执行数',
  '执行率（%）',
  '执行率(%)',
  '年度指标值',
  '实际完成值',
  '年度目标值',
  '全年计划值',
  '指标值',
  '完成值',
  '分值',
  '权重',
  '得分',
  '偏差原因分析及改进措施',
  '偏差原因分析',
  '一级指标',
  '二级指标',
  '三级指标',
];

const startsWord = (text: string): boolean => HEADER_WORDS.some((w) => w.startsWith(text));
const isWord = (text: string): boolean => HEADER_WORDS.includes(text);

/**
 * The header's cell texts with `next`'s pieces attached, or null when `next` is not such a line: it holds a
 * figure, or a piece completes no cell (then the line is not the header's rest, or not read by words).
 */
export function attachHeaderPieces(header: readonly TableCell[], next: TableRow): string[] | null {
  const pieces = next.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  if (pieces.length === 0 || pieces.some((p) => /\d/.test(p))) return null;
  const texts = header.map((h) => h.text.trim());
  let at = 0;
  for (const piece of pieces) {
    let found = -1;
    for (let i = at; i < texts.length; i++) {
      const joined = `${texts[i]}${piece}`;
      if (!isWord(texts[i]!) && startsWord(joined)) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    texts[found] = `${texts[found]}${piece}`;
    at = found + 1;
  }
  return texts;
}

/** Header words of the label and notes columns beside the figure columns. */
const LABEL_WORDS = ['资金来源', '项目资金', '资金', '说明', '备注', '资金性质'];

/** Whether a word may stand in such a header: a header word or a piece of one. */
export function isHeaderPiece(word: string): boolean {
  return HEADER_WORDS.some((w) => w.includes(word)) || LABEL_WORDS.some((w) => w.includes(word));
}

/**
 * A header wrapped over lines, set one space apart (no columns to go by): its cells, left to right. Each line's
 * words, in order: a word completing a cell above that is still cut (its text the start of a header word, not
 * one) is joined to it — the first such cell from the one the word before went to ("年初预算 数" on one line is
 * one cell) —, any other word is a cell of its own, put among the others by where it starts.
 */
export function joinHeaderPieces(
  lines: readonly { words: readonly string[]; starts: readonly number[] }[],
): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  for (const { words, starts } of lines) {
    let last = -1;
    words.forEach((word, k) => {
      const open = cells.findIndex(
        (c, i) => i >= last && !isWord(c.text) && startsWord(c.text) && startsWord(`${c.text}${word}`),
      );
      if (open >= 0) {
        cells[open]!.text += word;
        last = open;
        return;
      }
      const start = starts[k]!;
      let at = cells.findIndex((c) => c.start > start);
      if (at < 0) at = cells.length;
      cells.splice(at, 0, { text: word, start });
      last = at;
    });
  }
  return cells;
}

/**
 * A header cell wrapped over three lines around the header's own line (LibreOffice centres one-line labels,
 * so a two-line label prints its first piece above them and its last below: "全年执行" / "年初预算数 全年预算数
 * 分值 执行率 得分" / "数"). The header's cells with each such cell put in, in order, or null when `above` and
 * `below` are not so: every piece of either line lies clear of the header's cells, overlaps exactly one piece
 * of the other line, and the two make one of the header words (no figure, nothing else on either line).
 */
export function insertStackedCells(
  header: readonly TableCell[],
  above: TableRow,
  below: TableRow,
): TableCell[] | null {
  const top = above.cells.filter((c) => c.text.trim() !== '');
  const bottom = below.cells.filter((c) => c.text.trim() !== '');
  if (top.length === 0 || top.length !== bottom.length) return null;
  const overlaps = (a: TableCell, b: TableCell): boolean => a.start < b.end && b.start < a.end;
  const clear = (c: TableCell): boolean => !header.some((h) => overlaps(h, c));
  const cells = [...header];
  for (const t of top) {
    const under = bottom.filter((b) => overlaps(t, b));
    if (under.length !== 1 || !clear(t) || !clear(under[0]!)) return null;
    const b = under[0]!;
    if (top.filter((x) => overlaps(x, b)).length !== 1) return null;
    const text = `${t.text.trim()}${b.text.trim()}`;
    if (!isWord(text)) return null;
    const at = cells.findIndex((h) => h.start > t.start);
    cells.splice(at < 0 ? cells.length : at, 0, {
      text,
      line: t.line,
      start: Math.min(t.start, b.start),
      end: Math.max(t.end, b.end),
    });
  }
  return cells;
}
