/**
 * Changes against last year in prose: "X万元。与上年相比，增加D万元，增长P%" (last year = X ∓ D, P = D ÷ last
 * year), the figure the change is measured from, a % from a zero base, and a rate's change in 百分点.
 */
import { changePercent, dec } from '../money/index.ts';
import {
  allMatches,
  claim,
  endsWithWord,
  excerptOf,
  lastIndexOfAny,
  report,
  sentenceAt,
  sentencesAt,
  type Ctx,
  type Span,
} from './context.ts';
import { CHANGE_WORDS } from './change-words.ts';
import { judgeRatePoints } from './rate-points.ts';
import { BASE_INSIDE_LEAD } from './prose-budget-gaps.ts';
import {
  MONEY_UNITS,
  ODD_MONEY_UNITS,
  scanNumbers,
  WORK_QUANTITY_UNITS,
  type NumberToken,
} from './numbers.ts';
import { CLAUSE_MARKS_IN_SENTENCE, COMMA_MARKS, isLastYear, isUp, subjectKey } from './prose-clauses.ts';
import { forEachFigureLine, forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import type { ProseState } from './prose-state.ts';
import { isSuspectYuan, noteYuan, SMALL_YUAN } from './prose-units.ts';
import {
  halfUlp,
  inMoneyUnit,
  judgeRatio,
  plain,
  show,
  showAs,
  verdictClause,
  type Printed,
  type RatioVerdict,
} from './verdict.ts';

/**
 * "预算执行率96.01%，较上年提高2.35个百分点（上年为93.66%）": the points are this year's rate − last year's,
 * when last year's rate is stated right after (in brackets or the next clause) — else nothing is judged.
 */
const POINTS =
  /(\d+(?:\.\d+)?)\s*[%％]\s*[，,]?\s*(?:较|比)\s*(?:上年|去年|上一年)度?(?:同期)?\s*(?:相比)?\s*(提高|增加|上升|增长|下降|降低|减少)(?:了)?\s*(\d+(?:\.\d+)?)\s*个?百分点\s*[（(，,]\s*(?:上年|去年|上一年|\d{4}\s*年)度?(?:同期)?[^\d，。；;%％（）()]{0,8}?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/**
 * "97.35%（…），较上年的95.20%提高2.15个百分点" (or "较上年执行率95.20%…", the rate named, or "较上年（95.20%）…"):
 * last year's rate inside the comparison.
 */
const POINTS_BASE_INSIDE =
  /(\d+(?:\.\d+)?)\s*[%％][^。；;%％]{0,40}?(?:较|比)\s*(?:上年|去年|上一年|20\d\d\s*年)度?(?:同期)?(?:\s*[（(][^（）()%％]{0,16}[）)])?(?:的|[\u4e00-\u9fa5]{0,8}?率(?:为|是)?)?\s*[（(]?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[）)]?\s*(提高|增加|上升|增长|下降|降低|减少)(?:了)?\s*(\d+(?:\.\d+)?)\s*个?百分点/g;

/**
 * "普及率由实施前的91.20%提高到95.60%，提高4.40个百分点" ("由2023年的…" too): both rates in the sentence, the points after them are the
 * second − the first (the change word of the points must go the way of the first).
 */
const POINTS_FROM_TO =
  /[由从](?:\s*20\d\d\s*年(?:度|末|底)?)?[^\d%％，,。；;]{0,12}?(\d+(?:\.\d+)?)\s*[%％]\s*(?:提高|增加|上升|增长|下降|降低|减少)(?:到|至)\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]?\s*(?:共|累计|即)?(提高|增加|上升|增长|下降|降低|减少)(?:了)?\s*(\d+(?:\.\d+)?)\s*个?百分点/g;

/**
 * "预算执行率64.89%，低于序时进度（66.67%）1.78个百分点，较2025年同期执行率（58.26%）下降6.63个百分点": last year's
 * rate in brackets after its name, this year's the last rate of the sentence before it outside brackets, printed
 * after the same name (another rate in brackets between — a 序时进度 — is no part of the comparison).
 */
const POINTS_BRACKETED_BASE =
  /(?:较|比)\s*(?:上年|去年|上一年|(\d{4})\s*年)度?(?:同期)?([\u4e00-\u9fa5]{0,8}?率)\s*[（(]\s*(\d+(?:\.\d+)?)\s*[%％]\s*[）)]\s*(?:相比|相较)?\s*[，,]?\s*(提高|增加|上升|增长|下降|降低|减少)(?:了)?\s*(\d+(?:\.\d+)?)\s*个?百分点/g;

/** A rate outside brackets: "执行率64.89%". */
const RATE_FIGURE = /(\d+(?:\.\d+)?)\s*[%％]/g;

/** This year's rate for a bracketed base at `at`: see POINTS_BRACKETED_BASE. */
function rateBefore(line: string, at: number, name: string): { value: string; at: number } | null {
  const from = Math.max(line.lastIndexOf('。', at), line.lastIndexOf('；', at)) + 1;
  let found: { value: string; at: number } | null = null;
  for (const m of allMatches(line.slice(from, at), RATE_FIGURE)) {
    const i = from + m.index;
    if (bracketDepth(line.slice(from, i)) > 0) continue;
    found = { value: m[1]!, at: i };
  }
  if (!found) return null;
  // Named as the base is: "执行率64.89%" for "同期执行率（58.26%）".
  const before = line.slice(from, found.at).replace(/\s+/g, '');
  return before.endsWith(name) || before.endsWith(`${name}为`) || before.endsWith(`${name}达`) ? found : null;
}

export function checkPercentagePoints(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    const found = [
      ...allMatches(line, POINTS).map((m) => ({
        m,
        now: m[1]!,
        word: m[2]!,
        points: m[3]!,
        last: m[4]!,
        fromTo: false,
      })),
      ...allMatches(line, POINTS_BASE_INSIDE).flatMap((m) => {
        // (A year named must be the year before the document's.)
        const named = /(?:较|比)\s*(20\d\d)\s*年/.exec(m[0]);
        if (named && (ctx.year === null || Number(named[1]) !== ctx.year - 1)) return [];
        const now = rateBeforeComparison(line, m);
        return now === null ? [] : [{ m, now, last: m[2]!, word: m[3]!, points: m[4]!, fromTo: false }];
      }),
      ...allMatches(line, POINTS_BRACKETED_BASE).flatMap((m) => {
        // (A year named must be the year before the report's.)
        if (m[1] !== undefined && (ctx.year === null || Number(m[1]) !== ctx.year - 1)) return [];
        const now = rateBefore(line, m.index, m[2]!.replace(/^(?:同期|的)/, ''));
        return now ? [{ m, now: now.value, last: m[3]!, word: m[4]!, points: m[5]!, fromTo: false }] : [];
      }),
      ...allMatches(line, POINTS_FROM_TO).map((m) => ({
        m,
        last: m[1]!,
        now: m[2]!,
        word: m[3]!,
        points: m[4]!,
        fromTo: true,
      })),
    ];
    for (const { m, now, word, points, last, fromTo } of found)
      judgeRatePoints(ctx, li, line, m, {
        now,
        last,
        word,
        points,
        at: m.index + m[0].indexOf(points, m[0].indexOf(word)),
        nowLabel: `${now}%`,
        said: fromTo ? `由${last}%变为${now}%` : `本年${now}%，上年${last}%`,
      });
  });
}

