/**
 * Claims made in running text: a total and its parts (其中…), shares (占…%), changes against last
 * year (增加/减少…万元，增长/下降…%), 完成预算%, and the units of the amounts involved.
 * Each claim is checked only when its figures are found with confidence; otherwise it is skipped.
 */
import { changePercent, completionPercent, dec, sharePercent, type Dec } from '../money/index.ts';
import {
  allMatches,
  claim,
  endsWithWord,
  excerptOf,
  lastIndexOfAny,
  report,
  sentencesAt,
  type Ctx,
  type Span,
} from './context.ts';
import { isWhite } from './layout.ts';
import { forEachFigureLine, forEachProseLine, lineFigures } from './prose-lines.ts';
import { COUNT_UNITS, MONEY_UNITS, printedPlaces, scanNumbers, type NumberToken } from './numbers.ts';
import { gradeOf } from '../scoring/grade.ts';
import { normaliseGrade } from './grade-words.ts';
import { CHANGE_OR_COMPARE, CHANGE_OR_RATIO, CHANGE_WORDS } from './change-words.ts';
import { TOTAL_THEN_PARTS } from './score-prose.ts';
import { shareOnlyLists } from './share-tables.ts';
import {
  halfUlp,
  inMoneyUnit,
  judgeRatio,
  judgeSum,
  plain,
  SHARE,
  show,
  showAs,
  verdictClause,
  type Printed,
  type RatioVerdict,
} from './verdict.ts';

/** A 元 amount this small beside 万元 amounts is a 万元 amount with the wrong unit printed. */
const SMALL_YUAN = 10000;

export type ChangeClaim = { line: number; current: Printed; last: Dec; lastPlaces: number };

/** A 元 amount that a claim proves to be 万元, with the arithmetic that proves it ("117.79 + … + 19.49 = 233.72"). */
type YuanProof = { line: number; token: NumberToken; proof: string };

/** State shared between prose rules: 元 amounts proven to be 万元 by a claim they satisfy. */
type ProseState = {
  yuanAsWan: Map<string, YuanProof>;
  changes: ChangeClaim[];
  /** Shares already checked (line, offset, printed %): a share two rules read is one claim. */
  sharesAt: Set<string>;
};

const TRIGGER = /其中[：:]?|主要用于以下方面[：:]?|具体内容包括[：:]?|主要包括[：:]?|主要用于[：:](?!以下)/g;
const TRIGGER_TEST = /其中|主要用于以下方面|具体内容包括|主要包括/;
/** A list that names only the main parts: its sum need not reach the total. */
const NOT_EXHAUSTIVE_TRIGGER = /^(主要包括|主要用于[：:])/;
const MAIN_USES = /^主要用于以下方面/;
const HEADING =
  /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|（[一二三四五六七八九十]+）|\d+\s*、)/;

function isSuspectYuan(t: NumberToken): boolean {
  return t.unit === '元' && dec(t.value).gt(0) && dec(t.value).lt(SMALL_YUAN);
}

/** Parts and totals compared in 万元: 亿元 converted; a small 元 amount taken at face value (see unit rule). */
function inWan(t: NumberToken, totalUnit: string): Printed | null {
  if (totalUnit === t.unit || (totalUnit === '' && MONEY_UNITS.has(t.unit)))
    return { value: t.value, places: t.places };
  if (totalUnit === '万元' && t.unit === '亿元')
    return { value: dec(t.value).times(10000).toString(), places: Math.max(0, t.places - 4) };
  if (totalUnit === '万元' && t.unit === '元') {
    if (isSuspectYuan(t) || dec(t.value).isZero()) return { value: t.value, places: t.places };
    return { value: dec(t.value).div(10000).toString(), places: t.places + 4 };
  }
  return null;
}

function sameFamily(a: string, b: string): boolean {
  if (MONEY_UNITS.has(a)) return MONEY_UNITS.has(b);
  return a === b;
}

/**
 * Records the 元 amounts among `tokens` as proven 万元 by `proof`, the claim's arithmetic — only when the
 * claim is in 万元 (`inWan`): a sum or ratio of 元 amounts holds in 元 too and proves nothing.
 */
function noteYuan(
  state: ProseState,
  line: number,
  tokens: readonly NumberToken[],
  proof: string,
  inWan: boolean,
): void {
  if (!inWan) return;
  for (const t of tokens)
    if (isSuspectYuan(t)) state.yuanAsWan.set(`${line}:${t.value}`, { line, token: t, proof });
}

const PERCENT_AFTER = /^[，,、\s]*[（(]?\s*占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "占全年执行数的63.23%" after a part: the share of a named total. */
const NAMED_PERCENT_AFTER =
  /^[，,、\s]*[（(]?\s*占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "财政拨款收入占93.22%，为7,069.54万元": a share written before its part (the part's name before 占). */
const PERCENT_BEFORE =
  /[\u4e00-\u9fa5）)]{2}占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]?\s*(?:金额)?(?:为|是|计)?\s*$/;

/**
 * Whether `text` opens with 占 after commas, white space and an opening bracket: what PERCENT_AFTER and
 * NAMED_PERCENT_AFTER need before anything else (tested first: most parts have no share after them).
 */
function opensWithShare(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '占') return true;
    if (!(c === '，' || c === ',' || c === '、' || c === '（' || c === '(' || isWhite(text.charCodeAt(i))))
      return false;
  }
  return false;
}

/** What kind of amount a clause states: a budget (年初预算, 预算数), an outturn (决算, 执行数, 实际), or other. */
function amountRole(clause: string): 'budget' | 'actual' | 'other' {
  if (/预算/.test(clause) && !/决算|执行数|实际/.test(clause)) return 'budget';
  if (/决算|执行数|实际|完成数/.test(clause)) return 'actual';
  return 'other';
}

/** Marks that end a clause: commas and semicolons; colons too; and the full stop. */
const COMMA_MARKS = ['，', ',', '；', ';'];
const CLAUSE_MARKS_IN_SENTENCE = [...COMMA_MARKS, '：', ':'];
const CLAUSE_MARKS = [...CLAUSE_MARKS_IN_SENTENCE, '。'];

/** Start of the clause holding offset `at` (after the last ，；：), not before `from`. */
function clauseFrom(line: string, at: number, from: number): number {
  return Math.max(from, lastIndexOfAny(line, CLAUSE_MARKS, at - 1) + 1);
}

