/**
 * A score table printed as a tree: a header "一级指标 二级指标 三级指标 分值 得分" and one row per indicator of
 * any level — the 一级 row, then its 二级 rows, then under each its 三级 rows — each row one name and its own
 * 分值 and 得分, the level told by where the name sits (indented under its parent in typed text, or in the
 * level's own column of a tab-separated or Markdown table), then the 合计 (总分) row:
 *
 *     一级指标  二级指标    三级指标          分值    得分
 *     决策                                    15      14.00
 *               目标设定                      6       5.50
 *                           绩效目标合理性    3       3.00
 *     …
 *     合计                                    100     92.50
 *
 * Read only when the reading is certain: every row one name and two figures (then words only: 偏差原因),
 * the names at as many positions as the header has levels or fewer, each row's parent the row above it one
 * level up, and the 分值 a tree: each parent's 分值 the sum of its children's, the 一级 rows' the 合计's.
 * Then each 得分 is within its 分值 (`score.exceeds-weight`) and each parent's 得分, and the 合计's, is the
 * sum of its children's (`score.sum`, at two decimals). A parent whose sum fails only because of a child
 * already reported (a 得分 above its 分值, taken at its 分值; a child's own sum, taken as that sum) is not
 * reported again: the error is the child's.
 *
 * The flat reading of such a table (every row a leaf) is wrong: table-rules.ts leaves a table that
 * `readsAsTree` to this module.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import type { TableRow } from './layout.ts';
import { mentionsAll } from './document-words.ts';
import { WEIGHT_HEAD as WEIGHT, type Table } from './tables.ts';
import { judgeRatio, judgeSum, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const TOTAL = /^(合计|总分|总计)$/;
const LEVEL_HEAD = /^[一二三四五]级(指标)?(名称)?$/;
const WEIGHT_HEAD = { test: (t: string): boolean => WEIGHT.test(t) || t === '标准分' };
const SCORE_HEAD = /^(自评)?得分(?:[（(]分[）)])?$/;
/** Header cells that may follow 得分: words, never figures. */
const TEXT_AFTER = /偏差|原因|改进|措施|备注|说明|分析/;
/** A 得分率 column after 得分 ("得分率", "得分率（%）"): read only by mergedTreeOf. */
const RATE_HEAD = /^得分率(?:[（(][%％][）)]|[%％])?$/;
const SUBTOTAL = /^([\u4e00-\u9fa5]{0,10}?)(?:指标)?小计$/;
const CJK = /[\u4e00-\u9fa5]/;

/** A cell of a row: its text and where it sits (a column for a tab-separated table, a character offset else). */
type TreeCell = { text: string; at: number };
type SourceRow = { line: number; cells: TreeCell[] };

type Node = {
  line: number;
  name: string;
  weight: string;
  score: string;
  excerpt: string;
  children: Node[];
  /** Its 得分率 cell, when the table has the column (mergedTreeOf). */
  rate?: string;
};

/** `rootLevel`: the header's name for the roots' level (一级指标) when every level has rows, else ''. */
type Tree = { roots: Node[]; total: Node | null; rootLevel: string };

const squash = (t: string): string => t.replace(/[\s\u3000]+/g, '');

/** The header: level columns only before 分值, 得分 right after it, then words only. */
function isTreeHeader(texts: readonly string[]): boolean {
  const w = texts.findIndex((t) => WEIGHT_HEAD.test(t));
  if (w < 2 || !SCORE_HEAD.test(texts[w + 1] ?? '')) return false;
  const levels = texts.slice(0, w);
  return (
    levels.every((t) => LEVEL_HEAD.test(t)) &&
    texts.slice(w + 2).every((t, k) => TEXT_AFTER.test(t) || (k === 0 && RATE_HEAD.test(t)))
  );
}

/** A header label of a tree's (a level, 分值, 得分, 得分率, a word column). */
const isLabel = (t: string): boolean =>
  LEVEL_HEAD.test(t) || WEIGHT_HEAD.test(t) || SCORE_HEAD.test(t) || RATE_HEAD.test(t) || TEXT_AFTER.test(t);

/** A header row's labels, a cell holding two labels one space apart ("得分 得分率（%）") split. */
function headerWords(row: TableRow): string[] {
  return row.cells.flatMap((c) => {
    const t = squash(c.text);
    if (t === '' || isLabel(t)) return t === '' ? [] : [t];
    const parts = c.text.trim().split(/\s+/);
    return parts.length > 1 && parts.every(isLabel) ? parts : [t];
  });
}