/**
 * This year's rate for a POINTS_BASE_INSIDE match: its first figure when it stands outside brackets with no other
 * figure between it and the comparison; else ("执行率60.70%，低于序时进度（66.67%）5.97个百分点，较上年同期执行率
 * 57.36%提高…": another comparison between) the last rate of the sentence outside brackets named as the base is.
 */
function rateBeforeComparison(line: string, m: RegExpExecArray): string | null {
  const nowEnd = m[0].search(/[%％]/);
  const compared = m[0].search(/(?:较|比)\s*(?:上年|去年|上一年|20\d\d\s*年)/);
  const from = Math.max(line.lastIndexOf('。', m.index), line.lastIndexOf('；', m.index)) + 1;
  const between = m[0].slice(nowEnd + 1, compared).replace(/[（(][^（）()]*[）)]/g, '');
  if (bracketDepth(line.slice(from, m.index)) === 0 && !/\d/.test(between)) return m[1]!;
  const name = /([\u4e00-\u9fa5]{0,8}?率)(?:为|是)?\s*\d/.exec(m[0].slice(compared));
  if (!name) return null;
  return (
    rateBefore(
      line,
      m.index + compared,
      name[1]!.replace(/^(?:较|比)?(?:上年|去年|上一年|20\d\d\s*年|年)?度?(?:同期)?的?/, ''),
    )?.value ?? null
  );
}

/** How many brackets （ or ( are open at the end of `text`. */
function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) depth = bracketStep(text, i, depth);
  return depth;
}

