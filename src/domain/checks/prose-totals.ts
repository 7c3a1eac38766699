/**
 * A total and its parts in prose: "合计X万元，其中：A万元，占a%；B万元，占b%" (also parts on the following
 * lines) and "X中，A万元，占a%；…" whose total was stated on an earlier line. The parts must add up to the
 * total; the shares printed with them are judged by prose-shares.ts.
 */
import { dec, type Dec } from '../money/index.ts';
import {
  allMatches,
  claim,
  endsWithWord,
  excerptOf,
  report,
  sentenceAt,
  sentencesAt,
  type Ctx,
} from './context.ts';
import { CHANGE_OR_COMPARE, CHANGE_OR_RATIO, CHANGE_WORDS } from './change-words.ts';
import { COUNT_UNITS, MONEY_UNITS, scanNumbers, type NumberToken } from './numbers.ts';
import { checkCountPairs } from './count-pairs.ts';
import { clauseFrom, isLastYear, subjectKey } from './prose-clauses.ts';
import { forEachFigureLine, forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import { checkShare, checkSharesOfParts, PERCENT_AFTER } from './prose-shares.ts';
import type { ProseState } from './prose-state.ts';
import { inWan, isSuspectYuan, noteYuan } from './prose-units.ts';
import { judgeSum, showAs, trimZeros, type Printed } from './verdict.ts';
import { itemWithoutAmount, oppositeMeasure } from './list-partition.ts';

/**
 * Words that open a list of parts after its total ("其中：", "主要用于以下方面：", "按支出功能分类科目划分：",
 * "按采购品目分，" opening its sentence — the total then closes the sentence before; "支出13.80万元中，": the amount
 * the list breaks down; "支出8,450.67万元，分别为：A…、B…": the total's parts, named one by one).
 */
const LIST_TRIGGER =
  /其中[：:]?|(?<=\d\s*(?:万元|亿元|元))中[，,：:]|(?<=\d\s*(?:万元|亿元|元)[，,])分别(?:为|是)(?:[：:]|(?=[\u4e00-\u9fa5]))|(?<=^|[。\s])具体为[：:]|主要用于以下方面[：:]?|具体内容包括[：:]?|主要包括[：:]?|主要用于[：:](?!以下)|(?<!主要|具体内容)包括[：:]?|按[^，,。；;：:\d]{0,12}?(?:分类|科目)[^，,。；;：:\d]{0,4}?划分[：:]|(?<=^|[。\s])按[^，,。；;：:\d分]{1,10}分[，,：:]/g;
/**
 * Between an amount and its restatement in another unit: "1,234,565.00元，约123.46万元", also in brackets
 * ("12,345.67元（折合1.23万元）").
 */
const RESTATED = /^\s*(?:[，,]|[（(])?\s*(?:约|约合|折合|合|即|相当于)\s*$/;
/** After a list's first figure: "4个数量指标中，" — the figure scopes what follows. */
const SUBSET_OPENER = /^\s*[^\d，,。；;：:]{0,10}?中\s*[，,]/;
/** "按采购品目分，": a list of parts by kind, its whole in the sentence before. */
const BY_KIND = /^按[^，,。；;：:\d分]{1,10}分[，,：:]$/;

/** Whether `total` is the one figure of its kind in [from, to) of the line, changes and comparison bases aside. */
function onlyFigureOfItsKind(
  line: string,
  figures: readonly NumberToken[],
  total: NumberToken,
  from: number,
  to: number,
): boolean {
  return (
    figures.filter(
      (t) =>
        t.start >= from &&
        t.start < to &&
        sameFamily(t.unit, total.unit) &&
        !endsWithWord(line, t.start, CHANGE_OR_COMPARE) &&
        !isComparisonBase(line, t),
    ).length === 1
  );
}

/** A list that names only the main parts: its sum need not reach the total. */
const NOT_EXHAUSTIVE_TRIGGER = /^(主要包括|主要用于[：:]|包括)/;
/**
 * "基本支出650.00万元，包括人员经费520.00万元和公用经费130.00万元": a list after 包括 may name only some parts, but
 * some wholes are by definition the sum of two — 基本支出 of 人员经费 and 公用经费, 收入总计 of 本年收入 and 年初结转和
 * 结余, 支出总计 of 本年支出 and 年末结转和结余: those two listed, the list is whole.
 */
const WHOLE_SPLITS: { whole: RegExp; wholeStated: RegExp; twoOnly: boolean; parts: RegExp }[] = [
  ['基本支出', '人员经费', '公用经费'],
  ['收入总计', '本年收入(?:合计)?', '年初结转和结余'],
  ['支出总计', '本年支出(?:合计)?', '年末结转和结余'],
].map(([whole, a, b]) => ({
  whole: new RegExp(`${whole}\\s*(?:执行|支出|决算)?(?:数|金额)?\\s*(?:为|是|共|合计)?\\s*$`),
  wholeStated: new RegExp(`${whole}[^，,。；;\\d]{0,6}\\d[\\d,.]*\\s*(?:万元|亿元|元)\\s*[，,]?\\s*$`),
  twoOnly: whole !== '基本支出',
  parts: new RegExp(
    `^[：:]?\\s*${a}[^，,。；;、和及与\\d]{0,6}\\d[^。；;]*?(?:[，,、；;]|和|及|与)\\s*${b}[^，,。；;\\d]{0,6}\\d`,
  ),
}));
const MAIN_USES = /^主要用于以下方面/;
/** A heading line: where a list of parts on the following lines ends. */
const HEADING =
  /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|（[一二三四五六七八九十]+）|\d+\s*、)/;
/** A numbered item opening its line ("2．", "3、", "4."), the number and its mark. */
/** An item's number opening its line — "3．", "3、", "（3）" or "③" — and its style. */
const NUMBERED_ITEM = /^\s*(?:(\d{1,2})\s*([.．、])|([（(])(\d{1,2})[）)]|([①-⑳]))/;
const itemNumber = (line: string): { n: number; style: string } | null => {
  const m = NUMBERED_ITEM.exec(line);
  if (!m) return null;
  if (m[5]) return { n: m[5].charCodeAt(0) - 0x2460 + 1, style: '①' };
  return { n: Number(m[1] ?? m[4]), style: m[2] ?? m[3]! };
};

/** The figures (in order) starting in [from, to): found by binary search. */
function figuresBetween(figures: readonly NumberToken[], from: number, to: number): NumberToken[] {
  const first = (at: number): number => {
    let [lo, hi] = [0, figures.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (figures[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return figures.slice(first(from), first(to));
}

/** The longest run of text a list of parts is read in (a list is a few hundred characters). */
const MAX_LIST = 3000;

/** A gap between an outturn and its budget ("节约11,701.50元"): no total of a list. */
const BUDGET_GAP_WORDS = ['节约', '节省', '超支'];

/** How many brackets opened in line[from, to) are still open at `to`. */
function openBrackets(line: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth;
}

/** Offset of the bracket that closes one opened before `text` (its length when none does). */
function closingBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

/** A total's word in its clause (收入总计, 本年支出合计). */
const TOTAL_WORD = /总计|合计/;

/** A clause stating a change against last year: "较上年减少", "比2023年度增加", "同比下降". */
const OWN_CHANGE = /^\s*(?:较|比|与|同比)\s*(?:上年|去年|上一年|20\d\d\s*年)|^\s*同比/;

/**
 * Areas ("房屋建筑面积X平方米，其中：办公用房A平方米、业务用房B平方米"): a total of their own kind, its parts
 * summed like amounts and counts (never converted from one area unit to another).
 */
const AREA_UNITS = new Set(['平方米', '平方公里', '亩', '公顷']);

/** Whether two units count the same kind of thing (all money units are one kind). */
function sameFamily(a: string, b: string): boolean {
  if (MONEY_UNITS.has(a)) return MONEY_UNITS.has(b);
  return a === b;
}

/** What kind of amount a clause states: a budget (年初预算, 预算数), an outturn (决算, 执行数, 实际), or other. */
function amountRole(text: string): 'budget' | 'actual' | 'other' {
  // (The funds' names say 预算: "一般公共预算财政拨款收入" is no budget.)
  const clause = text.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
  if (/预算/.test(clause) && !/决算|执行数|实际/.test(clause)) return 'budget';
  if (/决算|执行数|实际|完成数/.test(clause)) return 'actual';
  return 'other';
}

/** The word naming which amount a clause states: 年初预算, 全年预算, 调整预算, 执行, 决算 (the last one in it). */
function kindWord(clause: string): string | null {
  const words = clause
    .replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '')
    .match(/年初预算|全年预算|调整后?预算|执行|决算/g);
  return words ? words[words.length - 1]!.replace('调整后预算', '调整预算') : null;
}

/** The one word naming every amount of a list ("A项目全年预算…，B项目全年预算…"); null when they differ or none is named. */
function listKind(region: string): string | null {
  const kinds = new Set<string | null>();
  for (const t of scanNumbers(region))
    if (MONEY_UNITS.has(t.unit)) kinds.add(kindWord(region.slice(clauseFrom(region, t.start, 0), t.start)));
  return kinds.size === 1 ? [...kinds][0]! : null;
}

/** Total with parts: "合计X万元，其中：A万元，占a%；B万元，占b%" — also parts on the following lines. */
/** A clause stating a figure against another (a target, a plan, last year): "超出目标7期", "比上年多3个". */
const COMPARED_CLAUSE = /超出|超过|超额|高于|低于|多于|少于|(?:比|较)(?:上年|去年|目标|计划|预算|年初)/;
/** A whole counting its items before its amount: "居前10位的部门合计", "12个项目共计". */
const COUNTED_WHOLE =
  /(?:前\s*(\d{1,3})\s*(?:位|名)|(\d{1,3})\s*(?:个|家|项|所))[^，,。；;\d]{0,10}?(?:合计|共计|总计|共)/;

/** Where the sentence holding `at` starts in `line`. */
function lastIndexOfSentence(line: string, at: number): number {
  return Math.max(line.lastIndexOf('。', at), line.lastIndexOf('！', at)) + 1;
}

/** A band of a list's items: "低于80%的", "高于90分的" — a part, not a comparison. */
const BAND = /(?:低于|高于|超过|多于|少于)\s*\d+(?:\.\d+)?\s*(?:[%％]|分|个|万元)?\s*(?:以[上下])?的\s*$/;
/** A clause of an item's own change: "较上年压减334.41万元", "同比增加0.21万元". */
const ITEM_CHANGE =
  /(?:较|比|同比|与)[^，,；;。\d]{0,10}?(?:增加|减少|压减|增长|下降|降低|上升|节约|超支|增支|减支)\s*$|^(?:增加|减少|压减|增长|下降|降低)\s*$|调[减增]|核[减增]|追[加减]|收回|未足额|未到位/;

export function checkTotalsAndShares(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    // (Every trigger holds one of these words: the other lines are not searched.)
    if (
      !line.includes('其中') &&
      !line.includes('具体为') &&
      !line.includes('元中') &&
      !line.includes('包括') &&
      !line.includes('主要用于') &&
      !line.includes('按')
    )
      return;
    for (const trig of allMatches(line, LIST_TRIGGER)) {
      const triggerEnd = trig.index + trig[0].length;
      // The total: last money/count figure before the trigger, or a figure printed without unit (then flagged).
      // It must sit in the trigger's sentence, or in the sentence just before when the trigger opens its own.
      const sents = sentencesAt(ctx, li);
      const si = sentenceAt(sents, trig.index);
      const own = sents[si];
      if (!own) continue;
      // ("支出13.80万元中，A…，占a%；B…，占b%": an amount's breakdown read only with its parts' shares — without them
      // "X万元中，A万元，主要用于…" may name one part and tell of it.)
      if (
        trig[0].startsWith('中') &&
        !/占[^，,；;。]{0,12}?\d+(?:\.\d+)?\s*[%％]/.test(line.slice(triggerEnd, own.end))
      )
        continue;
      const opensSentence = line.slice(own.start, trig.index).trim() === '';
      // "…主要包括：A项目X万元、B项目Y万元等。其中，…": the sentence before is a list of examples, its last figure
      // one of them, not a whole the 其中 breaks down.
      if (opensSentence && /等\s*。\s*$/.test(sents[si - 1]?.text ?? '')) continue;
      const scopeStart = opensSentence ? (sents[si - 1]?.start ?? own.start) : own.start;
      // (A figure never runs into the trigger: the line's figures before it are the prefix's — those of the scope,
      // MAX_LIST characters back at most, all that is read of them.)
      const before = figuresBetween(
        lineFigures(ctx, li),
        Math.max(scopeStart, trig.index - MAX_LIST),
        trig.index,
      );
      let total: NumberToken | undefined;
      // The list is read to its sentence's end (a 。 stops it below); a sentence longer than any list is not read
      // (an endless one stays linear: each trigger reads its own sentence only).
      if (own.end - triggerEnd > MAX_LIST) continue;
      const tail = maskPartDetails(line.slice(triggerEnd, own.end));
      if (tail === null) continue;
      const stop = tail.search(/。|其中|主要包括|主要用于/);
      // (A list whose paragraph ends on "；" goes on below — "燃料费14.62万元；维修保养费9.35万元；" over "车辆保险费…":
      // its parts here are not all of them.)
      if (stop < 0 && /[；;，,、]\s*$/.test(tail)) continue;
      let region = stop >= 0 ? tail.slice(0, stop) : tail;
      // "其中：基本工资A元、津贴补贴B元等；公用经费C元…": a list of amounts closed by 等 ends at its "；" — what
      // follows is the next statement (the outer list's next part, or "…8个等，问题涉及全部10个部门"), not one of its
      // parts.
      const closed = /等\s*[；;，,]/.exec(region);
      if (closed && /\d/.test(region.slice(0, closed.index))) region = region.slice(0, closed.index + 1);
      // "其中：人员经费X万元，包括A万元、B万元…；公用经费Y万元…": a list inside an outer 其中 list, its parts joined by
      // "、", ends with them — what follows ("，人员经费与上年（951.88万元）基本持平；", the outer list's next part) is
      // not one of them.
      const semicolon = /[；;]/.exec(region);
      const joined = semicolon ? JOINED_RUN.exec(region.slice(0, semicolon.index)) : null;
      // (So too a whole's two halves after 包括: "收入总计X万元，包括A、B；支出总计Y万元，包括…".)
      if (
        joined &&
        (/其中/.test(line.slice(own.start, trig.index)) ||
          (trig[0].startsWith('包括') &&
            WHOLE_SPLITS.some(
              (split) =>
                split.twoOnly &&
                split.wholeStated.test(line.slice(own.start, trig.index)) &&
                split.parts.test(joined[0]),
            )))
      )
        region = region.slice(0, joined[0].length);
      // "本年支出520.00万元（其中基本支出0.00万元、项目支出520.00万元），年末结转…": a list opened in a bracket ends
      // with it — what follows the bracket is the sentence's next statement.
      if (openBrackets(line, own.start, trig.index) > 0) region = region.slice(0, closingBracket(region));
      // "其中：A…；B…，其中B1…；B2…；C…": a nested list cuts the region, and the outer list goes on after it (a
      // "；" then an amount before the sentence ends) — its parts past the nested list are not read: no sum.
      if (stop >= 0 && tail[stop] !== '。') {
        const rest = tail.slice(stop);
        const end = rest.indexOf('。');
        if (/[；;][^。]*?\d\s*(?:万元|亿元|元)/.test(end >= 0 ? rest.slice(0, end) : rest)) continue;
      }
      // "主要包括：基本工资、津贴补贴…等；公用经费130.00万元…": a list of names ended by 等 — what follows its "；"
      // is another statement, not its parts.
      const firstGroup = /[；;]/.exec(region);
      if (
        firstGroup &&
        /等\s*$/.test(region.slice(0, firstGroup.index)) &&
        !/\d/.test(region.slice(0, firstGroup.index))
      )
        continue;
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
          // (So may a count's: "保有量312辆，比上年末减少7辆，其中：…".)
          if (
            (MONEY_UNITS.has(t.unit) || COUNT_UNITS.has(t.unit)) &&
            endsWithWord(line, t.start, CHANGE_WORDS)
          ) {
            skippedChange = true;
            changeToken ??= t;
            continue;
          }
          break;
        }
        // "比2023年度决算41.27万元减少2.63万元": the figure compared with is not the subject of the list; nor is
        // the gap to a budget ("比年初预算110,000.00元节约11,701.50元").
        if (isComparisonBase(line, t) || endsWithWord(line, t.start, BUDGET_GAP_WORDS)) continue;
        // (Nor the base of a rate: "为年初预算98.00万元的89.23%".)
        if (/^\s*(?:万元|亿元|元)?\s*的\s*\d+(?:\.\d+)?\s*[%％]/.test(line.slice(t.end))) continue;
        // "42批次、368人次（上年51批次、437人次），其中：…": last year's figures in brackets are not the whole.
        if (inLastYearBracket(line, t.start, trig.index)) continue;
        if (
          MONEY_UNITS.has(t.unit) ||
          COUNT_UNITS.has(t.unit) ||
          (AREA_UNITS.has(t.unit) && !partsBelow) ||
          (t.unit === '' && endsWithWord(line, t.start, ['为']))
        )
          total = t;
        break;
      }
      // "（二）…结构情况。2024年度一般公共预算财政拨款支出主要用于以下方面：…" names its whole without its figure:
      // the figure stated for that name in a paragraph before.
      if (
        !total &&
        !partsBelow &&
        MAIN_USES.test(trig[0]) &&
        !before.some((t) => t.start >= scopeStart && (MONEY_UNITS.has(t.unit) || t.unit === '%'))
      )
        total =
          wholeStatedBefore(
            ctx,
            li,
            line.slice(clauseFrom(line, trig.index, scopeStart), trig.index),
            trig.index,
          ) ?? undefined;
      if (!total) continue;
      // "…支出结构：A（类）X万元，占a%；B（类）Y万元，占b%。其中：C（款）D（项）…": a 其中 opening its sentence after
      // a list of several 类 may pick examples from the whole spending, not parts of the last 类: not read.
      if (opensSentence && (line.slice(scopeStart, trig.index).match(/[（(]类[）)]/g)?.length ?? 0) >= 2)
        continue;
      // "决算包括局本级决算及所属3个事业单位决算，其中行政单位1个，事业单位3个": the count is one of the items
      // the sentence includes, the list after 其中 is of them all.
      if (
        COUNT_UNITS.has(total.unit) &&
        /包括[^，,。；;]*(?:及|和|与|、)[^，,。；;]*$/.test(
          line.slice(clauseFrom(line, total.start, scopeStart), total.start),
        )
      )
        continue;
      // "按采购品目分，…" names no whole: the sentence before must state one amount (or count) of its kind,
      // changes and the figures compared with aside ("共设置指标7个，其中A1个、B4个。按性质分，…": which?).
      if (BY_KIND.test(trig[0]) && !onlyFigureOfItsKind(line, before, total, scopeStart, trig.index))
        continue;
      // "支出1,333.91万元，年初预算1,358.35万元，完成年初预算的98.20%。其中：…": a budget stated after an amount of
      // the sentence — the list may be of either (or of the 项 explained): not read. Nor after two totals
      // ("收入总计785.00万元、支出总计785.00万元。其中：年初结转…，本年收入…，本年支出…": both sides' parts).
      // "公用经费412.63万元，主要包括：办公费、水费…等，其中公务接待费2.38万元、…": the whole's items named as examples
      // (…等) — the 其中 picks some of them, not all.
      if (
        /(?:主要包括|包括|主要用于|主要有)[^。；;\d]*等\s*[，,]?\s*$/.test(line.slice(total.end, trig.index))
      )
        continue;
      const clauseOf = (t: NumberToken): string => line.slice(clauseFrom(line, t.start, scopeStart), t.start);
      // "…全年预算资金1768.50万元，全年执行1611.34万元，…。其中：A项目全年预算1380.00万元，占78.03%": the parts
      // say which of the amounts before they break down — the one amount named by the same word.
      const partKind = listKind(region);
      let byKind = false;
      if (partKind && MONEY_UNITS.has(total.unit) && kindWord(clauseOf(total)) !== partKind) {
        const same = before.filter(
          (t) =>
            t.start >= scopeStart &&
            MONEY_UNITS.has(t.unit) &&
            kindWord(clauseOf(t)) === partKind &&
            !isComparisonBase(line, t) &&
            !endsWithWord(line, t.start, CHANGE_OR_COMPARE),
        );
        if (same.length === 1) {
          total = same[0]!;
          byKind = true;
        }
      }
      const totalAt = total.start;
      const earlierMoney = before.filter(
        (t) => t.start >= scopeStart && t.start < totalAt && MONEY_UNITS.has(t.unit),
      );
      // (A budget after amounts all its own figure — "年初预算1280.00万元，调整预算1280.00万元（未作调整），其中…":
      // whichever the list is of, its sum is the same.)
      if (
        !byKind &&
        MONEY_UNITS.has(total.unit) &&
        earlierMoney.length > 0 &&
        ((amountRole(clauseOf(total)) === 'budget' && earlierMoney.some((t) => t.value !== total!.value)) ||
          (TOTAL_WORD.test(clauseOf(total)) && earlierMoney.some((t) => TOTAL_WORD.test(clauseOf(t)))))
      )
        continue;
      type Part = { token: NumberToken; line: number; text: string; offset: number };
      const parts: Part[] = [];
      let missing = false;
      if (partsBelow) {
        // Parts listed on the following lines ("其中：" ends the line). A line stating two amounts of
        // different kinds (年初预算…，支出决算…) gives the one of the total's kind; when none or several
        // are, the list is not read.
        const want = amountRole(line.slice(clauseFrom(line, total.start, scopeStart), total.start));
        let ambiguous = false;
        // "2．公务用车购置及运行维护费…其中：" — the list ends at the next item of the total's own numbering ("3．…",
        // or "（2）…" after "（1）…").
        const ownNumber = itemNumber(line);
        let partStyle: string | undefined;
        for (let lj = li + 1, seen = 0; lj < ctx.lines.length && seen < 40; lj++) {
          const next = ctx.lines[lj]!;
          if (next.trim() === '') continue;
          seen++;
          if (HEADING.test(next)) break;
          const nextNumber = ownNumber ? itemNumber(next) : null;
          if (nextNumber && nextNumber.style === ownNumber!.style && nextNumber.n > ownNumber!.n) break;
          // (A number of a third style — neither the total's nor its parts' — is an outer level's next item: "（6）…其中："
          // over "①…", "②…", then "2．卫生健康支出（类）".)
          partStyle ??= nextNumber?.style;
          if (nextNumber && nextNumber.style !== ownNumber!.style && nextNumber.style !== partStyle) break;
          const figs = lineFigures(ctx, lj);
          let first = figs.find((t) => MONEY_UNITS.has(t.unit) || COUNT_UNITS.has(t.unit));
          const money = figs.filter((t) => MONEY_UNITS.has(t.unit));
          // ("燃料费14.62万元；维修保养费9.35万元；": a line of two parts — the list is not one part a line.)
          if (money.length >= 2 && /[；;、]/.test(next.slice(money[0]!.end, money[1]!.start))) {
            ambiguous = true;
            break;
          }
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
        // ("…完成年初预算的102.07%。其中：" over "1.…（类）…（款）…（项）。年初预算为…，支出决算为…": the 项 a
        // 决算说明 explains may be its main ones, not all the whole's — a sum short of the whole by more than a
        // figure's slip (2 %) is no error: the 项 left out.)
        if (parts.some((p) => /[（(]项[）)]/.test(p.text))) {
          const sum = parts.reduce((acc, p) => acc.plus(p.token.value), dec(0));
          if (sum.lt(total.value) && dec(total.value).minus(sum).gt(dec(total.value).times('0.02'))) continue;
        }
      } else {
        if (/[^\d.\s]\.(辆|个|人次|次|台|套|批次)/.test(region) || /(占|为)\s*[%％]/.test(region))
          missing = true;
        const masked = tail === line.slice(triggerEnd) ? line : line.slice(0, triggerEnd) + tail;
        let prevEnd = -1;
        let prevUnit = '';
        let depth = 0;
        let scanned = 0;
        let bracketAfterPart = false;
        for (const t of scanNumbers(region)) {
          for (; scanned < t.start; scanned++) {
            const c = region[scanned]!;
            if (c === '（' || c === '(') {
              if (depth === 0)
                bracketAfterPart = prevEnd >= 0 && /^\s*$/.test(region.slice(prevEnd, scanned));
              depth++;
            } else if ((c === '）' || c === ')') && depth > 0) depth--;
          }
          // "事业编制90名（甲中心50名、乙中心40名）": a bracket of figures of the part's own unit right after it
          // details that part — no further parts of the list.
          if (depth > 0 && bracketAfterPart && t.unit === prevUnit && t.unit !== '%') continue;
          // "项目支出1,234,565.00元，约123.46万元", "168.02万元（1,680,150元）": the same amount restated in another
          // unit is no second part.
          const between = prevEnd >= 0 ? region.slice(prevEnd, t.start) : '';
          const restated =
            prevEnd >= 0 &&
            (RESTATED.test(between) ||
              (/^\s*[（(]\s*$/.test(between) &&
                MONEY_UNITS.has(prevUnit) &&
                MONEY_UNITS.has(t.unit) &&
                prevUnit !== t.unit));
          prevEnd = t.end;
          prevUnit = t.unit;
          if (!restated) parts.push({ token: t, line: li, text: masked, offset: triggerEnd });
          else {
            const prev = parts[parts.length - 1];
            if (prev) prev.token = provenYuan(prev.token, t);
          }
        }
        // "国内公务接待共计A批次，其中…B批次，外事接待C批次": a part of the other kind (外事 under a 国内 total) is
        // no part of it — which of the figures the list adds up to is not certain: not read.
        if (/国内/.test(line.slice(clauseFrom(line, total.start, scopeStart), total.start))) {
          const foreign = parts.some((p) => {
            const at = p.offset + p.token.start;
            return /外事|外宾|境外|国外/.test(p.text.slice(clauseFrom(p.text, at, p.offset), at));
          });
          if (foreign) continue;
        }
        // "实际完成92期，其中线上20期，超出目标7期": a clause comparing with a target, a plan or a year is no part —
        // the list ends before it.
        const comparing = (p: Part): boolean => {
          const at = p.offset + p.token.start;
          const clause = p.text.slice(clauseFrom(p.text, at, p.offset), at);
          // ("低于80%的5个": a band of the list — the projects with a rate below 80% —, no comparison.)
          if (BAND.test(clause)) return false;
          return COMPARED_CLAUSE.test(clause) || ITEM_CHANGE.test(clause);
        };
        // (A rate naming a band, "低于80%", is no part: only a part's own clause may end the list.)
        const compared = parts.findIndex((p, k) => k > 0 && p.token.unit !== '%' && comparing(p));
        // A list whose items are set apart by "；" ("A21.36万元；B4.18万元，比上年增加0.21万元，增长5.29%；C0.52万元，…
        // 调减44.00万元"): each item's own amount is the first of its group, or joined to it by "、"; an amount in a
        // later clause of the group ("，") is a detail of that item — a change, a part of it — and no part.
        const between = (k: number): string =>
          parts[k]!.text.slice(
            parts[k - 1]!.offset + parts[k - 1]!.token.end,
            parts[k]!.offset + parts[k]!.token.start,
          );
        // (Read so only when an item's clause compares or adjusts — a detail — and the list goes on after it past a
        // "；": a "；" may as well end the list and open the next statement.)
        const grouped =
          compared > 0 &&
          parts.some((_, k) => k > compared && /[；;]/.test(between(k)) && !comparing(parts[k]!));
        // (Every amount read adding up to the total exactly: they are the parts, whatever their clauses.)
        const allAddUp =
          parts.every((p) => p.token.unit === total!.unit) &&
          parts.reduce((acc, p) => acc.plus(p.token.value), dec(0)).eq(total.value);
        if (grouped && !allAddUp) {
          const kept = parts.filter(
            (_, k) =>
              k === 0 || /[；;]/.test(between(k)) || (/、/.test(between(k)) && !/[，,]/.test(between(k))),
          );
          parts.length = 0;
          parts.push(...kept);
        } else if (compared > 0) parts.length = compared;
        // "完成修复5,000亩，其中补植3,200亩、抚育 完成修复4,620亩…" (two columns printed on one line): a part whose
        // clause names the total's own subject again opens another statement — the list ends before it. So does
        // "在职职工512人，其中编制内人员286人；离退休人员97人": retired staff are never part of the staff in post.
        const subject = /[\u4e00-\u9fa5]{4,}$/.exec(
          line.slice(clauseFrom(line, total.start, scopeStart), total.start),
        )?.[0];
        const inPost = /在职|在编|实有/.test(
          line.slice(clauseFrom(line, total.start, scopeStart), total.start),
        );
        const restarts = parts.findIndex((p, k) => {
          const at = p.offset + p.token.start;
          const own = p.text.slice(clauseFrom(p.text, at, p.offset), at).trimEnd();
          // (A subject that opens with what was done — "完成…" — stated again: the columns' text run together.)
          const again =
            subject !== undefined && /^(?:完成|实现|累计|全年)/.test(subject) && own.endsWith(subject);
          return k > 0 && (again || (inPost && /离休|退休/.test(own)));
        });
        if (restarts > 0) parts.length = restarts;
        // "。其中中小河流治理工程4个数量指标中，预计能完成3个": a figure followed by 中 opens a statement about a
        // subset ("among those 4"), not a list of parts.
        const first = parts[0];
        if (first && SUBSET_OPENER.test(region.slice(first.token.end))) continue;
        // "A、B、C各1个": one figure counting for several items — the list is not its figures' sum.
        if (
          parts.some((p) =>
            /各\s*(?:为|有|是)?\s*$/.test(
              p.text.slice(Math.max(0, p.offset + p.token.start - 4), p.offset + p.token.start),
            ),
          )
        )
          continue;
      }
      // "团组46个、218人次，其中：A19个、B15个、C12个": two counts of one total, its parts counted in the
      // first's unit — the total of the parts is the count of their unit joined to the last one by 、.
      if (!partsBelow && COUNT_UNITS.has(total.unit)) {
        const pair = before[before.indexOf(total) - 1];
        if (
          pair &&
          pair.start >= scopeStart &&
          !NOT_EXHAUSTIVE_TRIGGER.test(trig[0]) &&
          checkCountPairs(ctx, li, line, pair, total, parts)
        )
          continue;
        const counts = parts.filter((p) => COUNT_UNITS.has(p.token.unit) || MONEY_UNITS.has(p.token.unit));
        const partUnit = counts[0]?.token.unit;
        const k = before.indexOf(total);
        const joined = before[k - 1];
        if (
          partUnit !== undefined &&
          partUnit !== total.unit &&
          counts.every((p) => p.token.unit === partUnit) &&
          joined &&
          joined.unit === partUnit &&
          joined.start >= scopeStart &&
          /^\s*[、，,]\s*$/.test(line.slice(joined.end, total.start))
        )
          total = joined;
      }
      const unit = total.unit;
      const family = unit === '' ? '万元' : unit;
      // "共有车辆12辆，其中：A3辆、B9辆；单位价值100万元以上设备5台": the list ends at the ；before a figure
      // of another kind (what follows is another statement).
      if (!partsBelow) {
        const other = parts.findIndex(
          (p) =>
            (MONEY_UNITS.has(p.token.unit) ||
              COUNT_UNITS.has(p.token.unit) ||
              AREA_UNITS.has(p.token.unit)) &&
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
      // "39个行政村，其中：甲镇11个村、9,600亩，乙乡8个村、6,800亩，…，合计32,000亩": each part a count of the total's
      // unit with one measure of another kind after it (its area, its amount) — the parts are the counts.
      if (!partsBelow && COUNT_UNITS.has(family) && parts.length >= 4) {
        const ofTotal = (p: Part): boolean => p.token.unit === unit;
        const paired = parts.every((p, k) =>
          ofTotal(p)
            ? k + 1 < parts.length && !ofTotal(parts[k + 1]!)
            : (k > 0 && ofTotal(parts[k - 1]!)) || k === parts.length - 1,
        );
        const counts = parts.filter(ofTotal);
        const others = new Set(parts.filter((p) => !ofTotal(p)).map((p) => p.token.unit));
        if (paired && counts.length >= 2 && others.size === 1 && !others.has('%'))
          parts.splice(0, parts.length, ...counts);
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
        // A detail of the item's amount: a count of it, a % (its share, its change's rate) or its own
        // change against last year ("…58.37万元，较上年减少5.54万元，下降8.67%").
        const ownChange = (p: Part): boolean => {
          const at = p.offset + p.token.start;
          const clause = p.text.slice(clauseFrom(p.text, at, p.offset), at);
          return OWN_CHANGE.test(clause) && endsWithWord(p.text, at, CHANGE_OR_RATIO);
        };
        const detail = (p: Part): boolean =>
          COUNT_UNITS.has(p.token.unit) || p.token.unit === '%' || ownChange(p);
        if (
          each.length >= 2 &&
          each.every((g) => MONEY_UNITS.has(g[0]!.token.unit) && g.slice(1).every(detail)) &&
          each.some((g) => g.length > 1)
        )
          parts.splice(0, parts.length, ...each.map((g) => g[0]!));
      }
      // "…支出决算为2,472.34万元…。其中：基本支出年初预算为1,745.00万元，支出决算为1,733.03万元，…；项目支出年初
      // 预算为…，支出决算为…": an item stating a budget and an outturn gives the one of the total's kind; when
      // none or several are, the list is not read.
      if (!partsBelow && MONEY_UNITS.has(family) && region.includes('预算')) {
        const items = new Map<number, Part[]>();
        for (const p of parts) {
          if (!MONEY_UNITS.has(p.token.unit)) continue;
          const k = (p.text.slice(triggerEnd, p.offset + p.token.start).match(/[；;]/g) ?? []).length;
          items.set(k, [...(items.get(k) ?? []), p]);
        }
        const roleOf = (p: Part): ReturnType<typeof amountRole> =>
          amountRole(
            p.text.slice(clauseFrom(p.text, p.offset + p.token.start, p.offset), p.offset + p.token.start),
          );
        const each = [...items.values()];
        if (each.some((g) => g.length >= 2 && new Set(g.map(roleOf)).size > 1)) {
          const want = amountRole(line.slice(clauseFrom(line, total.start, scopeStart), total.start));
          const picked = each.map((g) => (g.length === 1 ? g : g.filter((p) => roleOf(p) === want)));
          if (want === 'other' || picked.some((g) => g.length !== 1)) continue;
          parts.splice(0, parts.length, ...picked.map((g) => g[0]!));
        }
      }
      // "其中：A项目预计执行380.00万元，结余40.00万元；B项目预计执行78.50万元，结余6.50万元": items that each still
      // state two amounts or more tell of each item, and which of them adds up to the total is not certain: not read
      // (named-part-sums.ts reads the amounts named as the total is).
      if (!partsBelow && MONEY_UNITS.has(family)) {
        const perItem = new Map<number, number>();
        for (const p of parts) {
          if (!MONEY_UNITS.has(p.token.unit)) continue;
          const k = (p.text.slice(triggerEnd, p.offset + p.token.start).match(/[；;]/g) ?? []).length;
          perItem.set(k, (perItem.get(k) ?? 0) + 1);
        }
        if (perItem.size >= 2 && [...perItem.values()].every((n) => n >= 2)) continue;
      }
      // A list mixing kinds of figure (人次 and 家, 个 and 万元) or stating changes is not a total and its parts.
      const kinds = parts.filter(
        (p) => MONEY_UNITS.has(p.token.unit) || COUNT_UNITS.has(p.token.unit) || AREA_UNITS.has(p.token.unit),
      );
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
      // the ；after which it no longer adds up — taken only when the parts before that ；add up (exactly, or
      // within the rounding of their printed figures: then a note, as for any list). Likewise at a "，" after
      // parts joined by 、 / 和 ("其中：货物30.17万元、服务123.53万元，授予中小企业合同金额…"): a list keeps its separator.
      if (!partsBelow && sameUnitParts.length > 2) {
        const all = sameUnitParts.map((p) => inWan(p.token, totalUnit));
        const whole = { value: total.value, places: total.places };
        if (all.every((p) => p !== null) && judgeSum(all as Printed[], whole).kind === 'wrong') {
          const between = (k: number): string => {
            const [a, b] = [sameUnitParts[k - 1]!, sameUnitParts[k]!];
            return b.text.slice(a.offset + a.token.end, b.offset + b.token.start);
          };
          for (let k = 2; k < sameUnitParts.length; k++) {
            const sep = between(k);
            const listEnds =
              /[；;]/.test(sep) ||
              (/[，,]/.test(sep) &&
                !/[、和及与]/.test(sep) &&
                Array.from({ length: k - 1 }, (_, j) => between(j + 1)).every(
                  (t) => /[、和及与]/.test(t) && !/[，,；;]/.test(t),
                ));
            if (!listEnds) continue;
            if (judgeSum(all.slice(0, k) as Printed[], whole).kind !== 'wrong') {
              sameUnitParts.length = k;
              break;
            }
          }
        }
      }
      // "其中：基本支出执行3,951.62万元，执行率99.82%，包括人员经费3,412.85万元、公用经费538.77万元；项目支出执行
      // 1,682.15万元": a part's own breakdown (包括 / 其中 / 含 after it) is no part of the total — dropped, the
      // list judged without it, when the breakdown adds up to its part or the list without it to the total.
      if (sameUnitParts.length > 3) {
        const whole = { value: total.value, places: total.places };
        const asPrinted = (list: Part[]): Printed[] | null => {
          const all = list.map((p) => inWan(p.token, totalUnit));
          return all.every((p) => p !== null) ? (all as Printed[]) : null;
        };
        const all = asPrinted(sameUnitParts);
        if (all && judgeSum(all, whole).kind === 'wrong') {
          outer: for (let i = 0; i + 2 < sameUnitParts.length; i++) {
            const [a, b] = [sameUnitParts[i]!, sameUnitParts[i + 1]!];
            if (a.offset !== b.offset) continue;
            const between = b.text.slice(a.offset + a.token.end, b.offset + b.token.start);
            if (!/包括|其中|含/.test(between) || /[；;。]/.test(between)) continue;
            for (let j = i + 2; j < sameUnitParts.length; j++) {
              if (i + 1 + (sameUnitParts.length - j - 1) < 2) continue;
              // (Either the breakdown adds up to its part, or the list without it adds up to the total.)
              const inner = all.slice(i + 1, j + 1);
              const rest = [...all.slice(0, i + 1), ...all.slice(j + 1)];
              if (judgeSum(inner, all[i]!).kind !== 'ok' && judgeSum(rest, whole).kind !== 'ok') continue;
              sameUnitParts.splice(i + 1, j - i);
              break outer;
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
        (NOT_EXHAUSTIVE_TRIGGER.test(trig[0]) &&
          !(
            trig[0].startsWith('包括') &&
            WHOLE_SPLITS.some(
              (split) =>
                (!split.twoOnly || sameUnitParts.length === 2) &&
                split.whole.test(line.slice(clauseFrom(line, total.start, scopeStart), total.start)) &&
                split.parts.test(region),
            )
          )) ||
        /^[^。；;]{0,20}?(等|……|\.\.\.)/.test(afterLast.replace(/^[，,]?\s*占(比)?\s*\d+(\.\d+)?\s*%/, ''));
      // "共设置一级指标4个、二级指标12个、三级指标21个": counts of the levels of one tree, not parts of a whole.
      const levels = sameUnitParts.filter((p) =>
        /[一二三四]级(?:绩效)?指标\s*(?:为|共|有)?\s*$/.test(
          p.text.slice(Math.max(0, p.offset + p.token.start - 10), p.offset + p.token.start),
        ),
      ).length;
      if (levels >= 2) continue;
      const summed =
        printedParts.length >= 2 &&
        printedParts.length === sameUnitParts.length &&
        !missing &&
        (partsBelow || splitsTotal(region, line, total, sameUnitParts));
      if (skippedChange && !partsBelow && !summed) continue;
      // (Whether the total was found not to be its parts' sum: shares of that sum are then no finding of their own.)
      let totalWrong = false;
      if (summed) {
        // A part in 元 of a total in 万元 ("公务用车运行维护支出156,203.60元" under "15.62万元") is as precise as the
        // total once rounded to its places: the sum is judged at the places of the figures printed in its unit.
        const converted = totalUnit !== '' && sameUnitParts.some((p) => p.token.unit !== totalUnit);
        const places = converted
          ? Math.max(
              total.places,
              ...sameUnitParts.filter((p) => p.token.unit === totalUnit).map((p) => p.token.places),
            )
          : undefined;
        const verdict = judgeSum(printedParts, { value: total.value, places: total.places }, places);
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
        // So is a list of fewer parts than the whole counts ("居前10位的部门合计支出…。其中，A…，B…"): short of it.
        const counted = COUNTED_WHOLE.exec(
          line.slice(Math.max(scopeStart, lastIndexOfSentence(line, total.start)), total.start),
        );
        const partial =
          notExhaustive ||
          (MAIN_USES.test(trig[0]) && verdict.kind !== 'ok' && verdict.total.lt(dec(total.value))) ||
          (counted !== null &&
            Number(counted[1] ?? counted[2]) > printedParts.length &&
            verdict.kind !== 'ok' &&
            verdict.total.lt(dec(total.value)));
        // Parts in 元 of a total in 万元 shown as printed, their sum at the total's places.
        const partsText = sameUnitParts
          .filter((p) => inWan(p.token, totalUnit) !== null)
          .map((p) =>
            totalUnit !== '' && p.token.unit !== totalUnit && !isSuspectYuan(p.token)
              ? `${p.token.value}${p.token.unit}`
              : inWan(p.token, totalUnit)!.value,
          )
          .join(' + ');
        const shown = (d: Dec): string => trimZeros(showAs(d, [...printedParts, total]), total.places);
        const mixed = partsText.includes('元');
        const said = (d: Dec): string => `${shown(d)}${mixed ? totalUnit : ''}`;
        claim(
          ctx,
          'sum',
          li,
          total.start,
          verdict.kind !== 'wrong' || partial,
          `${partsText} = ${verdict.kind === 'ok' ? total.value : shown(verdict.total)}${totalUnit}，合计${total.value}${totalUnit}${partial ? '（列举不完全）' : ''}`,
        );
        if (verdict.kind === 'wrong' && partial) {
          report(
            ctx,
            li,
            'sum.partial',
            'note',
            excerptOf(line, total.start, triggerEnd + 60),
            `${total.value}${totalUnit}`,
            `${shown(verdict.total)}${totalUnit}`,
            `所列各项之和 ${partsText} = ${said(verdict.total)}，与合计${total.value}相差${said(verdict.difference.abs())}；所列只是主要部分（以“等”“……”结尾、“主要包括”“包括”“主要用于以下方面”或未写完），不作为错误。`,
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
          totalWrong = verdict.kind === 'wrong';
          report(
            ctx,
            li,
            'sum.parts',
            verdict.severity,
            excerptOf(line, total.start, triggerEnd + 60),
            `${total.value}${totalUnit}`,
            `${shown(verdict.total)}${totalUnit}`,
            verdict.kind === 'rounding'
              ? `各项之和 ${partsText} = ${said(verdict.total)}，与合计${total.value}相差${said(verdict.difference.abs())}，在${printedParts.length}个数各自四舍五入的误差范围内。`
              : `各项之和 ${partsText} = ${said(verdict.total)}，与合计${total.value}不符，相差${said(verdict.difference.abs())}。`,
            total.start,
          );
        }
      }
      // Shares of the total printed right after each part.
      if (!MONEY_UNITS.has(totalUnit)) continue;
      const totalName = subjectKey(line.slice(clauseFrom(line, total.start, scopeStart), total.start));
      checkSharesOfParts(ctx, state, sameUnitParts, total, totalUnit, totalName, totalWrong);
    }
  });
}

/**
 * "8,765.43元（折合0.88万元）": a small 元 amount the text itself restates in 万元 is 元 indeed — taken in 万元
 * (exactly), not as a 万元 amount with the wrong unit (inWan).
 */
function provenYuan(part: NumberToken, restatement: NumberToken): NumberToken {
  if (!isSuspectYuan(part) || restatement.unit !== '万元') return part;
  return { ...part, value: dec(part.value).div(10000).toString(), places: part.places + 4, unit: '万元' };
}

/**
 * Whether a list on the total's line splits it: no item without amount before its first part, no part of the
 * opposite measure (list-partition.ts).
 */
function splitsTotal(
  region: string,
  line: string,
  total: NumberToken,
  parts: { token: NumberToken; text: string; offset: number }[],
): boolean {
  // (The head before the list's first figure, whatever figures were then kept as its parts.)
  const firstFigure = region.search(/\d/);
  if (firstFigure >= 0 && itemWithoutAmount(region.slice(0, firstFigure))) return false;
  return !parts.some((p) =>
    oppositeMeasure(line, total.start, total.end, p.text, p.offset + p.token.start, p.offset + p.token.end),
  );
}

/**
 * The whole a list's sentence names without its figure ("2024年度一般公共预算财政拨款支出主要用于以下方面："): the one
 * amount stated for exactly that name (years and 支出/为 aside) in the nearest of the three paragraphs before that
 * states the name with an amount — no budget, change, comparison, share or last year's figure; a heading line
 * or a table between ends the search. Returned at `at` in the list's line (where its claim is recorded).
 */
function wholeStatedBefore(ctx: Ctx, li: number, clause: string, at: number): NumberToken | null {
  const subject = subjectKey(clause.trim());
  if (subject.length < 4 || /[，,；;。、]/.test(subject)) return null;
  const k = ctx.layout.blocks.findIndex((b) => b.first === li);
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const b = ctx.layout.blocks[j]!;
    if (b.kind !== 'paragraph') return null;
    const text = ctx.lines[b.first] ?? '';
    const named = scanNumbers(text).filter((t) => {
      if (!MONEY_UNITS.has(t.unit)) return false;
      const c = text.slice(clauseFrom(text, t.start, 0), t.start);
      return subjectKey(c.trim()) === subject;
    });
    if (named.length > 0) {
      const t = named[0]!;
      const c = text.slice(clauseFrom(text, t.start, 0), t.start);
      const funds = c.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
      if (named.length > 1 || /预算|上年|去年|比|较|占|其中|增加|减少/.test(funds) || isLastYear(c, ctx.year))
        return null;
      return { ...t, start: at, end: at };
    }
    if (scanNumbers(text).length === 0) return null;
  }
  return null;
}

/**
 * A figure another is compared with: its clause opens with 比/较/与 — after the name of what is compared, words
 * alone ("支出决算比2024年度的8105.36万元增加…") — and a change or 相比 follows it at once ("比年初预算45.00万元减少
 * 6.36万元", "较上年决算41.27万元增长…", "与上年30.00万元相比").
 */
function isComparisonBase(line: string, t: NumberToken): boolean {
  const pre = line.slice(clauseFrom(line, t.start, 0), t.start);
  if (!/^\s*[\u4e00-\u9fa5“”（）()]{0,16}?(比|较|同比|与)/.test(pre)) return false;
  return /^\s*(减少|增加|下降|增长|降低|提高|上升|节约|节省|超支|减|增|多|少|持平|基本持平|相比|相当)/.test(
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
  // "其他收入C万元，占P%（上年无此项收入，本年新增C万元，主要是…）": the part against last year, in brackets after
  // its amount or share, holds no part of the list (blanked first: a detail clause inside it is the bracket's).
  let out = tail.includes('（') || tail.includes('(') ? tail.replace(BRACKETED, blankCompared(tail)) : tail;
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
  // "财政拨款收入A万元，占P%（一般公共预算财政拨款收入B万元，政府性基金预算财政拨款收入C万元）": the part's own
  // breakdown, in brackets after its amount or its share.
  if (out.includes('（') || out.includes('('))
    out = out.replace(BRACKETED, (m, at: number) =>
      /\d\s*(?:万元|亿元|元|[%％])\s*$/.test(out.slice(Math.max(0, at - 12), at)) &&
      isBreakdown(m.slice(1, -1))
        ? ' '.repeat(m.length)
        : m,
    );
  return out;
}

/** The replacement for a bracket of `text`: blank when it compares the amount or share right before it. */
const blankCompared =
  (text: string) =>
  (m: string, at: number): string =>
    (COMPARED.test(m) && /\d\s*(?:万元|亿元|元|[%％])\s*$/.test(text.slice(Math.max(0, at - 12), at))) ||
    // "与上年基本持平（上年为9.10万元）": last year's figure, wherever the bracket stands.
    LAST_YEARS_FIGURE.test(m)
      ? ' '.repeat(m.length)
      : m;
const LAST_YEARS_FIGURE = /^[（(]\s*(?:上年|去年|上一年)(?:度|同期)?(?:决算数?|支出|数)?\s*(?:为|是|:|：)/;
/** A bracket comparing the part with last year or the budget ("上年无此项收入，本年新增…", "比上年增加…"). */
const COMPARED = /上年|去年|同比|新增|比年初|较年初|[比较]上/;
/** A bracket without a bracket or a sentence's end inside. */
const BRACKETED = /[（(][^（）()。]*[）)]/g;
/** A name and its amount, nothing else: "政府性基金预算财政拨款收入384.53万元". */
const NAMED_AMOUNT = /^[\u4e00-\u9fa5“”"]{2,30}?\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)$/;
/** Words of a change or a comparison: an amount after one is not a part of the amount before the bracket. */
const NOT_PART = /比|较|增|减|降|上年|同比|预算|占/;

/** Whether a bracket's text lists two or more named amounts and nothing else. */
function isBreakdown(inner: string): boolean {
  const pieces = inner.replace(/\s+/g, '').split(/[，、；;]|,(?!\d)/);
  // (The funds' names say 预算: "一般公共预算财政拨款收入" is no budget.)
  const named = (p: string) => p.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
  return pieces.length >= 2 && pieces.every((p) => NAMED_AMOUNT.test(p) && !NOT_PART.test(named(p)));
}

/** Words opening what a part is for or consists of (not "主要用于以下方面", which opens a list). */
const DETAIL = /(?:主要(?:包括|用于|是|为)|用于|包括)(?!以下)/g;
const LEADING_DETAIL = /^[\s：:]*(?:用于|包括)/;
/** Parts joined by "、", each with its amount, from a list's start ("人员经费952.36万元、公用经费128.16万元等"). */
const JOINED_RUN =
  /^[^；;]*?\d\s*(?:万元|亿元|元)(?:\s*、[^，,；;、]*?\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))+(?:\s*等)?/;
/** A part's amount (or count), and its share if printed, then "，": what a detail clause follows. */
const AFTER_PART =
  /\d\s*(?:万元|亿元|元|辆|台|套|个|项|家|所|人|名)\s*(?:[，,]?\s*[（(]?\s*(?:所?占(?:比重?|比例|[^\d，,。；;%％]{1,16}?的(?:比重|比例)?)?|比重)\s*(?:为|是|达)?\s*\d+(?:\.\d+)?\s*[%％]\s*[）)]?)?\s*[，,]\s*$/;
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

/**
 * "X中，A万元，占a%；B万元，占b%" where X's total was stated on an earlier line ("X为43.16万元", 001 三公):
 * the parts must add up to it and each share be part ÷ total. X must be named exactly as before.
 */
export function checkEarlierTotals(ctx: Ctx, state: ProseState): void {
  forEachFigureLineWith(ctx, '占', (line, li) => {
    if (!/中[，,：:]/.test(line)) return;
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

/** Whether `at` is inside a bracket closed before `end` that opens with last year ("（上年51批次、437人次）"). */
function inLastYearBracket(line: string, at: number, end: number): boolean {
  const open = Math.max(line.lastIndexOf('（', at), line.lastIndexOf('(', at));
  if (open < 0 || /[）)]/.test(line.slice(open, at))) return false;
  if (!/[）)]/.test(line.slice(at, end))) return false;
  return /^(?:上年|去年|上一年|同期|上年同期|20\d\d\s*年)/.test(line.slice(open + 1));
}
