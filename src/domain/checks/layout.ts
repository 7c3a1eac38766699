/**
 * Layout → document: turns the lines of an extracted text (typed, `pdftotext -layout`, plain `pdftotext`,
 * DOCX/XLSX rows as tab-separated cells, Markdown) into blocks: paragraphs reflowed across wrapped lines,
 * headings, and tables with rows and cells. Page numbers and repeated page headers/footers are dropped.
 * Every character of a paragraph and every cell keeps the 0-based index of the source line it came from.
 */
import { addTo } from './multimap.ts';
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

/** A table cell; `text` is trimmed (every shape's reader trims it). */
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
  // Each replacement only when its characters occur: most lines need none (a hot path).
  let out = text.includes('[bookmark: ') ? text.replace(/\[bookmark: [^\]]*\]/g, '') : text;
  if (out.includes('\f') || out.includes('\r')) out = out.replace(/[\f\r]/g, '');
  if (/[０-９％．，\u00a0\u3000]/.test(out)) {
    // In this order (digits first: points and commas are read between ASCII digits).
    if (/[０-９]/.test(out))
      out = out.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (out.includes('％')) out = out.replace(/％/g, '%');
    // "０．" ending a wrapped line: its decimals follow.
    // (Chinese text has a ， in nearly every line: replaced only when one follows a digit.)
    if (followsDigit(out, '．')) out = out.replace(/(?<=\d)[．](?=\d|\s*$)/g, '.');
    if (followsDigit(out, '，')) out = out.replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ',');
    if (/[\u00a0\u3000]/.test(out)) out = out.replace(/[\u00a0\u3000]/g, ' ');
  }
  return out;
}

