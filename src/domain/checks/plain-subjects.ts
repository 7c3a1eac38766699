/**
 * 科目 tables of a 决算 (收入决算表, 支出决算表) as plain `pdftotext` (without -layout) prints them when no other
 * reader could take them cell by cell: no column, a row's figures one to k on a line, the empty cells left out.
 * Two printings:
 *
 * Rows (a code, its name, then its figures):   Blocks (codes, then names, then figures):
 *
 *     科目编码                                    科目编码
 *     科目名称                                    205            ← the codes, one a line
 *     合计                ← the headers: a total    20502
 *     基本支出 项目支出      column, then its parts  …
 *     合计                                        科目名称
 *     3,812.46 2,704.31 1,108.15                  合计           ← the names, one a line (合计 first)
 *     208                                         教育支出
 *     社会保障和就业支出                            …
 *     318.00              ← one to k figures over   本年支出合计 基本支出   ← a group of headers (the total
 *     318.00                 one to k lines         2,176.53 1,804.20         column first), then its
 *     2080505 机关事业单位基本养老保险缴费支出         58.60                      figures: each row's total,
 *     142.37                                      …                         then its parts where printed
 *     …                                           单位：万元
 *                                                 项目支出       ← a later group: parts only
 *                                                 372.33
 *
 * Rows: a row's first figure is its total; the others are its parts, in columns unknown when some are left out,
 * so only three things are judged: the total against the sum of the row's other figures (`table.row-sum`; an
 * empty cell is zero), each 类 / 款 total against the totals of its rows below (`table.code-sum`), and each code's
 * name against the catalogue (`table.code-name`, as for Blocks). Read
 * only when every row has one to k figures and the reading holds in four rows of five and four parents of five
 * (a misread table fails more); the parents are summed only when the table ends where it is read (nothing
 * printed after it that could be more of its rows).
 *
 * Blocks: the codes paired with the names when they count alike (the 合计 name first), and each code's name
 * judged against the catalogue (`table.code-name`) when four of five known codes fit. The first group's
 * figures are cut into rows (one to its k figures a row, a line never split) in the one way in which every
 * 类 / 款 total is the sum of its rows'; with two columns in the group, each row's second figure is its part,
 * and each 类 / 款 part is judged against its rows' (`table.code-sum`) when four of five hold.
 */
import { dec } from '../money/index.ts';
import {
  catalogueNames,
  codeNamed,
  editionName,
  squashName,
  tableNameFits,
  unverifiedCode,
} from './code-names.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { judgeSum, showAs, sumKind, type Printed } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const TOTAL_HEAD = /^(?:本年)?(?:收入|支出)?合计$|^总计$/;
const PART_HEAD =
  /^(?:基本|项目|经营|上缴上级|对附属单位补助)支出$|^(?:财政拨款|上级补助|事业|经营|附属单位上缴)收入$|^其他(?:收入|支出)$/;
const TOTAL_LABEL = /^(?:合\s*计|总\s*计)$/;
/** A header over the total and its parts: "本年支出", "本年收入". */
const GROUP_HEAD = /^(?:本年|全年)(?:收入|支出)(?:决算数?)?$/;
const CODE_LINE = /^(\d{3}|\d{5}|\d{7})(?:\s*([\u4e00-\u9fa5（）()、“”]{2,30}))?$/;
const CODE_ONLY = /^(?:\d{3}|\d{5}|\d{7})$/;
const NAME = /^[\u4e00-\u9fa5（）()、“”]{1,30}$/;
/** An amount as these tables print it: with decimals (a bare number is a code). */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/;
const FURNITURE = /^(?:单位[：:]|金额单位[：:]|公开\d+表|[—–-]\s*\d+\s*[—–-]$|第\s*\d+\s*页)/;
const CODE_HEAD = /^(?:科目编码|功能分类科目编码)$/;
const NAME_HEAD = /^(?:科目名称|功能分类科目名称)$/;
/** Both on one line — "功能分类科目编码 科目名称" — or one label over both: "功能分类科目". */
const BOTH_HEADS =
  /^(?:(?:功能|经济)分类)?科目编码(?:及|和)?(?:(?:功能|经济)分类)?(?:科目)?名称$|^(?:支出)?功能分类科目$/;
