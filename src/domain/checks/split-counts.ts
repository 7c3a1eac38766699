/**
 * A count broken down by a classification — "公务用车保有量为1126辆，比上年末减少32辆。按车辆类型分：机要通信用车38辆，
 * 应急保障用车96辆，……其他用车33辆。" — the parts of a 按…分 list add up to the count it classifies (`count.sum`):
 * a classification names every part (a 其中 or 主要包括 list may not, and is not read here).
 *
 * Precision first: the list follows "按…分：" to its sentence's end, every piece of it a name and one count of one
 * unit (no 等, no change, no comparison); the whole is the first count of that unit before the list, in its
 * sentence or the one before. When the parts add up to another count there (last year's, an item bought) the
 * list may classify that one: nothing is said.
 */
import { allMatches, sentenceAt, sentences, type Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { mentionsAll } from './document-words.ts';
import { COUNT_UNITS, scanNumbers } from './numbers.ts';

/** "按车辆类型分：", "按学历划分，", "按性别统计：". */
const CLASSIFIED = /按[\u4e00-\u9fa5]{1,8}?(?:分|划分|统计)[：:，,]/g;
/** One part: a name and its count ("机要通信用车38辆", "本科学历15人"). */
const PART = /^\s*([\u4e00-\u9fa5（）()]{1,14}?)\s*(?:为|有|共)?\s*(\d{1,6})\s*([\u4e00-\u9fa5]{1,2})\s*$/;
/** Words before a count that is not what a classification of the year's end classifies. */
const NOT_HELD = /年初|期初|上年|去年|购置|新增|报废|处置|减少|增加|比|较|更新/;
/** A piece that is not a part of this year's whole. */
const NOT_A_PART = /等|其中|比|较|增加|减少|增长|下降|上年|同期|计划|预计|目标|不少于|不超过|以上|以下|约/;

export function checkSplitCounts(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['按', '分'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('按')) continue;
    const text = block.text;
    const sents = sentences(text);
    const all = allMatches(text, CLASSIFIED);
    for (const [k, m] of all.entries()) {
      const si = sentenceAt(sents, m.index);
      const own = sents[si];
      if (!own) continue;
      const listStart = m.index + m[0].length;
      // Classifications one after another ("按单位分：…；按用途分：…") classify the same whole: each list ends where
      // the next starts, and the whole stands before the first.
      const next = all[k + 1];
      const listEnd = next && next.index < own.end ? next.index : own.end;
      let first = m;
      for (let j = k - 1; j >= 0 && all[j]!.index >= own.start; j--) first = all[j]!;
      const pieces = text
        .slice(listStart, listEnd)
        .replace(/[。；;]\s*$/, '')
        .split(/[，,、；;]/);
      for (const { counts, unit } of countLists(pieces)) {
        // The whole: the counts of the unit before the list in its sentence, else in the sentence before.
        let wholes = countsOf(text.slice(own.start, first.index), unit, own.start);
        // (A sentence before that is itself a classification — "按指标类型分，A86个、…。按偏差原因分，…" — classifies
        // the same whole: its whole is stated before it.)
        for (let b = si - 1; wholes.length === 0 && b >= 0 && b >= si - 3; b--) {
          const before = sents[b]!;
          const opens = new RegExp(CLASSIFIED.source).exec(before.text);
          wholes = countsOf(opens ? before.text.slice(0, opens.index) : before.text, unit, before.start);
          if (!opens) break;
        }
        if (wholes.length === 0) continue;
        const sum = counts.reduce((a, x) => a + x, 0);
        // Of several counts, the one held now ("年初保有量19辆，当年购置1辆、报废2辆，年末保有量18辆"): not one of the
        // year's start, last year's, a flow or a change; none or several such, the first.
        const held = wholes.filter(
          (w) =>
            !NOT_HELD.test(
              text
                .slice(Math.max(0, w.at - 20), w.at)
                .split(/[，,；;。、]/)
                .pop()!,
            ),
        );
        const whole = held.length === 1 ? held[0]! : wholes[0]!;
        if (sum !== whole.value && wholes.some((w) => w.value === sum)) continue;
        // (Two counts held, "共设置指标2,400个，…存在偏差的指标120个", the list adding up to neither: which it
        // classifies is not told.)
        if (sum !== whole.value && held.length > 1) continue;
        const list = counts.join(' + ');
        judgeCountSum(ctx, block.first, text, {
          at: whole.at,
          excerpt: [m.index, listEnd],
          sum,
          total: whole.value,
          unit,
          arithmetic: `${m[0].replace(/[：:，,]$/, '')}：${list} = ${sum}${unit}，文中${whole.value}${unit}`,
          message: `${m[0].replace(/[：:，,]$/, '')}所列各项 ${list} = ${sum}${unit}，与其前所述${whole.value}${unit}不符。`,
        });
      }
    }
  }
}

