/**
 * A whole stated in one paragraph and its parts listed in the next — "2024年度一般公共预算财政拨款基本支出
 * 1,234.56万元。" then "其中：人员经费1,000.00万元，……；公用经费234.56万元，……。", or numbered parts each in
 * its own paragraph ("1.人员经费1,000.00万元，占81.00%，…" / "2.公用经费234.56万元，占19.00%，…"): the parts
 * must add up to the whole (`sum.parts`) and each share printed after a part must be part ÷ whole
 * (`share.percent`), rounding-aware.
 *
 * Precision first: the whole is the last money figure of the paragraph before, the only money figure of
 * its sentence that is not a change, and itself no change, comparison or budget; every money figure of the
 * list is a part right after its name (a list with an amount in a detail clause, a change or a budget is
 * not read); the parts are in the whole's unit; and a sum far from the whole (under half or over
 * twice it) or equal to another amount of the paragraph before is not taken for this whole's. When the
 * paragraph says only the main parts follow (…如下, 以下, 主要包括) or the list ends with 等 / ……, only the
 * shares are judged.
 */
import { sharePercent, dec, type Dec } from '../money/index.ts';
import { claim, endsWithWord, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import type { Paragraph } from './layout.ts';
import { CHANGE_OR_RATIO } from './change-words.ts';
import { cjkNumber, MONEY_UNITS, type NumberToken } from './numbers.ts';
import { lineFigures } from './prose-lines.ts';
import { judgeRatio, judgeSum, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

type Part = { li: number; token: NumberToken; value: Printed; name: string };
/** `partial`: only the main parts may be listed (…如下, 以下, 主要包括 above; …等 ending the list): no sum. */
type Whole = { li: number; token: NumberToken; name: string; partial: boolean };

/** A list that opens its paragraph: "其中：", "其中，". */
const OPENS_LIST = /^\s*其中\s*[：:，,]\s*/;
/** A paragraph holding only "其中：". */
const ONLY_OPENS_LIST = /^\s*其中\s*[：:]\s*$/;
/** At most this many paragraphs of a list printed one part each (below "其中：", or a sub-list between two numbered parts). */
const LIST_PARAGRAPHS = 8;
/**
 * A numbered part paragraph: "1.人员经费1,000.00万元" or "（一）人员经费1,000.00万元" (the name, then at once its
 * amount). Group 1: a digit number ("1." / "1、"); group 2: a number in brackets, Chinese or digits ("（一）").
 */
const NUMBERED = /^\s*(?:(\d{1,2})\s*[.．、]|[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)])\s*/;
/** A paragraph's number and its style ("1." is not "（1）"), or null when it is not numbered. */
function numberOf(text: string): { n: number; style: string } | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return { n: Number(m[1]), style: 'dot' };
  const t = m[2]!;
  return /\d/.test(t) ? { n: Number(t), style: 'bracket-digit' } : { n: cjkNumber(t), style: 'bracket' };
}

