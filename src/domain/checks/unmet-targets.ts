/**
 * A 自评表 indicator that missed its target yet got its full 分值: "物资轮换及时率 | ≥95% | 92.0% | 5 | 5.00". The
 * national rule for a quantified indicator (正向: 实际值 ÷ 指标值 × 分值; 反向: 指标值 ÷ 实际值 × 分值) and every
 * other rule kind (tiers, deviation) give less than the 分值 to a missed target: an error (`score.rule`), with
 * the score the national rule gives. Read only in a row whose cells run target, actual, 分值, 得分 (empty cells
 * aside), the target a bound (≥, 不少于, ≤, 不超过…) and the actual in its unit; not a date; not when the document
 * states a tolerance that gives full marks ("偏差…以内…满分"). A met target scored below its 分值 with a 偏差原因
 * as the row's last cell: a warning (metButDeducted). A 指标性质 word printed in the target's cell ("反向 ≤1%") is
 * not part of the bound; a document stating the deviation rule for a 反向 indicator ("超过的按（1−(实际完成值−年度
 * 指标值)/年度指标值）×分值计分") has its score computed by that rule. A target of 100% printed without its bound is
 * read as ≥100%; a form printed a cell a line (plain pdftotext) is read row by row (checkCellLines).
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceWords, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import type { TableRow } from './table-row.ts';
import { show } from './verdict.ts';

/** A target as a bound: its sign, figure and unit (%, or up to three Chinese characters). */
export const TARGET =
  /^(≥|>=|＞|>|不少于|不低于|大于等于|≤|<=|＜|<|不超过|不高于|小于等于)\s*(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5]{0,3})$/;
const ACTUAL = /^(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5]{0,3})$/;
export const PLAIN = /^\d+(?:\.\d+)?$/;
export const BOUND_START = /^\s*[≥≤><＞＜不大小]/;
const DATE_UNIT = /^(?:年|月|日|天|年度)$/;
const CEILING = /^(?:≤|<=|＜|<|不超过|不高于|小于等于)$/;
const STRICT = /^(?:＞|>|＜|<)$/;
/** A 指标性质 word opening the target's cell: "反向 ≤1%". */
const NATURE = /^\s*(?:正向|反向|定量)\s*/;
/** The document's own rule for a 反向 indicator over its bound: (1 − (实际值 − 指标值) ÷ 指标值) × 分值. */
const CEILING_DEVIATION =
  /反向指标[^。]{0,60}?[（(]\s*1\s*[−\-－]\s*[（(]\s*实际(?:完成)?值\s*[−\-－]\s*(?:年度)?指标值\s*[)）]\s*[/÷]\s*(?:年度)?指标值\s*[)）]\s*[×*]\s*分值/;
/** A target of 100% printed without its bound: a floor (nothing is above it). */
const BARE_FULL = /^100(?:\.0+)?\s*[%％]$/;
const TOLERANCE = /偏差[^。]{0,20}以内[^。]{0,20}满分|满分[^。]{0,20}偏差[^。]{0,20}以内/;

export function checkUnmetTargets(ctx: Ctx): void {
  // (The lines' test below, asked of the whole document first: cached, one scan per word.)
  if (!mentionsAny(ctx, ['≥', '≤', '不少于', '不超过'])) return;
  if (
    !ctx.lines.some((l) => l.includes('≥') || l.includes('≤') || l.includes('不少于') || l.includes('不超过'))
  )
    return;
  if (ctx.lines.some((l) => l.includes('满分') && TOLERANCE.test(l))) return;
  const deviation = ctx.lines.some(
    (l) => l.includes('反向指标') && CEILING_DEVIATION.test(l.replace(/\s+/g, '')),
  );
  const tableLines = new Set<number>();
  for (const b of ctx.layout.blocks)
    if (b.kind === 'table')
      b.rows.forEach((r, k) => {
        tableLines.add(r.line);
        for (const c of r.cells) tableLines.add(c.line);
        if (r.cells.length >= 4) checkRow(ctx, r, deviation);
        const joined = unitWrapped(r, b.rows[k + 1], b.rows[k - 1]);
        if (joined) checkRow(ctx, joined, deviation);
      });
  checkPlainRows(ctx, tableLines, deviation);
}

/**
 * The rows plain `pdftotext` prints one text line of the form at a time, outside any table the layout finds:
 * "质量指标 抗体合格 ≥70% 68.4% 7" with its 得分 (and 偏差原因) on the next line, "7 无". Read only when the line
 * ends with the target, the actual and a bare 分值 and the next line holds the bare 得分 and at most a reason
 * (a row of a table the layout missed runs on with more cells).
 */