/** Total with parts: "合计X万元，其中：A万元，占a%；B万元，占b%" — also parts on the following lines. */
function checkTotalsAndShares(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    for (const trig of allMatches(line, TRIGGER)) {
      const triggerEnd = trig.index + trig[0].length;
      // (A figure never runs into the trigger: the line's figures before it are the prefix's.)
      const before = lineFigures(ctx, li).filter((t) => t.start < trig.index);
      // The total: last money/count figure before the trigger, or a figure printed without unit (then flagged).
      // It must sit in the trigger's sentence, or in the sentence just before when the trigger opens its own.
      const sents = sentencesAt(ctx, li);
      const si = sents.findIndex((s) => trig.index >= s.start && trig.index < s.end);
      const own = sents[si];
      if (!own) continue;
      const opensSentence = line.slice(own.start, trig.index).trim() === '';
      const scopeStart = opensSentence ? (sents[si - 1]?.start ?? own.start) : own.start;
      let total: NumberToken | undefined;
      const tail = maskPartDetails(line.slice(triggerEnd));
      if (tail === null) continue;
      const stop = tail.search(/。|其中|主要包括|主要用于/);
      const region = stop >= 0 ? tail.slice(0, stop) : tail;
      // Parts on the following lines, each labelled (预算数…，决算数…): a change stated before "其中：" is
      // passed over to the figure it changed, and the parts must then be picked by their label.
      const partsBelow = region.trim() === '';
      let skippedChange = false;
      let changeToken: NumberToken | undefined;
      for (let k = before.length - 1; k >= 0; k--) {
        const t = before[k]!;
        if (t.start < scopeStart) break;
        if (t.unit === '%' || t.unit === '年' || t.unit === '月' || t.unit === '日' || t.unit === '号')
          continue;
        // "提高2.35个百分点" is a difference of rates, not an amount.
        if (t.unit === '个' && line.startsWith('百分点', t.end)) continue;
        if (endsWithWord(line, t.start, CHANGE_OR_COMPARE)) {
          // "本年收入合计X万元，比上年增加D万元，增长P%，其中：…": the list may be of X (taken only when its
          // parts add up to X, below) or of the change D.
          if (MONEY_UNITS.has(t.unit) && endsWithWord(line, t.start, CHANGE_WORDS)) {
            skippedChange = true;
            changeToken ??= t;
            continue;
          }
          break;
        }
        // "比2023年度决算41.27万元减少2.63万元": the figure compared with is not the subject of the list.
        if (isComparisonBase(line, t)) continue;
        if (
          MONEY_UNITS.has(t.unit) ||
          COUNT_UNITS.has(t.unit) ||
          (t.unit === '' && endsWithWord(line, t.start, ['为']))
        )
          total = t;
        break;
      }
      if (!total) continue;
      type Part = { token: NumberToken; line: number; text: string; offset: number };
      const parts: Part[] = [];
      let missing = false;
      if (partsBelow) {
        // Parts listed on the following lines ("其中：" ends the line). A line stating two amounts of
        // different kinds (年初预算…，支出决算…) gives the one of the total's kind; when none or several
        // are, the list is not read.
        const want = amountRole(line.slice(clauseFrom(line, total.start, scopeStart), total.start));
        let ambiguous = false;
        for (let lj = li + 1, seen = 0; lj < ctx.lines.length && seen < 40; lj++) {
          const next = ctx.lines[lj]!;
          if (next.trim() === '') continue;
          seen++;
          if (HEADING.test(next)) break;
          const figs = lineFigures(ctx, lj);
          let first = figs.find((t) => MONEY_UNITS.has(t.unit) || COUNT_UNITS.has(t.unit));
          const money = figs.filter((t) => MONEY_UNITS.has(t.unit));
          if (money.length >= 2) {
            const roles = money.map((t) => amountRole(next.slice(clauseFrom(next, t.start, 0), t.start)));
            if (new Set(roles).size > 1 || skippedChange) {
              const same = money.filter((_, i) => roles[i] === want && want !== 'other');
              if (same.length !== 1) {
                ambiguous = true;
                break;
              }
              first = same[0];
            }
          } else if (skippedChange && first) {
            ambiguous = true;
            break;
          }
          if (first && first.start < 90) {
            parts.push({ token: first, line: lj, text: next, offset: 0 });
            continue;
          }
          if (/^\s*\d+(\.\d+)*\s*[.．、]?/.test(next) && !first) continue;
          break;
        }
        if (ambiguous) continue;
      } else {
        if (/[^\d.\s]\.(辆|个|人次|次|台|套|批次)/.test(region) || /(占|为)\s*[%％]/.test(region))
          missing = true;
        const masked = tail === line.slice(triggerEnd) ? line : line.slice(0, triggerEnd) + tail;
        for (const t of scanNumbers(region))
          parts.push({ token: t, line: li, text: masked, offset: triggerEnd });
      }
      const unit = total.unit;
      const family = unit === '' ? '万元' : unit;
      // "共有车辆12辆，其中：A3辆、B9辆；单位价值100万元以上设备5台": the list ends at the ；before a figure
      // of another kind (what follows is another statement).
      if (!partsBelow) {
        const other = parts.findIndex(
          (p) =>
            (MONEY_UNITS.has(p.token.unit) || COUNT_UNITS.has(p.token.unit)) &&
            !sameFamily(family, p.token.unit),
        );
        const prev = parts[other - 1];
        if (
          other >= 2 &&
          prev &&
          /[；;]/.test(
            parts[other]!.text.slice(
              prev.offset + prev.token.end,
              parts[other]!.offset + parts[other]!.token.start,
            ),
          )
        )
          parts.length = other;
      }
      // "其中：国内接待费6.95万元，接待56批次、412人次；外事接待费0.63万元，接待2批次、18人次": each part of a
      // money total opens its ；-separated item, the item's other figures being counts of it — the parts are
      // the amounts.
      if (!partsBelow && MONEY_UNITS.has(family)) {
        const items = new Map<number, Part[]>();
        for (const p of parts) {
          const k = (p.text.slice(triggerEnd, p.offset + p.token.start).match(/[；;]/g) ?? []).length;
          items.set(k, [...(items.get(k) ?? []), p]);
        }
        const each = [...items.values()];
        const counted = (p: Part): boolean => COUNT_UNITS.has(p.token.unit);
        if (
          each.length >= 2 &&
          each.every((g) => MONEY_UNITS.has(g[0]!.token.unit) && g.slice(1).every(counted)) &&
          each.some((g) => g.length > 1)
        )
          parts.splice(0, parts.length, ...each.map((g) => g[0]!));
      }
      // A list mixing kinds of figure (人次 and 家, 个 and 万元) or stating changes is not a total and its parts.
      const kinds = parts.filter((p) => MONEY_UNITS.has(p.token.unit) || COUNT_UNITS.has(p.token.unit));
      if (kinds.some((p) => !sameFamily(family, p.token.unit))) continue;
      if (kinds.some((p) => endsWithWord(p.text, p.offset + p.token.start, CHANGE_OR_RATIO))) continue;
      const sameUnitParts = parts.filter((p) =>
        unit === '' ? MONEY_UNITS.has(p.token.unit) : sameFamily(unit, p.token.unit),
      );
      if (unit === '' && sameUnitParts.length >= 2) {
        const wanted = sameUnitParts[0]!.token.unit;
        report(
          ctx,
          li,
          'unit.missing',
          'warning',
          excerptOf(line, total.start, total.end),
          `${total.value}${wanted}`,
          total.value,
          `合计数${total.value}没有写单位，其组成部分以${wanted}为单位，应写作${total.value}${wanted}。`,
        );
      }
      const totalUnit = unit === '' ? (sameUnitParts[0]?.token.unit ?? '') : unit;
      // "其中：货物300.00万元、工程0.00万元、服务200.00万元；授予中小企业合同金额450.00万元，…": the list ends at
      // the ；after which it no longer adds up — taken only when the parts before that ；add up exactly.
      if (!partsBelow && sameUnitParts.length > 2) {
        const all = sameUnitParts.map((p) => inWan(p.token, totalUnit));
        const whole = { value: total.value, places: total.places };
        if (all.every((p) => p !== null) && judgeSum(all as Printed[], whole).kind === 'wrong') {
          for (let k = 2; k < sameUnitParts.length; k++) {
            const [a, b] = [sameUnitParts[k - 1]!, sameUnitParts[k]!];
            if (!/[；;]/.test(b.text.slice(a.offset + a.token.end, b.offset + b.token.start))) continue;
            if (judgeSum(all.slice(0, k) as Printed[], whole).kind === 'ok') {
              sameUnitParts.length = k;
              break;
            }
          }
        }
      }
      const printedParts = sameUnitParts
        .map((p) => inWan(p.token, totalUnit))
        .filter((p): p is Printed => p !== null);
      const lastPart = sameUnitParts[sameUnitParts.length - 1];
      const afterLast = lastPart ? lastPart.text.slice(lastPart.offset + lastPart.token.end) : '';
      // A list that runs to the end of the text without ending its sentence may go on (a page cut it).
      const unfinished = region.trim() !== '' && stop < 0 && !/[。；;！？]\s*$/.test(line);
      const notExhaustive =
        unfinished ||
        NOT_EXHAUSTIVE_TRIGGER.test(trig[0]) ||
        /^[^。；;]{0,20}?(等|……|\.\.\.)/.test(afterLast.replace(/^[，,]?\s*占(比)?\s*\d+(\.\d+)?\s*%/, ''));
      const summed = printedParts.length >= 2 && printedParts.length === sameUnitParts.length && !missing;
      if (skippedChange && !partsBelow && !summed) continue;
      if (summed) {
        const verdict = judgeSum(printedParts, { value: total.value, places: total.places });
        // Past a change, the parts must add up to the figure taken as their total — or come near it (within
        // a tenth) and much nearer than to the change: a list of the change's parts adds up to the change.
        if (
          skippedChange &&
          !partsBelow &&
          verdict.kind === 'wrong' &&
          !nearTotal(verdict.total, total, changeToken)
        )
          continue;
        // "支出553.98万元，…，结余26.02万元。其中：A 388.20万元，…B 165.78万元": parts adding up exactly to another
        // amount of the sentence are that amount's parts — which figure the list splits is not certain.
        if (
          verdict.kind === 'wrong' &&
          before.some(
            (t) =>
              t !== total &&
              t.start >= scopeStart &&
              t.unit === total.unit &&
              judgeSum(printedParts, { value: t.value, places: t.places }).kind === 'ok',
          )
        )
          continue;
        // "主要用于以下方面：" may list only the main 类: parts short of the total are a partial list (a note);
        // parts beyond it cannot all be its parts (an error, as for any list).
        const partial =
          notExhaustive ||
          (MAIN_USES.test(trig[0]) && verdict.kind !== 'ok' && verdict.total.lt(dec(total.value)));
        const partsText = printedParts.map((p) => p.value).join(' + ');
        claim(
          ctx,
          'sum',
          li,
          total.start,
          verdict.kind !== 'wrong' || partial,
          `${partsText} = ${verdict.kind === 'ok' ? total.value : showAs(verdict.total, [...printedParts, total])}${totalUnit}，合计${total.value}${totalUnit}${partial ? '（列举不完全）' : ''}`,
        );
        if (verdict.kind === 'wrong' && partial) {
          report(
            ctx,
            li,
            'sum.partial',
            'note',
            excerptOf(line, total.start, triggerEnd + 60),
            `${total.value}${totalUnit}`,
            `${showAs(verdict.total, [...printedParts, total])}${totalUnit}`,
            `所列各项之和 ${partsText} = ${showAs(verdict.total, [...printedParts, total])}，与合计${total.value}相差${showAs(verdict.difference.abs(), [...printedParts, total])}；所列只是主要部分（以“等”“……”结尾、“主要包括”“主要用于以下方面”或未写完），不作为错误。`,
            total.start,
          );
        } else if (verdict.kind === 'ok') {
          for (const p of sameUnitParts)
            noteYuan(
              state,
              p.line,
              [p.token],
              `${partsText} = ${total.value}${totalUnit}`,
              totalUnit === '万元',
            );
        } else {
          report(
            ctx,
            li,
            'sum.parts',
            verdict.severity,
            excerptOf(line, total.start, triggerEnd + 60),
            `${total.value}${totalUnit}`,
            `${showAs(verdict.total, [...printedParts, total])}${totalUnit}`,
            verdict.kind === 'rounding'
              ? `各项之和 ${partsText} = ${showAs(verdict.total, [...printedParts, total])}，与合计${total.value}相差${showAs(verdict.difference.abs(), [...printedParts, total])}，在${printedParts.length}个数各自四舍五入的误差范围内。`
              : `各项之和 ${partsText} = ${showAs(verdict.total, [...printedParts, total])}，与合计${total.value}不符，相差${showAs(verdict.difference.abs(), [...printedParts, total])}。`,
            total.start,
          );
        }
      }
      // Shares of the total printed right after each part.
      if (!MONEY_UNITS.has(totalUnit)) continue;
      const totalName = subjectKey(line.slice(clauseFrom(line, total.start, scopeStart), total.start));
      sameUnitParts.forEach((p, k) => {
        const after = p.text.slice(p.offset + p.token.end);
        const partValue = inWan(p.token, totalUnit);
        const shareAfter = opensWithShare(after);
        let share = shareAfter ? PERCENT_AFTER.exec(after)?.[1] : undefined;
        if (share === undefined && shareAfter) {
          // "占全年执行数的X%": the total named must be this list's total.
          const named = NAMED_PERCENT_AFTER.exec(after);
          if (named && totalName !== '' && subjectKey(named[1]!) === totalName) share = named[2]!;
        }
        if (share === undefined) {
          // "A占a%，为X万元；B占b%，为Y万元": the share before the part, after the previous part.
          const prev = sameUnitParts[k - 1];
          const from = prev && prev.line === p.line ? prev.offset + prev.token.end : p.offset;
          const before = PERCENT_BEFORE.exec(p.text.slice(from, p.offset + p.token.start));
          if (before) share = before[1]!;
        }
        if (share === undefined) {
          if (partValue && !(shareAfter && NAMED_PERCENT_AFTER.test(after)))
            checkBareShare(ctx, p.line, p.text, p.offset + p.token.end, after, partValue, total, totalUnit);
          return;
        }
        if (!partValue) return;
        const printed = { value: share, places: (share.split('.')[1] ?? '').length };
        checkShare(
          ctx,
          state,
          p.line,
          p.text,
          p.offset + p.token.start,
          partValue,
          { value: total.value, places: total.places },
          printed,
          p.token,
          totalUnit,
        );
      });
    }
  });
}

/**
 * A figure another is compared with: its clause opens with 比/较/与 and a change or 相比 follows it at once
 * ("比年初预算45.00万元减少6.36万元", "较上年决算41.27万元增长…", "与上年30.00万元相比").
 */
function isComparisonBase(line: string, t: NumberToken): boolean {
  const pre = line.slice(clauseFrom(line, t.start, 0), t.start);
  if (!/^\s*(比|较|同比|与)/.test(pre)) return false;
  return /^\s*(减少|增加|下降|增长|降低|提高|上升|减|增|多|少|持平|基本持平|相比|相当)/.test(
    line.slice(t.end, t.end + 8),
  );
}

/** Whether a sum of parts that missed its total still belongs to it rather than to the change before it. */
function nearTotal(sum: Dec, total: NumberToken, change: NumberToken | undefined): boolean {
  if (!change || change.unit !== total.unit) return false;
  const off = sum.minus(total.value).abs();
  return off.times(10).lt(dec(total.value).abs()) && off.times(4).lt(sum.minus(change.value).abs());
}

/**
 * "其中：人员经费A万元，主要包括基本工资、…等；公用经费B万元，主要包括…。": what a part consists of or is
 * for (主要包括 / 主要用于 / 主要是 / 用于 / 包括 right after the part's amount and its share) is blanked out
 * (same length, so offsets hold), so that the list goes on to the next part. Such a clause ends at ；or 。,
 * or at a "，" followed by the next part — a clause that opens with a name and an amount ("…，主要用于保障
 * 机构正常运转，项目支出200.00万元，…"). Figures in a clause ended by ；are the part's own details; an amount
 * in one ended by "，" could as well be a part (… 主要用于A项目50.00万元，B项目30.00万元 …), and a part without
 * a clause of its own could be the end of the clause before it: such a list is not read (null).
 */
function maskPartDetails(tail: string): string | null {
  let out = tail;
  if (out.includes('用于') || out.includes('包括') || out.includes('主要')) {
    // A list whose parts are themselves named by the word ("其中：用于A…万元，用于B…万元") has no such clauses.
    const own = LEADING_DETAIL.test(out);
    let byComma = false;
    const masked: number[] = [];
    DETAIL.lastIndex = 0;
    for (let m = DETAIL.exec(out); m !== null; m = DETAIL.exec(out)) {
      const at = m.index;
      if ((own && m[0].length === 2) || !AFTER_PART.test(out.slice(Math.max(0, at - 48), at))) continue;
      let end = at + m[0].length;
      let endsByComma = false;
      for (; end < out.length; end++) {
        const c = out[end]!;
        if (c === '；' || c === ';' || c === '。') break;
        if ((c === '，' || c === ',') && PART_START.test(out.slice(end + 1, end + 48))) {
          endsByComma = true;
          break;
        }
      }
      if (endsByComma && MONEY_FIGURE.test(out.slice(at, end))) return null;
      byComma ||= endsByComma;
      out = out.slice(0, at) + ' '.repeat(end - at) + out.slice(end);
      masked.push(at);
      DETAIL.lastIndex = end;
    }
    // Parts separated by "，": each must be followed by its own clause, else a part cannot be told from an
    // amount closing the detail before it.
    if (byComma && !eachPartDetailed(out, masked)) return null;
  }
  // "人员经费1,000.00万元（含工资福利支出900.00万元、…）": what the part includes, in brackets after its amount.
  if (out.includes('含') || out.includes('包括') || out.includes('其中'))
    out = out.replace(/[（(]\s*(?:含|包括|其中[：:]?)[^（）()。]*[）)]/g, (m, at: number) =>
      /\d\s*(?:万元|亿元|元)\s*$/.test(out.slice(Math.max(0, at - 12), at)) ? ' '.repeat(m.length) : m,
    );
  return out;
}

/** Words opening what a part is for or consists of (not "主要用于以下方面", which opens a list). */
const DETAIL = /(?:主要(?:包括|用于|是|为)|用于|包括)(?!以下)/g;
const LEADING_DETAIL = /^[\s：:]*(?:用于|包括)/;
/** A part's amount, and its share if printed, then "，": what a detail clause follows. */
const AFTER_PART =
  /\d\s*(?:万元|亿元|元)\s*(?:[，,]?\s*[（(]?\s*占(?:比|[^\d，,。；;%％]{1,16}?的)?\s*\d+(?:\.\d+)?\s*[%％]\s*[）)]?)?\s*[，,]\s*$/;
