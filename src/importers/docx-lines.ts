/**
 * Turns mammoth's HTML of a Word document into checker lines: one line per paragraph ("段落 N"),
 * one tab-separated line per table row ("表格 T 第 R 行"), so tables read as the checker's TSV tables.
 *
 * Merged cells: mammoth writes a merged cell once, with rowspan/colspan, and leaves out the cells the
 * merge covers. Every row is expanded to the table's full grid — the covered slots become empty cells,
 * the shape of the seeds' own tables (a vertically merged 一级指标 reads as blanks below its label) —
 * so the columns of every row line up with the header and a merged 评分表 can be summed.
 */
import type { SourceLine } from '../domain/checks/types.ts';

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function plainText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/p>\s*<p[^>]*>/gi, ' ')
      // A table nested in a cell is flattened into the cell's text, its cells separated by spaces.
      .replace(/<\/t[dh]>|<\/tr>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** One cell as mammoth writes it: its inner HTML and how many rows / columns it spans. */
export type HtmlCell = { html: string; rowSpan: number; colSpan: number };

const TABLE_TAG = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;

function span(attrs: string, name: 'rowspan' | 'colspan'): number {
  const n = Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)?.[1] ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** The rows of one `<table>…</table>` (outermost level only; a nested table stays inside its cell's HTML). */
export function tableRows(tableHtml: string): HtmlCell[][] {
  const rows: HtmlCell[][] = [];
  let depth = 0;
  let cell: { start: number; rowSpan: number; colSpan: number } | null = null;
  for (const m of tableHtml.matchAll(TABLE_TAG)) {
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'table') {
      depth += closing ? -1 : 1;
      continue;
    }
    if (depth !== 1) continue;
    if (tag === 'tr' && !closing) rows.push([]);
    else if ((tag === 'td' || tag === 'th') && !closing) {
      cell = {
        start: m.index + m[0].length,
        rowSpan: span(m[3]!, 'rowspan'),
        colSpan: span(m[3]!, 'colspan'),
      };
    } else if ((tag === 'td' || tag === 'th') && closing && cell) {
      if (rows.length === 0) rows.push([]);
      rows[rows.length - 1]!.push({
        html: tableHtml.slice(cell.start, m.index),
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      });
      cell = null;
    }
  }
  return rows;
}

/**
 * Expands rowspan/colspan to a full grid: a cell's text sits in its first slot, every slot it covers
 * (to the right, and below in the following rows) is an empty cell. Rows keep their order and count.
 */
export function expandSpans<T>(
  rows: ReadonlyArray<ReadonlyArray<{ value: T; rowSpan: number; colSpan: number }>>,
  empty: T,
): T[][] {
  // covered.get(col) = how many more rows the slot at col is covered by a merge from above.
  const covered = new Map<number, number>();
  return rows.map((row) => {
    const out: T[] = [];
    let col = 0;
    const skipCovered = (): void => {
      while ((covered.get(col) ?? 0) > 0) {
        covered.set(col, covered.get(col)! - 1);
        out.push(empty);
        col++;
      }
    };
    for (const c of row) {
      skipCovered();
      for (let k = 0; k < c.colSpan; k++) {
        out.push(k === 0 ? c.value : empty);
        if (c.rowSpan > 1) covered.set(col, c.rowSpan - 1);
        col++;
      }
    }
    skipCovered();
    // A short row followed by slots covered from above further right: fill the gap up to them.
    const last = Math.max(
      -1,
      ...[...covered].filter(([at, left]) => left > 0 && at >= col).map(([at]) => at),
    );
    while (col <= last) {
      if ((covered.get(col) ?? 0) > 0) covered.set(col, covered.get(col)! - 1);
      out.push(empty);
      col++;
    }
    return out;
  });
}

/** The text of each cell of a table, merged cells expanded to the full grid (covered slots empty). */
export function tableGrid(tableHtml: string): string[][] {
  return expandSpans(
    tableRows(tableHtml).map((r) =>
      r.map((c) => ({ value: plainText(c.html), rowSpan: c.rowSpan, colSpan: c.colSpan })),
    ),
    '',
  );
}

/** Top-level blocks: each outermost `<table>…</table>` (nested tables included) and each paragraph, heading or list item. */
function* blocks(html: string): Generator<{ table: string } | { text: string }> {
  const paragraph = /<(p|h[1-6]|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
  let at = 0;
  while (at < html.length) {
    const start = html.slice(at).search(/<table\b/i);
    const textEnd = start < 0 ? html.length : at + start;
    for (const m of html.slice(at, textEnd).matchAll(paragraph)) yield { text: plainText(m[2]!) };
    if (start < 0) return;
    let depth = 0;
    let end = html.length;
    const tags = /<(\/?)table\b[^>]*>/gi;
    tags.lastIndex = textEnd;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    yield { table: html.slice(textEnd, end) };
    at = end;
  }
}

export function docxHtmlToLines(html: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let paragraph = 0;
  let table = 0;
  for (const b of blocks(html)) {
    if ('table' in b) {
      table++;
      tableGrid(b.table).forEach((cells, r) =>
        lines.push({ text: cells.join('\t'), location: `表格${table} 第${r + 1}行` }),
      );
      lines.push({ text: '' });
      continue;
    }
    paragraph++;
    lines.push({ text: b.text, location: `段落${paragraph}` });
  }
  return lines;
}