/** The bracket depth after character `i` of `text`, `depth` before it (a closing bracket never below 0). */
function bracketStep(text: string, i: number, depth: number): number {
  const c = text.charCodeAt(i);
  if (c === 0xff08 || c === 40) return depth + 1;
  if ((c === 0xff09 || c === 41) && depth > 0) return depth - 1;
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
/** The longest sentence (characters) read back for a change's base. */
const LONGEST_SENTENCE = 3000;

/** A budget named in a clause — not the 一般公共预算 / 政府性基金预算 / 国有资本经营预算 of a fund's name. */
const BUDGET_NAMED = /(?<!一般公共|政府性基金|国有资本经营)预算/;

/** Words before a gap to the budget ("节约2.16万元"). */
const BUDGET_GAP = ['节约', '节省', '超支'];
const BUDGET_COMPARED = /(?:比|较|与)[^，,。；;\d]{0,8}预算(?:数|额)?\s*$/;

function changeBase(
  line: string,
  sents: readonly Span[],
  si: number,
  at: number,
  unit: string,
  year: number | null,
): { token: NumberToken; offset: number; statedLast: NumberToken | null } | null {
  const own = sents[si]!;
  // A "sentence" of thousands of characters is no sentence (a text without its stops): its figures are not
  // searched for the base of every change in it.
  if (at - own.start > LONGEST_SENTENCE) return null;
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
    if (end - s.start > LONGEST_SENTENCE) continue;
    const text = line.slice(s.start, end);
    // Bracket depth before each figure, walked along with the figures (not each prefix counted again).
    const depthOfText = bracketDepth(text);
    let depth = 0;
    let scanned = 0;
    for (const t of scanNumbers(text)) {
      for (; scanned < t.start; scanned++) depth = bracketStep(text, scanned, depth);
      const same = t.unit === unit;
      if (!same && !(money && MONEY_UNITS.has(t.unit) && !isSuspectYuan(t))) continue;
      const before = text.slice(0, t.start);
      const cs = lastIndexOfAny(before, CLAUSE_MARKS_IN_SENTENCE, before.length) + 1;
      const clause = before.slice(cs);
      if (endsWithWord(before, before.length, CHANGE_WORDS)) continue;
      // "比年度预算6.00万元节约2.16万元，比上年减少1.28万元": a gap to the budget is not what changed.
      if (endsWithWord(before, before.length, BUDGET_GAP)) continue;
      // (Nor the budget it is compared with: "比年度预算6.00万元".)
      if (BUDGET_COMPARED.test(before)) continue;
      // "58.40万元（其中：购置费20.00万元，运行维护费38.40万元），比上年减少3.10万元": a figure inside brackets
      // closed before the change is a detail of the figure before them, not what changed.
      if (depth > depthOfText) continue;
      // "完成预算75,000.00元的86.57%": the base of a rate is not the figure that changed.
      if (/^\s*(?:万元|亿元|元)?\s*的\s*\d+(?:\.\d+)?\s*[%％]/.test(text.slice(t.end))) continue;
      // "2023年度为100.00万元": last year's figure is not the one that changed.
      if (isLastYear(clause, year)) {
        if (same && k === si) lastYears.push(t);
        continue;
      }
      (same ? cands : otherUnits).push({ token: t, offset: s.start, clause, sentence: text });
    }
  }
  // "收入、支出总计各增加D万元": each of the items named changed by D, from the same figure.
  // ("收、支总计" is the usual short form of 收入、支出总计.)
  const each =
    /[、]/.test(subject) && /(各|均)\s*$/.test(subjectText)
      ? jointNames(subject.replace(/收、支/, '收入、支出'))
      : null;
  const picked = pick(cands) ?? (otherUnits.length > 0 ? pick(otherUnits) : null);
  // "预算12.40万元，决算9.05千元，…，比上年减少1.32万元": an amount in a unit no form uses (odd-units.ts) between
  // the figure picked and the change may be the one that changed — which, is not certain.
  if (
    picked &&
    money &&
    scanNumbers(line.slice(picked.offset + picked.token.end, at)).some((t) => ODD_MONEY_UNITS.has(t.unit))
  )
    return null;
  return picked && { ...picked, statedLast: lastYears.length === 1 ? lastYears[0]! : null };

  function pick(cands: Cand[]): { token: NumberToken; offset: number } | null {
    if (subject === '') {
      // "…X万元，比上年增加D万元": the nearest figure before, in the same sentence and the same part of a
      // list ("出国费0.00万元；公务用车费与上年相比，减少D万元": the 0.00 is another item's).
      // (The last "；" of this sentence before the change; before the sentence, none.)
      let part = at - 1;
      while (part >= sents[si]!.start && line.charCodeAt(part) !== 0xff1b) part--;
      if (part < sents[si]!.start) part = -1;
      const own = cands.filter((c) => c.offset === sents[si]!.start && c.offset + c.token.start > part);
      // "X万元，比预算减少A万元，…；比上年增加D万元": a clause that opens with the comparison after "；" has no
      // subject of its own — it changes the sentence's one figure before it (changes and budgets aside).
      let c = own[own.length - 1];
      // "支出22.93万元，年初预算为24.80万元，完成预算的92.46%，比2024年度增加14.79万元": a budget closed by its
      // completion rate is no subject of the change — the outturn before it is.
      if (
        c &&
        BUDGET_NAMED.test(c.clause) &&
        /完成(?:年初|全年|调整)?预算|执行率/.test(line.slice(c.offset + c.token.end, at))
      ) {
        const outturns = own.filter(
          (k) => !BUDGET_NAMED.test(k.clause) && !/占|其中|结转|结余/.test(k.clause),
        );
        const outturn = outturns[outturns.length - 1];
        if (outturn && outturn.token.unit === c.token.unit) c = outturn;
      }
      if (!c && part >= sents[si]!.start && /^[；;]\s*(?:比|较|与|同比)/.test(line.slice(part, at))) {
        const before = cands.filter(
          (k) => k.offset === sents[si]!.start && !/预算|占|其中|结转|结余|上年|去年/.test(k.clause),
        );
        // (A budget compared with, and the gap to it, are not what changed: "X元，比年初预算Y元节约Z元，…；比
        // 2023年度减少D元".)
        const all = cands.filter((k) => k.offset === sents[si]!.start && !/预算/.test(k.clause));
        if (before.length === 1 && all.length === 1 && !/分别|其中/.test(before[0]!.sentence)) c = before[0]!;
        // "其中：A…；B决算X万元，比预算减少…；比上年减少D万元": in a list of items, each its own "；" group, the
        // group before is the item changed — when it states one figure that is not a budget, and no list of its own.
        if (!c) {
          let group = part - 1;
          while (group >= sents[si]!.start && line.charCodeAt(group) !== 0xff1b) group--;
          const from = Math.max(group, sents[si]!.start - 1);
          const inGroup = (k: Cand): boolean =>
            k.offset === sents[si]!.start &&
            k.offset + k.token.start > from &&
            k.offset + k.token.start < part;
          const items = before.filter(inGroup);
          if (
            group >= sents[si]!.start &&
            !/分别|其中|各/.test(line.slice(from + 1, part)) &&
            items.length === 1 &&
            all.filter(inGroup).length === 1
          )
            c = items[0]!;
        }
      }
      // "经费86.74万元，主要包括办公费21.36万元、…水电费14.70万元等，比上年减少D万元": a list closed by 等 details
      // its whole; the change is the whole's (the one figure before the list opens), else not told.
      if (c && /^\s*等/.test(line.slice(c.offset + c.token.end, at))) {
        const opener = c.sentence.slice(0, c.token.start).search(/主要包括|包括|主要用于|主要有|其中/);
        const wholes = opener < 0 ? [] : own.filter((o) => o.token.end <= opener);
        return wholes.length === 1 ? { token: wholes[0]!.token, offset: wholes[0]!.offset } : null;
      }
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
      // (Nor is an average: "…26人次，人均支出1.48万元。与上年相比增加…" is of the item's outturn.)
      const outturns = cands.filter(
        (k) =>
          k.offset === prev.start &&
          !BUDGET_NAMED.test(k.clause) &&
          !/占|其中|结转|结余|人均|平均|每(?:辆|人|次|批|个|台|家)/.test(k.clause) &&
          !/分别|各/.test(k.sentence),
      );
      return outturns.length === 1 ? { token: outturns[0]!.token, offset: outturns[0]!.offset } : null;
    }
    const sorted = cands.sort((a, b) => b.offset + b.token.start - (a.offset + a.token.start));
    const folded = foldName(subject);
    for (const c of sorted) {
      const key = subjectKey(c.clause);
      const k = foldName(key);
      // "其中：国内公务接待费296.30万元" is a part of the 公务接待费 a later "公务接待费比上年减少…" is of.
      if (key.length > subject.length && c.sentence.lastIndexOf('其中', c.token.start) >= 0) continue;
      if (
        key !== '' &&
        (key.endsWith(subject) || subject.endsWith(key) || k.endsWith(folded) || folded.endsWith(k))
      )
        return { token: c.token, offset: c.offset };
      if (key === '' && /决算/.test(c.clause) && c.sentence.includes(subject)) {
        // ("“三公”经费…支出决算为39.20万元，…，其中：…公务接待费…支出决算为12.36万元。": a figure in the 其中 list
        // after the subject's whole is a part's.)
        // (Nor, past a "；", another item's: "…公务用车…支出决算为26.84万元，…；公务接待费…支出决算为12.36万元".)
        const named = c.sentence.lastIndexOf(subject, c.token.start);
        if (c.sentence.lastIndexOf('其中', c.token.start) > c.sentence.indexOf(subject)) continue;
        if (/[；;]/.test(c.sentence.slice(named, c.token.start))) continue;
        return { token: c.token, offset: c.offset };
      }
    }
    const named = namedOutturn(cands);
    if (named) return named;
    if (!each) return null;
    // Every item named has its figure, and all are the same figure (else "各" compares different bases).
    // ("收入总计、支出总计均为X万元" states both items' figure at once.)
    const found = each.map((name) =>
      // ("财政拨款收入总计A、支出总计B": the second name's owner said once, before the first.)
      sorted.find((c) =>
        namesIn(subjectKey(c.clause)).some(
          (key) => key.endsWith(name) || (key.length >= 4 && name.endsWith(key)),
        ),
      ),
    );
    const first = found[0];
    if (
      !first ||
      found.some((c) => !c || c.token.value !== first.token.value || c.token.unit !== first.token.unit)
    )
      return null;
    return { token: first.token, offset: first.offset };
  }

  /**
   * "“三公”经费财政拨款年初预算A万元，全年支出决算X万元，…，与上年相比，“三公”经费财政拨款支出减少D万元": the
   * sentence names the subject's item (its name without 支出/决算) before its one outturn, whose own clause
   * names no item (全年支出决算) — that outturn changed. Budgets, shares, 其中 parts and lists are no outturn.
   */
  function namedOutturn(cands: Cand[]): { token: NumberToken; offset: number } | null {
    const start = sents[si]!.start;
    if (subject.length < 3 || /分别|各|其中/.test(line.slice(start, at))) return null;
    const outturns = cands.filter(
      (k) => k.offset === start && !BUDGET_NAMED.test(k.clause) && !/占|结转|结余/.test(k.clause),
    );
    if (outturns.length !== 1) return null;
    const c = outturns[0]!;
    if (!GENERIC_OUTTURN.test(c.clause.trim())) return null;
    const named = line.slice(start, start + c.token.start).indexOf(subject);
    return named >= 0 ? { token: c.token, offset: c.offset } : null;
  }
}