/** A clause that opens with a name and an amount: the next part of a list ("项目支出200.00万元"). */
const PART_START =
  /^\s*(?![^\d]*?(?:其中|用于|包括|主要|增加|减少|增长|下降|上升|比|较|同比|占|合计|共计|总计))[\u4e00-\u9fa5（）()“”"]{2,24}?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/;
const MONEY_FIGURE = /\d\s*(?:万元|亿元|元)/;

/**
 * Whether each amount of the list (up to its end) is followed by one of the blanked clauses before the next
 * amount or the end: a list written so gives every part its clause, and an amount without one may belong to
 * the clause before it ("…，主要用于A、B等项目，涉及资金50.00万元。").
 */
function eachPartDetailed(out: string, masked: readonly number[]): boolean {
  const stop = out.search(/。|其中|主要包括|主要用于/);
  const end = stop >= 0 ? stop : out.length;
  const amounts = scanNumbers(out.slice(0, end)).filter((t) => MONEY_UNITS.has(t.unit));
  return amounts.every((t, k) => {
    const next = amounts[k + 1]?.start ?? end;
    return masked.some((at) => at >= t.end && at < next);
  });
}

const BARE_SHARE = /^[，,、\s]*占(?:比)?\s*(\d+(?:\.\d+)?)(?=\s*(?:[；;，,。]|$))/;

/**
 * "占76.23；" — a share printed without its %: when the figure is the share (within rounding) it is a
 * warning that the % is missing; any other figure is not taken as a share.
 */
function checkBareShare(
  ctx: Ctx,
  li: number,
  text: string,
  at: number,
  after: string,
  part: Printed,
  total: NumberToken,
  totalUnit: string,
): void {
  const m = BARE_SHARE.exec(after);
  if (!m) return;
  const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
  const verdict = judgeRatio(
    printed,
    [part, { value: total.value, places: total.places }],
    ([p, t]) => sharePercent(p!, t!),
    SHARE,
  );
  if (!verdict || (verdict.kind !== 'ok' && verdict.kind !== 'rounding')) return;
  const where = at + m[0].lastIndexOf(m[1]!);
  claim(
    ctx,
    'share',
    li,
    where,
    true,
    `${part.value} ÷ ${total.value}${totalUnit} × 100% = ${printed.value}，文中缺%`,
  );
  report(
    ctx,
    li,
    'unit.missing',
    'warning',
    excerptOf(text, where, where + m[1]!.length, 20),
    `${printed.value}%`,
    printed.value,
    `“占${printed.value}”缺少%：${part.value} ÷ ${total.value} × 100% = ${printed.value}%。`,
    where,
  );
}

function checkShare(
  ctx: Ctx,
  state: ProseState,
  li: number,
  text: string,
  at: number,
  part: Printed,
  total: Printed,
  printed: Printed,
  partToken: NumberToken,
  totalUnit: string,
): void {
  // A share read by two rules (a list's "占全年执行数的X%" is also a named share) is one claim.
  const key = `${li}:${at}:${printed.value}`;
  if (state.sharesAt.has(key)) return;
  state.sharesAt.add(key);
  const verdict = judgeRatio(printed, [part, total], ([p, t]) => sharePercent(p!, t!), SHARE);
  if (!verdict) return;
  // 'ok': the printed value is the exact ratio rounded half-up.
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'share',
    li,
    at,
    verdict.kind !== 'wrong',
    `${part.value} ÷ ${total.value}${totalUnit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok' || verdict.kind === 'rounding') {
    noteYuan(
      state,
      li,
      [partToken],
      `${part.value} ÷ ${total.value}${totalUnit} × 100% = ${exact}%${verdict.kind === 'ok' ? '' : `（文中${printed.value}%，差异在四舍五入范围内）`}`,
      totalUnit === '万元',
    );
  }
  if (verdict.kind === 'ok') return;
  const why = verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内');
  report(
    ctx,
    li,
    'share.percent',
    verdict.severity,
    excerptOf(text, at, at + 30),
    `${exact}%`,
    `${printed.value}%`,
    `占比应为 ${part.value} ÷ ${total.value} × 100% = ${exact}%，文中为${printed.value}%${why}。`,
    at + text.slice(at).indexOf(printed.value),
  );
}

/**
 * "其中，A占a%，B占b%" with no amounts: the parts of one whole cannot take more than all of it. Their printed
 * shares may add to a little more than 100% through rounding (each at most half a unit of its last digit),
 * never more — whether the list is complete or not, so nothing else is judged (a list that adds to less may
 * leave parts out). The list stops at the sentence's end, at a part with an amount or at a nested 其中.
 */
function checkSharesOverWhole(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('占') || !line.includes('其中')) return;
    for (const { items } of shareOnlyLists(line)) {
      // Two parts or more, of the same whole (no base named, or the same base for every part).
      if (items.length < 2) continue;
      const total = items.reduce((sum, i) => sum.plus(i.share), dec(0));
      const slack = items.reduce((sum, i) => sum.plus(halfUlp(printedPlaces(i.share))), dec(0));
      const shares = items.map((i) => `${i.share}%`).join(' + ');
      const totalText = showAs(
        total,
        items.map((i) => ({ value: i.share, places: printedPlaces(i.share) })),
      );
      const over = total.minus(100).gt(slack);
      claim(
        ctx,
        'share',
        li,
        items[0]!.at,
        !over,
        `${shares} = ${totalText}%${over ? ' > 100%' : ' ≤ 100%（含四舍五入）'}`,
      );
      if (!over) continue;
      const last = items[items.length - 1]!;
      report(
        ctx,
        li,
        'share.over-whole',
        'error',
        excerptOf(line, items[0]!.at, last.at + last.share.length, 12),
        '≤ 100%',
        `${totalText}%`,
        `各分项占比之和 ${shares} = ${totalText}%，超过100%（四舍五入最多相差${plain(slack)}个百分点），分项不可能占到整体的${totalText}%。`,
        items[0]!.at,
      );
    }
  });
}

/**
 * "X中，A万元，占a%；B万元，占b%" where X's total was stated on an earlier line ("X为43.16万元", 001 三公):
 * the parts must add up to it and each share be part ÷ total. X must be named exactly as before.
 */
function checkEarlierTotals(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!/中[，,：:]/.test(line) || !line.includes('占')) return;
    for (const s of sentencesAt(ctx, li)) {
      const head = /^\s*(\S{4,40}?)中[，,：:]/.exec(s.text);
      if (!head || /其中|以下/.test(head[1]!)) continue;
      const name = head[1]!;
      if (scanNumbers(name).some((t) => MONEY_UNITS.has(t.unit) || t.unit === '%' || t.unit === '')) continue;
      const body = s.text.slice(head[0].length);
      const money = scanNumbers(body).filter((t) => MONEY_UNITS.has(t.unit));
      if (money.length < 2 || money.some((t) => t.unit !== money[0]!.unit)) continue;
      if (money.some((t) => !PERCENT_AFTER.test(body.slice(t.end)))) continue;
      if (money.some((t) => endsWithWord(body, t.start, CHANGE_OR_RATIO))) continue;
      // The total: the nearest earlier line (within 10) stating "X为…万元".
      let total: NumberToken | null = null;
      let totalLine = -1;
      for (let lj = li - 1; lj >= Math.max(0, li - 10) && !total; lj--) {
        const at = ctx.lines[lj]!.indexOf(name);
        if (at < 0) continue;
        const rest = ctx.lines[lj]!.slice(at + name.length);
        const lead = /^\s*(?:为|是|[:：])?\s*/.exec(rest)!;
        const tok = scanNumbers(rest.slice(lead[0].length), 1)[0];
        if (tok && tok.start === 0 && MONEY_UNITS.has(tok.unit)) [total, totalLine] = [tok, lj];
      }
      if (!total) continue;
      const parts = money.map((t) => inWan(t, total!.unit));
      if (parts.some((p) => p === null)) continue;
      const printedParts = parts as Printed[];
      const totalPrinted = { value: total.value, places: total.places };
      const verdict = judgeSum(printedParts, totalPrinted);
      const offset = s.start + head[0].length;
      const partsText = printedParts.map((p) => p.value).join(' + ');
      claim(
        ctx,
        'sum',
        li,
        offset,
        verdict.kind !== 'wrong',
        `${partsText} = ${verdict.kind === 'ok' ? total.value : showAs(verdict.total, [...printedParts, totalPrinted])}${total.unit}，第${totalLine + 1}行合计${total.value}${total.unit}`,
      );
      if (verdict.kind === 'ok')
        noteYuan(state, li, money, `${partsText} = ${total.value}${total.unit}`, total.unit === '万元');
      else {
        report(
          ctx,
          li,
          'sum.parts',
          verdict.severity,
          excerptOf(line, s.start, s.start + 60, 0),
          `${total.value}${total.unit}`,
          `${showAs(verdict.total, [...printedParts, totalPrinted])}${total.unit}`,
          verdict.kind === 'rounding'
            ? `各项之和 ${partsText} = ${showAs(verdict.total, [...printedParts, totalPrinted])}，与第${totalLine + 1}行的合计${total.value}相差${showAs(verdict.difference.abs(), [...printedParts, totalPrinted])}，在${printedParts.length}个数各自四舍五入的误差范围内。`
            : `各项之和 ${partsText} = ${showAs(verdict.total, [...printedParts, totalPrinted])}，与第${totalLine + 1}行的合计${total.value}不符，相差${showAs(verdict.difference.abs(), [...printedParts, totalPrinted])}。`,
          offset,
        );
      }
      money.forEach((t, k) => {
        const pm = PERCENT_AFTER.exec(body.slice(t.end))!;
        const printed = { value: pm[1]!, places: (pm[1]!.split('.')[1] ?? '').length };
        checkShare(
          ctx,
          state,
          li,
          line,
          offset + t.start,
          printedParts[k]!,
          totalPrinted,
          printed,
          t,
          total!.unit,
        );
      });
    }
  });
}

/** "A万元，占本年支出合计的B%": the total is looked up by its name elsewhere in the document. */
function checkNamedShares(ctx: Ctx, state: ProseState): void {
  const named = /占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(\d+(?:\.\d+)?)\s*[%％]/g;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('占')) return;
    for (const m of allMatches(line, named)) {
      const name = m[1]!;
      const before = scanNumbers(line.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
      const part = before[before.length - 1];
      if (!part || /[，,]/.test(line.slice(part.end, m.index).replace(/^[，,\s]*/, ''))) continue;
      const total = lookupNamed(ctx, name);
      if (!total || !MONEY_UNITS.has(total.unit)) continue;
      const partValue = inWan(part, total.unit);
      if (!partValue) continue;
      const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
      checkShare(
        ctx,
        state,
        li,
        line,
        part.start,
        partValue,
        { value: total.value, places: total.places },
        printed,
        part,
        total.unit,
      );
    }
  });
}

/** The one figure written right after `name` ("本年支出合计7984.83万元"); null when absent or ambiguous. */
function lookupNamed(ctx: Ctx, name: string): NumberToken | null {
  let found: NumberToken | null = null;
  for (const line of ctx.lines) {
    let from = line.indexOf(name);
    while (from >= 0) {
      const rest = line.slice(from + name.length);
      const m = /^\s*(?:为|是|[:：])?\s*/.exec(rest)!;
      const tok = scanNumbers(rest.slice(m[0].length), 1)[0];
      if (tok && tok.start === 0 && MONEY_UNITS.has(tok.unit)) {
        if (found && (found.value !== tok.value || found.unit !== tok.unit)) return null;
        found = tok;
      }
      from = line.indexOf(name, from + 1);
    }
  }
  return found;
}

/** "支出决算75.60万元，完成年初预算83.00万元的91.08%": the budget named inside the rate's phrase. */
const COMPLETION_OF_NAMED =
  /完成(?:年初|全年|调整后?)?预算(?:数)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)的\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/**
 * The rate of the outturn against the budget named inside its phrase: the outturn is the one money figure
 * of the sentence before it, said to be a 决算 / 支出 / 执行数 (any other figure there: not read).
 */
function checkCompletionOfNamed(ctx: Ctx, line: string, li: number): void {
  if (!line.includes('完成') || !line.includes('的')) return;
  for (const s of sentencesAt(ctx, li)) {
    for (const m of allMatches(s.text, COMPLETION_OF_NAMED)) {
      const money = scanNumbers(s.text.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
      if (money.length !== 1 || money[0]!.unit !== m[2]) continue;
      const actual = money[0]!;
      if (!OUTTURN_BEFORE.test(s.text.slice(Math.max(0, actual.start - 10), actual.start))) continue;
      if (TRIGGER_TEST.test(s.text.slice(0, m.index))) continue;
      const budget = m[1]!.replace(/,/g, '');
      if (dec(budget).isZero()) continue;
      const a = { value: actual.value, places: actual.places };
      const b = { value: budget, places: (budget.split('.')[1] ?? '').length };
      const at = s.start + m.index;
      judgeRate(ctx, li, {
        rate: m[3]!,
        actual: a,
        budget: b,
        unit: m[2]!,
        at,
        excerpt: excerptOf(line, s.start + actual.start, at + m[0].length, 10),
        what: '完成比例',
        figureAt: at + m[0].lastIndexOf(m[3]!),
      });
    }
  }
}

/**
 * A printed rate against outturn ÷ budget (rounding-aware): the claim, and a `completion.percent` finding
 * with the arithmetic when it does not hold. `at` locates the claim, `figureAt` the printed rate.
 */
function judgeRate(
  ctx: Ctx,
  li: number,
  r: {
    rate: string;
    actual: Printed;
    budget: Printed;
    unit: string;
    at: number;
    excerpt: string;
    what: '完成比例' | '执行率';
    figureAt: number;
  },
): void {
  const { actual: a, budget: b } = r;
  const printed = { value: r.rate, places: printedPlaces(r.rate) };
  const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'completion',
    li,
    r.at,
    verdict.kind !== 'wrong',
    `${a.value} ÷ ${b.value}${r.unit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'completion.percent',
    verdict.severity,
    r.excerpt,
    `${exact}%`,
    `${printed.value}%`,
    `${r.what}应为 ${a.value} ÷ ${b.value} × 100% = ${exact}%，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
    r.figureAt,
  );
}

/** "预算数A万元，执行数为B万元，完成预算的C%" and "预算投资A万元，实际支出B万元，占C%". */
function checkCompletion(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    checkCompletionOfNamed(ctx, line, li);
    if (!/完成|执行率|占/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      // (A rate has its %: most sentences have none.)
      if (!s.text.includes('%') && !s.text.includes('％')) continue;
      const m =
        /(完成(?:年初|全年|调整后?|本年)?预算(?:数)?的?|预算执行率为?|执行率为?|完成率为?|，\s*占)\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(
          s.text,
        );
      if (!m) continue;
      let money = scanNumbers(s.text.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
      // "年初预算为A万元，调整预算为C万元，支出决算为B万元，完成调整预算的Y%": the budget the rate names.
      const scope = /(年初|全年|调整)/.exec(m[1]!)?.[1];
      if (money.length === 3 && scope) {
        const named = money.filter((t) => s.text.slice(Math.max(0, t.start - 8), t.start).includes(scope));
        const actualTok = money.find((t) =>
          /(决算|执行|支出)(数|金额)?\s*(为|是|:|：)?\s*$/.test(
            s.text.slice(Math.max(0, t.start - 8), t.start),
          ),
        );
        if (named.length === 1 && actualTok && named[0] !== actualTok && named[0]!.start < actualTok.start)
          money = [named[0]!, actualTok];
      }
      if (money.length === 3 && scope !== '年初' && scope !== '调整') {
        checkEitherBudget(ctx, li, line, s, m, money as [NumberToken, NumberToken, NumberToken]);
        continue;
      }
      if (money.length !== 2) continue;
      const leadOf = (t: NumberToken): string => s.text.slice(Math.max(0, t.start - 10), t.start);
      // "支出决算为8.50万元，年初预算为10.00万元，完成年初预算的85.00%": the outturn may come first.
      const outturnFirst =
        /(决算|执行|支出)(数|金额)?\s*(为|是|:|：)?\s*$/.test(leadOf(money[0]!)) &&
        /预算(数|金额)?\s*(为|是|:|：)?\s*$/.test(leadOf(money[1]!));
      const [budget, actual] = (outturnFirst ? [money[1], money[0]] : money) as [NumberToken, NumberToken];
      if (outturnFirst && /上年|去年|上一年/.test(s.text.slice(money[0]!.end, budget.start))) continue;
      if (
        !/预算(数|金额|投资|资金|总额)?\s*(为|是|:|：)?\s*$/.test(
          s.text.slice(Math.max(0, budget.start - 10), budget.start),
        )
      )
        continue;
      if (TRIGGER_TEST.test(s.text.slice(0, m.index))) continue;
      if (!outturnFirst && !/(执行|支出|支付|使用|决算|完成)/.test(s.text.slice(budget.end, actual.start)))
        continue;
      if (dec(budget.value).isZero()) {
        checkZeroBudget(ctx, li, line, s.start, m, budget, actual);
        continue;
      }
      // A document in 元 ("年初预算为2900000.00元，支出决算为2863410.26元"): both figures in 元.
      const inYuan =
        budget.unit === '元' && actual.unit === '元' && !isSuspectYuan(budget) && !isSuspectYuan(actual);
      if (budget.unit === '元' && !isSuspectYuan(budget) && !inYuan) continue;
      const unit = inYuan ? '元' : budget.unit === '元' ? '万元' : budget.unit;
      const a = inWan(actual, unit);
      const b = inWan(budget, unit);
      if (!a || !b) continue;
      const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
      const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
      if (!verdict) continue;
      const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
      claim(
        ctx,
        'completion',
        li,
        s.start + m.index,
        verdict.kind !== 'wrong',
        `${a.value} ÷ ${b.value}${unit} × 100% = ${exact}%，文中${printed.value}%`,
      );
      if (verdict.kind === 'ok' || verdict.kind === 'rounding') {
        noteYuan(
          state,
          li,
          [actual, budget],
          `${a.value} ÷ ${b.value}${unit} × 100% = ${exact}%${verdict.kind === 'ok' ? '' : `（文中${printed.value}%，差异在四舍五入范围内）`}`,
          actual.unit === '万元' || budget.unit === '万元',
        );
      }
      if (verdict.kind === 'ok') continue;
      const why = verdictClause(verdict.kind);
      report(
        ctx,
        li,
        'completion.percent',
        verdict.severity,
        excerptOf(line, s.start + budget.start, s.start + m.index + m[0].length, 10),
        `${exact}%`,
        `${printed.value}%`,
        `完成比例应为 ${a.value} ÷ ${b.value} × 100% = ${exact}%，文中为${printed.value}%${why}。`,
        s.start + m.index + m[0].lastIndexOf(m[2]!),
      );
    }
  });
}

/**
 * "年初预算为A万元，调整预算为C万元，支出决算为B万元，完成（全年）预算的Y%": the rate does not say which
 * budget; it is wrong only when it is neither B ÷ A nor B ÷ C.
 */
function checkEitherBudget(
  ctx: Ctx,
  li: number,
  line: string,
  s: { start: number; text: string },
  m: RegExpExecArray,
  [first, second, actual]: [NumberToken, NumberToken, NumberToken],
): void {
  const lead = (t: NumberToken): string => s.text.slice(Math.max(0, t.start - 10), t.start);
  const BUDGET = /(年初|调整后?|全年)预算(数|金额)?\s*(为|是|:|：)?\s*$/;
  // 年初 then 调整 (or 全年, the budget after adjustments: "年初预算数…，全年预算数…，全年执行数…，预算执行率…").
  if (!/年初/.test(lead(first)) || !/调整|全年/.test(lead(second))) return;
  if (!BUDGET.test(lead(first)) || !BUDGET.test(lead(second))) return;
  if (!/(决算|执行|支出)(数|金额)?\s*(为|是|:|：)?\s*$/.test(lead(actual))) return;
  if (TRIGGER_TEST.test(s.text.slice(0, m.index))) return;
  if (first.unit !== second.unit || first.unit !== actual.unit || [first, second, actual].some(isSuspectYuan))
    return;
  const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
  const verdicts = [second, first].map((b) =>
    dec(b.value).isZero()
      ? null
      : judgeRatio(printed, [actual, b], ([x, y]) => completionPercent(x!, y!), SHARE),
  );
  if (verdicts.some((v) => !v)) return;
  const [adjusted, initial] = verdicts as [RatioVerdict, RatioVerdict];
  const wrong = adjusted.kind === 'wrong' && initial.kind === 'wrong';
  const shown = (v: RatioVerdict): string =>
    v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
  const arithmetic = `${actual.value} ÷ ${second.value} × 100% = ${shown(adjusted)}%（按调整预算），${actual.value} ÷ ${first.value} × 100% = ${shown(initial)}%（按年初预算）`;
  claim(ctx, 'completion', li, s.start + m.index, !wrong, `${arithmetic}，文中${printed.value}%`);
  if (!wrong) return;
  report(
    ctx,
    li,
    'completion.percent',
    adjusted.severity === 'error' && initial.severity === 'error' ? 'error' : 'warning',
    excerptOf(line, s.start + first.start, s.start + m.index + m[0].length, 10),
    `${shown(adjusted)}%`,
    `${printed.value}%`,
    `完成比例应为 ${arithmetic}，文中为${printed.value}%，与两者都不符。`,
    s.start + m.index + m[0].lastIndexOf(m[2]!),
  );
}

/**
 * "年初预算为0万元，支出决算为12.50万元，完成年初预算的100%": a rate against a zero budget cannot be computed
 * (x ÷ 0). With both figures zero the rate is still meaningless, but nothing was spent: a warning.
 */
function checkZeroBudget(
  ctx: Ctx,
  li: number,
  line: string,
  sentenceStart: number,
  m: RegExpExecArray,
  budget: NumberToken,
  actual: NumberToken,
): void {
  const rate = m[2]!;
  const at = sentenceStart + m.index + m[0].lastIndexOf(rate);
  const spent = !dec(actual.value).isZero();
  const what = m[1]!.replace(/^[，\s]+/, '').replace(/[的为]$/, '');
  claim(
    ctx,
    'completion',
    li,
    at,
    false,
    `${actual.value}${actual.unit} ÷ ${budget.value}${budget.unit}：预算数为0，无法计算完成比例，文中${rate}%`,
  );
  report(
    ctx,
    li,
    'completion.zero-budget',
    spent ? 'error' : 'warning',
    excerptOf(line, sentenceStart + budget.start, sentenceStart + m.index + m[0].length, 10),
    '不写比例（预算数为0）',
    `${rate}%`,
    `预算数为${budget.value}${budget.unit}，${actual.value}${actual.unit} ÷ ${budget.value}${budget.unit}无法计算，“${what}${rate}%”没有意义；应说明未安排预算${spent ? '而发生支出的原因' : ''}，不写完成比例。`,
    at,
  );
}

/**
 * The % after a stated gap ("减少D万元，下降P%"): it must go the gap's way, and P = D ÷ the figure compared
 * with (预算 or 上年), judged at the printed precision.
 */
function judgeGapPercent(
  ctx: Ctx,
  li: number,
  excerpt: string,
  g: {
    kind: 'completion' | 'change';
    what: string;
    gapWord: string;
    gap: Printed;
    unit: string;
    up: boolean;
    percentWord: string;
    percent: string;
    at: number;
    base: Printed;
    /** How the base was computed when the text does not state it ("85.20 + 4.80"). */
    baseFrom?: string;
  },
): void {
  const { kind, what, gapWord, gap, unit: u, percentWord, at, base } = g;
  if (isUp(percentWord) !== g.up) {
    claim(ctx, kind, li, at, false, `金额${gapWord}${gap.value}${u}，百分比${percentWord}${g.percent}%`);
    report(
      ctx,
      li,
      'change.direction',
      'error',
      excerpt,
      gapWord,
      percentWord,
      `金额${gapWord}${gap.value}${u}，百分比却写作${percentWord}，方向相反。`,
      at,
    );
    return;
  }
  if (dec(base.value).isZero()) return;
  const printed = { value: g.percent, places: printedPlaces(g.percent) };
  const rv = judgeRatio(printed, [gap, base], ([d, b]) => sharePercent(d!, b!), SHARE);
  if (!rv) return;
  const shown = rv.kind === 'ok' ? printed.value : show(rv.exact, printed.places);
  claim(
    ctx,
    kind,
    li,
    at,
    rv.kind !== 'wrong',
    `${g.baseFrom ? `${what}${g.baseFrom} = ${base.value}${u}；` : ''}${gap.value} ÷ ${what}${base.value}${u} × 100% = ${shown}%，文中${printed.value}%`,
  );
  if (rv.kind === 'ok') return;
  report(
    ctx,
    li,
    'change.percent',
    rv.severity,
    excerpt,
    `${shown}%`,
    `${printed.value}%`,
    `${g.baseFrom ? `${what}数为 ${g.baseFrom} = ${base.value}${u}，` : ''}比${what}${gapWord}${gap.value}${u}，变动率应为 ${gap.value} ÷ ${base.value} × 100% = ${shown}%，文中为${printed.value}%${verdictClause(rv.kind)}。`,
    at,
  );
}

/**
 * "年初预算为A万元，支出决算为X万元，…，决算数比年初预算减少D万元（，下降P%）" and "…与年初预算持平": D must be
 * the gap between the two figures the sentence states, in the direction stated (减少/节约: X < A), and P =
 * D ÷ A. Only a sentence with exactly one budget and one outturn before the comparison, in D's unit.
 */
const BUDGET_GAP =
  /(?:比|较)(?:年初|全年|调整后?)?预算(?:数)?(增加|减少|节约|超支|多支出|少支出|多|少)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:\s*[，,]\s*(增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高)\s*(\d+(?:\.\d+)?)\s*[%％])?|(?<!基本|大致|总体)与(?:年初|全年|调整后?)?预算(?:数)?持平/g;
const BUDGET_BEFORE = /预算(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;
const OUTTURN_BEFORE = /(?:决算|执行|支出|实际)(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;
/** As OUTTURN_BEFORE, also "支出共计…" / "支出合计…". */
const OUTTURN_LEAD = /(?:决算|执行|支出|实际)(?:数|金额)?\s*(?:共计|合计|总计|共)?\s*(?:为|是|:|：)?\s*$/;

function checkBudgetGaps(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('预算') || !/(?:比|较)(?:年初|全年|调整后?)?预算|预算(?:数)?持平/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, BUDGET_GAP)) {
        const before = s.text.slice(0, m.index);
        if (TRIGGER_TEST.test(before) || /分别|各/.test(before)) continue;
        const unit = m[3] ?? null;
        const money = scanNumbers(before).filter((t) => MONEY_UNITS.has(t.unit));
        // "机关运行经费支出85.20万元，比年初预算数减少4.80万元，降低5.33%": the budget is the outturn ± the gap.
        if (money.length === 1 && unit && m[5] !== undefined) {
          const actual = money[0]!;
          if (
            actual.unit !== unit ||
            !OUTTURN_LEAD.test(before.slice(Math.max(0, actual.start - 12), actual.start))
          )
            continue;
          const gapText = m[2]!.replace(/,/g, '');
          const up = /增加|超支|多/.test(m[1]!);
          const budget = up ? dec(actual.value).minus(gapText) : dec(actual.value).plus(gapText);
          const gap = { value: gapText, places: printedPlaces(gapText) };
          const a = { value: actual.value, places: actual.places };
          const at = s.start + m.index;
          judgeGapPercent(ctx, li, excerptOf(line, s.start + actual.start, at + m[0].length, 0), {
            kind: 'completion',
            what: '预算',
            gapWord: m[1]!,
            gap,
            unit,
            up,
            percentWord: m[4]!,
            percent: m[5],
            at: at + m[0].lastIndexOf(m[5]),
            base: { value: showAs(budget, [a, gap]), places: Math.max(a.places, gap.places) },
            baseFrom: `${a.value} ${up ? '−' : '+'} ${gapText}`,
          });
          continue;
        }
        if (money.length !== 2 || money[0]!.unit !== money[1]!.unit || (unit && money[0]!.unit !== unit))
          continue;
        const roles = money.map((t) => {
          const ahead = before.slice(Math.max(0, t.start - 10), t.start);
          return BUDGET_BEFORE.test(ahead) ? 'budget' : OUTTURN_BEFORE.test(ahead) ? 'actual' : 'other';
        });
        const bi = roles.indexOf('budget');
        const ai = roles.indexOf('actual');
        if (bi < 0 || ai < 0) continue;
        // "调整预算为B万元 … 比年初预算减少D万元": the budget stated must be the one compared with.
        const scopeOf = (t: string): string | undefined => /年初|全年|调整/.exec(t)?.[0];
        const said = scopeOf(m[0].slice(0, m[0].indexOf('预算')));
        const stated = scopeOf(before.slice(Math.max(0, money[bi]!.start - 10), money[bi]!.start));
        if (said !== undefined && stated !== undefined && said !== stated) continue;
        if (said !== undefined && stated === undefined && /年初|全年|调整/.test(before)) continue;
        const budget = money[bi]!;
        const actual = money[ai]!;
        const b = { value: budget.value, places: budget.places };
        const a = { value: actual.value, places: actual.places };
        const at = s.start + m.index;
        const excerpt = excerptOf(line, s.start + Math.min(budget.start, actual.start), at + m[0].length, 0);
        const u = budget.unit;
        if (!unit) {
          // 持平: the two figures are equal (within their rounding).
          const verdict = judgeSum([a], b);
          claim(
            ctx,
            'completion',
            li,
            at,
            verdict.kind !== 'wrong',
            `预算${b.value}${u}，决算${a.value}${u}，文中“持平”`,
          );
          if (verdict.kind === 'ok') continue;
          report(
            ctx,
            li,
            'completion.budget-gap',
            verdict.severity,
            excerpt,
            `${dec(a.value).minus(b.value).isNeg() ? '减少' : '增加'}${showAs(dec(a.value).minus(b.value).abs(), [a, b])}${u}`,
            '持平',
            `预算${b.value}${u}，决算${a.value}${u}，相差${showAs(dec(a.value).minus(b.value).abs(), [a, b])}${u}，文中却写与预算持平。`,
            at,
          );
          continue;
        }
        const gapText = m[2]!.replace(/,/g, '');
        const gap = { value: gapText, places: (gapText.split('.')[1] ?? '').length };
        const up = /增加|超支|多/.test(m[1]!);
        const diff = dec(a.value).minus(b.value);
        // 减少: A = X + D; 增加: X = A + D.
        const verdict = up ? judgeSum([b, gap], a) : judgeSum([a, gap], b);
        const exact = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), [a, b])}${u}`;
        const arithmetic = `决算${a.value} − 预算${b.value} = ${showAs(diff, [a, b])}${u}，文中${m[1]}${gapText}${u}`;
        claim(ctx, 'completion', li, at, verdict.kind !== 'wrong', arithmetic);
        if (verdict.kind !== 'ok') {
          const wrongWay = !diff.isZero() && diff.isNeg() === up;
          report(
            ctx,
            li,
            'completion.budget-gap',
            verdict.severity,
            excerpt,
            exact,
            `${m[1]}${gapText}${u}`,
            `预算${b.value}${u}，决算${a.value}${u}，${a.value} − ${b.value} = ${showAs(diff, [a, b])}${u}，应为比预算${exact}，文中为${m[1]}${gapText}${u}${wrongWay ? '（方向相反）' : verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
            at + m[0].indexOf(m[2]!),
          );
          continue;
        }
        if (m[5] === undefined) continue;
        // "…减少D万元，下降P%": P = D ÷ 预算.
        judgeGapPercent(ctx, li, excerpt, {
          kind: 'completion',
          what: '预算',
          gapWord: m[1]!,
          gap,
          unit: u,
          up,
          percentWord: m[4]!,
          percent: m[5],
          at: at + m[0].lastIndexOf(m[5]),
          base: b,
        });
      }
    }
  });
}

/**
 * "决算数为25.60万元，比年初预算数30.00万元减少4.40万元，下降14.67%" / "比上年决算数28.00万元减少2.40万元，下降
 * 8.57%": the figure compared with is inside the comparison. The % is the amount ÷ that figure; the amount is
 * the figure before (the outturn named just before, in the same sentence) − that figure.
 */
const COMPARED_WITH =
  /比(上年|去年|上一年|年初预算|全年预算|调整后?预算|预算)度?(?:决算)?数?\s*(?:为)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*(?:相比)?\s*[，,]?\s*(增加|减少|节约|超支|多支出|少支出)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:\s*[，,]\s*(增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高)\s*(\d+(?:\.\d+)?)\s*[%％])?/g;
const OUTTURN_NAMED = /(?:决算|支出|执行|收入|合计|总计)(?:数|金额|额)?\s*(?:为|是|:|：)?\s*$/;

function checkComparedWith(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('比')) return;
    for (const s of sentencesAt(ctx, li)) {
      if (!s.text.includes('比')) continue;
      for (const m of allMatches(s.text, COMPARED_WITH)) {
        if (m[3] !== m[6]) continue;
        const budget = m[1]!.includes('预算');
        const u = m[3]!;
        const base = { value: m[2]!.replace(/,/g, ''), places: printedPlaces(m[2]!) };
        const gapText = m[5]!.replace(/,/g, '');
        const gap = { value: gapText, places: printedPlaces(gapText) };
        const up = /增加|超支|多/.test(m[4]!);
        const at = s.start + m.index + m[0].indexOf(m[5]!, m[0].indexOf(m[4]!));
        const excerpt = excerptOf(line, s.start + m.index, s.start + m.index + m[0].length, 20);
        const what = budget ? '预算' : '上年';
        // The outturn: the last figure before, in this sentence, named as one and not itself a change.
        const before = s.text.slice(0, m.index);
        const prior = scanNumbers(before).filter((t) => MONEY_UNITS.has(t.unit));
        const x = prior[prior.length - 1];
        // (Right before the comparison: "决算数为25.60万元，比年初预算数…".)
        if (
          x &&
          x.unit === u &&
          /^\s*(?:万元|亿元|元)?\s*[，,]?\s*$/.test(before.slice(x.end)) &&
          OUTTURN_NAMED.test(before.slice(Math.max(0, x.start - 8), x.start)) &&
          !endsWithWord(before, x.start, CHANGE_OR_COMPARE)
        ) {
          const now = { value: x.value, places: x.places };
          const verdict = up ? judgeSum([base, gap], now) : judgeSum([now, gap], base);
          const diff = dec(now.value).minus(base.value);
          claim(
            ctx,
            budget ? 'completion' : 'change',
            li,
            at,
            verdict.kind !== 'wrong',
            `${now.value} − ${what}${base.value} = ${showAs(diff, [now, base])}${u}，文中${m[4]}${gapText}${u}`,
          );
          if (verdict.kind !== 'ok') {
            const exact = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), [now, base])}${u}`;
            report(
              ctx,
              li,
              budget ? 'completion.budget-gap' : 'change.amount',
              verdict.severity,
              excerpt,
              exact,
              `${m[4]}${gapText}${u}`,
              `${now.value} − ${what}${base.value} = ${showAs(diff, [now, base])}${u}，应为比${what}${exact}，文中为${m[4]}${gapText}${u}${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
              at,
            );
            continue;
          }
        }
        if (m[8] === undefined) continue;
        judgeGapPercent(ctx, li, excerpt, {
          kind: budget ? 'completion' : 'change',
          what,
          gapWord: m[4]!,
          gap,
          unit: u,
          up,
          percentWord: m[7]!,
          percent: m[8],
          at: s.start + m.index + m[0].lastIndexOf(m[8]),
          base,
        });
      }
    }
  });
}

/**
 * "完成年初预算的98.18%，决算数大于年初预算数的主要原因是…": the comparison must agree with the rate stated
 * just before (this sentence or the one before): below 100% the outturn is smaller, above it larger, 等于
 * needs 100% (within the rate's rounding). A rate of another budget than the one compared is not used.
 */
const COMPARED = /决算数?(?:[^，。；\d]{0,4}?)(大于|小于|高于|低于|超过|等于)(年初|全年|调整后?)?预算数?/g;
const RATE_BEFORE = /完成(年初|全年|调整后?)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

function checkBudgetComparisons(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('决算') || !/大于|小于|高于|低于|超过|等于/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    for (const m of allMatches(line, COMPARED)) {
      const si = sents.findIndex((x) => m.index >= x.start && m.index < x.end);
      if (si < 0) continue;
      const from = sents[Math.max(0, si - 1)]!.start;
      const rates = allMatches(line.slice(from, m.index), RATE_BEFORE);
      const rate = rates[rates.length - 1];
      if (!rate || rates.length > 1) continue;
      const [said, scope] = [m[2], rate[1]];
      if (said !== undefined && scope !== undefined && said.replace(/后$/, '') !== scope.replace(/后$/, ''))
        continue;
      const p = dec(rate[2]!);
      const places = (rate[2]!.split('.')[1] ?? '').length;
      const half = halfUlp(places);
      const word = m[1]!;
      const larger = /大于|高于|超过/.test(word);
      const smaller = /小于|低于/.test(word);
      // 100.00% may hide a difference below the rate's rounding: only a rate clearly off 100 decides.
      const above = p.minus(100).gt(half);
      const below = p.minus(100).neg().gt(half);
      const wrong = (larger && below) || (smaller && above) || (word === '等于' && (above || below));
      const at = m.index + m[0].indexOf(word);
      claim(ctx, 'completion', li, at, !wrong, `完成预算${rate[2]}%，文中决算数${word}预算数`);
      if (!wrong) continue;
      const truth = above ? '大于' : below ? '小于' : '等于';
      report(
        ctx,
        li,
        'completion.budget-gap',
        'error',
        excerptOf(line, from + rate.index, m.index + m[0].length, 0),
        `决算数${truth}预算数`,
        `决算数${word}预算数`,
        `完成预算的${rate[2]}%，即决算数${truth}预算数，文中却写决算数${word}预算数。`,
        at,
      );
    }
  });
}

/**
 * "预算执行率96.01%，较上年提高2.35个百分点（上年为93.66%）": the points are this year's rate − last year's,
 * when last year's rate is stated right after (in brackets or the next clause) — else nothing is judged.
 */
const POINTS =
  /(\d+(?:\.\d+)?)\s*[%％]\s*[，,]?\s*(?:较|比)\s*(?:上年|去年|上一年)度?(?:同期)?\s*(?:相比)?\s*(提高|增加|上升|增长|下降|降低|减少)(?:了)?\s*(\d+(?:\.\d+)?)\s*个?百分点\s*[（(，,]\s*(?:上年|去年|上一年|\d{4}\s*年)度?(?:同期)?[^\d，。；;%％（）()]{0,8}?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** "预算执行率为97.35%（全年预算数5,000.00万元，执行数4,867.50万元）": the rate before its two figures. */
const RATE_THEN_FIGURES =
  /(?:预算执行率|执行率|完成率)为?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[（(]([^（）()。]{0,12}?预算(?:数|金额)?\s*(?:为|是)?\s*)(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,、；;]\s*([^（）()。\d]{0,12}?(?:执行|决算|支出|实际)(?:数|金额)?\s*(?:为|是)?\s*)(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[）)]/g;

function checkRateThenFigures(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('率') || !line.includes('预算')) return;
    for (const m of allMatches(line, RATE_THEN_FIGURES)) {
      if (m[4] !== m[7] || /上年|去年/.test(m[2]! + m[5]!)) continue;
      const b = { value: m[3]!.replace(/,/g, ''), places: printedPlaces(m[3]!) };
      const a = { value: m[6]!.replace(/,/g, ''), places: printedPlaces(m[6]!) };
      if (dec(b.value).isZero()) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      judgeRate(ctx, li, {
        rate: m[1]!,
        actual: a,
        budget: b,
        unit: m[4]!,
        at,
        excerpt: excerptOf(line, m.index, m.index + m[0].length, 0),
        what: '执行率',
        figureAt: at,
      });
    }
  });
}

/** "97.35%（…），较上年的95.20%提高2.15个百分点": last year's rate inside the comparison. */
const POINTS_BASE_INSIDE =
  /(\d+(?:\.\d+)?)\s*[%％][^。；;%％]{0,40}?(?:较|比)\s*(?:上年|去年|上一年)度?(?:同期)?的?\s*(\d+(?:\.\d+)?)\s*[%％]\s*(提高|增加|上升|增长|下降|降低|减少)(?:了)?\s*(\d+(?:\.\d+)?)\s*个?百分点/g;

function checkPercentagePoints(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('百分点')) return;
    const found = [
      ...allMatches(line, POINTS).map((m) => ({ m, now: m[1]!, word: m[2]!, points: m[3]!, last: m[4]! })),
      ...allMatches(line, POINTS_BASE_INSIDE).map((m) => ({
        m,
        now: m[1]!,
        last: m[2]!,
        word: m[3]!,
        points: m[4]!,
      })),
    ];
    for (const { m, now, word, points, last } of found) {
      const up = /提高|增加|上升|增长/.test(word);
      const p = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });
      const diff = dec(now).minus(last);
      const at = m.index + m[0].indexOf(points, m[0].indexOf(word));
      // now = last ± points, as a sum of printed figures (rounding-aware).
      const verdict = up ? judgeSum([p(last), p(points)], p(now)) : judgeSum([p(now), p(points)], p(last));
      claim(
        ctx,
        'change',
        li,
        at,
        verdict.kind !== 'wrong',
        `${now}% − ${last}% = ${showAs(diff, [p(now), p(last)])}个百分点，文中${word}${points}个百分点`,
      );
      if (verdict.kind === 'ok') continue;
      const wrongWay = !diff.isZero() && diff.isNeg() === up;
      const expected = `${diff.isNeg() ? '下降' : '提高'}${showAs(diff.abs(), [p(now), p(last)])}个百分点`;
      report(
        ctx,
        li,
        wrongWay ? 'change.direction' : 'change.amount',
        verdict.severity,
        excerptOf(line, m.index, m.index + m[0].length, 0),
        expected,
        `${word}${points}个百分点`,
        `本年${now}%，上年${last}%，${now} − ${last} = ${showAs(diff, [p(now), p(last)])}，应为${expected}，文中为${word}${points}个百分点${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
        at,
      );
    }
  });
}

/** A clause naming last year ("上年", "2023年度为", "去年同期"): its figure is last year's. */
export function isLastYear(clause: string, year: number | null): boolean {
  if (!/上年|上一年|去年|年/.test(clause)) return false;
  const [comparison, marker] = lastYearPatterns(year);
  // "与上年相比" compares, "上年结转" is this year's money carried over: neither is last year's figure.
  return marker.test(clause.replace(comparison, '').replace(/上年(度)?(结转|结余)/g, ''));
}

const LAST_YEAR = new Map<number | null, [RegExp, RegExp]>();
function lastYearPatterns(year: number | null): [RegExp, RegExp] {
  let p = LAST_YEAR.get(year);
  if (!p) {
    const y = year === null ? '' : `|${year - 1}\\s*年`;
    p = [
      new RegExp(`(与|同|比|较)\\s*(上年度?|上一年度?|去年${y})?度?\\s*(同期)?\\s*相比`, 'g'),
      new RegExp(`上年|上一年|去年${y}`),
    ];
    LAST_YEAR.set(year, p);
  }
  return p;
}

/** A name reduced for comparison: trailing 为/是/决算/数/支出/各 and leading years and comparisons removed. */
export function subjectKey(text: string): string {
  let t = text
    .replace(/^[\d.、（）()一二三四五六七八九十]+[、.．）)]/, '')
    .replace(/(与|比|较)\s*(20\d\d\s*年度?|上年度?|去年)(相比|同期)?/g, '')
    .replace(/^(同比|相比)/, '')
    .replace(/^(20\d\d\s*年度?)/, '');
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(/(为|是|[:：]|各|均|决算数?|数|支出|总额|金额|[.．]|\s)$/, '');
  }
  return t;
}

