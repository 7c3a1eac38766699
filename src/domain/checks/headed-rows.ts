/**
 * A table read under its header row: the header (a cell wrapped onto the next line — "全年预计" / "支出" —
 * completed by that line when it holds no figure) and a way to put each row's cells under it: space-aligned
 * rows by alignRow, tab-separated and Markdown rows cell by cell when they have as many cells as the header.
 */
import type { TableBlock, TableCell, TableRow } from './layout.ts';
import { joinCentredLabels } from './centred-labels.ts';
import { alignRow } from './table-rules.ts';
import type { Row } from './tables.ts';

export type Headed = {
  header: TableCell[];
  /** Index of the first row below the header. */
  from: number;
  /** The rows below the header (a stacked header's: a label centred on its row's figures joined into it). */
  body: readonly TableRow[];
  align: (header: readonly TableCell[], row: TableRow) => Row | null;
  /** Whether the header was read from labels run into one cell (mergedHeaded). */
  merged?: boolean;
};

export function headedRows(block: TableBlock, isHeader: (row: TableRow) => boolean): Headed | null {
  const byPlace =
    block.shape === 'space'
      ? alignRow
      : (head: readonly TableCell[], r: TableRow): Row | null =>
          r.cells.length === head.length
            ? { cells: r.cells.map((c) => ({ text: c.text, line: c.line })), line: r.line }
            : null;
  const align = (head: readonly TableCell[], r: TableRow): Row | null =>
    byPlace(head, r) ?? totalWithoutOrdinal(head, r);
  const h = block.rows.findIndex(isHeader);
  if (h < 0)
    return block.shape === 'space'
      ? (stackedHeaded(block, isHeader, align) ?? mergedHeaded(block, isHeader))
      : null;
  let header: TableCell[] = block.rows[h]!.cells;
  let from = h + 1;
  const next = block.rows[from];
  const rest = next ? align(header, next) : null;
  if (rest && !rest.cells.some((c) => /\d/.test(c.text))) {
    header = header.map((c, i) => ({ ...c, text: `${c.text}${rest.cells[i]!.text}` }));
    from++;
  }
  return { header, from, body: block.rows.slice(from), align };
}

/** How many of a table's first rows a header stacked over two lines may start on. */
const STACKED_REACH = 6;

/**
 * A header whose labels are stacked over two rows, none of which is the header alone ("… 执行率 自评 等级" over
 * "得分"): each word of the second row (no figure there) joined to a label it stands under or beside — a centred
 * word may lean towards the next column, so each near label is tried — in the one way that makes the header.
 */
function stackedHeaded(
  block: TableBlock,
  isHeader: (row: TableRow) => boolean,
  align: Headed['align'],
): Headed | null {
  if (block.shape !== 'space') return null;
  for (let h = 0; h + 1 < Math.min(block.rows.length, STACKED_REACH); h++) {
    const top = block.rows[h]!;
    const under = block.rows[h + 1]!.cells.filter((c) => c.text.trim() !== '');
    if (under.length === 0 || under.length > 4 || under.some((c) => /\d/.test(c.text))) continue;
    const near = under.map((c) =>
      top.cells.flatMap((t, i) => (t.start <= c.end + 2 && c.start <= t.end + 2 ? [i] : [])),
    );
    if (near.some((n) => n.length === 0)) continue;
    const found = joinings(near).find((pick) => isHeader({ ...top, cells: joined(top.cells, under, pick) }));
    if (!found) continue;
    const header = joined(top.cells, under, found);
    return { header, from: h + 2, body: block.rows.slice(h + 2), align };
  }
  return null;
}

/** Every choice of one label for each word (`near[k]`: the labels word k may join). */
function joinings(near: readonly number[][]): number[][] {
  let out: number[][] = [[]];
  for (const options of near) out = out.flatMap((p) => options.map((o) => [...p, o]));
  return out;
}

function joined(
  top: readonly TableCell[],
  under: readonly TableCell[],
  pick: readonly number[],
): TableCell[] {
  return top.map((c, i) => ({
    ...c,
    text: `${c.text}${under
      .filter((_, k) => pick[k] === i)
      .map((u) => u.text.trim())
      .join('')}`,
  }));
}

