/**
 * Layout → document: turns the lines of an extracted text (typed, `pdftotext -layout`, plain `pdftotext`,
 * DOCX/XLSX rows as tab-separated cells, Markdown) into blocks: paragraphs reflowed across wrapped lines,
 * headings, and tables with rows and cells. Page numbers and repeated page headers/footers are dropped.
 * Every character of a paragraph and every cell keeps the 0-based index of the source line it came from.
 */
import type { SourceLine } from './types.ts';

export type Paragraph = {
  kind: 'paragraph';
  /** Reflowed text: wrapped lines joined, layout spaces beside CJK characters removed. */
  text: string;
  /** Source line (0-based) of each character of `text`. */
  pos: number[];
  first: number;
  last: number;
  heading: boolean;
};

export type TableCell = { text: string; line: number; start: number; end: number };
export type TableRow = { line: number; cells: TableCell[] };
export type TableShape = 'space' | 'tsv' | 'markdown' | 'cell-lines';
export type TableBlock = {
  kind: 'table';
  shape: TableShape;
  rows: TableRow[];
  first: number;
  last: number;
  /** The table's title (the nearest "…表" line above it), '' when none. */
  title: string;
  /** Amount unit of the table ("单位：万元"), '' when not stated. */
  unit: string;
};

export type Block = Paragraph | TableBlock;

export type Layout = {
  blocks: Block[];
  /**
   * One entry per source line, for line-based rules: a paragraph's reflowed text at its first line and ''
   * at the lines it absorbed; a space-aligned table row as tab-separated cells; dropped lines as ''.
   */
  logical: string[];
  /** Source line (0-based) of `offset` in `logical[index]`. */
  lineAt(index: number, offset: number): number;
  /** Lines dropped as page numbers, headers or footers. */
  dropped: Set<number>;
  /** Detected wrap width of prose lines (display columns), null when lines are not wrapped. */
  wrapWidth: number | null;
};

/** Word bookmarks ("[bookmark: _Toc123]") removed; full-width digits, ％ and ． between digits made ASCII. */
export function normaliseLine(text: string): string {
  let out = text.replace(/\[bookmark: [^\]]*\]/g, '').replace(/[\f\r]/g, '');
  if (/[０-９％．，\u00a0\u3000]/.test(out)) {
    out = out
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/％/g, '%')
      .replace(/(?<=\d)[．](?=\d)/g, '.')
      .replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ',')
      .replace(/[\u00a0\u3000]/g, ' ');
  }
  return out;
}

// CJK: U+3000–303F, U+3400–9FFF, U+FF00–FFEF, U+2014, U+2018–201D, U+2026.

/** Display width as a PDF prints it: CJK characters and full-width punctuation count 2. */
export function displayWidth(text: string): number {
  // The code ranges of CJK (above), by char code: no regular expression per character (a hot path).
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one character outside the ranges.
      w += 1;
      i++;
      continue;
    }
    w +=
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      c === 0x2014 ||
      (c >= 0x2018 && c <= 0x201d) ||
      c === 0x2026
        ? 2
        : 1;
  }
  return w;
}

export const HEADING =
  /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/;
const PART_HEADING = /^\s*第[一二三四五六七八九十]+部分/;
const PAGE_NUMBER =
  /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–－]\s*\d{1,4}|\d{1,4}\s*[-—–－])\s*$/;
const GAP = /\S(?: {2,}|\t+)\S/;
const NUMBERISH = /^[-−(（]?\d[\d,]*(?:\.\d+)?%?[)）]?$/;

type Kind = 'blank' | 'prose' | 'row' | 'tsv' | 'markdown' | 'cell-lines' | 'dropped';

function classify(line: string): Kind {
  const trimmed = line.trim();
  if (trimmed === '') return line.startsWith('\t') ? 'cell-lines' : 'blank';
  if (trimmed.startsWith('|')) return 'markdown';
  if (line.startsWith('\t') && !/\S\t/.test(line)) return 'cell-lines';
  if (/\S\t/.test(line) || /\t\S/.test(line.trimStart())) return 'tsv';
  if (PART_HEADING.test(trimmed)) return 'prose';
  if (GAP.test(trimmed)) {
    const cells = trimmed.split(/ {2,}/);
    // A wide gap, two gaps or a figure in a cell: a table row; one narrow gap in prose is not.
    if (cells.length >= 3 || cells.some((c) => NUMBERISH.test(c.replace(/\s/g, ''))) || / {4,}/.test(trimmed))
      return 'row';
  }
  return 'prose';
}

const FIGURE_TOKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/**
 * Cells of a space-aligned row with their character columns. Columns are two or more spaces apart, but
 * pdftotext may leave one space between narrow columns ("2,898.44 2,255.07 643.37"): a figure is its own
 * cell even when one space separates it from its neighbours.
 */