/** How many brackets （ or ( are open at the end of `text`. */
function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth;
}

/**
 * The figure a change is measured from: the stated amount of the thing that changed. Its name (the
 * subject before 增加/减少) must match the words before the figure; a figure of another item (a budget,
 * the total of a list when the change is of one part) is never taken. A figure in the change's own unit
 * is looked for first; only when none is found, one in another money unit ("收入总计2.35亿元…增加2,140.36
 * 万元": the caller converts it, its rounding with it). A small 元 amount may be a 万元 one misprinted (the
 * unit rule): never such a base.
 */
function changeBase(
  line: string,
  sents: readonly Span[],
  si: number,
  at: number,
  unit: string,
  year: number | null,
): { token: NumberToken; offset: number; statedLast: NumberToken | null } | null {
  const own = sents[si]!;
  const clauseStart = Math.max(own.start, lastIndexOfAny(line, COMMA_MARKS, at - 1) + 1);
  const subjectText = line.slice(clauseStart, at);
  const subject = subjectKey(subjectText);
  type Cand = { token: NumberToken; offset: number; clause: string; sentence: string };
  const cands: Cand[] = [];
  const otherUnits: Cand[] = [];
  // Last year's figure of the change's unit stated in the change's own sentence ("2023年度为34.54万元").
  const lastYears: NumberToken[] = [];
  const money = MONEY_UNITS.has(unit);
  for (let k = si; k >= Math.max(0, si - 2); k--) {
    const s = sents[k]!;
    const end = k === si ? at : s.end;
    const text = line.slice(s.start, end);
    for (const t of scanNumbers(text)) {
      const same = t.unit === unit;
      if (!same && !(money && MONEY_UNITS.has(t.unit) && !isSuspectYuan(t))) continue;
      const before = text.slice(0, t.start);
      const cs = lastIndexOfAny(before, CLAUSE_MARKS_IN_SENTENCE, before.length) + 1;
      const clause = before.slice(cs);
      if (endsWithWord(before, before.length, CHANGE_WORDS)) continue;
      // "58.40万元（其中：购置费20.00万元，运行维护费38.40万元），比上年减少3.10万元": a figure inside brackets
      // closed before the change is a detail of the figure before them, not what changed.
      if (bracketDepth(before) > bracketDepth(text)) continue;
      // "2023年度为100.00万元": last year's figure is not the one that changed.
      if (isLastYear(clause, year)) {
        if (same && k === si) lastYears.push(t);
        continue;
      }
      (same ? cands : otherUnits).push({ token: t, offset: s.start, clause, sentence: text });
    }
  }
  // "收入、支出总计各增加D万元": each of the items named changed by D, from the same figure.
  const each = /[、]/.test(subject) && /(各|均)\s*$/.test(subjectText) ? jointNames(subject) : null;
  const picked = pick(cands) ?? (otherUnits.length > 0 ? pick(otherUnits) : null);
  return picked && { ...picked, statedLast: lastYears.length === 1 ? lastYears[0]! : null };

  function pick(cands: Cand[]): { token: NumberToken; offset: number } | null {
    if (subject === '') {
      // "…X万元，比上年增加D万元": the nearest figure before, in the same sentence and the same part of a
      // list ("出国费0.00万元；公务用车费与上年相比，减少D万元": the 0.00 is another item's).
      const part = line.lastIndexOf('；', at - 1);
      const own = cands.filter((c) => c.offset === sents[si]!.start && c.offset + c.token.start > part);
      const c = own[own.length - 1];
      if (c) {
        // "合计1,280.00万元，其中项目支出300.00万元，比上年减少…": the whole or its one part — not told. (In a
        // list of parts, "其中：A…，比上年增加…；B…，比上年减少…", each change is its part's.)
        const qizhong = c.sentence.lastIndexOf('其中', c.token.start);
        if (
          qizhong >= 0 &&
          own.some((o) => o.token.start < qizhong) &&
          !/[；;]/.test(line.slice(sents[si]!.start + qizhong, sents[si]!.end))
        )
          return null;
        return { token: c.token, offset: c.offset };
      }
      // "支出预算为A万元，支出决算为X万元，完成预算的P%。较上年减少D万元": a sentence opening with the
      // comparison changes the one outturn the sentence before states (budgets and shares are not outturns).
      const prev = sents[si - 1];
      if (!prev || !/^\s*(较|比|与|同)/.test(line.slice(sents[si]!.start, at))) return null;
      const outturns = cands.filter(
        (k) =>
          k.offset === prev.start && !/预算|占|其中|结转|结余/.test(k.clause) && !/分别|各/.test(k.sentence),
      );
      return outturns.length === 1 ? { token: outturns[0]!.token, offset: outturns[0]!.offset } : null;
    }
    const sorted = cands.sort((a, b) => b.offset + b.token.start - (a.offset + a.token.start));
    for (const c of sorted) {
      const key = subjectKey(c.clause);
      if (key !== '' && (key.endsWith(subject) || subject.endsWith(key)))
        return { token: c.token, offset: c.offset };
      if (key === '' && /决算/.test(c.clause) && c.sentence.includes(subject))
        return { token: c.token, offset: c.offset };
    }
    if (!each) return null;
    // Every item named has its figure, and all are the same figure (else "各" compares different bases).
    const found = each.map((name) => sorted.find((c) => subjectKey(c.clause).endsWith(name)));
    const first = found[0];
    if (
      !first ||
      found.some((c) => !c || c.token.value !== first.token.value || c.token.unit !== first.token.unit)
    )
      return null;
    return { token: first.token, offset: first.offset };
  }
}