const TOTAL_LABEL = /^(合\s*计|总\s*计)$/;
/** Two or more label words (2–8 characters each) at spaces: a cell to split (tested on the trimmed cell). */
const MERGED_LABELS = /^[\u4e00-\u9fa5（）()%％]{2,8}(?:\s+[\u4e00-\u9fa5（）()%％]{2,8})+$/;

/**
 * A header whose labels pdftotext ran into one cell ("执行数 执行率% 自评得分"): each such cell split at its spaces
 * into one label a word — read only when the row so split is the header and the rows below hold a cell for
 * every label. The rows are then read by count; a row with fewer cells right-aligned (its figures under the
 * last labels, a 合计 row's label after 序号), the wrapped head of a name ("2 甲乙丙丁" over "项目 …") joined into
 * the next row; a row without figures reads as blank.
 */
function mergedHeaded(block: TableBlock, isHeader: (row: TableRow) => boolean): Headed | null {
  for (let h = 0; h < block.rows.length; h++) {
    const row = block.rows[h]!;
    // (Built only once a cell splits: most rows have none, and every table rule asks for every row.)
    let cells: TableCell[] | null = null;
    for (let k = 0; k < row.cells.length; k++) {
      const c = row.cells[k]!;
      const text = c.text.trim();
      if (!MERGED_LABELS.test(text)) {
        cells?.push(c);
        continue;
      }
      cells ??= row.cells.slice(0, k);
      const words = text.split(/\s+/);
      let at = c.start;
      for (const w of words) {
        cells.push({ ...c, text: w, start: at, end: at + w.length });
        at += w.length + 1;
      }
    }
    if (!cells) continue;
    const split: TableRow = { ...row, cells };
    if (!isHeader(split)) continue;
    const width = cells.length;
    const from = h + 1;
    const full = block.rows
      .slice(from)
      .filter((r) => r.cells.filter((c) => c.text.trim() !== '').length === width);
    if (full.length < 2) return null;
    let pending: { ordinal: string; name: string; line: number } | null = null;
    const align = (head: readonly TableCell[], r: TableRow): Row | null => {
      const texts = r.cells.filter((c) => c.text.trim() !== '').map((c) => ({ text: c.text, line: c.line }));
      const blank = (): Row => ({ cells: head.map(() => ({ text: '', line: r.line })), line: r.line });
      const held = pending;
      pending = null;
      const ordinal = (i: number): boolean => i === 0 && /^\d{1,3}$/.test(texts[0]!.text.trim());
      if (!texts.some((c, i) => FIGURE_CELL.test(c.text.trim()) && !ordinal(i))) {
        // The head of a wrapped name: its ordinal and the name's first line.
        if (texts.length === 2 && ordinal(0))
          pending = { ordinal: texts[0]!.text.trim(), name: texts[1]!.text.trim(), line: r.line };
        return blank();
      }
      if (texts.length === head.length) return { cells: texts, line: r.line };
      if (texts.length > head.length || texts.length < 3) return null;
      const out = blank();
      const total = TOTAL_LABEL.test(texts[0]!.text.trim()) && /^序\s*号$/.test(head[0]!.text.trim());
      const placed = total ? texts.slice(1) : texts;
      if (total && placed.length > head.length - 2) return null;
      placed.forEach((c, i) => (out.cells[head.length - placed.length + i] = c));
      if (total) out.cells[1] = texts[0]!;
      else if (held && held.line === r.line - 1 && head.length - placed.length === 1) {
        out.cells[0] = { text: held.ordinal, line: r.line };
        out.cells[1] = { text: held.name + out.cells[1]!.text.trim(), line: r.line };
      }
      return out;
    };
    return { header: cells, from, body: block.rows.slice(from), align, merged: true };
  }
  return null;
}

/**
 * A 合计 row under a header starting with 序号, printed without an ordinal (its label under 项目名称, bold
 * figures a few places off their columns): read by count, one cell per label after 序号 — only when it has
 * exactly that many cells and its first is the 合计 label. Null otherwise.
 */
function totalWithoutOrdinal(head: readonly TableCell[], row: TableRow): Row | null {
  const cells = row.cells.filter((c) => c.text.trim() !== '');
  if (head.length < 3 || !/^序\s*号$/.test(head[0]!.text.trim()) || cells.length !== head.length - 1)
    return null;
  if (!TOTAL_LABEL.test(cells[0]!.text.trim())) return null;
  return {
    cells: [{ text: '', line: row.line }, ...cells.map((c) => ({ text: c.text, line: c.line }))],
    line: row.line,
  };
}

