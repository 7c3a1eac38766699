/**
 * A 绩效运行监控表 row answering 是否可能完成 "是" while its own 全年预计完成值 misses the 年度指标值: "路灯安装
 * 数量 | ≥300盏 | 120盏 | 260盏 | 是 | 资金未到位 | 有可能" — the year's expected outcome (260) does not reach the
 * target, so the target cannot be expected to be met: an error (`completion.forecast`).
 *
 * Precision first: read only under a header naming 年度指标值, 全年预计完成值 and 是否可能完成 in that order (within
 * the rows below it, up to a line without a 是 / 否 word); the row's words (as printed, split at white space) run
 * target, one 1-N月 value or none, the 全年预计 value, then 是; the target a bound (≥, 不少于 …; ≤, 不超过 …) with
 * a 指标性质 word allowed before it, the expected value in the target's unit, not a date. "否" with a value that
 * meets the target is not read (a cautious 否 may be right).
 *
 * And the form's 总体执行情况 text restating a row's expected value: "…预计全年完成260盏…" below a form whose one
 * row in 盏 expects 250盏 (`figure.text-table`). Read only in the text between the form's last row and its 填报日期
 * (or the next form's header), the unit (not a money or % unit) that of exactly one row of the form.
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { TARGET } from './unmet-targets.ts';

const HEADER = /年度指标值.*全年预计完成值.*是否可能完成/;
const VALUE = /^(\d+(?:\.\d+)?)(%|[\u4e00-\u9fa5（）()]{0,6})$/;
const NATURE = /^(?:正向|反向|定量)/;
const DATE_UNIT = /^(?:年|月|日|天|年度)$/;
const CEILING = /^(?:≤|<=|＜|<|不超过|不高于|小于等于)$/;
const STRICT = /^(?:＞|>|＜|<)$/;
/** How many rows below its header a row may stand. */
const ROWS = 30;

/** A row read: its indicator's name, unit, 全年预计完成值 and source line. */
type Row = { name: string; unit: string; expected: string; line: number };

const isHeader = (text: string): boolean => text.includes('否') && HEADER.test(text.replace(/\s+/g, ''));
/** A 偏差原因 column between the 全年预计完成值 and the answer: its words stand between them in each row. */
const REASON_BETWEEN = /全年预计完成值.*偏差原因.*是否可能完成/;
/** How many words a 偏差原因 cell may print between a row's 全年预计 value and its answer. */
const REASON_WORDS = 2;

export function checkForecastAnswers(ctx: Ctx): void {
  // (A table read has a header naming HEADER's three columns.)
  if (!mentionsAll(ctx, ['年度指标值', '全年预计完成值', '是否可能完成'])) return;
  const n = ctx.layout.normalised.length;
  for (let h = 0; h < n; h++) {
    // (The header names 是否可能完成: a line without 否 is not squashed. It may wrap its narrow cells onto the
    // line below: "年度指标值 1—8月实际完成" over "值 全年预计完成值 偏差原因 是否可能完成".)
    let header = sourceText(ctx, h);
    if (!isHeader(header)) {
      if (!header.includes('年度指标值') || h + 1 >= n) continue;
      header = `${header}${sourceText(ctx, h + 1)}`;
      if (!isHeader(header)) continue;
      h++;
    }
    const reasons = REASON_BETWEEN.test(header.replace(/\s+/g, '')) ? REASON_WORDS : 0;
    const rows: Row[] = [];
    let s = h + 1;
    for (; s < Math.min(n, h + ROWS); s++) {
      const words = sourceWords(ctx, s);
      if (isHeader(sourceText(ctx, s))) break;
      const k = words.findIndex((w) => w === '是' || w === '否');
      if (k < 0) {
        if (words.length > 0 && !/^[\u4e00-\u9fa5（）()]+$/.test(words.join(''))) break;
        continue;
      }
      const row = readRow(ctx, s, words, k, reasons);
      if (row) rows.push(row);
    }
    if (rows.length > 0) checkRestated(ctx, rows, s);
    h = s - 1;
  }
}

