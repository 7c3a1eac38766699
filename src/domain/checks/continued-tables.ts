/**
 * A table continued over a page break with its header printed again (pdftotext -layout): the layout reads two
 * tables, the second one's head a few short lines ("收入决算表（续）", "公开02表 单位：万元", the header). Read as
 * one table — the rows of both pages — so that a 类 or the 合计 is summed with its 款 on the next page.
 */
import type { Block, Paragraph, TableBlock } from './layout-blocks.ts';
import { squashedCells, type TableCell, type TableRow } from './table-row.ts';

/** How many short lines may stand between the two parts (title, number and unit, the header's lines). */
const MAX_BETWEEN = 4;
/** A continuation's head is short lines; a longer one is prose. */
const MAX_HEAD_LENGTH = 80;

/**
 * The blocks with each table continued after a repeated header joined to the table it continues; a table under
 * a header line of words (one a column) keeps those words (`headWords`).
 */
export function joinContinuedTables(blocks: Block[], lines: readonly string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table') {
      out.push(b);
      continue;
    }
    let table = b;
    // The paragraph right above the first part: its header, when printed as a line of words.
    const above = out.length > 0 ? out[out.length - 1]! : null;
    // (Only a header of words: a unit line "单位：万元" is above every table.)
    const words =
      above?.kind === 'paragraph' && above.first === above.last
        ? headerWords(lines[above.first] ?? '')
        : null;
    if (words) table = { ...table, headWords: words };
    const head = words ? (above as Paragraph).text : '';
    for (;;) {
      // The other columns of the same rows on the next page: joined side by side.
      const split = columnSplit(blocks, i, table);
      if (split) {
        table = split.table;
        i = split.index;
        continue;
      }
      const next = continuation(blocks, i, table, head);
      if (!next) break;
      table = { ...table, rows: [...table.rows, ...next.rows], last: next.table.last };
      i = next.index;
    }
    out.push(table);
  }
  return inheritTitles(out);
}

/** A 科目 code opening a row: 3, 5 or 7 digits. */
const ROW_CODE = /^(?:\d{3}|\d{5}|\d{7})$/;

/** Whether `next` prints rows of codes `table` printed already (three or more): a table split by its columns. */
function repeatsRows(table: TableBlock, next: TableBlock): boolean {
  // (A row's key: its code, with the 款 and 项 parts and the name when the code is split over columns — "210 04
  // 02 卫生监督机构": the 类 alone repeats on every row of its 类.)
  const codes = (t: TableBlock): string[] =>
    t.rows
      .filter((r) => ROW_CODE.test(r.cells[0]?.text.trim() ?? ''))
      .map((r) => {
        const key = [r.cells[0]!.text.trim()];
        for (const c of r.cells.slice(1)) {
          const text = c.text.trim();
          key.push(text);
          if (!/^\d{2}$/.test(text)) break;
        }
        return key.join('|');
      });
  const seen = new Set(codes(table));
  return codes(next).filter((c) => seen.has(c)).length >= 3;
}

/**
 * A table split by its columns over two pages ("支出决算表" then "支出决算表（续）" with 上缴上级支出, 经营支出 … over
 * the same 科目 rows): the next table's figure columns joined to the right of this one's, row by row — rows matched
 * by their code (or their 合计 / 总计 label), the header's lines by their order from the last. Null when the next
 * table is no such part: not marked a continuation ("（续）", or this table's title again), a figure row of it whose
 * row this table lacks, another table's title, more than a few short lines between.
 */