/** What a part's name may be: Chinese words, brackets and quotes (a trailing 为 / 是 / 计 dropped). */
const NAME = /^[\u4e00-\u9fa5（）()“”"]{2,24}$/;
/** Words that make a figure not a plain part (a change, a comparison, a budget, a detail, a share). */
const NOT_A_PART =
  /增加|减少|增长|下降|上升|降低|比|较|上年|去年|预算数|年初预算|全年预算|调整|其中|包括|用于|占|主要|合计|共计|总计/;
/** What makes the whole not a plain amount of this year. */
const NOT_A_WHOLE =
  /增加|减少|增长|下降|上升|降低|比|较|上年|去年|同期|预算数|年初预算|全年预算|调整后?预算|结转|结余/;
const SHARE_AFTER =
  /^\s*[，,]?\s*[（(]?\s*(?:所?占(?:比重?|比例)?|比重)\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*%/;

const printedOf = (t: NumberToken): Printed => ({ value: t.value, places: t.places });

export function checkParagraphLists(ctx: Ctx): void {
  // (Its wholes and parts are money: 元, 万元, 亿元.)
  if (!mentionsAll(ctx, ['元'])) return;
  const blocks = ctx.layout.blocks;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const above = blocks[i]!;
    const next = blocks[i + 1]!;
    if (above.kind !== 'paragraph' || next.kind !== 'paragraph') continue;
    checkOpenList(ctx, blocks, i);
    if (!OPENS_LIST.test(next.text) && !NUMBERED.test(next.text)) continue;
    const whole = wholeOf(ctx, above, !OPENS_LIST.test(next.text));
    if (!whole) continue;
    if (OPENS_LIST.test(next.text)) {
      // "其中：" alone, its parts in the paragraphs below (one each, as Word prints them), or inline.
      const parts = ONLY_OPENS_LIST.test(next.text)
        ? partsBelow(ctx, blocks, i + 2, whole.token.unit)
        : listParts(ctx, next, whole.token.unit);
      if (parts) judge(ctx, { ...whole, partial: whole.partial || listIsPartial(ctx, parts) }, parts, above);
      continue;
    }
    const parts: Part[] = [];
    const style = numberOf(next.text)!.style;
    const numbered = (k: number): number | null => {
      const b = blocks[k];
      if (b?.kind !== 'paragraph') return null;
      const n = numberOf(b.text);
      return n && n.style === style ? n.n : null;
    };
    let k = i + 1;
    for (; k < blocks.length; k++) {
      const b = blocks[k]!;
      if (b.kind !== 'paragraph') break;
      if (numbered(k) !== parts.length + 1) break;
      const part = numberedPart(ctx, b, whole.token.unit);
      if (part === null) {
        parts.length = 0;
        break;
      }
      parts.push(part);
      // A "其中：" sub-list of this part (its own paragraphs, judged against the part by the 其中 rules) does
      // not end the list when the next number follows it.
      const resume = afterSubList(ctx, blocks, k + 1, (j) => numbered(j) === parts.length + 1);
      if (resume > k + 1) k = resume - 1;
    }
    // The list ends where numbering stops: a next number (without its amount) leaves it unsure.
    if (numbered(k) === parts.length + 1) continue;
    if (parts.length >= 2) judge(ctx, whole, parts, above);
  }
}

/**
 * Where a numbered list resumes after a "其中：" sub-list starting at block `from` (a paragraph opening with
 * 其中, then up to LIST_PARAGRAPHS paragraphs of its parts, none a heading or a number of the list):
 * the index of the list's next numbered paragraph (`isNext`), or `from` when there is no such sub-list or no
 * next number right after it.
 */
function afterSubList(
  ctx: Ctx,
  blocks: Ctx['layout']['blocks'],
  from: number,
  isNext: (k: number) => boolean,
): number {
  const first = blocks[from];
  if (first?.kind !== 'paragraph' || !OPENS_LIST.test(first.text)) return from;
  for (let k = from + 1; k < blocks.length && k <= from + LIST_PARAGRAPHS; k++) {
    if (isNext(k)) return k;
    const b = blocks[k]!;
    // A part of the sub-list: a paragraph with an amount, not a heading nor numbered as the list is.
    if (b.kind !== 'paragraph' || numberOf(b.text) !== null || b.heading) return from;
    if (!lineFigures(ctx, b.first).some((t) => MONEY_UNITS.has(t.unit))) return from;
  }
  return from;
}

/** The last money figure of a paragraph, when it is plainly an amount its next paragraph may split. */
function wholeOf(ctx: Ctx, p: Paragraph, numberedBelow: boolean): Whole | null {
  const li = p.first;
  const full = ctx.lines[li] ?? '';
  // "…，其中：" ending the paragraph: its parts below are the 其中 rule's — unless they are numbered paragraphs
  // ("其中：" / "（一）农林水支出（类）…" / "（二）…"): then the whole is the amount before it, and a change of
  // that amount may follow it in its sentence ("7,120.20万元，比上年增加301.20万元。其中：").
  const trailing = /[，,。；;]?\s*其中\s*[：:，,]?\s*$/.exec(full);
  if (trailing && !numberedBelow) return null;
  const line = trailing ? full.slice(0, trailing.index) : full;
  const isChange = (t: NumberToken): boolean => endsWithWord(line, t.start, CHANGE_OR_RATIO);
  const money = lineFigures(ctx, li).filter(
    (t) => MONEY_UNITS.has(t.unit) && t.end <= line.length && (!trailing || !isChange(t)),
  );
  const token = money[money.length - 1];
  if (!token) return null;
  const sentence = sentencesAt(ctx, li).find((s) => token.start >= s.start && token.start < s.end);
  if (!sentence) return null;
  // The only money figure of its sentence, that is not a change.
  const inSentence = money.filter((t) => t.start >= sentence.start && t.start < sentence.end);
  if (inSentence.length !== 1) return null;
  if (isChange(token)) return null;
  const clause = line.slice(sentence.start, token.start);
  if (NOT_A_WHOLE.test(clause) || /其中|分别|各/.test(clause)) return null;
  // Nothing but a share may follow it in its sentence (or, before numbered parts, its change).
  const rest = line.slice(token.end, Math.min(sentence.end, line.length));
  if (/其中/.test(rest) || (!trailing && /增加|减少|增长|下降|比|较/.test(rest))) return null;
  const partial = /以下|如下|主要包括|主要有/.test(line.slice(token.end));
  // (A numbered part's own number is not its name: "2.项目支出" is 项目支出.)
  const name = clause
    .replace(NUMBERED, '')
    .replace(/^\s*\d{4}\s*年度?/, '')
    .trim();
  return { li, token, name, partial };
}

/** A part's name (the clause before its amount, 为/是 dropped) or null when it is not a plain name. */
function nameBefore(text: string, at: number, from: number): string | null {
  // "公用经费：702.19万元": the colon after a name is no clause mark.
  let end = at;
  while (end > from && /[\s：:]/.test(text[end - 1]!)) end--;
  let k = end - 1;
  while (k >= from && !'，,；;：:、。'.includes(text[k]!)) k--;
  const name = text
    .slice(k + 1, end)
    .trim()
    .replace(/(为|是|共计|计)$/, '');
  if (!NAME.test(name) || NOT_A_PART.test(name)) return null;
  return name;
}

/** The parts of "其中：A…万元，…；B…万元，…。" (its first sentence); null when any amount is not plainly a part. */
function listParts(ctx: Ctx, p: Paragraph, unit: string): Part[] | null {
  const li = p.first;
  const line = ctx.lines[li] ?? '';
  const open = OPENS_LIST.exec(line)!;
  const end = sentencesAt(ctx, li)[0]?.end ?? line.length;
  // A list of changes, a budget, or a nested list is not read.
  if (
    /增加|减少|增长|下降|上升|降低|比上年|较上年|预算数|年初预算|其中/.test(line.slice(open[0].length, end))
  )
    return null;
  const parts: Part[] = [];
  for (const t of lineFigures(ctx, li)) {
    if (t.start < open[0].length || t.start >= end || !MONEY_UNITS.has(t.unit)) continue;
    const part = partOf(line, t, unit, open[0].length, li);
    if (!part) return null;
    // A part opens its ；-item: an amount after 用于 / 包括 / 主要 in its item is a detail of the part before.
    const itemStart = Math.max(
      open[0].length,
      line.lastIndexOf('；', t.start),
      line.lastIndexOf(';', t.start),
    );
    if (/用于|包括|主要|如下|以下/.test(line.slice(itemStart, t.start))) return null;
    parts.push(part);
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * Whether a 其中 list names only some parts: "…等" or "……" after its last amount, outside the detail clauses
 * of a part ("公用经费…万元，主要包括办公费、印刷费等" is a detail's 等, not the list's).
 */
function listIsPartial(ctx: Ctx, parts: readonly Part[]): boolean {
  const last = parts[parts.length - 1]!;
  const line = ctx.lines[last.li] ?? '';
  const end = sentencesAt(ctx, last.li)[0]?.end ?? line.length;
  const tail = line.slice(last.token.end, end).replace(/(?:主要(?:包括|用于|是|为)|包括|用于)[^；;。]*/g, '');
  return /等|……|\.\.\./.test(tail);
}

function partOf(line: string, t: NumberToken, unit: string, from: number, li: number): Part | null {
  const name = nameBefore(line, t.start, from);
  if (name === null) return null;
  // Parts in another unit than the whole's (a rounded 亿元 whole, a small 元 amount that may be a misprinted
  // 万元): not read.
  if (t.unit !== unit) return null;
  return { li, token: t, value: printedOf(t), name };
}

/**
 * The parts (`least` at least) of a list printed one paragraph each below a paragraph "其中：" (from block `from`): "公务用车购置费
 * 0.00万元，…；" / "公务用车运行维护费8.20万元，…。" — each paragraph a part (its name, then at once its amount),
 * every one but the last ending in "；" or "，", the last in "。" (where the list ends). Null when a paragraph
 * with an amount is not plainly a part, or the list does not end so.
 */
function partsBelow(
  ctx: Ctx,
  blocks: Ctx['layout']['blocks'],
  from: number,
  unit: string,
  least = 2,
): Part[] | null {
  const parts: Part[] = [];
  for (let k = from; k < blocks.length && k < from + LIST_PARAGRAPHS; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || b.heading || numberOf(b.text) !== null) return null;
    const part = leadingPart(ctx, b, unit, 0);
    if (part === null) return null;
    parts.push(part);
    const end = b.text.trimEnd();
    if (end.endsWith('。')) return parts.length >= least ? parts : null;
    if (!/[；;，,]$/.test(end)) return null;
  }
  return null;
}

/**
 * A 其中 list its whole's paragraph opens and leaves open — "基本支出1,200.00万元，其中：人员经费1,000.00万元，主要
 * 包括…；" ending in "；" — continued one part a paragraph below ("公用经费200.00万元，主要包括…。", see partsBelow):
 * the parts of both add up to the whole. The whole is the one money figure of its sentence before 其中, a plain
 * amount (no change, budget or comparison); each ；-item after 其中 opens with its part, its only amount.
 */
function checkOpenList(ctx: Ctx, blocks: Ctx['layout']['blocks'], i: number): void {
  const p = blocks[i]!;
  if (p.kind !== 'paragraph' || !/[；;]$/.test(p.text.trimEnd())) return;
  const li = p.first;
  const line = ctx.lines[li] ?? '';
  const open = /其中\s*[：:，,]\s*/g;
  let m: RegExpExecArray | null = null;
  for (let x = open.exec(line); x; x = open.exec(line)) m = x;
  if (!m) return;
  const sentence = sentencesAt(ctx, li).find((s) => m.index >= s.start && m.index < s.end);
  if (!sentence || line.slice(m.index + 1).includes('。')) return;
  const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
  const before = money.filter((t) => t.start >= sentence.start && t.start < m.index);
  if (before.length !== 1) return;
  const token = before[0]!;
  const clause = line.slice(sentence.start, token.start);
  const between = line.slice(token.end, m.index);
  if (
    NOT_A_WHOLE.test(clause) ||
    /分别|各/.test(clause) ||
    !/^\s*(?:万元|亿元|元)?\s*[，,]?\s*$/.test(between)
  )
    return;
  if (endsWithWord(line, token.start, CHANGE_OR_RATIO)) return;
  const from = m.index + m[0].length;
  const parts: Part[] = [];
  let itemStart = from;
  for (const item of line.slice(from).split(/[；;]/)) {
    const inItem = money.filter((t) => t.start >= itemStart && t.start < itemStart + item.length);
    itemStart += item.length + 1;
    if (item.trim() === '') continue;
    if (inItem.length !== 1) return;
    const part = partOf(line, inItem[0]!, token.unit, itemStart - item.length - 1, li);
    if (!part || line.slice(itemStart - item.length - 1, inItem[0]!.start).trim() !== part.name) return;
    parts.push(part);
  }
  const below = partsBelow(ctx, blocks, i + 1, token.unit, 1);
  if (parts.length === 0 || !below) return;
  const all = [...parts, ...below];
  const name = clause
    .replace(NUMBERED, '')
    .replace(/^\s*\d{4}\s*年度?/, '')
    .trim();
  judge(ctx, { li, token, name, partial: listIsPartial(ctx, all) }, all, p, '前文');
}

/** "1.人员经费1,000.00万元，占81.00%，…": the amount right after the name; any other amount must be a detail. */
function numberedPart(ctx: Ctx, p: Paragraph, unit: string): Part | null {
  const line = ctx.lines[p.first] ?? '';
  return leadingPart(ctx, p, unit, NUMBERED.exec(line)![0].length);
}

/** The part a paragraph opens with (from `from`, after its number): its name, then at once its amount. */
function leadingPart(ctx: Ctx, p: Paragraph, unit: string, from: number): Part | null {
  const li = p.first;
  const line = ctx.lines[li] ?? '';
  const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
  const first = money[0];
  if (!first) return null;
  // Any later amount comes after a word that makes it a detail, a change or last year's figure of the part.
  for (const t of money.slice(1))
    if (!/其中|包括|用于|增加|减少|比|较|上年|去年/.test(line.slice(first.end, t.start))) return null;
  if (/预算/.test(line.slice(from, first.start))) return null;
  return partOf(line, first, unit, from, li);
}

/** `where`: where the whole is stated, as the message names it (the paragraph above, or the list's own opening). */
function judge(ctx: Ctx, whole: Whole, parts: readonly Part[], above: Paragraph, where = '上段'): void {
  const total = printedOf(whole.token);
  const unit = whole.token.unit;
  const values = parts.map((p) => p.value);
  const sum = values.reduce((a: Dec, v) => a.plus(v.value), dec(0));
  // A sum far from the whole is not its parts' (another whole, or a list of only some parts).
  const w = dec(total.value);
  if (w.isZero() || sum.gt(w.times(2)) || sum.lt(w.div(2))) return;
  const verdict = whole.partial ? null : judgeSum(values, total);
  if (verdict === null) {
    for (const p of parts) checkShare(ctx, p, total, unit);
    return;
  }
  const partsText = values.map((v) => v.value).join(' + ');
  const sumText = showAs(sum, [...values, total]);
  if (verdict.kind === 'wrong') {
    // The parts add up exactly to another amount of the paragraph above: that amount's parts.
    const others = lineFigures(ctx, above.first).filter((t) => t !== whole.token && MONEY_UNITS.has(t.unit));
    if (others.some((t) => t.unit === unit && judgeSum(values, printedOf(t)).kind === 'ok')) return;
  }
  const first = parts[0]!;
  claim(
    ctx,
    'sum',
    first.li,
    first.token.start,
    verdict.kind !== 'wrong',
    `${partsText} = ${sumText}${unit}，${where}合计${total.value}${unit}`,
  );
  if (verdict.kind !== 'ok') {
    const line = ctx.lines[first.li] ?? '';
    const diff = showAs(sum.minus(w).abs(), [...values, total]);
    report(
      ctx,
      first.li,
      'sum.parts',
      verdict.severity,
      excerptOf(line, 0, Math.min(line.length, first.token.end + 40), 0),
      `${total.value}${unit}`,
      `${sumText}${unit}`,
      verdict.kind === 'rounding'
        ? `各项之和 ${partsText} = ${sumText}，与${where}${whole.name}${total.value}${unit}相差${diff}，在${values.length}个数各自四舍五入的误差范围内。`
        : `各项之和 ${partsText} = ${sumText}${unit}，与${where}${whole.name}${total.value}${unit}不符，相差${diff}${unit}。`,
      first.token.start,
    );
  }
  for (const p of parts) checkShare(ctx, p, total, unit);
}

function checkShare(ctx: Ctx, p: Part, total: Printed, unit: string): void {
  const line = ctx.lines[p.li] ?? '';
  const m = SHARE_AFTER.exec(line.slice(p.token.end));
  if (!m) return;
  const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
  const verdict = judgeRatio(printed, [p.value, total], ([a, b]) => sharePercent(a!, b!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const at = p.token.end + m[0].lastIndexOf(m[1]!);
  claim(
    ctx,
    'share',
    p.li,
    at,
    verdict.kind !== 'wrong',
    `${p.value.value} ÷ ${total.value}${unit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    p.li,
    'share.percent',
    verdict.severity,
    excerptOf(line, p.token.start, at + m[1]!.length + 1, 10),
    `${exact}%`,
    `${printed.value}%`,
    `${p.name}占比应为 ${p.value.value} ÷ ${total.value} × 100% = ${exact}%（${total.value}${unit}为上段所述合计），文中为${printed.value}%${verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内')}。`,
    at,
  );
}