type Read = { name: string; at: number; weight: string; score: string } | 'skip' | null;

/** One row: a name, its 分值 and 得分, then words only; 'skip' for a line of words (a wrapped name or 偏差原因). */
function readRow(cells: readonly TreeCell[]): Read {
  if (cells.length === 0) return 'skip';
  if (cells.every((c) => !/\d/.test(c.text))) return 'skip';
  const [first, weight, score, ...rest] = cells;
  if (!first || !weight || !score) return null;
  if (!CJK.test(first.text) || /\d/.test(first.text)) return null;
  if (!NUMBER.test(weight.text) || !NUMBER.test(score.text)) return null;
  if (rest.some((c) => !CJK.test(c.text) || NUMBER.test(c.text))) return null;
  return { name: first.text, at: first.at, weight: weight.text, score: score.text };
}

/** The rows as a tree (names by position), or null when they are not one; the 分值 are not looked at. */
function treeOf(header: readonly string[], rows: readonly SourceRow[]): Tree | null {
  const levelCount = header.findIndex((t) => WEIGHT_HEAD.test(t));
  type Flat = Node & { at: number };
  const flat: Flat[] = [];
  let total: Node | null = null;
  for (const row of rows) {
    const cells = row.cells.filter((c) => c.text !== '');
    const excerpt = cells.map((c) => c.text).join(' ');
    if (cells.some((c) => TOTAL.test(c.text))) {
      const nums = cells.filter((c) => NUMBER.test(c.text));
      if (nums.length !== 2 || !TOTAL.test(cells[0]!.text)) return null;
      total = {
        line: row.line,
        name: cells[0]!.text,
        weight: nums[0]!.text,
        score: nums[1]!.text,
        excerpt,
        children: [],
      };
      break;
    }
    const r = readRow(cells);
    if (r === null) return null;
    if (r === 'skip') continue;
    flat.push({ ...r, line: row.line, excerpt, children: [] });
  }
  const positions = [...new Set(flat.map((f) => f.at))].sort((a, b) => a - b);
  if (positions.length < 2 || positions.length > levelCount) return null;
  const roots: Node[] = [];
  // The last row of each level: a row's parent is the last row one level up.
  const open: Node[] = [];
  let previous = -1;
  for (const f of flat) {
    const level = positions.indexOf(f.at);
    if (level > previous + 1) return null;
    const { at: _at, ...node } = f;
    if (level === 0) roots.push(node);
    else open[level - 1]!.children.push(node);
    open[level] = node;
    open.length = level + 1;
    previous = level;
  }
  return { roots, total, rootLevel: positions.length === levelCount ? header[0]! : '' };
}

/** "序号 评价指标 分值 得分 扣分原因": an ordinal column (or none), one name column, 分值, 得分, then words only. */
const ORDINAL_HEAD = /^(序号|编号)$/;
const NAME_HEAD = /^[\u4e00-\u9fa5]{0,4}(指标|项目|内容)(名称)?$/;

function isNumberedHeader(texts: readonly string[]): boolean {
  const start = ORDINAL_HEAD.test(texts[0] ?? '') ? 1 : 0;
  return (
    texts.length >= start + 3 &&
    NAME_HEAD.test(texts[start]!) &&
    WEIGHT_HEAD.test(texts[start + 1]!) &&
    SCORE_HEAD.test(texts[start + 2]!) &&
    texts.slice(start + 3).every((t) => TEXT_AFTER.test(t))
  );
}

/** An ordinal and its kind: "一" "（一）" "1" "（1）" (with or without "、" or "."), the name maybe fused after it. */
const ORDINAL =
  /^(?:([一二三四五六七八九十]{1,3})|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})|[（(](\d{1,2})[）)])(?:[、.．]|(?=[\s\u3000]|$)|(?<=[）)]))[\s\u3000]*(.*)$/;

function ordinalOf(text: string): { kind: number; rest: string } | null {
  const m = ORDINAL.exec(text);
  if (!m) return null;
  const kind = m[1] ? 0 : m[2] ? 1 : m[3] ? 2 : 3;
  return { kind, rest: m[5]!.trim() };
}