function columnSplit(
  blocks: readonly Block[],
  i: number,
  table: TableBlock,
): { index: number; table: TableBlock } | null {
  let j = i + 1;
  const between: Paragraph[] = [];
  for (; j < blocks.length && blocks[j]!.kind === 'paragraph'; j++) between.push(blocks[j] as Paragraph);
  const next = blocks[j];
  if (!next || next.kind !== 'table' || next.shape !== 'space' || table.shape !== 'space') return null;
  if (!repeatsRows(table, next) || between.length > MAX_BETWEEN + 2) return null;
  if (between.some((p) => p.text.length > MAX_HEAD_LENGTH || /。/.test(p.text))) return null;
  // (Marked a continuation, or titled as this table again; no other table's name between.)
  const marked =
    continuationTitle(next.title) ||
    between.some((p) => continuationTitle(p.text)) ||
    (next.title !== '' && next.title === table.title);
  if (!marked || namesOtherTable(next.title, table.title)) return null;
  if (between.some((p) => !continuationTitle(p.text) && namesOtherTable(p.text, table.title))) return null;
  const keyOf = (r: TableRow): string | null => {
    const first = r.cells[0]?.text.replace(/\s+/g, '') ?? '';
    return ROW_CODE.test(first) || /^(?:合计|总计)$/.test(first) ? first : null;
  };
  // (A 科目 code is digits too: no figure.)
  const isFigureCell = (c: TableCell): boolean =>
    FIGURE_CELL.test(c.text.trim()) && !ROW_CODE.test(c.text.trim());
  const isFigureRow = (r: TableRow): boolean => r.cells.some(isFigureCell);
  const figureStart = (t: TableBlock): number => t.rows.findIndex(isFigureRow);
  const [a, b] = [figureStart(table), figureStart(next)];
  if (a < 0 || b < 0) return null;
  // Where the next part's figures start (its code and name columns are left of it) and where they go.
  const cut = Math.min(...next.rows.flatMap((r) => r.cells.filter(isFigureCell).map((c) => c.start)));
  const offset = Math.max(...table.rows.flatMap((r) => r.cells.map((c) => c.end))) + 4 - cut;
  const moved = (r: TableRow, from: number): TableCell[] =>
    r.cells.filter((c) => c.end > from).map((c) => ({ ...c, start: c.start + offset, end: c.end + offset }));
  const rows = table.rows.map((r) => ({ ...r, cells: [...r.cells] }));
  const byKey = new Map<string, TableRow>();
  for (const r of rows.slice(a)) {
    const key = keyOf(r);
    if (key === null) continue;
    if (byKey.has(key)) return null;
    byKey.set(key, r);
  }
  for (const r of next.rows.slice(b)) {
    if (!isFigureRow(r)) continue;
    const key = keyOf(r);
    const row = key === null ? undefined : byKey.get(key);
    if (!row) return null;
    row.cells.push(...moved(r, cut));
  }
  // The header's lines, from the last up.
  for (let k = 1; k <= Math.min(a, b); k++) rows[a - k]!.cells.push(...moved(next.rows[b - k]!, cut - 2));
  return { index: j, table: { ...table, rows, last: next.last } };
}

/** A cell printing a figure ("12,480.36", "0.00", "12%"). */
const FIGURE_CELL = /^[-−]?\d[\d,]*(?:\.\d+)?[%％]?$/;

/**
 * A table whose title line and header were read as one table and its figure rows as another (a header line of
 * words set with single spaces is read as a line of text, which ends the table above it): the figure rows get
 * the header's title and unit. Only when the first table holds no figure (its header only), the second has
 * no title, and the lines between are at most a few short lines of words (no sentence, note, digit or other
 * table's name).
 */
function inheritTitles(blocks: Block[]): Block[] {
  let head: TableBlock | null = null;
  let between = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph') {
      const ok =
        head !== null &&
        !b.heading &&
        b.text.length <= MAX_HEAD_LENGTH &&
        !/^注|[。；;，,：:\d]/.test(b.text) &&
        !TABLE_NAME_TEST.test(b.text.replace(/\s+/g, ''));
      between++;
      if (!ok || between > MAX_BETWEEN) head = null;
      continue;
    }
    if (
      head !== null &&
      b.title === '' &&
      b.rows.some((r) => r.cells.some((c) => FIGURE_CELL.test(c.text)))
    ) {
      blocks[i] = { ...b, title: head.title, unit: b.unit || head.unit };
      head = null;
      continue;
    }
    const headerOnly =
      b.title !== '' && !b.rows.some((r) => r.cells.some((c) => FIGURE_CELL.test(c.text.trim())));
    head = headerOnly ? b : null;
    between = 0;
  }
  return blocks;
}