/**
 * A name as compared with another: "收入、支出决算总计", "收、支总计" and "收支总计" name one figure (决算 and 财政拨款
 * are of every figure here; 收、支 is the short form of 收入、支出).
 */
function foldName(name: string): string {
  return name.replace(/决算数?/g, '').replace(/收入、?支出|收、支/g, '收支');
}

/** An outturn's clause that names no item of its own: "全年支出决算", "本年决算数为", "实际执行数". */
const GENERIC_OUTTURN = /^(?:全年|本年|当年|本年度|年度)?(?:实际)?(?:支出)?(?:决算|执行)数?(?:为|是)?$/;

/** The items a figure's subject names: "收入总计、支出总计" and "收入、支出总计" name two, "收入总计" one. */
function namesIn(key: string): string[] {
  return key.includes('、') ? (jointNames(key) ?? key.split('、')) : [key];
}

/** Per layout, the block that starts at each logical line. */
const blockIndexes = new WeakMap<Ctx['layout'], Map<number, number>>();

function blockIndex(ctx: Ctx, li: number): number {
  let index = blockIndexes.get(ctx.layout);
  if (!index) {
    index = new Map(ctx.layout.blocks.map((b, k) => [b.first, k]));
    blockIndexes.set(ctx.layout, index);
  }
  return index.get(li) ?? -1;
}

