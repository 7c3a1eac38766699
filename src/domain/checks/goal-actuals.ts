/**
 * A 自评表's 年度总体目标 printed in two columns side by side — 预期目标 | 实际完成情况, `pdftotext -layout` setting
 * the two columns' lines one after the other on each printed line — against the table's indicator rows: a count
 * the 实际完成情况 states for an indicator ("完成食品安全抽检4,621批次") must be that indicator's 实际完成值
 * (三级指标 "食品安全抽检批次", 计量单位 批次, 实际完成值 4,612).
 *
 * Precision first: the goal's lines must divide into the two columns (a row label "年度总体 / 目标" aside, at most
 * one cell of each column a line, a cell alone placed by where the columns' cells start); a count is read with
 * the words right before it (its noun) and its unit; the indicator rows are those of the table below (its header
 * naming 实际完成值, up to its 总分 row) printing the unit as a cell of its own, then the 指标值 and the 实际完成值
 * (or printing the same unit after both: "≥30处 32处").
 * An indicator matches when its name (wrapped over the lines around its row) holds the noun's last four
 * characters or more: only one count of that noun and unit in the goal, only one row of that unit so named, or
 * nothing is said.
 */
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { dec } from '../money/index.ts';

/**
 * Units of a count (or a measure: 平方米, 公里) that an indicator row may print in its 计量单位 cell (longer first:
 * 人次 before 人, 平方米 before 米).
 */
const COUNT_UNITS =
  '批次|人次|户|个|项|家|件|次|场|期|台|套|辆|名|处|所|座|条|份|篇|人|平方米|立方米|公里|千米|米|亩|吨';
const UNIT_CELL = new RegExp(`^(?:${COUNT_UNITS})$`);
/** A count in the goal's text: the Chinese words before it, the number, its unit (not a part of a larger number). */
const COUNT_IN_GOAL = new RegExp(
  `([\\u4e00-\\u9fa5]+)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(${COUNT_UNITS})(?![\\u4e00-\\u9fa5]{0,1}(?:以上|以下))`,
  'g',
);
/** Words before a number that make it not the count itself ("约4600批次", "超过4500批次"). */
const NOT_EXACT = /(?:约|近|超过?|逾|不[少低]于|不超过|达到?|累计达)$/;
/** A 指标值 cell: a number, or a bound on one ("≥4500", "≤1,800"). */
const TARGET_CELL = /^(?:[≥≤＞＜><]=?)?\d[\d,]*(?:\.\d+)?$/;
/** An 实际完成值 cell: a plain number. */
const ACTUAL_CELL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A 指标值 and an 实际完成值 each printing its unit ("≥30处", "32处"; "≥8万亩", "8.4万亩"). */
const TARGET_WITH_UNIT =
  /^(?:[≥≤＞＜><]=?)?\d[\d,]*(?:\.\d+)?([\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5]{1,2})?|[%％])$/;
const ACTUAL_WITH_UNIT =
  /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5]{1,2})?|[%％])$/;
/** The label of the goal's row ("年度总体", "目标", "年度总体目标"), printed left of the two columns. */
const ROW_LABEL = /^[年度总体目标]+$/;

type Chunk = { text: string; start: number };

function chunksOf(line: string): Chunk[] {
  const out: Chunk[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], start: m.index });
  return out;
}

/**
 * The 实际完成情况 column's text, each character's source line; null when the lines do not divide. `heads`: where
 * the header prints 预期目标 and 实际完成情况 (for a goal with fewer than two lines printing both columns).
 */
function actualColumn(
  lines: readonly string[],
  from: number,
  to: number,
  heads: { left: number; right: number },
): { text: string; lineOf: number[] } | null {
  const rows: { li: number; cells: Chunk[] }[] = [];
  for (let li = from; li < to; li++) {
    const cells = chunksOf(lines[li]!);
    while (cells.length > 0 && ROW_LABEL.test(cells[0]!.text) && cells.length > 1) cells.shift();
    if (cells.length > 2) return null;
    if (cells.length > 0) rows.push({ li, cells });
  }
  const pairs = rows.filter((r) => r.cells.length === 2);
  if (pairs.length < 2) return pairs.length === 1 ? byHeads(rows, heads) : null;
  let leftMax = -1;
  let rightMin = Infinity;
  for (const r of pairs) {
    leftMax = Math.max(leftMax, r.cells[0]!.start);
    rightMin = Math.min(rightMin, r.cells[1]!.start);
  }
  if (rightMin - leftMax < 10) return null;
  let text = '';
  const lineOf: number[] = [];
  for (const r of rows) {
    let right: Chunk | undefined;
    if (r.cells.length === 2) right = r.cells[1];
    else {
      const only = r.cells[0]!;
      if (only.start >= rightMin - 2) right = only;
      else if (only.start > leftMax + 2) return null;
    }
    if (!right) continue;
    text += right.text;
    for (let k = 0; k < right.text.length; k++) lineOf.push(r.li);
  }
  return { text, lineOf };
}