/**
 * The items of "收入、支出总计" (a subject naming several items that share their last words): 收入总计,
 * 支出总计 — each earlier name completed by the last name's words beyond its length. Null when a name is
 * not a plain run of Chinese characters or the last one has no shared words.
 */
function jointNames(subject: string): string[] | null {
  const names = subject.split('、');
  const last = names[names.length - 1]!;
  if (names.length < 2 || !names.every((n) => /^[\u4e00-\u9fa5]{1,12}$/.test(n))) return null;
  const out: string[] = [];
  for (const n of names.slice(0, -1)) {
    if (last.length <= n.length) return null;
    out.push(n + last.slice(n.length));
  }
  out.push(last);
  return out;
}

/** A change stated as amount and %: the amount's word and figure, its unit, the %'s word and figure. */
type ChangeMatch = {
  index: number;
  0: string;
  1: string;
  2: string;
  3: string;
  4: string;
  5: string;
  /** Where the % figure is in the line. */
  pAt: number;
};

const PCT_WORD = '增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高|增长率为?|下降率为?';
/** Counts whose change is stated with its % ("较上年增加16次，增长14.29%"): longer units first (人次 before 人). */
const CHANGE_COUNT_UNITS = '人次|批次|个|辆|人|次|台|套|件|条|项|家|名';
/** "增加D万元，增长P%" (also "同比增长", "增幅", "增长率为"; a count: "增加16次，增长14.29%"). */
const CHANGE_AMOUNT_FIRST = new RegExp(
  `(增加|减少|增长|下降|上升)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元|${CHANGE_COUNT_UNITS})\\s*[，,、]\\s*(?:同比|较上年|比上年)?\\s*(${PCT_WORD})\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/** "增长P%，增加D万元": the same claim, the % first. */
const CHANGE_PERCENT_FIRST = new RegExp(
  `(增长|下降|上升|增幅|降幅|减幅|降低|提高)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*[，,、]\\s*(增加|减少)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)`,
  'g',
);

function changeMatches(line: string): ChangeMatch[] {
  const out: ChangeMatch[] = [];
  for (const m of allMatches(line, CHANGE_AMOUNT_FIRST))
    out.push({
      index: m.index,
      0: m[0],
      1: m[1]!,
      2: m[2]!,
      3: m[3]!,
      4: m[4]!,
      5: m[5]!,
      pAt: m.index + m[0].lastIndexOf(m[5]!),
    });
  if (line.includes('%') || line.includes('％'))
    for (const m of allMatches(line, CHANGE_PERCENT_FIRST))
      out.push({
        index: m.index,
        0: m[0],
        1: m[3]!,
        2: m[4]!,
        3: m[5]!,
        4: m[1]!,
        5: m[2]!,
        pAt: m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!),
      });
  return out;
}

/** 增加, 增长, 上升, 增幅, 提高: up; 减少, 下降, 降幅, 减幅: down. */
const isUp = (word: string): boolean => /增|上升|提高/.test(word);

/** "X万元。与上年相比，增加D万元，增长P%": last year = X ∓ D, P = D ÷ last year. */
function checkChanges(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!/增加|减少|增长|下降|上升/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    for (const m of changeMatches(line)) {
      const si = sents.findIndex((s) => m.index >= s.start && m.index < s.end);
      if (si < 0) continue;
      // "比年初预算减少D万元，下降P%" compares with the budget, not last year (checkBudgetGaps); "比上年决算数
      // 28.00万元减少D万元" names its base (checkComparedWith).
      const lead = line.slice(Math.max(0, m.index - 30), m.index);
      if (
        /比(?:年初|全年|调整后?)?预算(?:数)?\s*$/.test(lead) ||
        /比[^，。；\d]{1,10}\d[\d,.]*\s*(?:万元|亿元|元)\s*(?:相比)?\s*[，,]?\s*$/.test(lead)
      )
        continue;
      const amountUp = isUp(m[1]);
      const pctUp = isUp(m[4]);
      const deltaText = m[2]!.replace(/,/g, '');
      const reportDirection = (excerpt: string): void => {
        claim(ctx, 'change', li, m.index, false, `金额${m[1]}${deltaText}${m[3]}，百分比${m[4]}${m[5]}%`);
        report(
          ctx,
          li,
          'change.direction',
          'error',
          excerpt,
          m[1]!.replace(/增长|上升/, '增加'),
          m[4]!,
          `金额${m[1]}${deltaText}${m[3]}，百分比却写作${m[4]}，方向相反。`,
          m.index,
        );
      };
      const found = changeBase(line, sents, si, m.index, m[3]!, ctx.year);
      if (!found?.token) {
        // "减少D万元，增长P%": the two words of one change contradict each other, whatever its base.
        if (amountUp !== pctUp) reportDirection(excerptOf(line, m.index, m.index + m[0].length, 0));
        continue;
      }
      const { token: base, offset: baseOffset, statedLast } = found;
      const delta = { value: deltaText, places: (deltaText.split('.')[1] ?? '').length };
      const printed = { value: m[5]!, places: (m[5]!.split('.')[1] ?? '').length };
      const judgeFrom = (current: Printed): RatioVerdict | null =>
        judgeRatio(
          printed,
          [current, delta],
          ([c, d]) => {
            const prev = amountUp ? c!.minus(d!) : c!.plus(d!);
            const pct = changePercent(c!, prev);
            return pct === null ? null : pct.abs();
          },
          // |delta| ÷ |current ∓ delta| × 100.
          { num: [0, 1], den: [1, amountUp ? -1 : 1], abs: true },
        );
      // A small 元 change of a 万元 base may be a 万元 amount misprinted (the unit rule): judged in 万元 first,
      // where a % that holds proves it; else it is taken in 元, as printed.
      let yuanAsWan =
        m[3] === '元' && base.unit === '万元' && dec(deltaText).gt(0) && dec(deltaText).lt(SMALL_YUAN);
      if (yuanAsWan) {
        const asWan = judgeFrom({ value: base.value, places: base.places });
        yuanAsWan = asWan !== null && asWan.kind !== 'wrong';
      }
      // A base in another money unit is taken in the change's unit, its rounding with it (2.35亿元 is
      // 23500万元 ± 50万元).
      const current =
        yuanAsWan || (base.unit === m[3] && !MONEY_UNITS.has(base.unit))
          ? { value: base.value, places: base.places }
          : inMoneyUnit(base.value, base.places, base.unit, m[3]!);
      if (!current) continue;
      const converted = !yuanAsWan && base.unit !== m[3];
      const last = amountUp ? dec(current.value).minus(delta.value) : dec(current.value).plus(delta.value);
      // Last year as the figures it comes from print it (1190.30, not 1190.3).
      const lastText = showAs(last, [current, delta]);
      // A base of another unit is no printed figure of the change's unit: nothing to compare a chart's data with.
      if (base.unit === m[3] && MONEY_UNITS.has(base.unit))
        state.changes.push({ line: li, current, last, lastPlaces: Math.max(current.places, delta.places) });
      // Within the base's rounding of 0, last year may or may not have been 0: not judged.
      if (converted && current.places < 0 && last.abs().lte(halfUlp(current.places))) continue;
      if (yuanAsWan && last.isZero()) continue;
      const baseText = !converted
        ? current.value
        : `${base.value}${base.unit}（即${current.value}${m[3]}${current.places < 0 ? `，精确到±${plain(halfUlp(current.places))}${m[3]}` : ''}）`;
      const excerpt = excerptOf(line, baseOffset + base.start, m.index + m[0].length, 0);
      if (amountUp !== pctUp) {
        reportDirection(excerpt);
        continue;
      }
      if (last.isZero()) {
        reportZeroBase(
          ctx,
          li,
          excerpt,
          `上年数为 ${baseText} ${amountUp ? '−' : '+'} ${deltaText} = 0`,
          `${m[4]}${printed.value}%`,
          m.pAt,
        );
        continue;
      }
      const verdict = judgeFrom(current);
      if (!verdict) continue;
      // Last year stated too ("…32.45万元，2023年度为34.54万元，减少2.39万元，下降6.05%"): a % that holds
      // against the two stated years is right — a wrong amount is the stated-change rule's finding, and
      // the % derived from it must not be blamed.
      if (verdict.kind !== 'ok' && statedLast && !converted) {
        const l = { value: statedLast.value, places: statedLast.places };
        const fromStated = judgeRatio(
          printed,
          [current, l],
          ([c, p]) => {
            const pct = changePercent(c!, p!);
            return pct === null ? null : pct.abs();
          },
          { num: [1, -1], den: [0, 1], abs: true },
        );
        if (fromStated && fromStated.kind === 'ok') {
          claim(
            ctx,
            'change',
            li,
            m.index,
            true,
            `（${current.value} − ${l.value}）÷ ${l.value} × 100% = ${printed.value}%，文中${printed.value}%`,
          );
          continue;
        }
      }
      const exactText = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
      if (yuanAsWan) {
        const token = lineFigures(ctx, li).find(
          (t) => t.start >= m.index && t.unit === '元' && t.value === deltaText,
        );
        if (token)
          noteYuan(
            state,
            li,
            [token],
            `上年 ${current.value} ${amountUp ? '−' : '+'} ${deltaText} = ${lastText}万元，${deltaText} ÷ ${lastText} × 100% = ${exactText}%`,
            true,
          );
      }
      claim(
        ctx,
        'change',
        li,
        m.index,
        verdict.kind !== 'wrong',
        `上年 ${baseText} ${amountUp ? '−' : '+'} ${deltaText} = ${lastText}，${deltaText} ÷ ${lastText} × 100% = ${exactText}%，文中${printed.value}%`,
      );
      if (verdict.kind === 'ok') continue;
      const exact = show(verdict.exact, printed.places);
      const why = verdictClause(verdict.kind);
      report(
        ctx,
        li,
        'change.percent',
        verdict.severity,
        excerpt,
        `${exact}%`,
        `${printed.value}%`,
        `上年数为 ${baseText} ${amountUp ? '−' : '+'} ${deltaText} = ${lastText}，变动率应为 ${deltaText} ÷ ${lastText} × 100% = ${exact}%，文中为${printed.value}%${why}。`,
        m.pAt,
      );
    }
  });
}

/**
 * A growth or decrease in % from a zero base ("上年为0 … 增长100%"): x ÷ 0 has no value. `base` is the
 * arithmetic that shows last year was 0; `stated` the printed change ("增长100.00%").
 */
export function reportZeroBase(
  ctx: Ctx,
  li: number,
  excerpt: string,
  base: string,
  stated: string,
  at: number,
): void {
  claim(ctx, 'change', li, at, false, `${base}，从0起的变动无法计算百分比，文中${stated}`);
  report(
    ctx,
    li,
    'change.zero-base',
    'error',
    excerpt,
    '不写百分比（上年为0）',
    stated,
    `${base}，上年为0时变动率（÷0）无法计算，“${stated}”没有意义；应写明上年无此项支出，只写增加的金额。`,
    at,
  );
}

/** 元 printed where 万元 is meant: proven by a claim it satisfies as 万元, or by a neighbour with the same label in 万元. */
function checkYuanUnits(ctx: Ctx, state: ProseState): void {
  const labelOf = (line: string, t: NumberToken): string =>
    line
      .slice(Math.max(0, t.start - 6), t.start)
      .replace(/[为是：:\s.．，,、；;（）()]/g, '')
      .slice(-4);
  // A suspect figure is compared with the lines around it.
  const figuresAt = (li: number): readonly NumberToken[] => lineFigures(ctx, li);
  const flagged = new Set<string>();
  const flag = (li: number, t: NumberToken, reason: string): void => {
    const key = `${li}:${t.value}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    const line = ctx.lines[li]!;
    const at = figuresAt(li).find((o) => o.unit === '元' && o.value === t.value) ?? t;
    t = at;
    report(
      ctx,
      li,
      'unit.yuan-for-wanyuan',
      'error',
      excerptOf(line, t.start, t.end, 20),
      `${t.value}万元`,
      `${t.value}元`,
      `${t.value}元${reason}，应为${t.value}万元。`,
    );
  };
  for (const { line, token, proof } of state.yuanAsWan.values())
    flag(line, token, `：${proof} 只有按万元计才成立`);
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('元')) return;
    for (const t of figuresAt(li)) {
      if (!isSuspectYuan(t)) continue;
      const label = labelOf(line, t);
      if (label.length < 2) continue;
      for (let lj = Math.max(0, li - 8); lj <= Math.min(ctx.lines.length - 1, li + 8); lj++) {
        const other = ctx.lines[lj]!;
        if (figuresAt(lj).some((o) => o.unit === '万元' && labelOf(other, o) === label)) {
          flag(li, t, `与相邻的“${label}…万元”同一口径`);
          break;
        }
      }
    }
  });
}

