/**
 * 科目 tables as plain `pdftotext` (without -layout) prints some of them: column by column.
 *
 *     合计                          ← the rows' labels, one a line: 合计, then 科目 codes (类/款/项 digits apart,
 *     208                              "208 05 01"), a 类/款 name on the line after its code, a name wrapped
 *     社会保障和就业支出                onto a line of its own
 *     208 05 01 行政单位离退休
 *     …
 *     单位：万元                     ← then the column headers (合计, 基本支出, 项目支出 …), in order, between
 *     合计                             runs of figures: each run one column of consecutive rows, the runs of
 *     基本支出                         a stretch of rows one after the other for each column (4, 4, 4, then
 *     4,957.28                         20, 20, 20 for 24 rows where pdftotext broke the page's text in two)
 *     …
 *
 * Read only when the shape is unambiguous: k header labels (k ≥ 3, the first a 合计 / 总计 column), runs of
 * figures that divide into stretches of k runs of one length covering every row, exactly; and the reading
 * holds: the first column is the sum of the others in four rows of five at least (a wrong reading gives
 * figures that do not add up). The rows then make a table of the 'plain' shape (cells by index), each cell
 * keeping its source line, read by the 科目 rules as any other.
 */
import { isDigit, isFigureToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import type { TableCell, TableRow } from './table-row.ts';
import { sumKind, type Printed } from './verdict.ts';

/** A row label opening with a 科目 code, its levels' digits apart or together ("208 05 01 …", "2080501 …"). */
const CODE_START = /^(\d{3})(?:\s+(\d{2}))?(?:\s+(\d{2}))?(?:\s+([^\d\s].*))?$/;
const CODE_JOINED = /^(\d{3}|\d{5}|\d{7})(?:\s+([^\d\s].*))?$/;
const TOTAL = /^(合\s*计|总\s*计)$/;
/** A column header of a 科目 table: an amount of income or spending, or its total. */
const COLUMN =
  /^(?:本年)?(?:收入|支出)?合计$|^总计$|^(?:基本|项目|经营|上缴上级|对附属单位补助|其他)支出$|^(?:财政拨款|上级补助|事业|经营|附属单位上缴|其他)收入$/;
/** Page furniture and notes between a table's runs. */
const SKIPPED = /^(?:单位[：:]|注[：:]|[—–-]\s*\d+\s*[—–-]$|公开\d+表)/;
/** A name or a wrapped part of one: Chinese words, no sentence punctuation. */
const NAME = /^[\u4e00-\u9fa5（）()、“”]{1,24}$/;
const MAX_GAP = 240;

type LabelRow = { code: string | null; name: string; line: number };

function textOf(doc: PlainLines, i: number): string {
  return doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
}

function isFigure(doc: PlainLines, i: number): boolean {
  return doc.kinds[i] === 'prose' && isFigureToken(doc.text[i]!, doc.from[i]!, doc.to[i]!);
}

/** The rows' labels from line `i` on (a run of code, total and name lines), and the line after them. */
function labelRun(doc: PlainLines, i: number, n: number): { rows: LabelRow[]; end: number } {
  const rows: LabelRow[] = [];
  let j = i;
  for (; j < n && doc.kinds[j] === 'prose'; j++) {
    const t = textOf(doc, j);
    const m = isDigit(t.charCodeAt(0)) ? (CODE_START.exec(t) ?? null) : null;
    const joined = m ? null : isDigit(t.charCodeAt(0)) ? CODE_JOINED.exec(t) : null;
    if (m) {
      const code = m[1]! + (m[2] ?? '') + (m[3] ?? '');
      rows.push({ code, name: m[4] ?? '', line: j });
    } else if (joined) rows.push({ code: joined[1]!, name: joined[2] ?? '', line: j });
    else if (rows.length === 0 && TOTAL.test(t)) rows.push({ code: null, name: '合计', line: j });
    else if (rows.length > 0 && NAME.test(t)) rows[rows.length - 1]!.name += t;
    else break;
  }
  return { rows, end: j };
}

/** Each code's parent is the row of its level above, listed before it (a 科目 table's order). */
function coherent(rows: readonly LabelRow[]): boolean {
  const seen = new Set<string>();
  let first: string | null = null;
  let coded = 0;
  for (const r of rows) {
    if (r.code === null) {
      if (coded > 0) return false;
      continue;
    }
    coded++;
    first ??= r.code;
    const parent = r.code.slice(0, r.code.length - 2);
    // A table continued from the page before starts below its parents: those of its first code.
    if (r.code.length > 3 && !seen.has(parent) && first.slice(0, parent.length) !== parent) return false;
    if (r.name === '') return false;
    seen.add(r.code);
  }
  return coded >= 2;
}

export function plainColumnTables(doc: PlainLines, n: number): PlainTable[] {
  const read: Read[] = [];
  for (let i = 0; i < n; i++) {
    if (doc.kinds[i] !== 'prose') continue;
    const c = doc.text[i]!.charCodeAt(doc.from[i]!);
    // (Most lines start with a CJK character: one comparison.)
    if (!isDigit(c) && c !== 0x5408 && c !== 0x603b) continue;
    const { rows, end } = labelRun(doc, i, n);
    if (rows.length < 3 || !coherent(rows)) {
      i = Math.max(i, end - 1);
      continue;
    }
    const table = readColumns(doc, rows, end, n);
    if (table) {
      read.push(table);
      i = table.table.last;
    } else i = end - 1;
  }
  // A table continued on the next page (its header printed again, its rows going on below their parents)
  // is one table: the parts are joined before the sums are tried.
  const joined: Read[] = [];
  for (const t of read) {
    const prev = joined[joined.length - 1];
    if (prev && continues(doc, prev, t)) {
      prev.table = {
        first: prev.table.first,
        last: t.table.last,
        rows: [...prev.table.rows, ...t.table.rows.slice(1)],
      };
      prev.labels = [...prev.labels, ...t.labels];
      prev.figures = [...prev.figures, ...t.figures];
    } else joined.push({ ...t });
  }
  return joined.filter((t) => adds(t) && closed(doc, t, n)).map((t) => t.table);
}

/** A header printed again over a table's next part (or its next rows): the table goes on. */
const GOES_ON = /^(?:项目|科目编码|科目名称|类款项|功能分类科目(?:编码|名称)?|栏次)$/;

/**
 * Whether the table ends where it is read: the next line after its runs (page furniture and column headers
 * passed over) is no header printed again, no 科目 row and no figure — a part whose next part could not be
 * read would be summed without its last rows.
 */
function closed(doc: PlainLines, t: Read, n: number): boolean {
  for (let j = t.table.last + 1; j < n; j++) {
    const kind = doc.kinds[j];
    if (kind === 'blank' || kind === 'dropped') continue;
    if (kind !== 'prose') return true;
    if (isFigure(doc, j)) return false;
    const text = textOf(doc, j).replace(/\s+/g, '');
    if (COLUMN.test(text) || SKIPPED.test(text)) continue;
    return !GOES_ON.test(text) && !/^\d{3}(?:\d{2}){0,2}(?!\d)/.test(text);
  }
  return true;
}

/** A table read: its rows as the layout takes them, and each row's label and figures. */
type Read = { table: PlainTable; headers: string; labels: LabelRow[]; figures: Printed[][] };

/** Whether `next` goes on with `prev`: the same headers, nothing but a repeated header between, no 合计 of its own. */
function continues(doc: PlainLines, prev: Read, next: Read): boolean {
  if (prev.headers !== next.headers || next.labels[0]!.code === null) return false;
  const parents = new Set(prev.labels.map((l) => l.code));
  const first = next.labels[0]!.code;
  if (!parents.has(first.slice(0, 3))) return false;
  let gap = 0;
  for (let j = prev.table.last + 1; j < next.table.first; j++) {
    const kind = doc.kinds[j];
    if (kind === 'blank' || kind === 'dropped') continue;
    if (kind !== 'prose' || isFigure(doc, j) || ++gap > 8) return false;
  }
  return true;
}

/**
 * Whether the reading holds: in the first (合计) column, the 合计 row is the sum of the 类 rows and each
 * 类 / 款 the sum of its rows below, for four parents of five at least (a table cut short, or rows read in
 * the wrong order, fail more).
 */
function adds(t: Read): boolean {
  const col = (r: number) => t.figures[r]![0]!;
  let tested = 0;
  let holds = 0;
  const judge = (total: Printed, parts: Printed[]) => {
    if (parts.length === 0) return;
    tested++;
    if (sumKind(parts, total) !== 'wrong') holds++;
  };
  t.labels.forEach((l, r) => {
    const code = l.code;
    if (code === null) {
      judge(
        col(r),
        t.labels.flatMap((c, k) => (c.code?.length === 3 ? [col(k)] : [])),
      );
      return;
    }
    if (code.length === 7) return;
    judge(
      col(r),
      t.labels.flatMap((c, k) =>
        c.code?.length === code.length + 2 && c.code.startsWith(code) ? [col(k)] : [],
      ),
    );
  });
  return tested >= 2 && holds * 5 >= tested * 4;
}

/** The headers and runs of figures after the labels, when they fit them (see the module's comment). */
function readColumns(doc: PlainLines, labels: LabelRow[], from: number, n: number): Read | null {
  const headers: TableCell[] = [];
  const runs: number[][] = [];
  let run: number[] | null = null;
  let last = -1;
  let j = from;
  for (; j < n && j - from < MAX_GAP; j++) {
    const kind = doc.kinds[j];
    if (kind === 'blank' || kind === 'dropped') {
      run = null;
      continue;
    }
    if (kind !== 'prose') break;
    if (isFigure(doc, j)) {
      if (!run) runs.push((run = []));
      run.push(j);
      last = j;
      continue;
    }
    run = null;
    const t = textOf(doc, j).replace(/\s+/g, '');
    if (COLUMN.test(t)) {
      headers.push({ text: t, line: j, start: 0, end: t.length });
      last = j;
      continue;
    }
    if (SKIPPED.test(t)) continue;
    break;
  }
  const k = headers.length;
  if (k < 3 || !/合计|总计/.test(headers[0]!.text) || runs.length % k !== 0) return null;
  // Stretches of k runs of one length, covering the rows.
  const cells: number[][] = labels.map(() => []);
  let row = 0;
  for (let r = 0; r < runs.length; r += k) {
    const len = runs[r]!.length;
    for (let col = 0; col < k; col++) {
      if (runs[r + col]!.length !== len) return null;
      for (let x = 0; x < len; x++) {
        const target = cells[row + x];
        if (!target) return null;
        target.push(runs[r + col]![x]!);
      }
    }
    row += len;
  }
  if (row !== labels.length) return null;
  // The first column must be the sum of the others in most rows.
  const figure = (li: number) => {
    const t = textOf(doc, li).replace(/,/g, '');
    const point = t.indexOf('.');
    return { value: t, places: point < 0 ? 0 : t.length - point - 1 };
  };
  let holds = 0;
  const figures = cells.map((lines) => lines.map(figure));
  for (const [total, ...parts] of figures) if (sumKind(parts, total!) !== 'wrong') holds++;
  if (holds < 3 || holds * 5 < cells.length * 4) return null;
  // Cells by index (the 'plain' shape): a cell's column is its start.
  const cellAt = (li: number, col: number, text = textOf(doc, li)): TableCell => ({
    text,
    line: li,
    start: col,
    end: col + 1,
  });
  const rows: TableRow[] = [
    {
      line: headers[0]!.line,
      cells: [cellAt(headers[0]!.line, 0, '项目'), ...headers.map((h, c) => cellAt(h.line, c + 1, h.text))],
    },
    ...labels.map((l, r) => ({
      line: l.line,
      cells: [
        cellAt(l.line, 0, l.code ? `${l.code} ${l.name}` : l.name),
        ...cells[r]!.map((li, c) => cellAt(li, c + 1)),
      ],
    })),
  ];
  return {
    table: { first: labels[0]!.line, last, rows },
    headers: headers.map((h) => h.text).join('|'),
    labels,
    figures,
  };
}