/** A second count of a part, bare after its first: "招商引资团组5个、18人次" — its "18人次". */
const BARE_COUNT = /^\s*(\d{1,6})\s*(人次|人|次|批次|辆|个)\s*$/;

/**
 * The list's counts by unit: every piece a name and one count of one unit — or every part a name and a count, then a
 * bare count of another unit ("招商引资团组5个、18人次，经贸交流团组3个、14人次"): two lists, one of each unit.
 */
function countLists(pieces: readonly string[]): { counts: number[]; unit: string }[] {
  const parts = pieces.map((p) => (NOT_A_PART.test(p) ? null : PART.exec(p)));
  if (parts.length >= 2 && parts.every((p) => p !== null)) {
    const unit = parts[0]![3]!;
    if (!COUNT_UNITS.has(unit) || parts.some((p) => p![3] !== unit)) return [];
    return [{ counts: parts.map((p) => Number(p![2])), unit }];
  }
  if (pieces.length < 4 || pieces.length % 2 !== 0) return [];
  const named = pieces.filter((_, k) => k % 2 === 0).map((p) => (NOT_A_PART.test(p) ? null : PART.exec(p)));
  const bare = pieces.filter((_, k) => k % 2 === 1).map((p) => BARE_COUNT.exec(p));
  if (named.some((p) => p === null) || bare.some((p) => p === null)) return [];
  const [first, second] = [named[0]![3]!, bare[0]![2]!];
  if (first === second || named.some((p) => p![3] !== first) || bare.some((p) => p![2] !== second)) return [];
  if (!COUNT_UNITS.has(first) || !COUNT_UNITS.has(second)) return [];
  return [
    { counts: named.map((p) => Number(p![2])), unit: first },
    { counts: bare.map((p) => Number(p![1])), unit: second },
  ];
}

/**
 * "共实施项目38个，……。其中：自治区本级项目27个，……；中央转移支付项目12个，……。": the parts of a 其中 list of counts,
 * each of the whole's noun (项目, 用车), never add up to more than the whole (`count.sum`). A 其中 list may name only
 * some parts: a sum below the whole says nothing.
 *
 * Precision first: the whole is the one count of its unit and noun in the sentence before 其中 (or the sentence
 * before, when 其中 opens its own), outside brackets; the list runs to its sentence's end (or its first "；" after
 * two parts) with no nested 其中, no
 * 分别 / 等 / change / comparison, no count in brackets; every count of the unit in it is a part named with the
 * whole's noun (people — 人, 名 — by their roles: the one count of people before the list), two parts at least.
 */