const MAX_ROWS = 120;
/** The segmentations tried for a block of figures before giving up. */
const MAX_STEPS = 200_000;
/** The readings of a block of figures compared before giving up. */
const MAX_READINGS = 64;

type Fig = { printed: Printed; text: string; line: number };
type Row = { code: string | null; name: string; line: number; figures: Fig[] };

function amount(text: string, line: number): Fig {
  const value = text.replace(/,/g, '');
  const point = value.indexOf('.');
  return { printed: { value, places: point < 0 ? 0 : value.length - point - 1 }, text, line };
}

export function checkPlainSubjects(ctx: Ctx): void {
  // (A header line opening with 科目编码 or 科目名称, or one 功能分类科目 over both.)
  if (!mentionsAny(ctx, ['科目编码', '科目名称', '功能分类科目'])) return;
  const n = ctx.source.length;
  const lines: Lines = {
    n,
    text: (i) => (i < n ? sourceText(ctx, i) : ''),
    words: (i) => (i < n ? sourceWords(ctx, i) : []),
    skip: (i) => ctx.layout.dropped.has(i) || sourceText(ctx, i) === '',
  };
  for (let i = 0; i < n; i++) {
    const t = lines.text(i);
    if (t.charAt(0) !== '科' && t.charAt(0) !== '功' && t.charAt(0) !== '支') continue;
    const squashed = t.replace(/\s+/g, '');
    if (!CODE_HEAD.test(squashed) && !NAME_HEAD.test(squashed) && !BOTH_HEADS.test(squashed)) continue;
    const end =
      readRowsTable(ctx, lines, i) ??
      readBlocksTable(ctx, lines, i) ??
      readTriplesTable(ctx, lines, i) ??
      readNamesOnly(ctx, lines, i);
    if (end !== null) i = end;
  }
}

/**
 * A table of one amount a code (the 基本支出决算表's 决算数), a cell a line: its code, its name (maybe over two
 * lines), its amount — "301 / 工资福利支出 / 1,315.46 / 30101 / 基本工资 / 386.52 / …", the header's cells above
 * ("经济分类科目编码 / 科目名称 / 决算数", maybe twice for the two halves of the page). Each 类 or 款 is judged against
 * the codes under it (`table.code-sum`), wherever they stand in the run (the halves may be read row by row), when
 * the table is read whole — from its header to a line that cannot be more of it —, eight rows at least, and all but
 * one parent hold.
 */
function readTriplesTable(ctx: Ctx, l: Lines, i: number): number | null {
  let j = i;
  // The header's cells: codes' and names' heads, 决算数.
  while (
    j < l.n &&
    (l.skip(j) ||
      /^(?:(?:经济|功能)分类)?科目(?:编码|名称)$|^决算数$|^金额$/.test(l.text(j).replace(/\s+/g, '')) ||
      BOTH_HEADS.test(l.text(j).replace(/\s+/g, '')))
  )
    j++;
  const rows: Row[] = [];
  for (;;) {
    j = nextLine(l, j, true);
    // (The code alone on its line, or with its name: "30201 办公费".)
    const m = CODE_LINE.exec(l.text(j));
    if (!m) break;
    const code = m[1]!;
    let k = nextLine(l, j + 1);
    let name = m[2] ?? '';
    while (k < l.n && NAME.test(l.text(k)) && name.length < 30) {
      name += l.text(k);
      k = nextLine(l, k + 1);
    }
    if (name === '' || !AMOUNT.test(l.text(k))) return null;
    rows.push({ code, name, line: j, figures: [amount(l.text(k), k)] });
    j = k + 1;
    if (rows.length > MAX_ROWS) return null;
  }
  if (rows.length < 4) return null;
  const last = rows[rows.length - 1]!.figures[0]!.line;
  // (The run ends at the table's own total rows — "人员经费合计" — or its end.)
  let after = nextLine(l, last + 1, true);
  while (after < l.n && /合计$/.test(l.text(after)) && AMOUNT.test(l.text(nextLine(l, after + 1))))
    after = nextLine(l, nextLine(l, after + 1) + 1, true);
  if (!closed(l, after)) return last;
  checkNames(ctx, rows);
  const parentOf = (c: string): number =>
    rows.findIndex((r) => r.code !== c && r.code!.length === c.length - 2 && c.startsWith(r.code!));
  const children = rows.map(() => [] as Row[]);
  for (const r of rows) {
    const p = parentOf(r.code!);
    if (p >= 0) children[p]!.push(r);
  }
  const tested = rows.flatMap((r, p) => (children[p]!.length > 0 ? [p] : []));
  const holds = tested.filter(
    (p) =>
      sumKind(
        children[p]!.map((c) => c.figures[0]!.printed),
        rows[p]!.figures[0]!.printed,
      ) !== 'wrong',
  );
  if (holds.length < 1 || tested.length - holds.length > 1 || rows.length < 8) return last;
  for (const p of tested)
    judgeParent(
      ctx,
      rows[p]!,
      rows[p]!.figures[0]!,
      children[p]!.map((c) => c.figures[0]!),
      '决算数',
    );
  return last;
}