function checkPlainRows(ctx: Ctx, tableLines: ReadonlySet<number>, deviation: boolean): void {
  const n = ctx.source.length;
  for (let i = 0; i + 1 < n; i++) {
    if (tableLines.has(i)) continue;
    const w = sourceWords(ctx, i);
    if (w.length === 1 && BOUND_START.test(w[0]!)) {
      checkCellLines(ctx, i, tableLines, deviation);
      continue;
    }
    if (w.length < 3 || !BOUND_START.test(w[w.length - 3]!) || !PLAIN.test(w[w.length - 1]!)) continue;
    let j = i + 1;
    while (j < n && sourceWords(ctx, j).length === 0) j++;
    const next = j < n && !tableLines.has(j) ? sourceWords(ctx, j) : [];
    if (next.length === 0 || next.length > 2 || !PLAIN.test(next[0]!)) continue;
    if (next.length === 2 && (/\d/.test(next[1]!) || !/^[\u4e00-\u9fa5]/.test(next[1]!))) continue;
    const cell = (text: string, line: number): TableRow['cells'][number] => ({
      text,
      line,
      start: 0,
      end: 0,
    });
    const cells = [
      cell(w[w.length - 4] ?? '', i),
      ...w.slice(-3).map((t) => cell(t, i)),
      ...next.map((t) => cell(t, j)),
    ];
    checkRow(ctx, { line: i, cells }, deviation);
  }
}

/**
 * A row of a form plain `pdftotext` prints a cell a line: the indicator's name, its target, its actual, its 分值
 * and its 得分 each on a line of its own ("资助人数 / ≥3200人次 / 3086人次 / 10 / 10").
 */
function checkCellLines(ctx: Ctx, at: number, tableLines: ReadonlySet<number>, deviation: boolean): void {
  const cells: TableRow['cells'] = [];
  const one = (i: number): string | null => {
    const w = i >= 0 && i < ctx.source.length && !tableLines.has(i) ? sourceWords(ctx, i) : [];
    return w.length === 1 ? w[0]! : null;
  };
  const name = one(at - 1);
  if (name === null || /\d/.test(name)) return;
  for (let i = at - 1; i <= at + 3; i++) {
    const text = one(i);
    if (text === null) return;
    cells.push({ text, line: i, start: 0, end: 0 });
  }
  if (!PLAIN.test(cells[3]!.text) || !PLAIN.test(cells[4]!.text) || PLAIN.test(one(at + 4) ?? '')) return;
  checkRow(ctx, { line: at, cells }, deviation);
}

/**
 * A row whose 实际完成值 has its unit cut at the cell's edge: "本 | ≤90万元 | 93.72万" over "元 | 10 | 10.00 | 无偏差".
 * The row ends with a bound and a figure with at most two characters of unit, the next row opens with one or two
 * characters and nothing else in that cell: the two rows as one, the unit joined (checkRow then asks the actual's
 * unit to be the target's).
 */
function unitWrapped(row: TableRow, next: TableRow | undefined, prev: TableRow | undefined): TableRow | null {
  if (!next) return null;
  const cells = row.cells.filter((c) => c.text.trim() !== '');
  const below = next.cells.filter((c) => c.text.trim() !== '');
  const last = cells[cells.length - 1];
  const bound = cells[cells.length - 2];
  const rest = below[0];
  if (!last || !bound || !rest || below.length < 3) return null;
  if (
    !/\d\s*[\u4e00-\u9fa5]{0,2}$/.test(last.text.trim()) ||
    !/^[\u4e00-\u9fa5]{1,2}$/.test(rest.text.trim())
  )
    return null;
  if (!BOUND_START.test(bound.text.replace(NATURE, '').replace(/^[\u4e00-\u9fa5]+\s+/, ''))) return null;
  const joined = { ...last, text: last.text.trim() + rest.text.trim() };
  // (A name's last characters alone before the bound — "疫苗采购成" over "本": the name's head ends the row above.)
  const name = cells[cells.length - 3];
  const head =
    prev?.cells
      .filter((c) => c.text.trim() !== '')
      .pop()
      ?.text.trim() ?? '';
  const named =
    name && /^[\u4e00-\u9fa5]{1,2}$/.test(name.text.trim()) && /^[\u4e00-\u9fa5]{2,12}$/.test(head)
      ? [{ ...name, text: head + name.text.trim() }]
      : name
        ? [name]
        : [];
  return { ...row, cells: [...cells.slice(0, -3), ...named, bound, joined, ...below.slice(1)] };
}

/** A cell's bound and, when the bound ends a cell that names the indicator first, that name. */
function boundOf(text: string): [string, string | null] {
  const bounded = text.replace(NATURE, '');
  if (BOUND_START.test(bounded)) return [bounded, null];
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !BOUND_START.test(last)) return [bounded, null];
  return [last, words.slice(0, -1).join('')];
}