/** The row on source line `s`, its 是 / 否 at word `k`; its 是 judged against its figures. */
function readRow(ctx: Ctx, s: number, words: readonly string[], k: number, reasons: number): Row | null {
  // (The 全年预计 value right before the answer, or before the words of a 偏差原因 cell between them.)
  let e = k - 1;
  while (e > 0 && e >= k - reasons && !VALUE.test(words[e]!)) e--;
  const expected = VALUE.exec(words[e] ?? '');
  if (!expected) return null;
  const at = [e - 2, e - 1].find((j) => j >= 0 && TARGET.test(words[j]!.replace(NATURE, '')));
  if (at === undefined) return null;
  const target = TARGET.exec(words[at]!.replace(NATURE, ''))!;
  const unit = target[3]!;
  if (expected[2] !== unit || DATE_UNIT.test(unit)) return null;
  const row = { name: at > 0 ? words[at - 1]! : '', unit, expected: expected[1]!, line: s };
  if (words[k] === '是') checkAnswer(ctx, s, words, k, e, at, target, expected);
  return row;
}

function checkAnswer(
  ctx: Ctx,
  s: number,
  words: readonly string[],
  k: number,
  valueAt: number,
  at: number,
  target: RegExpExecArray,
  expected: RegExpExecArray,
): void {
  const unit = target[3]!;
  const [bound, t, e] = [target[1]!, dec(target[2]!), dec(expected[1]!)];
  const ceiling = CEILING.test(bound);
  const met = ceiling ? (STRICT.test(bound) ? e.lt(t) : e.lte(t)) : STRICT.test(bound) ? e.gt(t) : e.gte(t);
  const word = words[valueAt]!;
  const li = ctx.lines.findIndex((l, j) => l.includes(word) && ctx.layout.lineAt(j, l.indexOf(word)) === s);
  if (li < 0) return;
  const name = at > 0 ? words[at - 1]! : '';
  const offset = ctx.lines[li]!.indexOf(word);
  claim(
    ctx,
    'completion',
    li,
    offset,
    met,
    `“${name}”年度指标值${bound}${target[2]}${unit}，全年预计完成${expected[1]}${unit}，是否可能完成：是`,
  );
  if (met) return;
  report(
    ctx,
    li,
    'completion.forecast',
    'error',
    words.slice(Math.max(0, at - 1), k + 1).join(' '),
    '否',
    '是',
    `“${name}”年度指标值${bound}${target[2]}${unit}，全年预计完成值${expected[1]}${unit}${ceiling ? '超过' : '未达到'}指标值，是否可能完成却填“是”，与本行数字矛盾。`,
    offset,
  );
}

/** "预计全年完成1200户", "全年预计完成1,200户". */
const RESTATED =
  /(?:预计全年|全年预计)(?:可)?(?:完成|实现|达到)\s*(\d[\d,]*(?:\.\d+)?)\s*([\u4e00-\u9fa5]{1,3})/g;
const MONEY_OR_SHARE = /元|%|百分/;
const FILLED = /(?:填报|填表)日期/;

/** The text below the form's rows (from source line `from` to its 填报日期) restating a row's 全年预计完成值. */
function checkRestated(ctx: Ctx, rows: readonly Row[], from: number): void {
  const n = ctx.lines.length;
  for (let li = 0; li < n; li++) {
    const line = ctx.lines[li]!;
    if (line === '') continue;
    const s = ctx.layout.lineAt(li, 0);
    if (s < from) continue;
    if (s > from + ROWS || FILLED.test(line) || HEADER.test(line.replace(/\s+/g, ''))) return;
    if (!line.includes('预计')) continue;
    for (const m of line.matchAll(RESTATED)) {
      const unit = rows.map((r) => r.unit).find((u) => u !== '' && m[2]!.startsWith(u));
      if (!unit || MONEY_OR_SHARE.test(unit)) continue;
      const same = rows.filter((r) => r.unit === unit);
      if (same.length !== 1) continue;
      const row = same[0]!;
      const stated = m[1]!.replace(/,/g, '');
      const at = m.index + m[0].indexOf(m[1]!);
      const ok = dec(stated).eq(row.expected);
      claim(
        ctx,
        'figure',
        li,
        at,
        ok,
        `“${row.name}”全年预计完成值${row.expected}${unit}，文中${stated}${unit}`,
      );
      if (ok) continue;
      report(
        ctx,
        li,
        'figure.text-table',
        'error',
        m[0],
        `${row.expected}${unit}`,
        `${m[1]}${unit}`,
        `文中称预计全年完成${m[1]}${unit}，而表中“${row.name}”（第${row.line + 1}行）全年预计完成值为${row.expected}${unit}，两者不符。`,
        at,
      );
    }
  }
}