/**
 * A table whose figures none of the readings above can take (economic columns in place of 基本支出 / 项目支出, a
 * 项 listed under its 类 without its 款): its codes and names are still read, a cell a line, and each name judged
 * against the catalogue (`table.code-name`, four of five known codes fitting). The header's cells come first
 * (at most a dozen lines), then rows of a code, its name and its amounts, to the first line that is none of these.
 */
function readNamesOnly(ctx: Ctx, l: Lines, i: number): number | null {
  let j = nextLine(l, i + 1, true);
  for (let header = 0; header < 12 && j < l.n && !CODE_LINE.test(l.text(j)); header++)
    j = nextLine(l, j + 1, true);
  const rows: Row[] = [];
  let last = j;
  for (;;) {
    const m = CODE_LINE.exec(l.text(j));
    if (!m) break;
    const row: Row = { code: m[1]!, name: m[2] ?? '', line: j, figures: [] };
    let k = nextLine(l, j + 1);
    while (k < l.n && NAME.test(l.text(k)) && row.name.length < 30) {
      row.name += l.text(k);
      k = nextLine(l, k + 1);
    }
    if (!isAmountLine(l, k)) break;
    while (k < l.n && isAmountLine(l, k)) k = nextLine(l, k + 1, true);
    if (row.name !== '') rows.push(row);
    last = k - 1;
    j = k;
    if (rows.length > MAX_ROWS) return null;
  }
  if (rows.length < 3) return null;
  checkNames(ctx, rows);
  return last;
}

type Lines = {
  n: number;
  text: (i: number) => string;
  words: (i: number) => readonly string[];
  /** A blank line or page furniture the layout dropped. */
  skip: (i: number) => boolean;
};

const isAmountLine = (l: Lines, i: number): boolean => {
  const w = l.words(i);
  return w.length > 0 && w.every((x) => AMOUNT.test(x));
};

/** The next line from `i` that is not skipped, furniture passed over too when `furniture`. */
function nextLine(l: Lines, i: number, furniture = false): number {
  let j = i;
  while (j < l.n && (l.skip(j) || (furniture && FURNITURE.test(l.text(j))))) j++;
  return j;
}

/** The header words from line `i`: a total column, then its parts (on its line or the next ones). */
function readHeaders(l: Lines, i: number, total: boolean): { heads: string[]; next: number } | null {
  const heads: string[] = [];
  let j = i;
  for (; j < l.n; j = nextLine(l, j + 1)) {
    const w = l.words(j);
    if (w.length === 0) break;
    if (heads.length === 0 && total) {
      if (!TOTAL_HEAD.test(w[0]!) || !w.slice(1).every((x) => PART_HEAD.test(x))) return null;
    } else if (!w.every((x) => PART_HEAD.test(x))) break;
    heads.push(...w);
  }
  const parts = total ? heads.slice(1) : heads;
  // The parts all of income or all of spending.
  if (parts.length === 0 || new Set(parts.map((p) => p.slice(-2))).size !== 1) return null;
  if (total && heads.length < 2) return null;
  return { heads, next: j };
}