/**
 * "全年执行数比2023年度减少283.33万元，下降7.26%" opening a paragraph whose subject's figure the paragraph right
 * before states ("…；全年执行数4,102.87万元，预算执行率为98.83%"): the one figure there whose name is the subject,
 * of this year and in the change's unit (a budget, a share, a change or last year's is no such figure). Also
 * "增减变化情况：与2023年度相比，收入、支出总计各减少387.63万元" after "收入总计X万元，支出总计X万元。": a label
 * and the comparison may open the paragraph; items named together with 各/均 must each have their one figure
 * there, all the same. The offset returned makes the excerpt start at the change's own paragraph.
 */
function baseAbove(
  ctx: Ctx,
  li: number,
  line: string,
  at: number,
  unit: string,
  year: number | null,
): { token: NumberToken; offset: number; statedLast: null } | null {
  if (!MONEY_UNITS.has(unit)) return null;
  const opener = /^\s*(?:与|同)\s*(?:上年度?|上一年度?|去年|20\d\d\s*年度?)(?:同期)?\s*(?:相比|比较)\s*[，,]/;
  let subjectText = line
    .slice(0, at)
    .replace(/^\s*[\u4e00-\u9fa5]{0,8}(?:情况|变化|变动)\s*[：:]/, '')
    .replace(opener, '')
    .replace(/(?:比|较|与|同比)[^，,]*$/, '');
  // "与2024年度相比，A增加D1万元，增长P1%；B减少D2万元，下降P2%": the comparison opening the sentence holds for
  // each clause group after it — B's subject is the group's own opening words.
  const group = subjectText.slice(subjectText.search(/[；;][^；;]*$/) + 1);
  if (group !== subjectText && opener.test(line) && !/[。]/.test(subjectText)) subjectText = group;
  if (/[，,；;。：:]/.test(subjectText)) return null;
  const subject = subjectKey(subjectText.trim());
  if (subject.length < 3)
    return subject.length === 2 ? baseInSection(ctx, li, subjectText, unit, year) : null;
  // "收入、支出总计各减少D万元": each item named changed by D.
  const names = /、/.test(subject)
    ? /(?:各|均)\s*$/.test(subjectText)
      ? jointNames(subject)
      : null
    : [subject];
  if (!names) return null;
  const k = blockIndex(ctx, li);
  const above = ctx.layout.blocks[k - 1];
  if (k < 1 || !above || above.kind !== 'paragraph') return null;
  if (above.heading) return names.length === 1 ? baseInSection(ctx, li, subjectText, unit, year) : null;
  const text = ctx.lines[above.first] ?? '';
  const figures = scanNumbers(text).filter((t) => t.unit === unit);
  let base: NumberToken | null = null;
  for (const name of names) {
    const named = figures.filter((t) => {
      const clause = text.slice(lastIndexOfAny(text, CLAUSE_MARKS_IN_SENTENCE, t.start - 1) + 1, t.start);
      if (isLastYear(clause, year) || /预算|占|比|较|增加|减少|增长|下降/.test(clause)) return false;
      const key = subjectKey(clause.trim());
      return key.length >= 3 && (key.endsWith(name) || name.endsWith(key));
    });
    if (named.length > 1 || (named.length === 0 && names.length > 1)) return null;
    if (named.length === 0) return baseInSection(ctx, li, subjectText, unit, year);
    if (base && (named[0]!.value !== base.value || named[0]!.places !== base.places)) return null;
    base ??= named[0]!;
  }
  return base && { token: base, offset: -base.start, statedLast: null };
}