/**
 * The 实际完成情况 column when one line only prints both columns: each cell placed by the middle between the
 * header's two headings, at most one cell a side on a line, the right column's cells all starting within two
 * characters of each other (its wrapped lines start where it starts); null otherwise.
 */
function byHeads(
  rows: readonly { li: number; cells: Chunk[] }[],
  heads: { left: number; right: number },
): { text: string; lineOf: number[] } | null {
  const mid = (heads.left + heads.right) / 2;
  let text = '';
  const lineOf: number[] = [];
  const starts: number[] = [];
  for (const r of rows) {
    const right = r.cells.filter((c) => c.start > mid);
    if (right.length > 1 || r.cells.length - right.length > 1) return null;
    const cell = right[0];
    if (!cell) continue;
    starts.push(cell.start);
    text += cell.text;
    for (let k = 0; k < cell.text.length; k++) lineOf.push(r.li);
  }
  if (starts.length < 2 || Math.max(...starts) - Math.min(...starts) > 2) return null;
  return { text, lineOf };
}

/** A counted indicator's row: its name's pieces line by line (`own`: its figures' line's), whole as `window`. */
type Indicator = {
  unit: string;
  actual: string;
  window: string;
  pieces: string[];
  own: number;
  line: number;
};

/** The indicator rows between the header naming 实际完成值 and the 总分 row (see the module's comment). */
function indicatorRows(lines: readonly string[], from: number, to: number): Indicator[] {
  type RowAt = { li: number; unit: string; actual: string; nameAt: number };
  const counted: RowAt[] = [];
  // Every line printing an indicator's figures (a 指标值 and an 实际完成值 side by side), whatever its unit.
  const rowLines = new Set<number>();
  const chunks = new Map<number, Chunk[]>();
  for (let li = from; li < to; li++) {
    const cells = chunksOf(lines[li]!);
    chunks.set(li, cells);
    for (let j = 0; j + 1 < cells.length; j++)
      if (
        (TARGET_CELL.test(cells[j]!.text) && ACTUAL_CELL.test(cells[j + 1]!.text)) ||
        withUnit(cells[j]!.text, cells[j + 1]!.text) !== null
      ) {
        rowLines.add(li);
        break;
      }
    // (A row printing its unit with its figures: "修复水渠数量 ≥30处 32处".)
    for (let j = 1; j + 1 < cells.length; j++) {
      const pair = withUnit(cells[j]!.text, cells[j + 1]!.text);
      if (!pair || !UNIT_CELL.test(pair.unit)) continue;
      const name = cells[j - 1]!;
      if (!/^[\u4e00-\u9fa5（）()]+$/.test(name.text)) continue;
      counted.push({ li, unit: pair.unit, actual: pair.actual, nameAt: name.start });
      break;
    }
    for (let j = 1; j + 2 < cells.length; j++) {
      if (!UNIT_CELL.test(cells[j]!.text)) continue;
      if (!TARGET_CELL.test(cells[j + 1]!.text) || !ACTUAL_CELL.test(cells[j + 2]!.text)) continue;
      // (A unit wrapped from the 指标值 above it — "≥18000" over "份", then the 分值 and 得分 — is no 计量单位 cell.)
      const at = cells[j]!.start;
      const above = li > from ? chunksOf(lines[li - 1]!) : [];
      if (above.some((c) => /^[≥≤＞＜><]?=?\d/.test(c.text) && Math.abs(c.start - at) <= 2)) continue;
      const name = cells[j - 1]!;
      if (!/^[\u4e00-\u9fa5（）()]+$/.test(name.text)) continue;
      counted.push({ li, unit: cells[j]!.text, actual: cells[j + 2]!.text, nameAt: name.start });
      break;
    }
  }
  const out: Indicator[] = [];
  for (const r of counted) {
    // The name's pieces: the cell at the name's column on the row's line and on the lines around it that are
    // not rows of their own (a name wraps above and below the line its figures are printed on).
    const piece = (li: number): string => {
      const c = chunks.get(li)?.find((x) => Math.abs(x.start - r.nameAt) <= 1);
      return c && /^[\u4e00-\u9fa5（）()]+$/.test(c.text) ? c.text : '';
    };
    const pieces = [piece(r.li)];
    let own = 0;
    for (let li = r.li - 1; li >= Math.max(from, r.li - 2) && !rowLines.has(li); li--) {
      pieces.unshift(piece(li));
      own++;
    }
    for (let li = r.li + 1; li <= Math.min(to - 1, r.li + 2) && !rowLines.has(li); li++)
      pieces.push(piece(li));
    out.push({ unit: r.unit, actual: r.actual, window: pieces.join(''), pieces, own, line: r.li });
  }
  return out;
}