/**
 * The headers printed before the code's and name's heads ("本年支出合计 / 基本支出 / 项目支出 / … / 功能分类 /
 * 科目编码 / 科目名称"): read from a line at most a dozen above `i`, only a "功能分类" / "项目" head between them
 * and `i`; the rows start at `rows`.
 */
function headerAbove(l: Lines, i: number, rows: number): { heads: string[]; next: number } | null {
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const h = readHeaders(l, k, true);
    if (!h) continue;
    for (let m = h.next; m < i; m = nextLine(l, m + 1))
      if (!/^(?:功能分类|经济分类|项目)$/.test(l.text(m).replace(/\s+/g, ''))) return null;
    return { heads: h.heads, next: rows };
  }
  return null;
}

/** Each code's parent is listed before it (or above the table's first code); two codes at least. */
function coherent(codes: readonly (string | null)[]): boolean {
  const seen = new Set<string>();
  let first: string | null = null;
  for (const c of codes) {
    if (c === null) continue;
    first ??= c;
    const parent = c.slice(0, c.length - 2);
    if (c.length > 3 && !seen.has(parent) && !first.startsWith(parent)) return false;
    seen.add(c);
  }
  return seen.size >= 2;
}

/** Each row's parent (the nearest row above whose code its code extends by one level), or −1. */
function parentsOf(codes: readonly (string | null)[]): number[] {
  const total = codes.indexOf(null);
  return codes.map((c, r) => {
    if (c === null) return -1;
    if (c.length === 3) return total;
    const p = c.slice(0, c.length - 2);
    for (let k = r - 1; k >= 0; k--) if (codes[k] === p) return k;
    return -1;
  });
}

const LEVEL: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

/** "款20805 行政事业单位养老支出" / "合计" for the message. */
const subject = (row: Row): string =>
  row.code === null ? '合计' : `${LEVEL[row.code.length]}${row.code} ${row.name}`;

/**
 * Judges a parent's figure against its rows' (claim always, report when wrong), unless the line already has
 * a finding of that rule. `column`: the column's name for the message.
 */
function judgeParent(ctx: Ctx, parent: Row, total: Fig, parts: readonly Fig[], column: string): void {
  const printed = parts.map((p) => p.printed);
  const verdict = judgeSum(printed, total.printed);
  const list = parts.map((p) => p.text).join(' + ');
  const computed =
    verdict.kind === 'ok' ? total.printed.value : showAs(verdict.total, [...printed, total.printed]);
  const what = `${subject(parent)}${column}等于其下级科目之和`;
  claim(
    ctx,
    'table',
    total.line,
    0,
    verdict.kind !== 'wrong',
    `${what}：${list} = ${computed}，表中${total.text}`,
  );
  if (verdict.kind === 'ok' || reported(ctx, total.line, 'table.code-sum')) return;
  const diff = showAs(verdict.difference.abs(), [...printed, total.printed]);
  report(
    ctx,
    total.line,
    'table.code-sum',
    verdict.severity,
    total.text,
    computed,
    total.text,
    `${what}：${list} = ${computed}，表中为${total.text}，相差${diff}。`,
    0,
  );
}

const reported = (ctx: Ctx, line: number, rule: string): boolean =>
  ctx.findings.some((f) => f.line === line + 1 && f.rule === rule);