/** How many paragraphs above a change its subject's figure may be (within the section). */
const SECTION_REACH = 8;
/** A clause naming no item, only the outturn ("项目支出全年预算数A万元，执行B万元": B is 项目支出's). */
const OUTTURN_ONLY = /^(?:实际)?(?:(?:执行|支出|完成)(?:数|了)?|(?:支出)?决算数?)(?:为)?$/;

/**
 * The subject's figure further up its section ("全年执行数6,577.70万元。…（two paragraphs）… 与2024年相比，全年执行数
 * 增加D万元" — a report's 执行情况 told figure by figure, then the changes): every figure of the paragraphs above, back
 * to the section's heading, named exactly as the subject (numbering and 其中 aside), of this year, in the change's
 * unit, no budget, share or change; all of one value. A clause naming only the outturn ("执行B万元") is named by the
 * sentence's subject before its budget ("项目支出全年预算数A万元，执行B万元").
 */
function baseInSection(
  ctx: Ctx,
  li: number,
  subjectText: string,
  unit: string,
  year: number | null,
): { token: NumberToken; offset: number; statedLast: null } | null {
  // (The document's own year before the subject, "2025年度“三公”经费…", names no other figure.)
  const ownYear = year === null ? null : new RegExp(`^${year}\\s*年度?`);
  const raw = subjectText
    .trim()
    .replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]/, '')
    .replace(ownYear ?? /^$/, '');
  const subject = subjectKey(raw);
  if (subject.length < 2 || raw.length < 3 || !/^[\u4e00-\u9fa5“”]+$/.test(raw)) return null;
  const k = blockIndex(ctx, li);
  let found: NumberToken | null = null;
  let at = -1;
  for (let b = k - 1; b >= Math.max(0, k - SECTION_REACH); b--) {
    const block = ctx.layout.blocks[b]!;
    // (A numbered paragraph, "（一）人员经费增加…。", is read; a title, "（二）支出情况", ends the section.)
    if (block.kind !== 'paragraph' || (block.heading && !/。/.test(block.text))) break;
    const text = ctx.lines[block.first] ?? '';
    for (const t of scanNumbers(text)) {
      if (t.unit !== unit) continue;
      const cut = lastIndexOfAny(text, CLAUSE_MARKS_IN_SENTENCE, t.start - 1) + 1;
      const clause = text.slice(cut, t.start).trim();
      if (isLastYear(clause, year) || /预算|占|比|较|增加|减少|增长|下降|分别|各|累计/.test(clause)) continue;
      if ((clause.match(/20\d\d/g) ?? []).some((y) => Number(y) !== year)) continue;
      if (keyOf(text, cut, clause) !== subject) continue;
      if (found && (t.value !== found.value || t.places !== found.places)) return null;
      if (!found) [found, at] = [t, b];
    }
  }
  if (!found || at < 0) return null;
  return { token: found, offset: -found.start, statedLast: null };
}