/**
 * A score tree printed in one name column, the level told by each row's ordinal — "一 部门决策 20 17.50" (一级),
 * then its "1 目标设定 8 7.00 扣分原因" rows (二级), … then 合计: the ordinal kinds taken as levels in the order
 * they first appear (a kind is one level throughout), each row's parent the last row one level up.
 */
function numberedTreeOf(rows: readonly SourceRow[]): Tree | null {
  const kinds: number[] = [];
  const flat: Array<Node & { level: number }> = [];
  let total: Node | null = null;
  for (const row of rows) {
    const cells = row.cells.filter((c) => c.text !== '');
    const excerpt = cells.map((c) => c.text).join(' ');
    if (cells.length === 0) continue;
    if (TOTAL.test(squash(cells[0]!.text))) {
      const nums = cells.slice(1);
      if (nums.length !== 2 || !nums.every((c) => NUMBER.test(c.text))) return null;
      total = {
        line: row.line,
        name: squash(cells[0]!.text),
        weight: nums[0]!.text,
        score: nums[1]!.text,
        excerpt,
        children: [],
      };
      break;
    }
    if (cells.every((c) => !/\d/.test(c.text))) continue;
    // A row without an ordinal is a kind of its own ("部门决策 20 18.00" over "1 目标设定 …").
    const o = ordinalOf(cells[0]!.text) ?? { kind: 4, rest: '' };
    const named =
      o.kind === 4
        ? cells
        : o.rest === ''
          ? cells.slice(1)
          : [{ text: o.rest, at: cells[0]!.at }, ...cells.slice(1)];
    const r = readRow(named);
    if (r === null || r === 'skip') return null;
    let level = kinds.indexOf(o.kind);
    if (level < 0) {
      kinds.push(o.kind);
      level = kinds.length - 1;
    }
    flat.push({
      name: r.name,
      weight: r.weight,
      score: r.score,
      line: row.line,
      excerpt,
      children: [],
      level,
    });
  }
  if (kinds.length < 2 || total === null) return null;
  const roots: Node[] = [];
  const open: Node[] = [];
  let previous = -1;
  for (const { level, ...node } of flat) {
    if (level > previous + 1) return null;
    if (level === 0) roots.push(node);
    else open[level - 1]!.children.push(node);
    open[level] = node;
    open.length = level + 1;
    previous = level;
  }
  return { roots, total, rootLevel: '一级指标' };
}

/**
 * A tree whose 一级 and 二级 cells are merged over their rows (pdftotext prints each such name once, on a line
 * of its own or beside one of its rows), only the 三级 rows carrying figures, each 一级 closed by its 小计 row:
 *
 *                  立项依据充分性     3   3.00   100.00
 *           项目立项
 *     决策         立项程序规范性     2   2.00   100.00
 *                  …
 *                      小计          15  13.00    86.67
 *     …
 *                      合计         100  87.42    87.42
 *
 * Read as the 一级 rows (the 小计s) over their 三级 rows (the 二级 level, whose merged names cannot be placed
 * for certain, left out): a row of figures is its names, then 分值, 得分 and (under a 得分率 header) the rate;
 * a line of words only is a merged name. A 一级 is named by the one name of its rows left of all the others
 * (or by the 小计's own label, "决策小计"); unnamed when there is none.
 */