export function checkCountPartsOverWhole(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['其中'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('其中')) continue;
    const text = block.text;
    const sents = sentences(text);
    for (const m of allMatches(text, /其中[：:，,]?/g)) {
      const si = sentenceAt(sents, m.index);
      const own = sents[si];
      if (!own) continue;
      let region = text.slice(m.index + m[0].length, own.end);
      // (A list whose first group holds two parts ends at its "；": "其中行政人员17人、事业人员44人；离退休人员23人"
      // — what follows is the sentence's next statement. With one part before it, "；" joins the parts.)
      const group = region.search(/[；;]/);
      if (group >= 0 && nounCounts(region.slice(0, group)).length >= 2) region = region.slice(0, group);
      if (/其中|分别|等|比|较|增加|减少|上年|同期|[（(][^（）()]*\d/.test(region)) continue;
      const opens = text.slice(own.start, m.index).trim() === '';
      const wholeText = opens
        ? si > 0
          ? sents[si - 1]!
          : null
        : { start: own.start, text: text.slice(own.start, m.index) };
      if (!wholeText) continue;
      const parts = nounCounts(region);
      if (parts.length < 2) continue;
      const unit = unitOf(parts[0]!.unit);
      if (parts.some((p) => unitOf(p.unit) !== unit)) continue;
      const wholes = nounCounts(wholeText.text).filter((w) => unitOf(w.unit) === unit);
      // (People are parts by their roles, not by a noun of the whole's: "评价组由5人组成，其中项目负责人1名、…" —
      // the one count of people before the list is the whole.)
      const whole =
        unit === '人'
          ? wholes
          : wholes.filter((w) => w.noun !== '' && parts.every((p) => p.noun.endsWith(w.noun)));
      if (whole.length !== 1) continue;
      const sum = parts.reduce((a, p) => a + p.value, 0);
      const total = whole[0]!.value;
      if (sum < total || (sum !== total && wholes.some((w) => w.value === sum))) continue;
      const list = parts.map((p) => p.value).join(' + ');
      // (A list another rule summed — prose-totals.ts reads many a 其中 list of counts — is left to it.)
      if (ctx.claims.some((c) => c.arithmetic.includes(`${list} = ${sum}`))) continue;
      judgeCountSum(ctx, block.first, text, {
        at: wholeText.start + whole[0]!.at,
        excerpt: [m.index, own.end],
        sum,
        total,
        unit,
        arithmetic: `其中各项 ${list} = ${sum}${unit}，文中共${total}${unit}`,
        message: `其中所列各项 ${list} = ${sum}${unit}，多于其前所述${total}${unit}。`,
      });
    }
  }
}

/** 人 and 名 count people alike. */
const unitOf = (unit: string): string => (unit === '名' ? '人' : unit);

/** Words between a count's noun and its figure: "项目为38个", "用车共32辆". */
const VERB = /(?:为|是|有|达|共|计|共计|合计|总计|累计)+$/;

/** The integer counts of `text` outside brackets, each with the two characters of its noun right before it. */
function nounCounts(text: string): { value: number; unit: string; at: number; noun: string }[] {
  const out: { value: number; unit: string; at: number; noun: string }[] = [];
  // The brackets open before each count, read once along the text (an endless text stays linear).
  let depth = 0;
  let read = 0;
  for (const t of scanNumbers(text)) {
    for (; read < t.start; read++) {
      const c = text[read];
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
    }
    if (!COUNT_UNITS.has(t.unit) || t.value.includes('.') || depth > 0) continue;
    const word = /[\u4e00-\u9fa5]+$/.exec(text.slice(Math.max(0, t.start - 16), t.start).trimEnd());
    const noun = word ? word[0].replace(VERB, '').slice(-2) : '';
    out.push({ value: Number(t.value), unit: t.unit, at: t.start, noun: noun.length === 2 ? noun : '' });
  }
  return out;
}

/** The counts of `unit` in `text` (offsets from `offset`): "1126辆", not "1126辆次". */
function countsOf(text: string, unit: string, offset: number): { value: number; at: number }[] {
  return scanNumbers(text)
    .filter((t) => t.unit === unit && !t.value.includes('.'))
    .map((t) => ({ value: Number(t.value), at: offset + t.start }));
}
