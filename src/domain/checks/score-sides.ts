/**
 * A 自评表 that prints two (or three) indicators side by side on each row, under a header that repeats its
 * columns — "三级指标 年度指标值 实际完成值 分值 得分 三级指标 年度指标值 实际完成值 分值 得分" — its 一级 as
 * full-width group rows "产出指标（50分）", then the 总分 row:
 *
 *     三级指标      年度指标值  实际完成值  分值  得分  三级指标      年度指标值  实际完成值  分值  得分
 *                               产出指标（50分）
 *     新建泵站数量  1座         1座         10    10    管网改造长度  ≥4.2公里    4.35公里    10    10
 *     …
 *     总分                                  100                                              95.00
 *
 * Each indicator's 分值 and 得分: the two plain numbers ending it (followed by the row's end or the next
 * indicator's name). Judged only when the reading is certain: every group's 分值 add up to the group row's
 * weight, and all of them (with the 项目资金 part's, "年度资金总额 … 10 91.99% 9.00", when the total counts it)
 * to the 总分's 分值 — then as score-pairs.ts judges a table of one indicator a row: a 得分 above its 分值
 * (`score.exceeds-weight`), Σ 得分 against the 总分's (`score.sum`), and each group's Σ 得分 against the score
 * the text states for it ("其中：…产出指标45.00分，…", `figure.text-table`).
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { judgePairs, scoredBetween, type Pair } from './score-pairs.ts';
import { squashedCells } from './table-row.ts';
import { WEIGHT_HEAD } from './tables.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const TOTAL = /^(总分|合计|总计)$/;
const SCORE_HEAD = /^(自评)?得分$/;
/** A group row: "产出指标（50分）", "效益指标(30)". */
const GROUP = /^([\u4e00-\u9fa5]{2,10}?)[（(](\d{1,3})分?[）)]$/;
const CJK = /^[\u4e00-\u9fa5“"]/;

const squash = (t: string): string => t.replace(/[\s\u3000]+/g, '');
const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

type Group = { name: string; weight: string; pairs: Pair[] };

/** How many times the header repeats its columns (2 or 3), each copy ending with 分值 and 得分; 0 when not. */
function copiesOf(texts: readonly string[]): number {
  for (const n of [2, 3]) {
    if (texts.length % n !== 0) continue;
    const w = texts.length / n;
    if (w < 3) continue;
    const first = texts.slice(0, w);
    if (!WEIGHT_HEAD.test(first[w - 2]!) || !SCORE_HEAD.test(first[w - 1]!)) continue;
    if (!first.some((t) => /指标/.test(t))) continue;
    let same = true;
    for (let k = 1; k < n && same; k++)
      same = texts.slice(k * w, (k + 1) * w).every((t, i) => t === first[i]);
    if (same) return n;
  }
  return 0;
}

/**
 * The 分值/得分 pairs of one row: each run of plain numbers followed by the row's end or a name, its last two;
 * null when a run is a single number or the row holds more indicators than the header has copies.
 */
function pairsOf(tokens: readonly string[], line: number, copies: number): Pair[] | null {
  const pairs: Pair[] = [];
  let run: string[] = [];
  let named = false;
  const close = (): boolean => {
    if (run.length === 0) return true;
    if (run.length < 2 || !named) return false;
    pairs.push({ weight: run[run.length - 2]!, score: run[run.length - 1]!, line, oneLine: true });
    run = [];
    named = false;
    return true;
  };
  for (const t of tokens) {
    if (NUMBER.test(t)) {
      run.push(t);
      continue;
    }
    // A name after a run of numbers opens the next indicator; a value (≥4.2公里, 100%) does not.
    if (run.length > 0 && CJK.test(t) && !close()) return null;
    if (run.length > 0) run = [];
    if (CJK.test(t)) named = true;
  }
  if (!close() || pairs.length > copies) return null;
  return pairs;
}

export function checkSideBySideScores(ctx: Ctx): void {
  // (Its header names 指标 and ends in 分值 / 权重 and 得分; its table closes with a 总分 / 合计 / 总计 row.)
  if (!mentionsAll(ctx, ['得分', '指标']) || !mentionsAny(ctx, ['总分', '合计', '总计'])) return;
  const blocks = ctx.layout.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'table' || block.shape !== 'space') continue;
    let copies = 0;
    const h = block.rows.findIndex((r) => (copies = copiesOf(squashedCells(r))) > 0);
    if (h < 0) continue;
    const groups: Group[] = [];
    const loose: Pair[] = [];
    let total: Pair | null = null;
    let excerpt = '';
    let fails = false;
    for (const row of block.rows.slice(h + 1)) {
      const tokens = row.cells.flatMap((c) => c.text.trim().split(/[\s\u3000]+/)).filter((t) => t !== '');
      if (tokens.length === 0) continue;
      if (TOTAL.test(tokens[0]!)) {
        const nums = tokens.slice(1);
        if (nums.length !== 2 || !nums.every((t) => NUMBER.test(t))) fails = true;
        else total = { weight: nums[0]!, score: nums[1]!, line: row.line, oneLine: true };
        excerpt = tokens.join(' ');
        break;
      }
      const g = tokens.length === 1 ? GROUP.exec(squash(tokens[0]!)) : null;
      if (g) {
        groups.push({ name: g[1]!, weight: g[2]!, pairs: [] });
        continue;
      }
      if (tokens.every((t) => !/\d/.test(t))) continue;
      const pairs = pairsOf(tokens, row.line, copies);
      if (!pairs || pairs.length === 0) {
        fails = true;
        break;
      }
      (groups.length > 0 ? groups[groups.length - 1]!.pairs : loose).push(...pairs);
    }
    if (fails || !total) continue;
    // Pairs before the first group row, or groups whose 分值 do not add up to their weight: not a certain reading.
    if (groups.length > 0 && (loose.length > 0 || !groups.every((g) => addsUp(g.pairs, g.weight)))) continue;
    const leaves = groups.length > 0 ? groups.flatMap((g) => g.pairs) : loose;
    if (leaves.length < 2 || scoredBetween(ctx, block.rows[h]!.line, total.line)) continue;
    const counted = judgePairs(ctx, block.rows[h]!.line, leaves, total, excerpt, true);
    if (counted) checkGroupsInText(ctx, groups, total.line);
  }
}