/** The rows printed as code, name, figures from the 科目编码 / 科目名称 line `i`; the last line read, or null. */
function readRowsTable(ctx: Ctx, l: Lines, i: number): number | null {
  // 科目编码 and 科目名称 (either first), then the headers.
  let j = nextLine(l, i + 1);
  const second = l.text(j).replace(/\s+/g, '');
  const both = BOTH_HEADS.test(l.text(i).replace(/\s+/g, ''));
  if (!both && (CODE_HEAD.test(second) || NAME_HEAD.test(second))) j = nextLine(l, j + 1, true);
  // ("本年支出" over its 合计 and parts: the group's header, no column of its own.)
  if (GROUP_HEAD.test(l.text(j).replace(/\s+/g, ''))) j = nextLine(l, j + 1);
  const header = readHeaders(l, j, true) ?? headerAbove(l, i, j);
  if (!header) return null;
  const k = header.heads.length;
  const rows: Row[] = [];
  j = nextLine(l, header.next);
  while (j < l.n && rows.length < MAX_ROWS) {
    const t = l.text(j);
    let row: Row;
    if (rows.length === 0 && TOTAL_LABEL.test(t)) row = { code: null, name: '合计', line: j, figures: [] };
    else {
      const m = CODE_LINE.exec(t);
      if (!m) break;
      row = { code: m[1]!, name: m[2] ?? '', line: j, figures: [] };
      while (j + 1 < l.n && NAME.test(l.text(j + 1))) row.name += l.text(++j);
    }
    j = nextLine(l, j + 1);
    while (j < l.n && isAmountLine(l, j)) {
      for (const w of l.words(j)) row.figures.push(amount(w, j));
      j = nextLine(l, j + 1);
    }
    if (row.figures.length === 0 || row.figures.length > k) return null;
    rows.push(row);
  }
  if (rows.length < 3 || !coherent(rows.map((r) => r.code))) return null;
  const last = rows[rows.length - 1]!.figures.at(-1)!.line;
  // The reading holds: each row's total is the sum of its other figures, in four rows of five.
  const rowHolds = rows.map(
    (r) =>
      r.figures.length === 1 ||
      sumKind(
        r.figures.slice(1).map((f) => f.printed),
        r.figures[0]!.printed,
      ) !== 'wrong',
  );
  const held = rowHolds.filter(Boolean).length;
  if (held * 5 < rows.length * 4) return last;
  checkNames(ctx, rows);
  const parents = parentsOf(rows.map((r) => r.code));
  const children = rows.map((_, p) => rows.filter((__, c) => parents[c] === p));
  const tested = children.filter((c) => c.length > 0);
  const parentHolds = rows.filter(
    (r, p) =>
      children[p]!.length > 0 &&
      sumKind(
        children[p]!.map((c) => c.figures[0]!.printed),
        r.figures[0]!.printed,
      ) !== 'wrong',
  ).length;
  const heads = header.heads;
  rows.forEach((r, x) => {
    if (r.figures.length < 2) return;
    const [total, ...parts] = r.figures as [Fig, ...Fig[]];
    const printed = parts.map((p) => p.printed);
    const verdict = judgeSum(printed, total.printed);
    const list = parts.map((p) => p.text).join(' + ');
    const what = `${subject(r)}的${heads[0]}等于${heads.slice(1).join('、')}之和`;
    const computed =
      verdict.kind === 'ok' ? total.printed.value : showAs(verdict.total, [...printed, total.printed]);
    claim(ctx, 'table', total.line, 0, rowHolds[x]!, `${what}：${list} = ${computed}，表中${total.text}`);
    if (verdict.kind === 'ok' || reported(ctx, total.line, 'table.row-sum')) return;
    report(
      ctx,
      total.line,
      'table.row-sum',
      verdict.severity,
      total.text,
      computed,
      total.text,
      `${what}（空格为0）：${list} = ${computed}，表中为${total.text}，相差${showAs(verdict.difference.abs(), [...printed, total.printed])}。`,
      0,
    );
  });
  if (tested.length === 0 || parentHolds * 5 < tested.length * 4 || !closed(l, last + 1)) return last;
  rows.forEach((r, p) => {
    if (children[p]!.length === 0) return;
    judgeParent(
      ctx,
      r,
      r.figures[0]!,
      children[p]!.map((c) => c.figures[0]!),
      heads[0]!,
    );
  });
  return last;
}

/**
 * Whether a table ends at line `from`: the next line (blank lines, furniture and notes passed over) is no
 * figure, no 科目 code, no header printed again — else its rows may go on below.
 */
function closed(l: Lines, from: number): boolean {
  for (let j = from; j < l.n; j++) {
    if (l.skip(j)) continue;
    const t = l.text(j);
    if (FURNITURE.test(t) || /^注[：:]/.test(t)) continue;
    const w = l.words(j);
    if (w.some((x) => AMOUNT.test(x)) || /^\d{3}(?:\d{2}){0,2}(?!\d)/.test(t)) return false;
    const s = t.replace(/\s+/g, '');
    return (
      !CODE_HEAD.test(s) &&
      !NAME_HEAD.test(s) &&
      !/^项目$/.test(s) &&
      !w.every((x) => TOTAL_HEAD.test(x) || PART_HEAD.test(x))
    );
  }
  return true;
}