/** A figure left out where the sentence needs one ("完成预算%", "越野车.辆", "支出为万元"). */
function checkMissingNumbers(ctx: Ctx): void {
  // Each pattern with a test of whether it can match at all (first: nearly every line has a % or a
  // 万元, with its figure).
  const patterns: [RegExp, (line: string) => boolean][] = [
    [
      /(完成预算|占|增长|下降|执行率|完成率|比重|节约率)(的|为)?\s*[%％]/g,
      (line) => wordBefore(line, '%', RATE_WORDS) || wordBefore(line, '％', RATE_WORDS),
    ],
    [/[^\d.\s]\.(辆|个|人次|次|台|套|批次)/g, (line) => unitAfterPoint(line)],
    [/(为|支出|收入|合计|总计|总额)\s*万元/g, (line) => wordBefore(line, '万元', AMOUNT_WORDS)],
  ];
  forEachProseLine(ctx, (line, li) => {
    if (!/[%％.]|万元/.test(line)) return;
    for (const [re, canMatch] of patterns) {
      if (!canMatch(line)) continue;
      for (const m of allMatches(line, re)) {
        report(
          ctx,
          li,
          'number.missing',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 20),
          '一个数字',
          m[0],
          `“${m[0]}”处缺少数字。`,
        );
      }
    }
  });
}