function mergedTreeOf(header: readonly string[], rows: readonly SourceRow[]): Tree | null {
  const withRate = header.some((t) => RATE_HEAD.test(t));
  type Figures = { weight: string; score: string; rate?: string };
  const figuresOf = (cells: readonly TreeCell[]): Figures | null => {
    if (cells.length !== (withRate ? 3 : 2)) return null;
    // (The rate may carry its sign: "90.00%".)
    const texts = cells.map((c, i) => (i === 2 ? c.text.replace(/[%％]$/, '') : c.text));
    if (!texts.every((t) => NUMBER.test(t))) return null;
    return { weight: texts[0]!, score: texts[1]!, ...(withRate ? { rate: texts[2]! } : {}) };
  };
  const roots: Node[] = [];
  let leaves: Node[] = [];
  let labels: TreeCell[] = [];
  let leafLeft = Infinity;
  // Where each 一级 name read sits: all in one column, or none is taken.
  const lefts: number[] = [];
  let total: Node | null = null;
  const nameOf = (own: string): string => {
    if (own !== '') return own;
    if (labels.length === 0) return '';
    const left = Math.min(...labels.map((c) => c.at));
    const at = labels.filter((c) => c.at === left);
    if (at.length !== 1 || left >= leafLeft) return '';
    lefts.push(left);
    return squash(at[0]!.text);
  };
  for (const row of rows) {
    const cells = row.cells.filter((c) => c.text !== '');
    if (cells.length === 0) continue;
    const excerpt = cells.map((c) => c.text).join(' ');
    const first = cells.findIndex((c) => /\d/.test(c.text));
    if (first < 0) {
      if (!cells.every((c) => CJK.test(c.text))) return null;
      labels.push(...cells);
      continue;
    }
    const names = cells.slice(0, first);
    const figures = figuresOf(cells.slice(first));
    if (!figures || names.length === 0 || !names.every((c) => CJK.test(c.text))) return null;
    const last = squash(names[names.length - 1]!.text);
    if (TOTAL.test(last)) {
      if (names.length !== 1 || leaves.length > 0 || labels.length > 0) return null;
      total = { line: row.line, name: last, ...figures, excerpt, children: [] };
      break;
    }
    const sub = SUBTOTAL.exec(last);
    if (sub) {
      if (leaves.length === 0) return null;
      labels.push(...names.slice(0, -1));
      roots.push({ line: row.line, name: nameOf(sub[1]!), ...figures, excerpt, children: leaves });
      leaves = [];
      labels = [];
      leafLeft = Infinity;
      continue;
    }
    labels.push(...names.slice(0, -1));
    leafLeft = Math.min(leafLeft, names[names.length - 1]!.at);
    leaves.push({ line: row.line, name: last, ...figures, excerpt, children: [] });
  }
  if (roots.length < 2 || leaves.length > 0 || total === null) return null;
  if (Math.max(...lefts) - Math.min(...lefts) > 2) for (const r of roots) r.name = '';
  return { roots, total, rootLevel: '一级指标' };
}

/** The header's reading: by level columns (treeOf) or by ordinals (numberedTreeOf); null when neither. */
function readTree(header: readonly string[], rows: readonly SourceRow[]): Tree | null {
  if (isTreeHeader(header)) return treeOf(header, rows);
  if (isNumberedHeader(header)) return numberedTreeOf(rows);
  return null;
}

const isAnyTreeHeader = (texts: readonly string[]): boolean => isTreeHeader(texts) || isNumberedHeader(texts);

/** Whether the 分值 form a tree: each parent's the sum of its children's, the roots' the total's. */
function weightsHold(tree: Tree): boolean {
  const adds = (parts: readonly Node[], whole: string): boolean =>
    parts.reduce((s, n) => s.plus(n.weight), dec(0)).eq(whole);
  const walk = (n: Node): boolean =>
    (n.children.length === 0 || adds(n.children, n.weight)) && n.children.every(walk);
  return (
    tree.roots.some((r) => r.children.length > 0) &&
    tree.roots.every(walk) &&
    (tree.total === null || adds(tree.roots, tree.total.weight))
  );
}

/** A table of the document (table-rules.ts) read as a score tree: its cells by column. */
export function readsAsTree(table: Table): boolean {
  const headerOf = (cells: readonly { text: string }[]): string[] =>
    cells.map((c) => squash(c.text)).filter((t) => t !== '');
  const h = table.rows.findIndex((r) => isAnyTreeHeader(headerOf(r.cells)));
  if (h < 0) return false;
  const header = headerOf(table.rows[h]!.cells);
  const rows = table.rows.slice(h + 1).map((r) => ({
    line: r.line,
    cells: r.cells.map((c, i) => ({ text: c.text.trim(), at: i })),
  }));
  const tree = readTree(header, rows);
  return tree !== null && (isTreeHeader(header) || weightsHold(tree));
}