/** A block from line `i`: 科目编码 then codes, or 科目名称 then names. */
function readBlock(
  l: Lines,
  i: number,
): { codes: string[] | null; names: string[] | null; lines: number[]; next: number } | null {
  const head = l.text(i).replace(/\s+/g, '');
  const codes = CODE_HEAD.test(head);
  if (!codes && !NAME_HEAD.test(head)) return null;
  const items: string[] = [];
  const lines: number[] = [];
  let j = nextLine(l, i + 1);
  for (; j < l.n && !l.skip(j) && items.length <= MAX_ROWS; j++) {
    const t = l.text(j);
    if (codes ? !CODE_ONLY.test(t) : !NAME.test(t)) break;
    items.push(t);
    lines.push(j);
  }
  if (items.length < 3) return null;
  return codes
    ? { codes: items, names: null, lines, next: j }
    : { codes: null, names: items, lines, next: j };
}

/** The 科目 table printed as blocks from line `i` (see the module's comment); the last line read, or null. */
function readBlocksTable(ctx: Ctx, l: Lines, i: number): number | null {
  const a = readBlock(l, i);
  if (!a) return null;
  const b = readBlock(l, nextLine(l, a.next));
  if (!b || !(a.codes ?? b.codes) || !(a.names ?? b.names)) return null;
  const codes = (a.codes ?? b.codes)!;
  const codeLines = a.codes ? a.lines : b.lines;
  let names = (a.names ?? b.names)!;
  const withTotal = TOTAL_LABEL.test(names[0]!);
  if (withTotal) names = names.slice(1);
  if (names.length !== codes.length || !coherent(codes)) return null;
  const rows: Row[] = [
    ...(withTotal
      ? [{ code: null, name: '合计', line: (a.names ? a.lines : b.lines)[0]!, figures: [] }]
      : []),
    ...codes.map((code, x) => ({ code, name: names[x]!, line: codeLines[x]!, figures: [] as Fig[] })),
  ];
  checkNames(ctx, rows);
  // The first group of headers and its figures.
  const header = readHeaders(l, nextLine(l, b.next, true), true);
  if (!header || header.heads.length > 3) return b.next - 1;
  const figureLines: Fig[][] = [];
  let j = nextLine(l, header.next);
  for (; j < l.n && isAmountLine(l, j); j = nextLine(l, j + 1))
    figureLines.push(l.words(j).map((w) => amount(w, j)));
  if (figureLines.length === 0) return b.next - 1;
  const readings = segment(rows, figureLines, header.heads.length);
  if (!readings || readings.length === 0) return figureLines.at(-1)![0]!.line;
  // With two columns, each row's second figure is its part, judged by 类 and 款: of several readings, the one
  // in which the parts fail least, when no other fails as little.
  if (header.heads.length !== 2) return figureLines.at(-1)![0]!.line;
  const parents = parentsOf(rows.map((r) => r.code));
  const kids = rows.map((_, p) => rows.flatMap((__, c) => (parents[c] === p ? [c] : [])));
  const part = (figures: readonly Fig[], r: number): Fig =>
    figures[1] ?? { printed: { value: '0', places: 0 }, text: '0', line: rows[r]!.line };
  const sums = (reading: Fig[][]) =>
    rows.flatMap((_, p) => (kids[p]!.length > 0 && reading[p]![1] ? [p] : []));
  const failures = (reading: Fig[][]): number =>
    sums(reading).filter(
      (p) =>
        sumKind(
          kids[p]!.map((c) => part(reading[c]!, c).printed),
          part(reading[p]!, p).printed,
        ) === 'wrong',
    ).length;
  const ranked = readings
    .map((reading) => ({ reading, fails: failures(reading) }))
    .sort((x, y) => x.fails - y.fails);
  const best = ranked[0]!;
  if (ranked.length > 1 && ranked[1]!.fails === best.fails) return figureLines.at(-1)![0]!.line;
  const tried = sums(best.reading);
  if (tried.length === 0 || (tried.length - best.fails) * 5 < tried.length * 4)
    return figureLines.at(-1)![0]!.line;
  best.reading.forEach((figures, r) => (rows[r]!.figures = figures));
  for (const p of tried)
    judgeParent(
      ctx,
      rows[p]!,
      rows[p]!.figures[1]!,
      kids[p]!.map((c) => part(rows[c]!.figures, c)),
      header.heads[1]!,
    );
  return figureLines.at(-1)![0]!.line;
}