function spaceCells(line: string, li: number): TableCell[] {
  const out: TableCell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    let cur: TableCell | null = null;
    for (const t of m[0].matchAll(/\S+/g)) {
      const start = m.index + t.index;
      const tok = { text: t[0], line: li, start, end: start + t[0].length };
      const fig = FIGURE_TOKEN.test(t[0]);
      if (fig || !cur || FIGURE_TOKEN.test(cur.text)) {
        if (cur) out.push(cur);
        cur = tok;
      } else cur = { text: `${cur.text} ${t[0]}`, line: li, start: cur.start, end: tok.end };
    }
    if (cur) out.push(cur);
  }
  return out;
}

function tsvCells(line: string, li: number): TableCell[] {
  return line.split('\t').map((t, i) => ({ text: t.trim(), line: li, start: i, end: i + 1 }));
}

function markdownCells(line: string, li: number): TableCell[] | null {
  const t = line.trim();
  if (/^\|[\s\-:|]+\|?\s*$/.test(t)) return null;
  return t
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((p, i) => ({
      text: p
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/<\/?p>/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      line: li,
      start: i,
      end: i + 1,
    }));
}

/**
 * The wrap width of prose: the width W that the most lines end just short of (within 8 display columns),
 * with few lines wider. Null for typed text (one paragraph per line: widths all over the place).
 */
function detectWrap(lines: readonly string[], kinds: readonly Kind[]): number | null {
  const widths: number[] = [];
  lines.forEach((l, i) => {
    if (kinds[i] !== 'prose') return;
    const w = displayWidth(l.trim());
    if (w >= 24) widths.push(w);
  });
  if (widths.length < 4) return null;
  widths.sort((a, b) => a - b);
  let best = 0;
  let bestW = 0;
  for (let lo = 0, hi = 0; hi < widths.length; hi++) {
    while (widths[hi]! - widths[lo]! > 8) lo++;
    const count = hi - lo + 1;
    if (count > best || (count === best && widths[hi]! > bestW)) [best, bestW] = [count, widths[hi]!];
  }
  const wider = widths.filter((w) => w > bestW + 8).length;
  if (bestW > 240 || best < Math.max(4, widths.length * 0.2) || wider > widths.length * 0.15) return null;
  return bestW;
}

/** Page numbers, and a first or last line of a page printed the same on three pages or more. */
function pageFurniture(source: readonly SourceLine[]): Set<number> {
  const dropped = new Set<number>();
  const starts: number[] = [0];
  source.forEach((l, i) => {
    // A page starts at a form feed (pdftotext's text) or where the extracted page number changes.
    const newPage =
      l.text.startsWith('\f') ||
      (l.location !== undefined && /^第\d+页$/.test(l.location) && l.location !== source[i - 1]?.location);
    if (i > 0 && newPage) starts.push(i);
  });
  const byText = new Map<string, number[]>();
  const note = (i: number | undefined): void => {
    if (i === undefined) return;
    const t = source[i]!.text.replace(/\f/g, '').trim().replace(/\d+/g, '#');
    byText.set(t, [...(byText.get(t) ?? []), i]);
  };
  for (let p = 0; p < starts.length; p++) {
    const from = starts[p]!;
    const to = (starts[p + 1] ?? source.length) - 1;
    let a = from;
    while (a <= to && source[a]!.text.replace(/\f/g, '').trim() === '') a++;
    let b = to;
    while (b >= from && source[b]!.text.replace(/\f/g, '').trim() === '') b--;
    if (a <= to) note(a);
    if (b >= from && b !== a) note(b);
    // A page's last line that is a bare number is its page number.
    if (starts.length > 1 && b >= from && /^\s*\d{1,4}\s*$/.test(source[b]!.text.replace(/\f/g, '')))
      dropped.add(b);
  }
  if (starts.length >= 3)
    for (const [t, at] of byText)
      if (at.length >= 3 && t.length > 0 && t.length < 60) at.forEach((i) => dropped.add(i));
  source.forEach((l, i) => {
    if (PAGE_NUMBER.test(l.text.replace(/\f/g, '')) && !l.text.startsWith('\t')) dropped.add(i);
  });
  return dropped;
}

const SENTENCE_END = /[。！？]$/;
const SPACE_DROP = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2014\u2018-\u201d\u2026]/;