/** Words a missing figure sits between and its % or 万元 (see checkMissingNumbers). */
const RATE_WORDS = ['完成预算', '占', '增长', '下降', '执行率', '完成率', '比重', '节约率'].flatMap((w) => [
  w,
  `${w}的`,
  `${w}为`,
]);
const AMOUNT_WORDS = ['为', '支出', '收入', '合计', '总计', '总额'];

const POINT_UNITS = ['辆', '个', '人次', '次', '台', '套', '批次'];
const POINT_UNIT_FIRSTS = new Set(POINT_UNITS.map((u) => u[0]!));

/** Whether some '.' in `line` has a count unit right after it ("共.辆": the figure is missing). */
function unitAfterPoint(line: string): boolean {
  for (let k = line.indexOf('.'); k >= 0; k = line.indexOf('.', k + 1)) {
    // (Nearly every '.' is a decimal point: a digit follows.)
    if (!POINT_UNIT_FIRSTS.has(line.charAt(k + 1))) continue;
    for (const unit of POINT_UNITS) if (line.startsWith(unit, k + 1)) return true;
  }
  return false;
}

/** The last characters of each word list wordBefore is given (its quick test). */
const lastCharsOf = new WeakMap<readonly string[], Set<string>>();

/** Whether some `mark` in `line` has one of `words` right before it, white space between allowed. */
function wordBefore(line: string, mark: string, words: readonly string[]): boolean {
  let lasts = lastCharsOf.get(words);
  if (!lasts) lastCharsOf.set(words, (lasts = new Set(words.map((w) => w[w.length - 1]!))));
  for (let k = line.indexOf(mark); k >= 0; k = line.indexOf(mark, k + 1)) {
    // (Nearly every % and 万元 follows its figure: no word ends there.)
    let j = k;
    while (j > 0 && isWhite(line.charCodeAt(j - 1))) j--;
    if (j > 0 && lasts.has(line.charAt(j - 1)) && endsWithWord(line, k, words)) return true;
  }
  return false;
}