/** Whether `mark` occurs right after an ASCII digit in `text`. */
function followsDigit(text: string, mark: string): boolean {
  for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) {
    const c = text.charCodeAt(k - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// CJK: U+3000–303F, U+3400–9FFF, U+FF00–FFEF, U+2014, U+2018–201D, U+2026.

/** Display width as a PDF prints it: CJK characters and full-width punctuation count 2. */
export function displayWidth(text: string, from = 0, to = text.length): number {
  // The code ranges of CJK (above), by char code: no regular expression per character (a hot path).
  let w = 0;
  for (let i = from; i < to; i++) {
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

/** Whether a char code is white space as `trim` and `\s` read it. */
export function isWhite(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** Leading white space: `text.length - text.trimStart().length`, without the copy. */
function leadingWhite(text: string): number {
  let i = 0;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** `displayWidth(text.trim())` without the copy. */
function trimmedWidth(text: string): number {
  const from = leadingWhite(text);
  let to = text.length;
  while (to > from && isWhite(text.charCodeAt(to - 1))) to--;
  return displayWidth(text, from, to);
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
  const tab = line.includes('\t');
  if (tab && line.startsWith('\t') && !/\S\t/.test(line)) return 'cell-lines';
  if (tab && (/\S\t/.test(line) || /\t\S/.test(line.trimStart()))) return 'tsv';
  if (PART_HEADING.test(trimmed)) return 'prose';
  if ((tab || trimmed.includes('  ')) && GAP.test(trimmed)) {
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
  // Tokens are the runs of non-space characters; a run of tokens one space (U+0020) apart is one stretch
  // of text, and a stretch is split into cells before and after every figure.
  const out: TableCell[] = [];
  let cur: TableCell | null = null;
  let curFigure = false;
  let prevEnd = -1;
  // Tokens by char code (as /\S+/g finds them, without a match array per token).
  for (let start = 0; start < line.length; start++) {
    if (isWhite(line.charCodeAt(start))) continue;
    let end = start + 1;
    while (end < line.length && !isWhite(line.charCodeAt(end))) end++;
    const token = line.slice(start, end);
    const sameStretch = prevEnd >= 0 && start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32;
    prevEnd = end;
    const fig = FIGURE_TOKEN.test(token);
    if (!sameStretch || fig || !cur || curFigure) {
      if (cur) out.push(cur);
      cur = { text: token, line: li, start, end };
      curFigure = fig;
    } else cur = { text: `${cur.text} ${token}`, line: li, start: cur.start, end };
    start = end;
  }
  if (cur) out.push(cur);
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
      text: (p.includes('<') ? p.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?p>/gi, ' ') : p)
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
  // Lines that end inside a sentence, their next line prose too (the short text's fallback below).
  const open: number[] = [];
  lines.forEach((l, i) => {
    if (kinds[i] !== 'prose') return;
    const w = trimmedWidth(l);
    if (w < 24) return;
    widths.push(w);
    if (w >= 48 && kinds[i + 1] === 'prose' && !/[。！？；;:：]\s*$/.test(l)) open.push(w);
  });
  if (widths.length < 4) return shortTextWrap(open, widths);
  widths.sort((a, b) => a - b);
  let best = 0;
  let bestW = 0;
  for (let lo = 0, hi = 0; hi < widths.length; hi++) {
    while (widths[hi]! - widths[lo]! > 8) lo++;
    const count = hi - lo + 1;
    if (count > best || (count === best && widths[hi]! > bestW)) [best, bestW] = [count, widths[hi]!];
  }
  const wider = widths.filter((w) => w > bestW + 8).length;
  if (best < 4 && widths.length < 12) return shortTextWrap(open, widths);
  if (bestW > 240 || best < Math.max(4, widths.length * 0.2) || wider > widths.length * 0.15) return null;
  return bestW;
}

/**
 * A short text (a page of a few paragraphs under a table) has too few lines to tell its wrap width by
 * count. It is wrapped when at least three lines of nearly one width (within 4 columns) end inside a
 * sentence, each followed by more prose, and no line of the text is wider: typed paragraphs end at a 。.
 */
function shortTextWrap(open: readonly number[], widths: readonly number[]): number | null {
  if (open.length < 3) return null;
  const sorted = [...open].sort((a, b) => a - b);
  const top = sorted[sorted.length - 1]!;
  const near = sorted.filter((w) => top - w <= 4).length;
  return near >= 3 && top <= 240 && widths.every((w) => w <= top + 4) ? top : null;
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
    addTo(byText, t, i);
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
    // A page number starts with a digit, a dash or 第 (checked first: the pattern is slow on long lines).
    const c = l.text.charAt(leadingWhite(l.text));
    if (!((c >= '0' && c <= '9') || c === '第' || '-—–－'.includes(c)) || c === '') return;
    if (PAGE_NUMBER.test(l.text.replace(/\f/g, '')) && !l.text.startsWith('\t')) dropped.add(i);
  });
  return dropped;
}

const SENTENCE_END = /[。！？]$/;

/** A paragraph being built: its text, the source line of each character, and its last character. */
type ParagraphText = { text: string; pos: number[]; last: string };

/**
 * Appends a line's text to a paragraph, dropping layout spaces beside CJK characters. The last character
 * is kept apart: reading it from the text would flatten the text built so far on every line (quadratic in
 * a long paragraph).
 */
function appendText(p: ParagraphText, text: string, li: number): void {
  const t = text.trim();
  if (t === '') return;
  if (p.last !== '' && /[A-Za-z0-9]$/.test(p.last) && /^[A-Za-z0-9]/.test(t) && !/\d$/.test(p.last)) {
    p.text += ' ';
    p.pos.push(li);
    p.last = ' ';
  }
  // Runs of text and runs of spaces/tabs (`t` is trimmed: it starts and ends with text).
  let i = 0;
  while (i < t.length) {
    let j = i;
    while (j < t.length && !isSpaceOrTab(t.charCodeAt(j))) j++;
    const part = j === t.length && i === 0 ? t : t.slice(i, j);
    p.text += part;
    for (let k = 0; k < part.length; k++) p.pos.push(li);
    p.last = part[part.length - 1]!;
    if (j === t.length) break;
    let k = j;
    while (k < t.length && isSpaceOrTab(t.charCodeAt(k))) k++;
    // "2024 年度", "307.82  万元", "占 76.23 %": pdftotext spacing, not text.
    const next = t.charCodeAt(k);
    if (!isCjk(p.last.charCodeAt(0)) && !isCjk(next) && next !== 37) {
      p.text += ' ';
      p.pos.push(li);
      p.last = ' ';
    }
    i = k;
  }
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** CJK characters and full-width punctuation (U+3000–303F, 3400–9FFF, FF00–FFEF, 2014, 2018–201D, 2026). */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x2014 ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026
  );
}

const UNIT_LINE = /单位[：:]\s*(万元|亿元|元)/;

export function layoutDocument(source: readonly SourceLine[]): Layout {
  const lines = source.map((l) => normaliseLine(l.text));
  const dropped = pageFurniture(source);
  const kinds: Kind[] = lines.map((l, i) => (dropped.has(i) ? 'dropped' : classify(l)));
  const wrap = detectWrap(lines, kinds);
  const blocks: Block[] = [];
  const logical = lines.map((l, i) => (dropped.has(i) ? '' : l));

  const indent = leadingWhite;
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
        // (Never at the table's first line: breaking there would leave `i` where it was, for ever.)
        if (kk === k && shape === 'space' && i > first && isCaption(lines[i]!.trim())) break;
        if (kk === k) {
          const cells =
            shape === 'space'
              ? spaceCells(lines[i]!, i)
              : shape === 'tsv'
                ? tsvCells(lines[i]!, i)
                : markdownCells(lines[i]!, i);
          if (cells) rows.push({ line: i, cells });
          if (shape === 'space') logical[i] = tabJoined(cells!);
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
    const para: ParagraphText = { text: '', pos: [], last: '' };
    appendText(para, lines[i]!, i);
    const first = i;
    let last = i;
    let lastWidth = displayWidth(lines[i]!.trimEnd());
    // (HEADING covers PART_HEADING: its first alternative.)
    const heading = HEADING.test(lines[i]!);
    i++;
    while (i < lines.length) {
      const j = nextNonBlank(i, wrap ? 3 : 1);
      if (j < 0 || kinds[j] !== 'prose') break;
      const next = lines[j]!;
      const t = next.trim();
      // The paragraph's last character (all the tests below read of the text so far).
      const prev = para.last;
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

  // By first line (an array: a line index is a small integer).
  const byFirst: (Paragraph | undefined)[] = new Array<Paragraph | undefined>(lines.length);
  for (const b of blocks) if (b.kind === 'paragraph') byFirst[b.first] = b;
  return {
    blocks,
    logical,
    dropped,
    wrapWidth: wrap,
    lineAt(index: number, offset: number): number {
      const p = byFirst[index];
      if (!p || p.pos.length === 0) return index;
      return p.pos[Math.max(0, Math.min(offset, p.pos.length - 1))]!;
    },
  };
}

/** A space-aligned row as the line-based rules read it: its cells' texts, tab-separated. */
function tabJoined(cells: readonly TableCell[]): string {
  let out = cells.length > 0 ? cells[0]!.text : '';
  for (let c = 1; c < cells.length; c++) out += `\t${cells[c]!.text}`;
  return out;
}

/** A table's title or unit line: it starts a table, it never continues one. */
function isCaption(t: string): boolean {
  // `t` is trimmed: its last character is the squashed text's last, its first the squashed text's first.
  if (!t.endsWith('表') && !t.startsWith('单') && !t.startsWith('注')) return false;
  const s = t.replace(/\s+/g, '');
  return /表$/.test(s) || /^单位[：:]/.test(s) || /^注[：:]/.test(s);
}

/** A short line of labels only (no sentence) followed closely by more table rows. */
function isShortHeaderLine(line: string, kinds: readonly Kind[], i: number): boolean {
  const t = line.trim();
  const codeLabel = /^(\d{3}|\d{5}|\d{7})\s+\S/.test(t) && displayWidth(t) <= 64;
  // A cell's second line far right ("响，工期顺延" under 偏差原因分析) may hold punctuation; prose never starts there.
  const deep = line.length - line.trimStart().length >= 40;
  if (t === '' || (displayWidth(t) > 32 && !codeLabel) || (/[。，；！？]/.test(t) && !deep) || isCaption(t))
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