/** Appends a line's text to a paragraph, dropping layout spaces beside CJK characters. */
function appendText(p: { text: string; pos: number[] }, text: string, li: number): void {
  const t = text.trim();
  if (t === '') return;
  if (p.text !== '' && /[A-Za-z0-9]$/.test(p.text) && /^[A-Za-z0-9]/.test(t) && !/\d$/.test(p.text)) {
    p.text += ' ';
    p.pos.push(li);
  }
  const parts = t.split(/([ \t]+)/);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part === '') continue;
    if (k % 2 === 1) {
      // "2024 年度", "307.82  万元", "占 76.23 %": pdftotext spacing, not text.
      const prev = p.text[p.text.length - 1] ?? '';
      const next = parts[k + 1]?.[0] ?? '';
      if (prev === '' || SPACE_DROP.test(prev) || SPACE_DROP.test(next) || next === '%' || next === '')
        continue;
      p.text += ' ';
      p.pos.push(li);
      continue;
    }
    p.text += part;
    for (let i = 0; i < part.length; i++) p.pos.push(li);
  }
}

const UNIT_LINE = /单位[：:]\s*(万元|亿元|元)/;

export function layoutDocument(source: readonly SourceLine[]): Layout {
  const lines = source.map((l) => normaliseLine(l.text));
  const dropped = pageFurniture(source);
  const kinds: Kind[] = lines.map((l, i) => (dropped.has(i) ? 'dropped' : classify(l)));
  const wrap = detectWrap(lines, kinds);
  const blocks: Block[] = [];
  const logical = lines.map((l, i) => (dropped.has(i) ? '' : l));

  const indent = (l: string): number => l.length - l.trimStart().length;
  // The next line with text within `limit` blank lines; across a page break (a dropped page number or
  // header, a form feed) the blank space at the foot and head of the pages does not count.
  const nextNonBlank = (i: number, limit: number): number => {
    let j = i;
    let blanks = 0;
    let pageBreak = false;
    while (j < lines.length && (kinds[j] === 'blank' || kinds[j] === 'dropped')) {
      if (kinds[j] === 'dropped' || source[j]!.text.startsWith('\f')) pageBreak = true;
      else blanks++;
      j++;
    }
    if (j >= lines.length) return -1;
    if (source[j]!.text.startsWith('\f') || (i > 0 && source[j]!.location !== source[i - 1]!.location))
      pageBreak = true;
    return blanks < (pageBreak ? limit + 12 : limit) ? j : -1;
  };
  const isTableKind = (k: Kind | undefined): boolean => k === 'row' || k === 'tsv' || k === 'markdown';

  let i = 0;
  while (i < lines.length) {
    const k = kinds[i]!;
    if (k === 'blank' || k === 'dropped') {
      i++;
      continue;
    }
    if (isTableKind(k) || k === 'cell-lines') {
      const shape: TableShape =
        k === 'row' ? 'space' : k === 'tsv' ? 'tsv' : k === 'markdown' ? 'markdown' : 'cell-lines';
      const rows: TableRow[] = [];
      const first = i;
      let last = i;
      while (i < lines.length) {
        const kk = kinds[i]!;
        if (kk === 'dropped') {
          i++;
          continue;
        }
        if (shape === 'cell-lines') {
          if (kk !== 'cell-lines' && kk !== 'blank') break;
          if (kk === 'blank') {
            const j = nextNonBlank(i, 4);
            if (j < 0 || kinds[j] !== 'cell-lines') break;
            i = j;
            continue;
          }
          rows.push({ line: i, cells: [{ text: lines[i]!.trim(), line: i, start: 0, end: 1 }] });
          last = i++;
          continue;
        }
        if (kk === 'blank') {
          const j = nextNonBlank(i, 4);
          if (j < 0 || !(kinds[j] === k || (shape === 'space' && isShortHeaderLine(lines[j]!, kinds, j))))
            break;
          i = j;
          continue;
        }
        if (kk === k && shape === 'space' && isCaption(lines[i]!.trim())) break;
        if (kk === k) {
          const cells =
            shape === 'space'
              ? spaceCells(lines[i]!, i)
              : shape === 'tsv'
                ? tsvCells(lines[i]!, i)
                : markdownCells(lines[i]!, i);
          if (cells) rows.push({ line: i, cells });
          if (shape === 'space') logical[i] = cells!.map((c) => c.text).join('\t');
          last = i++;
          continue;
        }
        // A short label line inside a space-aligned table (a header broken over lines, a 合计 with no figures).
        if (shape === 'space' && isShortHeaderLine(lines[i]!, kinds, i)) {
          const cells = spaceCells(lines[i]!, i);
          rows.push({ line: i, cells });
          last = i++;
          continue;
        }
        break;
      }
      const { title, unit } = tableCaption(lines, kinds, first, rows);
      blocks.push({ kind: 'table', shape, rows, first, last, title, unit });
      continue;
    }
    // Prose: a paragraph from this line, joined with the lines it wraps onto.
    const para = { text: '', pos: [] as number[] };
    appendText(para, lines[i]!, i);
    const first = i;
    let last = i;
    let lastWidth = displayWidth(lines[i]!.trimEnd());
    const heading = HEADING.test(lines[i]!) || PART_HEADING.test(lines[i]!);
    i++;
    while (i < lines.length) {
      const j = nextNonBlank(i, wrap ? 3 : 1);
      if (j < 0 || kinds[j] !== 'prose') break;
      const next = lines[j]!;
      const t = next.trim();
      const prev = para.text;
      // A piece pdftotext printed on a line of its own ("。", "）", "（如持平作持平表述）").
      const fragment =
        /^[，。；：、）)%”]/.test(t) ||
        (wrap !== null &&
          indent(next) >= 8 &&
          displayWidth(t) < wrap * 0.6 &&
          /^[（(]/.test(t) &&
          !HEADING.test(t));
      const full = wrap !== null && lastWidth >= wrap * 0.8;
      // In pdftotext -layout text a paragraph starts indented and continues at the margin.
      const startsNew =
        HEADING.test(next) ||
        PART_HEADING.test(next) ||
        (wrap !== null &&
          indent(next) >= 2 &&
          indent(lines[first]!) >= 2 &&
          indent(next) >= indent(lines[first]!));
      let join = false;
      if (fragment && (j === i || wrap !== null)) join = true;
      // A line ending inside a sentence ("…万元，" / "…其中：") continues on the next line even in typed text.
      else if (j === i && /[，、：:（“]$/.test(prev) && !startsNew && !/^\s/.test(next)) join = true;
      else if (full && !startsNew) {
        if (!SENTENCE_END.test(prev)) join = true;
        // A full line ending a sentence continues when the next line is not indented as a paragraph start.
        else join = indent(next) < 2 || indent(next) <= indent(lines[last]!);
      }
      if (!join) break;
      appendText(para, next, j);
      lastWidth = fragment ? lastWidth + displayWidth(t) : displayWidth(next.trimEnd());
      for (let x = i; x <= j; x++) if (x !== first) logical[x] = '';
      last = j;
      i = j + 1;
    }
    logical[first] = para.text;
    blocks.push({ kind: 'paragraph', text: para.text, pos: para.pos, first, last, heading });
  }

  const byFirst = new Map<number, Paragraph>();
  for (const b of blocks) if (b.kind === 'paragraph') byFirst.set(b.first, b);
  return {
    blocks,
    logical,
    dropped,
    wrapWidth: wrap,
    lineAt(index: number, offset: number): number {
      const p = byFirst.get(index);
      if (!p || p.pos.length === 0) return index;
      return p.pos[Math.max(0, Math.min(offset, p.pos.length - 1))]!;
    },
  };
}