/** Template residue: placeholders and instructions left in the text. */
function checkResidue(ctx: Ctx): void {
  const placeholder = /(?<![A-Za-z])(XX+|xx+|x,xxx(?:\.xx)?|X,XXX(?:\.XX)?|××+)(?![A-Za-z])/g;
  const instruction =
    /[（(](罗列[^）)]*|列示[^）)]*|填写[^）)]*|请[填按根据][^）)]*|此处[^）)]*|项目名称|单位名称|部门名称)[）)]/g;
  ctx.lines.forEach((line, li) => {
    if (!/[Xx×（(]/.test(line)) return;
    for (const m of allMatches(line, placeholder)) {
      report(
        ctx,
        li,
        'residue.placeholder',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 20),
        '实际内容',
        m[0],
        `“${m[0]}”是模板占位符，未替换为实际内容。`,
      );
    }
    for (const m of allMatches(line, instruction)) {
      report(
        ctx,
        li,
        'residue.instruction',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 20),
        '删除填写说明',
        m[0],
        `“${m[0]}”是模板的填写说明，应删除或替换为实际内容。`,
      );
    }
  });
}

/** Years that do not fit the document's year: comparisons must be with the year before. */
/**
 * A title or heading naming another year than the document's ("…2023年度部门决算表" in a 2024年度 决算): the
 * year was not updated. Only short title lines naming a 决算/报告/说明/表 are read.
 */
/** Whether a short paragraph ends as a document's title does: …决算, …报告, …说明, …表 (not 项表/指表). */
function isTitle(text: string): boolean {
  if (text.endsWith('决算') || text.endsWith('报告') || text.endsWith('说明')) return true;
  return text.length >= 2 && text.endsWith('表') && !text.endsWith('项表') && !text.endsWith('指表');
}

function checkHeadingYears(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null) return;
  for (const b of ctx.layout.blocks) {
    // (Cheap tests first: a document has many short paragraphs, few of them titles.)
    if (b.kind !== 'paragraph' || b.text.length > 40 || !b.text.includes('年度')) continue;
    if (
      /[。，；]/.test(b.text) ||
      !isTitle(b.text.endsWith('）') ? b.text.replace(/（[^）]*）$/, '') : b.text)
    )
      continue;
    const m = /(20\d\d)\s*年度/.exec(b.text);
    if (!m) continue;
    const year = Number(m[1]);
    claim(ctx, 'year', b.first, m.index, year === y, `标题年份${year}年度，文件为${y}年度`);
    if (year === y) continue;
    report(
      ctx,
      b.first,
      'year.heading',
      'error',
      b.text,
      `${y}年度`,
      `${year}年度`,
      `本文件是${y}年度的，标题“${b.text}”却写${year}年度。`,
      m.index,
    );
  }
}

function checkYears(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null) return;
  checkHeadingYears(ctx);
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('20') || !line.includes('年')) return;
    for (const m of allMatches(
      line,
      /(?:与|比|较)\s*(20\d\d)\s*年(?:度)?(?:相比|同期|增加|减少|增长|下降|持平)/g,
    )) {
      const year = Number(m[1]);
      // "2023年度项目支出300.00万元，比2022年度增加…": a sentence about an earlier year compares it with the
      // year before it — consistent, whatever the document's year.
      const own = line.slice(line.lastIndexOf('。', m.index) + 1, m.index);
      const subject = [...own.matchAll(/(20\d\d)\s*年/g)].pop();
      if (subject && Number(subject[1]) !== y && year === Number(subject[1]) - 1) continue;
      claim(ctx, 'year', li, m.index, year === y - 1, `${y}年度的文件与${year}年比较，上年应为${y - 1}年`);
      if (year !== y - 1) {
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 20),
          `${y - 1}年`,
          `${year}年`,
          `本文件是${y}年度的，与上年比较应写${y - 1}年，文中写作${year}年。`,
        );
      }
    }
    for (const m of allMatches(line, /截至\s*(20\d\d)\s*年\s*12\s*月(?:底|末|31日)/g)) {
      const year = Number(m[1]);
      claim(ctx, 'year', li, m.index, year === y, `${y}年度的文件，年末时点为${year}年12月`);
      if (year !== y) {
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 20),
          `${y}年`,
          `${year}年`,
          `本文件是${y}年度的，年末时点应为${y}年12月，文中写作${year}年。`,
        );
      }
    }
  });
}

/** "“A”“B”“C”等3个项目": the count stated must equal the items named. */
function checkEnumeratedCounts(ctx: Ctx): void {
  const re = /((?:“[^”]{1,40}”\s*[、，,]?\s*){2,})等?\s*(\d+)\s*(个|项|家)/g;
  forEachFigureLine(ctx, (line, li) => {
    for (const m of allMatches(line, re)) {
      const named = (m[1]!.match(/“[^”]+”/g) ?? []).length;
      claim(ctx, 'count', li, m.index, named === Number(m[2]), `列出${named}${m[3]}，文中写${m[2]}${m[3]}`);
      if (named !== Number(m[2])) {
        report(
          ctx,
          li,
          'count.enumeration',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 0),
          `${named}${m[3]}`,
          `${m[2]}${m[3]}`,
          `文中列出了${named}${m[3]}，却写作${m[2]}${m[3]}。`,
        );
      }
    }
  });
}

/**
 * The same count stated twice, close together (within 30 lines), with different figures: 001 says
 * "非政府采购项目共13个" and, 18 lines on, "非政府采购项目共10个" of the same project. The thing counted is
 * the Chinese words right before the figure (at least 5 characters, "共/为" dropped); a sentence that
 * compares (上年, 原, 调整, 目标, 预计 …) or names another year is not a restatement.
 */
function checkRestatedCounts(ctx: Ctx): void {
  const COMPARES =
    /上年|去年|同期|原|调整|增加|减少|增长|下降|比|较|计划|预计|目标|预期|设定|应|不少于|以上|以下|超过/;
  type Stated = { line: number; value: string; unit: string; start: number; end: number; years: string };
  const seen = new Map<string, Stated[]>();
  const HAS_COUNT = /\d\s?(个|辆|人|次|台|套|批次|件|条|项|家|名)/;
  forEachFigureLine(ctx, (line, li) => {
    if (!HAS_COUNT.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      if (!HAS_COUNT.test(s.text) || COMPARES.test(s.text)) continue;
      const years = allMatches(s.text, /(20\d\d)\s*年/g)
        .map((m) => m[1])
        .join(',');
      for (const t of scanNumbers(s.text)) {
        if (!COUNT_UNITS.has(t.unit)) continue;
        // The run of Chinese characters right before the figure (/([\u4e00-\u9fa5]{5,})$/ on the text before it).
        let from = t.start;
        while (from > 0 && isHan(s.text.charCodeAt(from - 1))) from--;
        if (t.start - from < 5) continue;
        const key = s.text
          .slice(from, t.start)
          .replace(/^(其中|分为)+/, '')
          .replace(/(共有|共计|共|为|达到|达|合计)$/, '');
        if (key.length < 5) continue;
        const list = seen.get(`${key}|${t.unit}`) ?? [];
        const here: Stated = {
          line: li,
          value: t.value,
          unit: t.unit,
          start: s.start + t.start,
          end: s.start + t.end,
          years,
        };
        const before = [...list].reverse().find((o) => li - o.line <= 30 && o.line !== li);
        if (before && before.years === years)
          claim(
            ctx,
            'count',
            li,
            here.start,
            dec(before.value).eq(t.value),
            `${key}：第${ctx.layout.lineAt(before.line, before.start) + 1}行${before.value}${t.unit}，此处${t.value}${t.unit}`,
          );
        if (before && before.years === years && !dec(before.value).eq(t.value)) {
          report(
            ctx,
            li,
            'count.restated',
            'error',
            excerptOf(line, here.start - key.length, here.end, 10),
            `${before.value}${t.unit}`,
            `${t.value}${t.unit}`,
            `第${before.line + 1}行写“${key}${before.value}${t.unit}”，此处却为${t.value}${t.unit}，同一数量前后不一致。`,
          );
        }
        list.push(here);
        seen.set(`${key}|${t.unit}`, list);
      }
    }
  });
}

/** A CJK unified ideograph of the basic block (U+4E00–9FA5), as the rules' [\u4e00-\u9fa5] reads it. */
function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

export function checkProse(ctx: Ctx): ChangeClaim[] {
  const state: ProseState = { yuanAsWan: new Map(), changes: [], sharesAt: new Set() };
  checkTotalsAndShares(ctx, state);
  checkNamedShares(ctx, state);
  checkSharesOverWhole(ctx);
  checkEarlierTotals(ctx, state);
  checkCompletion(ctx, state);
  checkBudgetGaps(ctx);
  checkBudgetComparisons(ctx);
  checkComparedWith(ctx);
  checkRateThenFigures(ctx);
  checkPercentagePoints(ctx);
  checkChanges(ctx, state);
  checkYuanUnits(ctx, state);
  checkMissingNumbers(ctx);
  checkResidue(ctx);
  checkYears(ctx);
  checkEnumeratedCounts(ctx);
  checkRestatedCounts(ctx);
  return state.changes;
}

/** "得分96.78分，…为优": the grade must match the score (scaled to 100 when "总分为90分" is stated). */
/**
 * "得分88.5分，等级为良" / "自评总分95.00分，自评等级为“优”": the score the grade is stated for. Between the two
 * there is no other figure but an out-of ("（总分100分）"): in "项目产出得分38.20分，…，自评总分95.00分，自评等级
 * 为优" the grade is the total's, not the part's. A 总分 in brackets or after 满 is the scale, not a score.
 */
const SCORE_THEN_GRADE =
  /(?:得分|(?<![（(满])总分)(?:为)?\s*(\d+(?:\.\d+)?)\s*分((?:[（(]?总分为?\s*\d+\s*分[）)]?|[^。\d]){0,30}?)(?:等级|等次|评价|绩效)为\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)/g;

/**
 * A sentence that only states the grade ("自评等级为“优”。") after a sentence giving a total and its parts
 * ("本部门自评得分93.60分，其中：部门决策18.00分，…。"): the grade is the total's — the score right after
 * 得分 / 总分 that opens the sentence's list, not its parts'.
 */
const GRADE_ONLY =
  /^\s*(?:[^\d，,。]{0,8}?)(?:等级|等次)为\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?\s*[。；;]?\s*$/;

export function checkGrades(ctx: Ctx): void {
  const re = SCORE_THEN_GRADE;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('得分') && !line.includes('总分')) return;
    /** `score` on the 100-point scale; `shown` as printed. */
    const judge = (score: Dec, shown: string, grade: string, excerpt: string, at: number): void => {
      const want = gradeOf(score, ctx.grades);
      const got = normaliseGrade(grade);
      if (got === null) return;
      claim(ctx, 'grade', li, at, got === want, `得分${shown}分对应等次“${want}”，文中“${grade}”`);
      if (got !== want)
        report(
          ctx,
          li,
          'grade.score',
          'error',
          excerpt,
          want,
          grade,
          `得分${shown}分对应的等次应为“${want}”，文中为“${grade}”。`,
        );
    };
    for (const m of allMatches(line, re)) {
      const outOf = /总分为?\s*(\d+)\s*分/.exec(m[2]!)?.[1];
      const score = outOf ? dec(m[1]!).div(outOf).times(100) : dec(m[1]!);
      judge(score, m[1]!, m[3]!, excerptOf(line, m.index, m.index + m[0].length, 0), m.index);
    }
    // The grade stated alone, in the sentence after a total and its parts.
    const sents = sentencesAt(ctx, li);
    for (let k = 1; k < sents.length; k++) {
      const g = GRADE_ONLY.exec(sents[k]!.text);
      if (!g) continue;
      const total = TOTAL_THEN_PARTS.exec(sents[k - 1]!.text);
      if (!total) continue;
      const excerpt = excerptOf(line, sents[k - 1]!.start + total.index, sents[k]!.end, 0);
      judge(dec(total[1]!), total[1]!, g[1]!, excerpt, sents[k]!.start);
    }
  });
}
