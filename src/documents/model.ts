/**
 * A small document model, independent of the output format: the evaluation builders (and later the
 * final-accounts explanation with its charts) describe *what* a document says — title, headings,
 * paragraphs, tables with merged cells, images, page breaks — and the DOCX and HTML/PDF renderers
 * decide how it looks on an A4 page laid out after GB/T 9704.
 *
 * Tables follow HTML's convention for merged cells: a cell with rowSpan/colSpan covers the grid slots
 * to its right and below, and the rows below simply omit the covered slots. Both renderers (and
 * `tableGrid`, which tests use) resolve the grid the same way.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Run = { text: string; bold?: boolean; underline?: boolean };

/** Body text. `indent` is the 2-character first-line indent of Chinese official prose (default true). */
export type Paragraph = {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  indent?: boolean;
  /** Points; defaults to the document's body size. */
  size?: number;
  /** Vertical space before, in points. */
  spaceBefore?: number;
  keepWithNext?: boolean;
};

/** Level 1 = 黑体 (一、…), level 2 = 楷体-like bold (（一）…), level 3 = bold body (1. …). */
export type Heading = { kind: 'heading'; level: 1 | 2 | 3; text: string; align?: Align };

export type TableCell = {
  /** Paragraphs of the cell: a string is one paragraph; '\n' separates paragraphs. */
  text: string;
  bold?: boolean;
  rowSpan?: number;
  colSpan?: number;
  align?: Align;
  vAlign?: 'top' | 'middle' | 'bottom';
  /** Light grey background for label cells. */
  shade?: boolean;
};

export type TableRow = { cells: TableCell[] };

export type Table = {
  kind: 'table';
  /** Printed above the table, centred and bold (e.g. "政府采购专项业务费项目评分表"). */
  caption?: string;
  /** A line under the caption, e.g. "（2020年度）" or "单位：万元". */
  subcaption?: string;
  /** Relative column widths; renderers scale them to the text width. Their count defines the grid. */
  columnWidths: number[];
  /** The first `headerRows` rows repeat on every page. */
  headerRows: number;
  rows: TableRow[];
  /** Points; default 10.5 (五号). */
  fontSize?: number;
  /** Printed under the table in small type (注：…). */
  note?: string;
};

export type PageBreak = { kind: 'page-break' };

/** A PNG image (e.g. a chart), placed centred at the given size. */
export type Image = {
  kind: 'image';
  png: Uint8Array;
  widthMm: number;
  heightMm: number;
  alt: string;
  caption?: string;
};

/** A signature / date line block, right-aligned ("评价工作组组长（签字）：____"). */
export type SignatureLine = { kind: 'signature'; label: string; value?: string; date?: string };

export type Block = Paragraph | Heading | Table | PageBreak | Image | SignatureLine;

export type DocumentModel = {
  /** 标题, 小标宋 at 二号 (22 pt), centred. */
  title: string;
  /** Lines under the title, centred in body font (e.g. "（政府采购专项业务费项目）"). */
  subtitle?: string[];
  blocks: Block[];
  /** Body size in points: 16 (三号) for reports; 12 for sheets that are mostly tables. */
  bodySize: number;
  /** Page numbers "— n —" centred in the footer. */
  pageNumbers: boolean;
  /** Landscape pages for wide tables. */
  landscape?: boolean;
  /** Document properties. */
  author?: string;
};

// ——— builders: keep the documents' code short and readable ———

export function para(text: string | Run[], options: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return { kind: 'paragraph', runs, ...options };
}

export function heading(level: 1 | 2 | 3, text: string): Heading {
  return { kind: 'heading', level, text };
}

export function cell(text: string, options: Omit<TableCell, 'text'> = {}): TableCell {
  return { text, ...options };
}

export const pageBreak: PageBreak = { kind: 'page-break' };

/** GB/T 9704 page: A4 with these margins (mm). */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  bottomMm: 35,
  leftMm: 28,
  rightMm: 26,
} as const;

export function textWidthMm(landscape = false): number {
  return (landscape ? PAGE.heightMm : PAGE.widthMm) - PAGE.leftMm - PAGE.rightMm;
}

/** Font families by role; the first is what the document asks for, the rest are fallbacks. */
export const FONTS = {
  body: ['仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC'],
  heading: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC'],
  title: ['方正小标宋简体', '小标宋', 'SimSun', '宋体', 'Noto Serif CJK SC'],
  latin: ['Times New Roman', 'Noto Serif'],
} as const;

export type GridSlot = { row: number; col: number; cell: TableCell; origin: boolean };

/**
 * Resolves the HTML-style merged cells into a full grid: grid[r][c] is the cell covering that slot,
 * with origin=true at its top-left. Throws when rows do not fill the declared columns exactly, so a
 * badly built table fails in tests rather than rendering skewed.
 */
export function tableGrid(table: Table): GridSlot[][] {
  const cols = table.columnWidths.length;
  const grid: Array<Array<GridSlot | undefined>> = table.rows.map(() =>
    new Array<GridSlot | undefined>(cols).fill(undefined),
  );
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cellDef of row.cells) {
      while (c < cols && grid[r]![c]) c++;
      const rs = cellDef.rowSpan ?? 1;
      const cs = cellDef.colSpan ?? 1;
      if (c + cs > cols)
        throw new RangeError(`表格第${r + 1}行超出${cols}列：“${cellDef.text.slice(0, 20)}”`);
      if (r + rs > table.rows.length)
        throw new RangeError(`表格第${r + 1}行的合并单元格超出表格末行：“${cellDef.text.slice(0, 20)}”`);
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          if (grid[r + dr]![c + dc]) throw new RangeError(`表格第${r + dr + 1}行第${c + dc + 1}列被重复占用`);
          grid[r + dr]![c + dc] = { row: r, col: c, cell: cellDef, origin: dr === 0 && dc === 0 };
        }
      }
      c += cs;
    }
  });
  return grid.map((row, r) =>
    row.map((slot, c) => {
      if (!slot) throw new RangeError(`表格第${r + 1}行第${c + 1}列没有单元格`);
      return slot;
    }),
  );
}

/** Plain text of a document, one line per paragraph and one tab-separated line per table row (for tests and previews). */
export function plainText(doc: DocumentModel): string {
  const out: string[] = [doc.title, ...(doc.subtitle ?? [])];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    else if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'table') {
      if (b.caption) out.push(b.caption);
      if (b.subcaption) out.push(b.subcaption);
      for (const row of b.rows) out.push(row.cells.map((c) => c.text.replace(/\n/g, ' ')).join('\t'));
      if (b.note) out.push(b.note);
    } else if (b.kind === 'signature') out.push(`${b.label}${b.value ?? ''}${b.date ? ` ${b.date}` : ''}`);
    else if (b.kind === 'image' && b.caption) out.push(b.caption);
  }
  return out.join('\n');
}
