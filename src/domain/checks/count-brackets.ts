/**
 * Counts listed in brackets right after their total, without 其中 — "抽查项目15个（城建类6个、住房保障类5个、村镇建设类3个）",
 * "接待23批次158人次（上级督导检查14批次97人次，外地考察交流9批次61人次）": the bracketed counts add up to the total, each
 * measure on its own (`count.sum`). Not read when the total is itself a change, a plan or a part, or an item names a
 * total or a rest.
 */
import { allMatches, lastIndexOfAny, type Ctx } from './context.ts';
import { UNITS } from './count-complements.ts';
import { judgeCountSum } from './count-sums.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { mentionsAny } from './document-words.ts';

/**
 * "抽查项目15个（城建类6个、住房保障类5个、村镇建设类3个）": a count followed at once by brackets holding only
 * named counts of its unit, all joined by 、 (or all by ，) — the bracket splits the count, and its counts must
 * add up to it. A bracket with anything else (含 / 其中 — the 其中 lists' rule's —, a comparison, a plan, last
 * year's, 等, a second measure per item) is not read; nor a count that is itself a change or a plan.
 */
const BRACKETED = new RegExp(
  `(?<![\\d.])(\\d+)\\s*(${UNITS})\\s*[（(]((?:[\\u4e00-\\u9fa5“”"]{1,14}\\d+\\s*(?:${UNITS})\\s*[、，,]\\s*)+[\\u4e00-\\u9fa5“”"]{1,14}\\d+\\s*(?:${UNITS}))\\s*[）)]`,
  'g',
);
const ITEM = new RegExp(`([\\u4e00-\\u9fa5“”"]{1,14})(\\d+)\\s*(${UNITS})\\s*([、，,]?)`, 'g');
/** Words that make a count something other than a plain count done this year (a whole or a part). */
const NOT_SPLIT =
  /其中|含|包括|上年|去年|上一年|同期|比|较|增加|减少|增长|下降|新增|计划|预计|目标|每|平均|约|以上|以下|不少于|不超过|超过|分别/;
/** A bracketed item naming a total or a rest is no part of its own. */
const NOT_A_PART = /累计|共|合计|总计|剩余|其余/;

/**
 * "接待23批次158人次（上级督导检查14批次97人次，外地考察交流9批次61人次）": a total in two measures, each bracketed item
 * in the same two, items joined by ，or ；— each measure adds up on its own.
 */
const COUNT = `(\\d+)\\s*(${UNITS})`;
const PAIR_ITEM = `[\\u4e00-\\u9fa5“”"]{1,14}\\d+\\s*(?:${UNITS})\\s*、?\\s*\\d+\\s*(?:${UNITS})`;
const BRACKETED_PAIR = new RegExp(
  `(?<![\\d.])${COUNT}\\s*、?\\s*${COUNT}\\s*[（(]((?:${PAIR_ITEM}\\s*[，,；;]\\s*)+${PAIR_ITEM})\\s*[）)]`,
  'g',
);
const PAIR = new RegExp(
  `([\\u4e00-\\u9fa5“”"]{1,14})(\\d+)\\s*(${UNITS})\\s*、?\\s*(\\d+)\\s*(${UNITS})`,
  'g',
);

/**
 * "累计7人次，分别赴甲地开展交流（4人次）、赴乙地开展考察（3人次）": a count, then after 分别 a list of items each
 * ending in its own count of the unit in brackets — every item has one, nothing follows it in its item.
 */
const SPREAD = new RegExp(`(?<![\\d.])(\\d+)\\s*(${UNITS})\\s*[，,]\\s*分别([^。；;]+)`, 'g');
const SPREAD_ITEM = new RegExp(`[（(]\\s*(\\d+)\\s*(${UNITS})\\s*[）)]\\s*$`);