const addsUp = (pairs: readonly Pair[], whole: string): boolean =>
  pairs.length > 0 && pairs.reduce((s, p) => s.plus(p.weight), dec(0)).eq(whole);

/** A group's score in the text: "产出指标45.00分", "产出指标得分47.00分" (as a clause of a list). */
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each group's Σ 得分 (a 得分 above its 分值 taken at its 分值) against the one score a paragraph after the
 * table states for that group's name, at the start of a clause: "其中：预算执行9.00分，产出指标45.00分，…".
 */
function checkGroupsInText(ctx: Ctx, groups: readonly Group[], after: number): void {
  if (groups.length < 2) return;
  const patterns = groups.map(
    (g) =>
      new RegExp(
        `(?<=^|[：:，,、；;])\\s*(${escape(g.name)})(?:得分)?(?:为)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分(?![值数])(?!\\s*[（(])`,
        'g',
      ),
  );
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || block.first <= after) continue;
    const li = block.first;
    const line = ctx.lines[li] ?? '';
    if (!line.includes('分')) continue;
    groups.forEach((g, k) => {
      if (!line.includes(g.name)) return;
      const re = patterns[k]!;
      const found = [...line.matchAll(re)];
      if (found.length !== 1) return;
      const m = found[0]!;
      const value = m[2]!;
      const capped = g.pairs.map((p) => (dec(p.score).gt(p.weight) ? p.weight : p.score));
      const parts = g.pairs.map((p) => printed(p.score));
      const asPrinted = judgeSum(parts, printed(value), 2);
      const asCapped = judgeSum(capped.map(printed), printed(value), 2);
      const ok = asPrinted.kind !== 'wrong' || asCapped.kind !== 'wrong';
      const list = capped.join(' + ');
      const where = m.index + m[0].lastIndexOf(value);
      claim(ctx, 'score', li, where, ok, `表中${g.name}各项得分之和 ${list}，文中${value}分`);
      if (ok) return;
      const sum = showAs(asCapped.total, [...capped.map(printed), printed(value)]);
      report(
        ctx,
        li,
        'figure.text-table',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 10),
        `${sum}分`,
        `${value}分`,
        `表中“${g.name}”各项得分之和 ${list} = ${sum}${capped.some((c, i) => c !== g.pairs[i]!.score) ? '（超过分值的得分按分值计）' : ''}，文中为${value}分。`,
        where,
      );
    });
  }
}