/**
 * The ways to cut the lines of one group of k columns into the rows' figures: each row one to k figures, a line
 * never split, every 类 / 款 (and the 合计 row) total the sum of its rows'; null when there are too many.
 */
function segment(rows: readonly Row[], lines: readonly Fig[][], k: number): Fig[][][] | null {
  const codes = rows.map((r) => r.code);
  const parents = parentsOf(codes);
  // The parents whose rows end with row r: judged once row r has its figures.
  const closing: number[][] = rows.map(() => []);
  rows.forEach((_, p) => {
    let lastKid = -1;
    for (let c = p + 1; c < rows.length; c++) if (isBelow(c, p, parents)) lastKid = c;
    if (lastKid >= 0) closing[lastKid]!.push(p);
  });
  const kids = rows.map((_, p) => rows.flatMap((__, c) => (parents[c] === p ? [c] : [])));
  const taken: Fig[][] = rows.map(() => []);
  const found: Fig[][][] = [];
  let steps = 0;
  const go = (r: number, li: number): void => {
    if (found.length > MAX_READINGS || ++steps > MAX_STEPS) return;
    if (r === rows.length) {
      if (li === lines.length) found.push(taken.map((t) => [...t]));
      return;
    }
    let figs: Fig[] = [];
    for (let e = li; e < lines.length; e++) {
      figs = [...figs, ...lines[e]!];
      if (figs.length > k) return;
      // The parts of a row are no more than its total.
      if (figs.slice(1).some((f) => dec(f.printed.value).gt(dec(figs[0]!.printed.value)))) return;
      taken[r] = figs;
      const holds = closing[r]!.every(
        (p) =>
          sumKind(
            kids[p]!.map((c) => taken[c]![0]!.printed),
            taken[p]![0]!.printed,
          ) !== 'wrong',
      );
      if (holds) go(r + 1, e + 1);
    }
  };
  go(0, 0);
  return found.length > MAX_READINGS || steps > MAX_STEPS ? null : found;
}

/** Whether row c lies below row p (its descendant). */
function isBelow(c: number, p: number, parents: readonly number[]): boolean {
  for (let x = parents[c]!; x >= 0; x = parents[x]!) if (x === p) return true;
  return false;
}

/** Each code's name against the catalogue, when four of five known codes fit (else the pairing is off). */
function checkNames(ctx: Ctx, rows: readonly Row[]): void {
  const names = catalogueNames();
  const known = rows.flatMap((r) => {
    const list = r.code ? names.get(r.code) : undefined;
    return list && r.code ? [{ r, list, code: r.code, fits: tableNameFits(list, squashName(r.name)) }] : [];
  });
  const fitting = known.filter((x) => x.fits).length;
  if (known.length < 3 || fitting * 5 < known.length * 4) return;
  for (const { r, list, code, fits } of known) {
    const catalogueName = editionName(ctx.year, code) ?? list[list.length - 1]!;
    claim(
      ctx,
      'table',
      r.line,
      0,
      fits,
      `科目${code}在《政府收支分类科目》中为“${catalogueName}”，表中为“${r.name}”`,
    );
    if (fits || reported(ctx, r.line, 'table.code-name')) continue;
    const other = unverifiedCode(code) ? null : codeNamed(squashName(r.name), code.length, code);
    report(
      ctx,
      r.line,
      'table.code-name',
      other ? 'error' : 'warning',
      `${code} ${r.name}`,
      `${code} ${catalogueName}`,
      `${code} ${r.name}`,
      other
        ? `科目编码${code}的名称应为“${catalogueName}”，表中“${r.name}”是科目${other}的名称，编码与名称不对应。`
        : `科目编码${code}在《政府收支分类科目》中的名称为“${catalogueName}”，表中为“${r.name}”。`,
      0,
    );
  }
}