export function checkScoreTrees(ctx: Ctx): void {
  // (Its header names a level column and 得分.)
  if (!mentionsAll(ctx, ['级', '得分'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || !['space', 'tsv', 'markdown'].includes(block.shape)) continue;
    const h = block.rows.findIndex((r) => isAnyTreeHeader(headerWords(r)));
    if (h < 0) continue;
    const header = headerWords(block.rows[h]!);
    const rows = block.rows.slice(h + 1);
    const read = rows.map((r) => ({
      line: r.line,
      cells: r.cells.map((c) => ({ text: c.text.trim(), at: c.start })),
    }));
    const tree =
      readTree(header, read) ??
      (block.shape === 'space' && isTreeHeader(header) ? mergedTreeOf(header, read) : null);
    if (!tree) continue;
    const weightFix = weightsHold(tree) ? null : misprintedWeight(tree);
    if (!weightsHold(tree) && !weightFix) continue;
    // Another rule read these rows (a score claim on them): its reading stands.
    const last = tree.total?.line ?? rows[rows.length - 1]!.line;
    const first = rows[0]!.line;
    if (ctx.claims.some((c) => c.kind === 'score' && c.line - 1 >= first && c.line - 1 <= last)) continue;
    if (weightFix) reportWeight(ctx, weightFix);
    const fixes = judgeTree(ctx, tree);
    checkRates(ctx, tree, fixes);
    checkRootsInText(ctx, tree.roots.some((r) => r.name === '') ? [] : tree.roots, fixes);
  }
}

/** A row whose printed 分值 is at fault, with the 分值 its parent's sum and its own 得分率 both prove. */
type WeightFix = { node: Node; parent: Node; printed: string; right: string };

/** Whether a row's 得分率 holds with this 分值 (undefined when it cannot be judged). */
function rateHolds(n: Node, weight: string): boolean | undefined {
  if (n.rate === undefined || dec(weight).lte(0) || dec(n.score).gt(weight)) return undefined;
  const v = judgeRatio(
    printed(n.rate),
    [printed(n.score), printed(weight)],
    ([x, y]) => x!.div(y!).times(100),
    SHARE,
  );
  return v ? v.kind !== 'wrong' : undefined;
}

/**
 * The one misprinted 分值 that keeps a tree from being one (mergedTreeOf, under a 得分率 column): a single 一级
 * whose rows' 分值 miss its own by d, the 一级 rows adding up to the 合计's, and exactly one of its rows whose
 * 得分率 is wrong with its printed 分值 but right with that 分值 + d, every other row's 得分率 right. The tree is
 * then repaired (that row takes the proven 分值) and read; null when no such row is certain.
 */
function misprintedWeight(tree: Tree): WeightFix | null {
  if (tree.total === null || tree.roots.some((r) => r.children.some((c) => c.children.length > 0)))
    return null;
  const sum = (nodes: readonly Node[]) => nodes.reduce((s, n) => s.plus(n.weight), dec(0));
  if (!sum(tree.roots).eq(tree.total.weight)) return null;
  const off = tree.roots.filter((r) => !sum(r.children).eq(r.weight));
  if (off.length !== 1) return null;
  const parent = off[0]!;
  const gap = dec(parent.weight).minus(sum(parent.children));
  const suspects = parent.children.filter((c) => rateHolds(c, c.weight) === false);
  if (suspects.length !== 1) return null;
  const node = suspects[0]!;
  if (parent.children.some((c) => c !== node && rateHolds(c, c.weight) !== true)) return null;
  const right = dec(node.weight).plus(gap).toString();
  if (rateHolds(node, right) !== true) return null;
  const fix = { node, parent, printed: node.weight, right };
  node.weight = right;
  return fix;
}

function reportWeight(ctx: Ctx, f: WeightFix): void {
  const others = f.parent.children.filter((c) => c !== f.node).map((c) => c.weight);
  const arithmetic = `${quoted(f.parent.name)}分值${f.parent.weight} − ${others.join(' − ')} = ${f.right}，得分${f.node.score} ÷ ${f.right} × 100 = ${f.node.rate}`;
  claim(ctx, 'score', f.node.line, 0, false, `${quoted(f.node.name)}分值：${arithmetic}，表中${f.printed}`);
  report(
    ctx,
    f.node.line,
    'score.weight-sum',
    'error',
    f.node.excerpt,
    f.right,
    f.printed,
    `${quoted(f.node.name)}分值应为${f.right}：${arithmetic}，表中分值为${f.printed}。`,
  );
}

/**
 * The 得分率 column (mergedTreeOf): each row's = 得分 ÷ 分值 × 100 within the rounding of its figures
 * (`score.rate`); a 一级 whose 得分 was found wrong may print the rate of its right 得分 (the sum of its rows). A
 * 得分 above its 分值 is left to that finding.
 */
function checkRates(ctx: Ctx, tree: Tree, fixes: ReadonlyArray<string | null>): void {
  const judge = (n: Node, fix: string | null): void => {
    if (n.rate === undefined || dec(n.weight).isZero() || dec(n.score).gt(n.weight)) return;
    const rate = printed(n.rate);
    const verdict = (score: string) =>
      judgeRatio(rate, [printed(score), printed(n.weight)], ([x, y]) => x!.div(y!).times(100), SHARE);
    const v = verdict(n.score);
    if (!v) return;
    const ok = v.kind !== 'wrong' || (fix !== null && verdict(fix)?.kind === 'ok');
    const exact = v.kind === 'ok' ? n.rate : show(v.exact, rate.places);
    const arithmetic = `得分${n.score} ÷ 分值${n.weight} × 100 = ${exact}`;
    claim(ctx, 'share', n.line, 0, ok, `${quoted(n.name)}得分率：${arithmetic}，表中${n.rate}`);
    if (v.kind === 'ok' || (ok && v.kind === 'wrong')) return;
    report(
      ctx,
      n.line,
      'score.rate',
      v.severity,
      n.excerpt,
      exact,
      n.rate,
      `${quoted(n.name)}得分率应为 ${arithmetic}，表中为${n.rate}${verdictClause(v.kind)}。`,
    );
  };
  tree.roots.forEach((r, k) => {
    r.children.forEach((c) => judge(c, null));
    judge(r, fixes[k] ?? null);
  });
  if (tree.total) judge(tree.total, null);
}

const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

/** A name in quotes, unless it holds quotes of its own ("“三公”经费控制率"). */
const quoted = (name: string): string => (name === '' ? '小计' : /[“”"]/.test(name) ? name : `“${name}”`);

/**
 * Judges every node, children first; a node found wrong hands its parent the value to take for it (its
 * children's sum for a wrong sum, its 分值 for a leaf's 得分 above it). A parent's 得分 above its 分值 is not
 * reported: its sum is wrong, or a child's 得分 is above its own 分值.
 */
function judgeTree(ctx: Ctx, tree: Tree): ReadonlyArray<string | null> {
  const visit = (n: Node): string | null => {
    if (n.children.length > 0)
      return judgeParent(
        ctx,
        n,
        n.children,
        n.children.map(visit),
        `${quoted(n.name)}的得分应为其下各项得分之和`,
      );
    if (!dec(n.score).gt(n.weight)) return null;
    report(
      ctx,
      n.line,
      'score.exceeds-weight',
      'error',
      n.excerpt,
      `≤${n.weight}`,
      n.score,
      `${quoted(n.name)}得分${n.score}超过该指标分值${n.weight}。`,
    );
    return n.weight;
  };
  const fixes = tree.roots.map(visit);
  if (tree.total)
    judgeParent(
      ctx,
      tree.total,
      tree.roots,
      fixes,
      `${tree.total.name}应为各${tree.rootLevel || '项'}得分之和`,
    );
  return fixes;
}

/**
 * The children's scores, some of those found wrong taken at their right values, that add up to the parent's
 * (all of them first, then each other choice: a child's value may be wrong either way); null when none does.
 */
function holdingFix(
  children: readonly Node[],
  fixes: ReadonlyArray<string | null>,
  whole: Printed,
): string[] | null {
  const wrong = fixes.flatMap((f, i) => (f === null ? [] : [i]));
  if (wrong.length === 0 || wrong.length > 8) return null;
  for (let mask = (1 << wrong.length) - 1; mask > 0; mask--) {
    const values = children.map((c) => c.score);
    wrong.forEach((i, bit) => {
      if (mask & (1 << bit)) values[i] = fixes[i]!;
    });
    if (judgeSum(values.map(printed), whole, 2).kind === 'ok') return values;
  }
  return null;
}

/** A parent's 得分 against its children's; the children's sum when it does not hold (and is reported). */
function judgeParent(
  ctx: Ctx,
  parent: Node,
  children: readonly Node[],
  fixes: ReadonlyArray<string | null>,
  what: string,
): string | null {
  const parts = children.map((c) => printed(c.score));
  const whole = printed(parent.score);
  const v = judgeSum(parts, whole, 2);
  const list = children.map((c) => c.score).join(' + ');
  if (v.kind === 'ok') {
    claim(ctx, 'score', parent.line, 0, true, `${what} ${list}，表中${parent.score}`);
    return null;
  }
  const sum = showAs(v.total, [...parts, whole]);
  // The sum holds once the children found wrong take their right values: the error is theirs.
  const fixed = holdingFix(children, fixes, whole);
  if (fixed) {
    claim(
      ctx,
      'score',
      parent.line,
      0,
      true,
      `${what} ${fixed.join(' + ')}（已报错的项按其应有值计），表中${parent.score}`,
    );
    return null;
  }
  claim(ctx, 'score', parent.line, 0, v.kind !== 'wrong', `${what} ${list}，表中${parent.score}`);
  report(
    ctx,
    parent.line,
    'score.sum',
    v.severity,
    parent.excerpt,
    sum,
    parent.score,
    `${what} ${list} = ${sum}，表中为${parent.score}${v.kind === 'rounding' ? '（相差在四舍五入范围内）' : ''}。`,
  );
  return v.kind === 'wrong' ? sum : null;
}

/** A 一级's weight stated before its score: "决策指标满分15分，得分13.50分". */
const WEIGHT_FIRST = String.raw`(?:满分|分值|权重)(?:为)?\d{1,3}(?:\.\d{1,2})?分[，,]?`;
/** A score in the text: "14.00分" (not "分值"). */
const SCORE_IN_TEXT = /(\d{1,3}(?:\.\d{1,2})?)\s*分(?![值数])/g;
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The 一级 scores as the text lists them — "其中：决策指标14.00分，过程指标23.50分，产出指标37.00分，效益指标
 * 18.00分" — against the table's 一级 rows (`figure.text-table`). Read only in a sentence naming every 一级
 * row, in the table's order, each at the start of a clause with its score right after it (a suffix 指标, 类指标
 * or 得分 between), and holding no other score than these and at most one more (the total).
 */
export function checkRootsInText(
  ctx: Ctx,
  roots: ReadonlyArray<Pick<Node, 'name' | 'score'>>,
  fixes: ReadonlyArray<string | null>,
): void {
  if (roots.length < 2) return;
  const patterns = roots.map(
    (r) =>
      new RegExp(
        `(?<=^|[：:，,、；;（(])\\s*(${escape(r.name)})(?:类)?(?:指标)?(?:${WEIGHT_FIRST})?(?:得分)?(?:为)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分(?![值数])`,
        'g',
      ),
  );
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph') continue;
    const li = block.first;
    const line = ctx.lines[li] ?? '';
    if (!line.includes(roots[0]!.name)) continue;
    for (const s of sentencesAt(ctx, li)) {
      const found: Array<{ at: number; value: string; valueAt: number }> = [];
      let from = 0;
      for (const re of patterns) {
        re.lastIndex = from;
        const m = re.exec(s.text);
        if (!m) break;
        found.push({ at: m.index, value: m[2]!, valueAt: m.index + m[0].lastIndexOf(m[2]!) });
        from = m.index + m[0].length;
      }
      if (found.length !== roots.length) continue;
      // (A weight in brackets after a score, "（权重15分）", is not another score.)
      const scores = s.text
        .replace(/[（(](?:满分|分值|权重)[^（）()]*[）)]/g, '')
        .replace(new RegExp(WEIGHT_FIRST, 'g'), '')
        .matchAll(SCORE_IN_TEXT);
      if ([...scores].length > roots.length + 1) continue;
      roots.forEach((r, k) => {
        const { value, valueAt } = found[k]!;
        const p = (value.split('.')[1] ?? '').length;
        // A root found wrong in the table (its sum): the text may state the right value.
        const fix = fixes[k] ?? null;
        const same = (v: string): boolean => dec(value).eq(v) || roundHalfUp(dec(v), p).eq(value);
        const ok = same(r.score) || (fix !== null && same(fix));
        const where = s.start + valueAt;
        claim(ctx, 'score', li, where, ok, `表中${r.name}得分${r.score}，文中${value}分`);
        if (ok) return;
        report(
          ctx,
          li,
          'figure.text-table',
          'error',
          excerptOf(line, s.start + found[k]!.at, where + value.length, 10),
          `${r.score}分`,
          `${value}分`,
          `表中${quoted(r.name)}得分为${r.score}，文中为${value}分。`,
          where,
        );
      });
    }
  }
}