/** A 指标值 cell and an 实际完成值 cell printing the same unit after their figures: the unit and the actual. */
function withUnit(target: string, actual: string): { unit: string; actual: string } | null {
  const t = TARGET_WITH_UNIT.exec(target);
  const a = t && ACTUAL_WITH_UNIT.exec(actual);
  return a && a[2] === t[1] ? { unit: a[2]!, actual: a[1]! } : null;
}

/** The shortest run of the row's name pieces, its own line's among them, that holds `subject`. */
function nameOf(row: Indicator, subject: string): string {
  const { own, pieces } = row;
  let best = row.window;
  for (let a = 0; a <= own; a++)
    for (let b = own; b < pieces.length; b++) {
      const name = pieces.slice(a, b + 1).join('');
      if (name.includes(subject) && name.length < best.length) best = name;
    }
  return best;
}

/** The longest end of `noun`, four characters or more, that `name` holds (0 when none). */
function sharedEnd(noun: string, name: string): number {
  for (let k = noun.length; k >= 4; k--) if (name.includes(noun.slice(noun.length - k))) return k;
  return 0;
}

export function checkGoalActuals(ctx: Ctx): void {
  // (A goal read stands under a header naming 预期目标 and 实际完成情况, above an indicators' header naming
  // 实际完成值, before a 总分 row.)
  // (The header may wrap 实际完成值 in its narrow cell: "实际完成" over "值".)
  if (!mentionsAll(ctx, ['实际完成情况', '预期目标', '总分'])) return;
  const lines = ctx.layout.normalised;
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h]!;
    if (!line.includes('实际完成情况')) continue;
    const at = line.indexOf('预期目标');
    if (at < 0 || at > line.indexOf('实际完成情况')) continue;
    // The goal's lines: up to the indicators' header (or a blank line), a dozen at most.
    let end = h + 1;
    while (
      end < lines.length &&
      end < h + 16 &&
      lines[end]!.trim() !== '' &&
      !RULE_LINE.test(lines[end]!) &&
      !/[二三]级指标/.test(lines[end]!)
    )
      end++;
    // (A rule drawn under the goal, then a header whose labels stack over two lines — "实际" over "完成值" —, the
    // line naming the 二级指标 its last.)
    let head = end;
    if (head < lines.length && (RULE_LINE.test(lines[head]!) || lines[head]!.trim() === ''))
      for (let k = head + 1; k < Math.min(lines.length, head + 4); k++)
        if (/[二三]级指标/.test(lines[k]!)) {
          head = k;
          break;
        }
    if (head >= lines.length || !/[二三]级指标/.test(lines[head]!)) continue;
    const header = lines
      .slice(end, head + 2)
      .join('')
      .replace(/\s+/g, '');
    const wrapped = lines[head]!.includes('实际完成') && /值/.test(lines[head + 1] ?? '');
    // (Or stacked: "实际" over "完成值".)
    const stacked = head > end && header.includes('实际') && header.includes('完成值');
    if (!header.includes('实际完成值') && !stacked && !wrapped) continue;
    let last = head + 1;
    while (last < lines.length && last < end + 120 && !/^\s*总\s*分/.test(lines[last]!)) last++;
    if (last >= lines.length || last >= end + 120) continue;
    const rows = indicatorRows(lines, head + 1, last);
    const goal = actualColumn(lines, h + 1, end, { left: at, right: line.indexOf('实际完成情况') });
    if (goal) judgeGoal(ctx, goal, rows, GOAL);
    // The form's 自评报告 or 情况说明 in prose after it, up to the next form.
    let next = last + 1;
    while (
      next < lines.length &&
      !(lines[next]!.includes('实际完成情况') && lines[next]!.includes('预期目标'))
    )
      next++;
    for (const b of ctx.layout.blocks)
      if (b.kind === 'paragraph' && b.first > last && b.last < next) {
        const text = ctx.lines[b.first] ?? b.text;
        const lineOf = Array.from(text, (_, k) => ctx.layout.lineAt(b.first, k));
        judgeGoal(ctx, { text, lineOf }, rows, PROSE);
      }
    h = last;
  }
}