/** A figure's name: its clause's (其中 aside), or for an outturn alone the name its sentence opens with. */
function keyOf(text: string, cut: number, clause: string): string {
  const own = clause.replace(/^其中[：:]?/, '');
  if (!OUTTURN_ONLY.test(own)) return subjectKey(own);
  const start = Math.max(0, ...['。', '；', ';'].map((m) => text.lastIndexOf(m, cut - 1) + 1));
  const opening = /^\s*([\u4e00-\u9fa5“”]{2,12}?)(?:全年|年初|调整后?)?预算数?(?:为)?\s*\d/.exec(
    text.slice(start, cut),
  );
  return opening ? subjectKey(opening[1]!) : '';
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
  // "财政拨款收入、支出总计": the owner said once, before the first of two words of two characters.
  if (names.length === 2 && last.length < names[0]!.length) {
    const owner = names[0]!.slice(0, -2);
    return owner.length >= 2 && last.length > 2 ? [names[0]! + last.slice(2), owner + last] : null;
  }
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
  /** The % printed without its % ("增加D万元，增长5.25。"). */
  bare: boolean;
};

const PCT_WORD = '增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高|增长率为?|下降率为?';
/**
 * Counts and quantities whose change is stated with its % ("较上年增加16次，增长14.29%", "增加5公里，增长20%"):
 * longer units first (人次 before 人).
 */