/** The table after blocks[i] that continues `table` (its rows without the repeated header), or null. */
function continuation(
  blocks: readonly Block[],
  i: number,
  table: TableBlock,
  head: string,
): { index: number; table: TableBlock; rows: TableRow[] } | null {
  const between: Paragraph[] = [];
  let j = i + 1;
  for (; j < blocks.length && blocks[j]!.kind === 'paragraph'; j++) between.push(blocks[j] as Paragraph);
  const next = blocks[j];
  if (!next || next.kind !== 'table' || next.shape !== table.shape) return null;
  // The other columns of the same rows ("收入决算表" again with 事业收入 … over the same codes): no continuation.
  if (repeatsRows(table, next)) return null;
  // A continuation marked so ("支出决算表（续）") may follow the first part's note, printed under each page's part.
  const marked = continuationTitle(next.title) || between.some((p) => continuationTitle(p.text));
  const pageNote = (p: Paragraph): boolean => marked && /^注/.test(p.text) && p.first === p.last;
  if (between.filter((p) => !pageNote(p)).length > MAX_BETWEEN) return null;
  // A note or a sentence between the two ends the first table.
  // (A numbered title of the continuation, "三、支出决算表（续）", is no heading of new text.)
  if (
    between.some(
      (p) =>
        !pageNote(p) &&
        ((p.heading && !continuationTitle(p.text)) ||
          p.text.length > MAX_HEAD_LENGTH ||
          /^注|。/.test(p.text)),
    )
  )
    return null;
  // Another table's title between (or as the second part's title): a new table under the same header — unless a
  // line between says it continues this one ("收入支出决算总表（续）" under the set's running title "…部门决算表").
  const continuesThis = between.some(
    (p) => continuationTitle(p.text) && !namesOtherTable(p.text, table.title) && TABLE_NAME_TEST.test(p.text),
  );
  if (!continuesThis && between.some((p) => namesOtherTable(p.text, table.title))) return null;
  if (!continuesThis && namesOtherTable(next.title, table.title)) return null;
  // The header repeated as a line of words above each part…
  const lastBetween = between[between.length - 1];
  if (head !== '' && lastBetween && lastBetween.text === head)
    return { index: j, table: next, rows: next.rows };
  // …or as the first rows of each part (no figure in them).
  let same = 0;
  while (
    same < next.rows.length - 1 &&
    same < table.rows.length &&
    sameHeaderRow(table.rows[same]!, next.rows[same]!, same > 0)
  )
    same++;
  if (same === 0) return null;
  return { index: j, table: next, rows: next.rows.slice(same) };
}

/**
 * Whether two rows print the same words and no figure (a header line, or under one a short line of it; the column numbers "栏次 1 2 3"; or the
 * caption line "编制单位：某局 2025年度 单位：万元", its year no figure of the table).
 */
function sameHeaderRow(a: TableRow, b: TableRow, afterHeader: boolean): boolean {
  const cells = squashedCells(a);
  const x = cells.join('|');
  // (The column numbers "栏次 1 2 3" are a header line too.)
  const columnNumbers = /^栏次(?:\|\d{1,2})+$/.test(x);
  // (A short line — "项目" over the code and name columns — only under a header line already matched.)
  if (
    x.length < (afterHeader ? 1 : 4) ||
    (/\d/.test(x) && !columnNumbers && !(/单位/.test(x) && !cells.some((c) => FIGURE_CELL.test(c))))
  )
    return false;
  return x === squashedCells(b).join('|');
}

/**
 * The words of a one-line header printed above a table's rows ("科目编码 科目名称 基本支出 项目支出 … 本年支出合计"),
 * or null when the line is not one: at least three words, none holding a digit or a sentence mark.
 */
function headerWords(line: string): string[] | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.some((w) => /[\d。，；：:]/.test(w))) return null;
  return words;
}

/** Whether a line is marked as a continued table's title ("三、支出决算表（续）", "续表"). */
function continuationTitle(text: string): boolean {
  return /续表|[（(]续[）)]/.test(text.replace(/\s+/g, ''));
}

/** A table's name in a line: the CJK run ending in 表 ("收入决算表", not "公开02表"); "续表" marks a continuation. */
const TABLE_NAME = /[\u4e00-\u9fff“”"]{2,}表/g;
const TABLE_NAME_TEST = /[\u4e00-\u9fff“”"]{2,}表/;

/** Whether a line names a table other than the one titled `title` (a name that is not the end of its title). */
function namesOtherTable(text: string, title: string): boolean {
  const squashed = text.replace(/\s+/g, '').replace(/续表|[（(]续[）)]/g, '');
  for (const m of squashed.matchAll(TABLE_NAME))
    if (!title.endsWith(m[0]) && !(title !== '' && m[0].endsWith(title))) return true;
  return false;
}
