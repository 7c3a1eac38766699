/**
 * Amounts listed before their total in one sentence — "人员经费520.00万元、公用经费130.00万元，合计650.00万元",
 * "甲项目压减16.40万元；乙项目压减8.95万元，合计压减下年度预算25.35万元": the amounts before a clause that opens with
 * 合计 / 共计 / 总计 (also "以上三项合计", "上述资金共计") must add up to that clause's amount (`sum.parts`).
 *
 * Precision first: the total's clause opens with the word (a "A和B合计" totals only some of the list); the
 * list is the sentence up to it, every amount in one unit, each in its own item (、，；between them), none
 * in brackets (a bracket details or restates a part) and none a change, a share's base or another year's;
 * a list holding 其中 (nested parts), a comparison or a budget beside an outturn is not read; a count in the
 * total's word ("三项合计") must be the number of amounts listed. A total named by what was done ("合计压减") adds
 * the amounts after that word in the 其中 list before it, one in each "；" item (keyedAmounts).
 */
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS, scanNumbers, SMALL_NUMBERS } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** The total's clause: its word at the clause's start, words (no figure) and the amount. */
const TOTAL_CLAUSE =
  /(?<=^|[，,；;：:。])\s*(?:以上|上述|前述)?(?:资金|金额|经费)?\s*([两二三四五六七八九十]|\d{1,2})?\s*(?:项|个项目|笔|类)?\s*(?:合计|共计|总计)[^\d，,；;。：:]{0,16}?(?=\d)/g;
/** A list that is not a plain list of this year's amounts. */
const NOT_A_LIST =
  /其中|增加|减少|增长|下降|上升|持平|比上年|较上年|同比|上年|上一年|去年|以前年度|占比?|预算数|年初预算|全年预算|调整预算|决算数|执行数|执行率|完成率|分别|平均|人均|累计/;
/** Words between the total's word and its amount that make it something else than the list's sum. */
const NOT_THE_SUM = /比|较|增加|减少|增长|下降|占|平均|其中|以上|以下|不足|超过|约/;

export function checkTrailingTotals(ctx: Ctx): void {
  // (Amounts in 元 / 万元 / 亿元 closed by 合计 / 共计 / 总计.)
  if (!mentionsAny(ctx, ['合计', '共计', '总计']) || !mentionsAll(ctx, ['元'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('合计') && !line.includes('共计') && !line.includes('总计')) return;
    for (const s of sentencesAt(ctx, li)) {
      let from = 0;
      TOTAL_CLAUSE.lastIndex = 0;
      for (let m = TOTAL_CLAUSE.exec(s.text); m; m = TOTAL_CLAUSE.exec(s.text)) {
        const clauseEnd = m.index + m[0].length;
        const total = scanNumbers(s.text.slice(clauseEnd), 1)[0];
        const region = s.text.slice(from, m.index);
        from = clauseEnd;
        if (!total || total.start !== 0 || !MONEY_UNITS.has(total.unit)) continue;
        const words = m[0].slice(m[0].search(/合计|共计|总计/) + 2);
        if (NOT_THE_SUM.test(words)) continue;
        const keyed = keyedAmounts(region, words, total.unit);
        if (!keyed && (NOT_A_LIST.test(region) || otherYear(region, ctx.year))) continue;
        const parts = keyed ?? listedAmounts(region, total.unit);
        if (!parts || parts.length < 2) continue;
        const stated = m[1] ? (SMALL_NUMBERS[m[1]] ?? Number(m[1])) : null;
        if (stated !== null && stated !== parts.length) continue;
        judge(
          ctx,
          li,
          s.start,
          s.text,
          parts,
          { value: total.value, places: total.places },
          total.unit,
          clauseEnd,
        );
        from = clauseEnd + total.end;
      }
    }
  });
}

/** Whether the list names a year other than the document's. */
function otherYear(region: string, year: number | null): boolean {
  return (region.match(/20\d\d(?=\s*年)/g) ?? []).some((y) => year === null || Number(y) !== year);
}

/**
 * The amounts of a list, each in its own item (、，；between consecutive ones): null when one is of another
 * unit, in brackets, or shares its item with another figure.
 */
function listedAmounts(region: string, unit: string): Printed[] | null {
  const figures = scanNumbers(region);
  const parts: Printed[] = [];
  let depth = 0;
  let scanned = 0;
  for (const [k, t] of figures.entries()) {
    for (; scanned < t.start; scanned++) {
      const c = region[scanned]!;
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
    }
    if (depth > 0) return null;
    if (!MONEY_UNITS.has(t.unit)) return null;
    if (t.unit !== unit) return null;
    const next = figures[k + 1];
    if (next && !/[、，,；;]/.test(region.slice(t.end, next.start))) return null;
    parts.push({ value: t.value, places: t.places });
  }
  return parts;
}

/**
 * "其中：甲局申报5,318.70万元，压减531.87万元；乙局申报9,862.40万元，压减986.24万元；合计压减1,518.11万元": a total
 * named by what was done (压减, 拨付, 下达…) adds up the amounts right after that word in the 其中 list before it —
 * one in each of its "；" items, each item naming it once; else null.
 */
function keyedAmounts(region: string, words: string, unit: string): Printed[] | null {
  const verb = /^\s*([\u4e00-\u9fa5]{2,4}?)(?:资金|金额)?\s*(?:为|了)?\s*$/.exec(words)?.[1];
  const at = region.lastIndexOf('其中');
  if (verb === undefined || at < 0) return null;
  const items = region
    .slice(at + 2)
    .replace(/^\s*[：:，,]/, '')
    .split(/[；;]/)
    .filter((item) => item.trim() !== '');
  if (items.length < 2 || NOT_A_LIST.test(items.join('；').replace(/预算/g, ''))) return null;
  const parts: Printed[] = [];
  for (const item of items) {
    if (item.split(verb).length !== 2) return null;
    const t = scanNumbers(item.slice(item.indexOf(verb) + verb.length), 1)[0];
    if (
      !t ||
      t.unit !== unit ||
      !/^\s*(?:了|资金|金额)?\s*$/.test(
        item.slice(item.indexOf(verb) + verb.length, item.indexOf(verb) + verb.length + t.start),
      )
    )
      return null;
    parts.push({ value: t.value, places: t.places });
  }
  return parts;
}

function judge(
  ctx: Ctx,
  li: number,
  offset: number,
  sentence: string,
  parts: readonly Printed[],
  total: Printed,
  unit: string,
  at: number,
): void {
  const verdict = judgeSum(parts, total);
  const partsText = parts.map((p) => p.value).join(' + ');
  const sum = verdict.kind === 'ok' ? total.value : showAs(verdict.total, [...parts, total]);
  claim(
    ctx,
    'sum',
    li,
    offset + at,
    verdict.kind !== 'wrong',
    `${partsText} = ${sum}${unit}，文中合计${total.value}${unit}`,
  );
  if (verdict.kind === 'ok') return;
  const difference = showAs(verdict.difference.abs(), [...parts, total]);
  report(
    ctx,
    li,
    'sum.parts',
    verdict.severity,
    excerptOf(sentence, Math.max(0, at - 60), at + total.value.length + 4, 0),
    `${sum}${unit}`,
    `${total.value}${unit}`,
    verdict.kind === 'rounding'
      ? `前文所列各项 ${partsText} = ${sum}${unit}，与合计${total.value}${unit}相差${difference}${unit}，在${parts.length}个数各自四舍五入的误差范围内。`
      : `前文所列各项 ${partsText} = ${sum}${unit}，合计却写${total.value}${unit}，相差${difference}${unit}。`,
    offset + at,
  );
}