/** A table's title or unit line: it starts a table, it never continues one. */
function isCaption(t: string): boolean {
  const s = t.replace(/\s+/g, '');
  return /表$/.test(s) || /^单位[：:]/.test(s) || /^注[：:]/.test(s);
}

/** A short line of labels only (no sentence) followed closely by more table rows. */
function isShortHeaderLine(line: string, kinds: readonly Kind[], i: number): boolean {
  const t = line.trim();
  const codeLabel = /^(\d{3}|\d{5}|\d{7})\s+\S/.test(t) && displayWidth(t) <= 64;
  if (t === '' || (displayWidth(t) > 32 && !codeLabel) || /[。，；！？]/.test(t) || isCaption(t))
    return false;
  for (let j = i + 1; j < Math.min(kinds.length, i + 4); j++) {
    if (kinds[j] === 'row') return true;
    if (kinds[j] === 'prose' && !isShortLabel(t)) return false;
  }
  return false;
}

function isShortLabel(t: string): boolean {
  return displayWidth(t) <= 32 && !/[。，；！？]/.test(t);
}

function tableCaption(
  lines: readonly string[],
  kinds: readonly Kind[],
  first: number,
  rows: readonly TableRow[],
): { title: string; unit: string } {
  let title = '';
  let unit = '';
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    if (kinds[j] === 'row' || kinds[j] === 'tsv') break;
    const t = lines[j]!.trim().replace(/\s+/g, '');
    const u = UNIT_LINE.exec(t);
    if (u && !unit) unit = u[1]!;
    if (!title && /表$/.test(t.replace(UNIT_LINE, ''))) title = t.replace(UNIT_LINE, '');
  }
  for (const r of rows.slice(0, 4)) {
    for (const c of r.cells) {
      const u = UNIT_LINE.exec(c.text.replace(/\s+/g, ''));
      if (u && !unit) unit = u[1]!;
      if (!title && /表$/.test(c.text.replace(/\s+/g, '')) && r.cells.filter((x) => x.text).length === 1)
        title = c.text.replace(/\s+/g, '');
    }
  }
  return { title, unit };
}