/** Words of what is new in the year, before a count's noun: "新发现", "新增" — a flow, not the count held. */
const NEWLY = /新发现|新增|新发生|新出现|新确认/;

/** A rule drawn across the page: "────────", "--------". */
const RULE_LINE = /^\s*[─━—–\-=_＝]{6,}\s*$/;

/** Where a count is read: the form's goal column, or the prose after the form (its plans and comparisons aside). */
type Source = { said: string; prose: boolean };
const GOAL: Source = { said: '年度总体目标的实际完成情况', prose: false };
const PROSE: Source = { said: '自评情况说明', prose: true };
/** Words before a count in prose that make it another figure than the year's outcome: a plan, a target, a comparison. */
const NOT_OUTCOME = /计划|目标|预期|预计|指标值|不少于|不低于|要求|拟|上年|去年|同期|比|较|累计|以来/;
/** A sentence of what was planned: "项目主要建设内容为…", "项目年度绩效目标为：…". */
const PLANNED_SENTENCE = /建设内容|主要内容|建设任务|绩效目标|年度目标|目标任务|实施计划|计划/;

function judgeGoal(
  ctx: Ctx,
  goal: { text: string; lineOf: number[] },
  rows: readonly Indicator[],
  source: Source,
): void {
  type Count = { noun: string; value: string; printed: string; unit: string; at: number };
  const counts: Count[] = [];
  for (const m of goal.text.matchAll(COUNT_IN_GOAL)) {
    const noun = m[1]!;
    if (NOT_EXACT.test(noun)) continue;
    if (source.prose) {
      // (The count's clause, up to it, says what the figure is.)
      const before = goal.text.slice(0, m.index + noun.length);
      const clause = before.slice(
        Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1,
      );
      if (NOT_OUTCOME.test(clause)) continue;
      const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
      if (PLANNED_SENTENCE.test(sentence)) continue;
    }
    counts.push({
      noun,
      value: m[2]!.replace(/,/g, ''),
      printed: m[2]!,
      unit: m[3]!,
      at: m.index + noun.length,
    });
  }
  for (const c of counts) {
    const matching = rows.filter((r) => r.unit === c.unit && sharedEnd(c.noun, r.window) > 0);
    if (matching.length !== 1) continue;
    const row = matching[0]!;
    const k = sharedEnd(c.noun, row.window);
    const subject = c.noun.slice(c.noun.length - k);
    // ("全年新发现疫点乡镇1个" against the row 疫点乡镇数量 7个: the year's new ones, not the count the row holds.)
    const name = nameOf(row, subject);
    if (NEWLY.test(c.noun.slice(0, c.noun.length - k)) && !NEWLY.test(name)) continue;
    // One count of that noun and unit in the goal.
    if (counts.filter((o) => o.unit === c.unit && o.noun.endsWith(subject)).length !== 1) continue;
    const actual = row.actual.replace(/,/g, '');
    const same = dec(actual).eq(c.value);
    const li = goal.lineOf[c.at]!;
    claim(
      ctx,
      'figure',
      li,
      0,
      same,
      `${source.said.replace('的', '')}“${subject}”${c.value}${c.unit} = 指标“${name}”实际完成值${actual}${c.unit}`,
    );
    if (same) continue;
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      `${subject}${c.printed}${c.unit}`,
      `${row.actual}${c.unit}`,
      `${c.printed}${c.unit}`,
      `${source.said}写“${subject}${c.printed}${c.unit}”，而绩效指标表中“${name}”的实际完成值为${row.actual}${c.unit}（第${row.line + 1}行），两处不一致，相差${dec(c.value).minus(actual).abs().toString()}${c.unit}。`,
      0,
    );
  }
}