function checkRow(ctx: Ctx, row: TableRow, deviation: boolean): void {
  const cells = row.cells.filter((c) => c.text.trim() !== '');
  for (let i = 0; i + 3 < cells.length; i++) {
    // (The layout may leave the bound in its name's cell, after a space: "系统巡检次数 ≥12次".)
    // (A target of 100% printed bare — "验收合格率 | 100% | 90%" — is read as ≥100%.)
    const [bounded, named] = BARE_FULL.test(cells[i]!.text.trim())
      ? ['≥100%', null]
      : boundOf(cells[i]!.text);
    // (A bound opens with ≥ ≤ > < ＞ ＜ 不 大 小: most cells fail on their first character.)
    if (!BOUND_START.test(bounded)) continue;
    const target = TARGET.exec(bounded.replace(/\s+/g, ''));
    if (!target) continue;
    const actual = ACTUAL.exec(cells[i + 1]!.text.replace(/\s+/g, ''));
    const [w, s] = [cells[i + 2]!.text.trim(), cells[i + 3]!.text.trim()];
    if (!actual || actual[2] !== target[3] || DATE_UNIT.test(actual[2]!) || !PLAIN.test(w) || !PLAIN.test(s))
      return;
    const [bound, t, a] = [target[1]!, dec(target[2]!), dec(actual[1]!)];
    const weight = dec(w);
    if (weight.isZero() || t.isZero() || a.isZero()) return;
    const ceiling = CEILING.test(bound);
    const met = ceiling ? (STRICT.test(bound) ? a.lt(t) : a.lte(t)) : STRICT.test(bound) ? a.gt(t) : a.gte(t);
    if (met) {
      if (dec(s).lt(weight)) metButDeducted(ctx, row, cells, i, target, actual[1]!, named);
      return;
    }
    if (!dec(s).eq(weight)) return;
    const bareFull = BARE_FULL.test(cells[i]!.text.trim());
    const places = Math.max(2, (s.split('.')[1] ?? '').length);
    // (The document's own deviation rule for a 反向 indicator; none past twice the bound.)
    const stated = ceiling && deviation;
    const share = stated ? dec(1).minus(a.minus(t).div(t)) : ceiling ? t.div(a) : a.div(t);
    const due = (share.isNegative() ? dec(0) : share).times(weight);
    const dueText = show(due, places);
    if (dec(dueText).eq(weight)) return;
    const name = named ?? cells[i - 1]?.text.replace(/\s+/g, '') ?? '';
    const arithmetic = stated
      ? `（1 − (${actual[1]} − ${target[2]}) ÷ ${target[2]}）× ${w} = ${dueText}`
      : ceiling
        ? `${target[2]} ÷ ${actual[1]} × ${w} = ${dueText}`
        : `${actual[1]} ÷ ${target[2]} × ${w} = ${dueText}`;
    const u = target[3]!;
    claim(
      ctx,
      'score',
      row.line,
      0,
      false,
      `“${name}”指标值${bound}${target[2]}${u}，实际${actual[1]}${u}，未达到：${arithmetic}，表中得满分${s}`,
    );
    report(
      ctx,
      row.line,
      'score.rule',
      'error',
      cells
        .slice(Math.max(0, i - 1), i + 4)
        .map((c) => c.text.trim())
        .join(' '),
      dueText,
      s,
      `“${name}”年度指标值${bareFull ? '' : bound}${target[2]}${u}，实际完成值${actual[1]}${u}，未达到目标，却得满分${s}分；按${stated ? '表中所述反向指标计分规则' : '完成比例计分'}应为 ${arithmetic}分。`,
      0,
    );
    return;
  }
}

/** A 偏差原因 cell: text that names a cause, not "无" / "无偏差" / a dash. */
const NO_REASON = /^(?:无|无偏差|没有偏差|无差异|未偏差|—+|-+|－|\/|\\)$/;

/**
 * A met target scored below its 分值 with a 偏差原因 beside it ("群众满意度 | ≥85% | 93% | 8 | 7.20 | 宣传不到位"):
 * a met bound normally scores full marks, so the row's 得分 or its 实际完成值 is likely wrong — a warning
 * (`score.rule`). Read only when the cell after the 得分 states a reason (Chinese text, not "无") and is the
 * row's last (not the name of a second indicator printed beside the first).
 */
function metButDeducted(
  ctx: Ctx,
  row: TableRow,
  cells: readonly TableRow['cells'][number][],
  i: number,
  target: RegExpExecArray,
  actual: string,
  named: string | null,
): void {
  // (The reason is the row's last cell: a row holding two indicators side by side has the next one's name there.)
  if (cells.length !== i + 5) return;
  const reason = cells[i + 4]!.text.replace(/\s+/g, '');
  if (NO_REASON.test(reason) || !/^[\u4e00-\u9fa5]/.test(reason) || /\d/.test(reason)) return;
  const [w, s] = [cells[i + 2]!.text.trim(), cells[i + 3]!.text.trim()];
  const name = named ?? cells[i - 1]?.text.replace(/\s+/g, '') ?? '';
  const [bound, u] = [target[1]!, target[3]!];
  claim(
    ctx,
    'score',
    row.line,
    0,
    false,
    `“${name}”指标值${bound}${target[2]}${u}，实际${actual}${u}，已达到，表中得分${s}低于分值${w}`,
  );
  report(
    ctx,
    row.line,
    'score.rule',
    'warning',
    cells
      .slice(Math.max(0, i - 1), i + 5)
      .map((c) => c.text.trim())
      .join(' '),
    w,
    s,
    `“${name}”年度指标值${bound}${target[2]}${u}，实际完成值${actual}${u}，已达到目标，却只得${s}分（分值${w}分）并列有偏差原因；达标指标通常得满分，该行得分或实际完成值可能有误。`,
    0,
  );
}