const CHANGE_COUNT_UNITS = [
  '人次',
  '批次',
  '个',
  '辆',
  '人',
  '次',
  '台',
  '套',
  '件',
  '条',
  '项',
  '家',
  '名',
  ...WORK_QUANTITY_UNITS,
].join('|');
/** "增加D万元，增长P%" (also "同比增长", "增幅", "增长率为"; a count: "增加16次，增长14.29%"). */
const CHANGE_AMOUNT_FIRST = new RegExp(
  `(增加|减少|增长|下降|上升)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元|${CHANGE_COUNT_UNITS})\\s*[，,、]\\s*(?:同比|较上年|比上年)?\\s*(${PCT_WORD})\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/**
 * "增加D万元，增长5.25。": the % of the same claim printed without its %, the figure ending the clause — read
 * only to say the % is missing when the figure is the change's rate.
 */
const CHANGE_AMOUNT_BARE = new RegExp(
  `(增加|减少|增长|下降|上升)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)\\s*[，,]\\s*(?:同比|较上年|比上年)?\\s*(增长|下降|增幅|降幅|减幅|上升|降低)\\s*(\\d+\\.\\d+)(?=\\s*(?:[。；;，,]|$))`,
  'g',
);
/** "增长P%，增加D万元": the same claim, the % first. */
const CHANGE_PERCENT_FIRST = new RegExp(
  `(增长|下降|上升|增幅|降幅|减幅|降低|提高)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*[，,、]\\s*(增加|减少)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)`,
  'g',
);

function changeMatches(line: string): ChangeMatch[] {
  const out: ChangeMatch[] = [];
  // (Amount first: the groups in the ChangeMatch order; without its %, marked bare.)
  for (const [re, bare] of [
    [CHANGE_AMOUNT_FIRST, false],
    [CHANGE_AMOUNT_BARE, true],
  ] as const)
    for (const m of allMatches(line, re))
      out.push({
        index: m.index,
        0: m[0],
        1: m[1]!,
        2: m[2]!,
        3: m[3]!,
        4: m[4]!,
        5: m[5]!,
        pAt: m.index + m[0].lastIndexOf(m[5]!),
        bare,
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
        bare: false,
      });
  return out;
}

/** "X万元。与上年相比，增加D万元，增长P%": last year = X ∓ D, P = D ÷ last year. */
export function checkChanges(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!/增加|减少|增长|下降|上升/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    for (const m of changeMatches(line)) {
      const si = sentenceAt(sents, m.index);
      if (si < 0) continue;
      // "比年初预算减少D万元，下降P%" compares with the budget, not last year (checkBudgetGaps); "比上年决算数
      // 28.00万元减少D万元" and "与2023年度的X万元相比，减少D万元" name their base (checkComparedWith).
      const lead = line.slice(Math.max(0, m.index - 30), m.index);
      if (
        /比(?:年初|全年|调整后?)?预算(?:数)?\s*$/.test(lead) ||
        /比[^，。；\d]{1,10}\d[\d,.]*\s*(?:万元|亿元|元)\s*(?:相比)?\s*[，,]?\s*$/.test(lead) ||
        BASE_INSIDE_LEAD.test(lead)
      )
        continue;
      const amountUp = isUp(m[1]);
      const pctUp = isUp(m[4]);
      const deltaText = m[2]!.replace(/,/g, '');
      const reportDirection = (excerpt: string, amountWrong = false): void => {
        claim(ctx, 'change', li, m.index, false, `金额${m[1]}${deltaText}${m[3]}，百分比${m[4]}${m[5]}%`);
        // The % fits the change the other way round (the figures say 减少, 下降 is right): the amount's word is
        // the wrong one.
        if (amountWrong) {
          report(
            ctx,
            li,
            'change.direction',
            'error',
            excerpt,
            pctUp ? '增加' : '减少',
            m[1]!,
            `百分比${m[4]}${m[5]}%与两年数相符，金额却写作${m[1]}${deltaText}${m[3]}，方向相反。`,
            m.index,
          );
          return;
        }
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
      const found =
        changeBase(line, sents, si, m.index, m[3]!, ctx.year) ??
        (si === 0 ? baseAbove(ctx, li, line, m.index, m[3]!, ctx.year) : null);
      if (!found?.token) {
        if (m.bare) continue;
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
      if (m.bare) {
        reportBarePercent(ctx, li, m, judgeFrom(current), `${deltaText} ÷ ${lastText} × 100%`);
        continue;
      }
      if (amountUp !== pctUp) {
        // Judged from the % word's direction: |delta| ÷ |current ∓ delta| the other way.
        const other = judgeRatio(
          printed,
          [current, delta],
          ([c, d]) => {
            const pct = changePercent(c!, pctUp ? c!.minus(d!) : c!.plus(d!));
            return pct === null ? null : pct.abs();
          },
          { num: [0, 1], den: [1, pctUp ? -1 : 1], abs: true },
        );
        const asPrinted = judgeFrom(current);
        reportDirection(
          excerpt,
          other !== null && other.kind !== 'wrong' && (asPrinted === null || asPrinted.kind === 'wrong'),
        );
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
      let verdict = judgeFrom(current);
      if (!verdict) continue;
      // The amount may itself be the difference of the two years as printed (rounded), the % of the years as they
      // were: the % judged against this year and last year each within its own rounding is then off by rounding.
      if (verdict.kind === 'wrong' && !converted && !yuanAsWan) {
        const l = { value: lastText, places: Math.max(current.places, delta.places) };
        const fromYears = judgeRatio(
          printed,
          [current, l],
          ([c, p]) => {
            const pct = changePercent(c!, p!);
            return pct === null ? null : pct.abs();
          },
          { num: [1, -1], den: [0, 1], abs: true },
        );
        if (fromYears && fromYears.kind !== 'wrong') verdict = fromYears;
      }
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
 * "增长5.25。": a figure that is the change's rate (within rounding) printed without its % — a warning that the
 * % is missing. Any other figure is not taken as the rate: nothing is said.
 */
function reportBarePercent(
  ctx: Ctx,
  li: number,
  m: ChangeMatch,
  verdict: RatioVerdict | null,
  arithmetic: string,
): void {
  if (!verdict || (verdict.kind !== 'ok' && verdict.kind !== 'rounding')) return;
  claim(ctx, 'change', li, m.pAt, true, `${arithmetic} = ${m[5]}%，文中缺%`);
  report(
    ctx,
    li,
    'unit.missing',
    'warning',
    excerptOf(ctx.lines[li]!, m.pAt, m.pAt + m[5].length, 20),
    `${m[5]}%`,
    m[5],
    `“${m[4]}${m[5]}”缺少%：${arithmetic} = ${m[5]}%。`,
    m.pAt,
  );
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