const PERIOD_WORD = /^\d{1,2}[—–\-－~～至]+\d{1,2}$/;
const FIGURE_CELL = /^[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*[%％]?$|^[-−]?\d+(?:\.\d+)?\s*[%％]?$/;

/**
 * A header wrapped over several lines, each label cut into pieces pdftotext set a few places apart ("1—7" / "月执"
 * / "行", "序时进" / "度（%）"): the lines from the block's top (a "单位：" line left out) to the first row of
 * figures, their words grouped by the places they overlap — one label per group, its pieces top to bottom. Read
 * only when the groups are as many as the cells of every row below (the rows are then read by count) — or, when
 * `tolerant`, of all but a few; null otherwise.
 */
export function stackedHeader(block: TableBlock, tolerant = false): Headed | null {
  if (block.shape !== 'space') return null;
  const from = block.rows.findIndex((r) => r.cells.some((c) => FIGURE_CELL.test(c.text.trim())));
  if (from < 2) return null;
  const words: { text: string; start: number; end: number; line: number }[] = [];
  for (const r of block.rows.slice(0, from)) {
    if (r.cells.some((c) => /单位[：:]/.test(c.text))) continue;
    for (const c of r.cells) {
      let at = c.start;
      for (const w of c.text.split(' ')) {
        const last = words[words.length - 1];
        // A period set apart from its label ("1—7 月完成值") is one word with it.
        if (last && last.line === c.line && PERIOD_WORD.test(last.text) && /^月/.test(w)) {
          last.text += w;
          last.end = at + w.length;
        } else if (w !== '') words.push({ text: w, start: at, end: at + w.length, line: c.line });
        at += w.length + 1;
      }
    }
  }
  words.sort((a, b) => a.start - b.start);
  const groups: (typeof words)[] = [];
  let end = -1;
  for (const w of words) {
    if (groups.length > 0 && w.start < end) {
      groups[groups.length - 1]!.push(w);
      end = Math.max(end, w.end);
    } else {
      groups.push([w]);
      end = w.end;
    }
  }
  const width = groups.length;
  if (width < 3) return null;
  // (A label LibreOffice centred on its row, printed above and below the row's figures: joined into it.)
  const ordinal = /序/.test(groups[0]![0]!.text);
  const label = ordinal ? 1 : 0;
  const rows = joinCentredLabels(block.rows.slice(from), width, {
    from: ordinal ? groups[0]!.reduce((e, w) => Math.max(e, w.end), 0) : 0,
    to: groups[label + 1]![0]!.start,
    ordinal,
  });
  const body = rows.filter((r) => r.cells.some((c) => FIGURE_CELL.test(c.text.trim())));
  if (body.length === 0) return null;
  // (`tolerant`: a few rows whose cells are not one a label — a name wrapped in a column no label piece joins —
  // are left unread, when three rows at least and all but a quarter are read.)
  const unread = body.filter((r) => stackedRow(groups[0]![0]!.text, width, r) === null).length;
  if (tolerant ? body.length - unread < 3 || unread * 4 > body.length : unread > 0) return null;
  const header = groups.map((g) => {
    const text = [...g]
      .sort((a, b) => a.line - b.line || a.start - b.start)
      .map((w) => w.text)
      .join('');
    return { text, start: g[0]!.start, end: Math.max(...g.map((w) => w.end)), line: g[0]!.line } as TableCell;
  });
  const first = header[0]!.text;
  return { header, from, body: rows, align: (head, r) => stackedRow(first, head.length, r) };
}

/**
 * A row under a stacked header, read by count: one cell per label; or, under a 序号 label, a 合计 row without
 * its ordinal (its label then under 序号's neighbour). Null otherwise.
 */
function stackedRow(first: string, width: number, row: TableRow): Row | null {
  const cells = row.cells.filter((c) => c.text.trim() !== '').map((c) => ({ text: c.text, line: c.line }));
  if (cells.length === width - 1 && /序/.test(first) && !FIGURE_CELL.test(cells[0]!.text.trim()))
    cells.unshift({ text: '', line: row.line });
  return cells.length === width ? { cells, line: row.line } : null;
}