/** The counts of a 分别 list's items (split at 、 and ， outside brackets); null unless each ends in one. */
function spreadCounts(list: string, unit: string): number[] | null {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth--;
    else if (depth === 0 && (c === '、' || c === '，' || c === ',')) {
      items.push(list.slice(from, i));
      from = i + 1;
    }
  }
  items.push(list.slice(from));
  const counts: number[] = [];
  for (const item of items) {
    const m = SPREAD_ITEM.exec(item.trim());
    if (!m || m[2] !== unit || NOT_A_PART.test(item)) return null;
    counts.push(Number(m[1]));
  }
  return counts.length >= 2 ? counts : null;
}

export function checkBracketedCounts(ctx: Ctx): void {
  // (Every list it reads is in brackets.)
  if (!mentionsAny(ctx, ['（', '('])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('（') && !line.includes('(')) return;
    if (line.includes('分别'))
      for (const m of allMatches(line, SPREAD)) {
        const counts = spreadCounts(m[3]!, m[2]!);
        const clauseStart = lastIndexOfAny(line, CLAUSE_MARKS, m.index - 1);
        if (!counts || NOT_SPLIT.test(line.slice(clauseStart + 1, m.index))) continue;
        judgeBracketed(ctx, li, line, m, clauseStart, '各项', counts, m[1]!, m[2]!);
      }
    for (const m of allMatches(line, BRACKETED_PAIR)) {
      const [first, firstUnit, second, secondUnit, list] = [m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
      if (firstUnit === secondUnit) continue;
      const items = allMatches(list, PAIR);
      if (
        items.length < 2 ||
        items.some(
          (it) =>
            it[3] !== firstUnit || it[5] !== secondUnit || NOT_SPLIT.test(it[1]!) || NOT_A_PART.test(it[1]!),
        )
      )
        continue;
      const clauseStart = lastIndexOfAny(line, CLAUSE_MARKS, m.index - 1);
      if (NOT_SPLIT.test(line.slice(clauseStart + 1, m.index))) continue;
      const names = items.map((it) => it[1]!).join('、');
      for (const [total, unit, k] of [
        [first, firstUnit, 2],
        [second, secondUnit, 4],
      ] as const)
        judgeBracketed(
          ctx,
          li,
          line,
          m,
          clauseStart,
          names,
          items.map((it) => Number(it[k])),
          total,
          unit,
        );
    }
    for (const m of allMatches(line, BRACKETED)) {
      const [total, unit, list] = [m[1]!, m[2]!, m[3]!];
      const items = allMatches(list, ITEM);
      if (
        items.length < 2 ||
        items.some((it) => it[3] !== unit || NOT_SPLIT.test(it[1]!) || NOT_A_PART.test(it[1]!))
      )
        continue;
      const marks = new Set(items.slice(0, -1).map((it) => (it[4] === '、' ? '、' : '，')));
      if (marks.size !== 1) continue;
      // The count's own clause: no change, comparison or plan ("比上年增加15个（…）").
      const clauseStart = lastIndexOfAny(line, CLAUSE_MARKS, m.index - 1);
      if (NOT_SPLIT.test(line.slice(clauseStart + 1, m.index))) continue;
      const names = items.map((it) => it[1]!).join('、');
      judgeBracketed(
        ctx,
        li,
        line,
        m,
        clauseStart,
        names,
        items.map((it) => Number(it[2])),
        total,
        unit,
      );
    }
  });
}

const CLAUSE_MARKS = ['，', ',', '；', ';', '。', '：', ':'];

/** The bracketed counts `values` (of the items `names`) against the total before the bracket. */
function judgeBracketed(
  ctx: Ctx,
  li: number,
  line: string,
  m: RegExpExecArray,
  clauseStart: number,
  names: string,
  values: readonly number[],
  total: string,
  unit: string,
): void {
  const sum = values.reduce((a, b) => a + b, 0);
  const partsText = values.join(' + ');
  judgeCountSum(ctx, li, line, {
    at: m.index,
    excerpt: [Math.max(clauseStart + 1, m.index - 20), m.index + m[0].length],
    sum,
    total: Number(total),
    unit,
    arithmetic: `${names}：${partsText} = ${sum}${unit}，共${total}${unit}`,
    message: `括号内所列${names}共 ${partsText} = ${sum}${unit}，与${total}${unit}不符。`,
  });
}
