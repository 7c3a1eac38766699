/**
 * A count's share of a count the text named before: "本次共监控县级项目42个，…。需要预警的项目共18个，占监控项目
 * 总数的38.10%" — 18 ÷ 42 = 42.86% (`share.percent`).
 *
 * Precision first: the share names its whole ("占监控项目总数的", "占自评项目数的"): the words before 总数 / 数 /
 * 数量, of which the last is the counted noun (项目, 单位, 指标…), the part's clause naming that noun too. The whole
 * is the one count of the same unit stated before the share — in the text above or earlier in its sentence — whose
 * clause holds every word of the name (监控 … 项目); two such counts of different values, none, or a clause of
 * another year, a plan or a change: not read. Counts are exact: only the printed share's own rounding is allowed.
 * A rate named after what the part's clause says ("接受健康管理M人，健康管理率P%") is of the count right before.
 */
import { sharePercent } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { judgeRatio, printedFigure, show, SHARE, verdictClause } from './verdict.ts';

const UNITS = '个|项|家|户|人|辆|次|批次|人次|处|条|所';
/** A count as printed, whole: "1,013" (not its "013"). */
const COUNT = '(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+)';
const countOf = (text: string): number => Number(text.replace(/,/g, ''));
/** "…的项目共18个，占监控项目总数的38.10%": the part, its unit, the whole's name, the share. */
const COUNT_SHARE = new RegExp(
  `(\\d+)\\s*(${UNITS})\\s*[，,]?\\s*占\\s*(?:全部|所有|全县|全市|全省|本次)?([\\u4e00-\\u9fa5]{2,10}?)(?:总数|总个数|数量|总量|个数|数)\\s*的?\\s*(?:比例|比重)?\\s*(?:为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/** The counted nouns a whole's name may end with. */
const NOUN = /(项目|单位|部门|指标|政策|问题|资金|机构|学校|企业|人员|车辆|事项)$/;
/** A clause of another year's, a plan's or a change's count. */
const OTHER_SCOPE = /上年|去年|同期|计划|预计|目标|增加|减少|增长|下降|较|比/;

/**
 * "12个项目共设置三级绩效指标86个。…已完成或预计年底能够完成的指标79个，占91.86%": a share without its whole's
 * name, of the one count "共…指标86个" of the same noun and unit earlier in the paragraph (the part's noun right
 * before its count).
 */
const BARE_COUNT_SHARE = new RegExp(
  `([\\u4e00-\\u9fa5]{2,6})(\\d+)\\s*(${UNITS})\\s*[，,]\\s*占\\s*(?:比)?\\s*(?:为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

/**
 * "64个子项目中有7个未在计划工期内完工，占10.94%", "31个三级指标中，完成进度正常（含已完成）的24个，占77.42%": a count of a
 * whole counted in the same sentence.
 */
const WITHIN_SHARE = new RegExp(
  `(\\d+)\\s*(${UNITS})\\s*([\\u4e00-\\u9fa5]{1,10}?)中\\s*[，,]?\\s*(?:有|共有)?(?:[^，,。；;%％\\d]{0,20}?的)?\\s*(\\d+)\\s*(${UNITS})[^，,。；;%％\\d]{0,30}[，,]\\s*占(?:比)?\\s*(?:为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

/** WITHIN_SHARE's shares: the part's count ÷ the whole's, both in one unit. */
function checkWithinShares(ctx: Ctx, li: number, line: string): void {
  for (const m of allMatches(line, WITHIN_SHARE)) {
    if (m[2] !== m[5]) continue;
    const [whole, part] = [Number(m[1]), Number(m[4])];
    if (whole <= part) continue;
    judgeCountShare(ctx, li, line, m, m[6]!, m[4]!, whole, `${m[2]}（${m[3]}）`);
  }
}

export function checkCountShares(ctx: Ctx): void {
  // (Its lines name 占 and 总数 / 数; a share without its whole's name, 占 and the whole's 共.)
  const named = mentionsAll(ctx, ['占', '数的']);
  const bare = mentionsAll(ctx, ['占', '共']);
  const within = mentionsAll(ctx, ['占', '中']);
  const rates = mentionsAll(ctx, ['共', '率']);
  const adjacent = mentionsAll(ctx, ['率', '%']);
  if (!named && !bare && !within && !rates && !adjacent) return;
  for (let li = 0; li < ctx.lines.length; li++) {
    const line = ctx.lines[li]!;
    if (rates && line.includes('共') && line.includes('率')) checkCountRates(ctx, li, line);
    if (adjacent && line.includes('率')) checkAdjacentCountRates(ctx, li, line);
    if (!line.includes('占')) continue;
    if (bare && line.includes('共')) checkBareCountShares(ctx, li, line);
    if (within && line.includes('中')) checkWithinShares(ctx, li, line);
    if (!named) continue;
    for (const m of allMatches(line, COUNT_SHARE)) {
      const name = m[3]!;
      const noun = NOUN.exec(name)?.[1];
      if (!noun) continue;
      const clauseStart = lastClauseStart(line, m.index);
      if (!line.slice(clauseStart, m.index).includes(noun)) continue;
      const words = nameWords(name, noun);
      const whole = statedWhole(ctx, li, clauseStart, m[2]!, words);
      if (whole === null || whole === 0) continue;
      judgeCountShare(ctx, li, line, m, m[4]!, m[1]!, whole, `${m[2]}（${name}总数）`);
    }
  }
}

/** BARE_COUNT_SHARE's shares: the whole is the paragraph's "共…<noun>N<unit>" (one value, more than the part). */
function checkBareCountShares(ctx: Ctx, li: number, line: string): void {
  for (const m of allMatches(line, BARE_COUNT_SHARE)) {
    const noun = NOUN.exec(m[1]!)?.[1];
    if (!noun) continue;
    const unit = m[3]!;
    const whole = statedTotal(line.slice(0, m.index), noun, unit);
    if (whole === null || whole <= Number(m[2])) continue;
    judgeCountShare(ctx, li, line, m, m[4]!, m[2]!, whole, `${unit}（共${noun}）`);
  }
}

/**
 * "共设置三级绩效指标3,856个，…存在偏差的指标214个，偏差率5.55%": a rate named after what the part's clause says of it
 * (偏差 → 偏差率, 合格 → 合格率) right after the part's count, of the paragraph's "共…<noun>N<unit>".
 */
const COUNT_RATE = new RegExp(
  `([\\u4e00-\\u9fa5]{2,16})\\s*(\\d+)\\s*(${UNITS})\\s*[，,]\\s*([\\u4e00-\\u9fa5]{2,4})率\\s*(?:为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

function checkCountRates(ctx: Ctx, li: number, line: string): void {
  for (const m of allMatches(line, COUNT_RATE)) {
    const noun = NOUN.exec(m[1]!)?.[1];
    if (!noun || !m[1]!.includes(m[4]!)) continue;
    const unit = m[3]!;
    const whole = statedTotal(line.slice(0, m.index), noun, unit);
    if (whole === null || whole <= Number(m[2])) continue;
    judgeCountShare(ctx, li, line, m, m[5]!, m[2]!, whole, `${unit}（共${noun}）`, `${m[4]}率`);
  }
}

/**
 * "辖区老年人196,480人，接受健康管理124,173人，健康管理率72.36%": a rate named after what the part's clause says of it,
 * right after two counts of one unit in consecutive clauses — the part ÷ the count before it.
 */
const ADJACENT_COUNT_RATE = new RegExp(
  `([\\u4e00-\\u9fa5]{2,16})${COUNT}\\s*(${UNITS})\\s*[，,]\\s*([\\u4e00-\\u9fa5]{2,16})${COUNT}\\s*(${UNITS})\\s*[，,]\\s*([\\u4e00-\\u9fa5]{2,8})率\\s*(?:为|达到|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

/**
 * ADJACENT_COUNT_RATE's rates: the rate's words end with what only the part's clause says (管理 of 接受健康管理, not
 * of 老年人), neither clause of another year, a plan or a change, the part no more than the whole.
 */
function checkAdjacentCountRates(ctx: Ctx, li: number, line: string): void {
  for (const m of allMatches(line, ADJACENT_COUNT_RATE)) {
    const [, wholeName, wholeText, unit, partName, partText, partUnit, rateWords, rate] = m;
    if (unit !== partUnit || OTHER_SCOPE.test(wholeName!) || OTHER_SCOPE.test(partName!)) continue;
    const [whole, part] = [countOf(wholeText!), countOf(partText!)];
    if (whole === 0 || part > whole) continue;
    const said = ownTail(rateWords!, partName!, wholeName!);
    if (said === null) continue;
    const at = m.index + m[0].lastIndexOf(rate!);
    const shown = ctx.layout.lineAt(li, at) + 1;
    if (ctx.claims.some((c) => c.line === shown && c.arithmetic.includes(`${rate}%`))) continue;
    const named = line.slice(lastClauseStart(line, m.index), m.index + wholeName!.length);
    judgeCountShare(
      ctx,
      li,
      line,
      m,
      rate!,
      partText!.replace(/,/g, ''),
      whole,
      `${unit}（${named}）`,
      `${said}率`,
    );
  }
}

/** The longest ending (2 characters or more) of `words` that `part` says and `whole` does not; else null. */
function ownTail(words: string, part: string, whole: string): string | null {
  for (let k = 0; k + 2 <= words.length; k++) {
    const tail = words.slice(k);
    if (part.includes(tail)) return whole.includes(tail) ? null : tail;
  }
  return null;
}

/** The one count "共…<noun>N<unit>" of `text` (not of another year, a plan or a change), or null. */
function statedTotal(text: string, noun: string, unit: string): number | null {
  const found = new Set<number>();
  const count = new RegExp(
    `共[^，,。；;：:\\d]{0,16}?${noun}\\s*${COUNT}\\s*(?:${unit})(?![\\d.%％次])`,
    'g',
  );
  for (const c of allMatches(text, count)) {
    const clause = text.slice(lastClauseStart(text, c.index), clauseEnd(text, c.index + c[0].length));
    if (!OTHER_SCOPE.test(clause)) found.add(countOf(c[1]!));
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A count's printed share (`m`'s figure `shareText`) against part ÷ whole, both counts: the claim, and the finding
 * when it does not hold (`whom` names the whole in the arithmetic: "（监控项目总数）").
 */
function judgeCountShare(
  ctx: Ctx,
  li: number,
  line: string,
  m: RegExpExecArray,
  shareText: string,
  part: string,
  whole: number,
  whom: string,
  rateName = '占比',
): void {
  const printed = printedFigure(shareText);
  const v = judgeRatio(
    printed,
    [printedFigure(part), printedFigure(String(whole))],
    ([p, t]) => sharePercent(p!, t!),
    SHARE,
  );
  if (!v) return;
  const at = m.index + m[0].lastIndexOf(shareText);
  const exact = v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
  const arithmetic = `${part} ÷ ${whole}${whom} × 100% = ${exact}%`;
  claim(ctx, 'share', li, at, v.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (v.kind === 'ok') return;
  report(
    ctx,
    li,
    'share.percent',
    v.severity,
    excerptOf(line, m.index, m.index + m[0].length, 10),
    `${exact}%`,
    `${printed.value}%`,
    `${rateName}应为 ${arithmetic}，文中为${printed.value}%${verdictClause(v.kind)}。`,
    at,
  );
}

function lastClauseStart(text: string, at: number): number {
  let from = 0;
  for (const p of ['，', ',', '。', '；', ';', '：', ':'])
    from = Math.max(from, text.lastIndexOf(p, at - 1) + 1);
  return from;
}

/** The name's words to find in the whole's clause: the noun and the qualifier before it ("监控项目": 监控, 项目). */
function nameWords(name: string, noun: string): string[] {
  const qualifier = name.slice(0, name.length - noun.length).replace(/^(?:纳入|参与|开展|实施|列入)/, '');
  return qualifier.length >= 2 ? [qualifier, noun] : [noun];
}

/**
 * The one count in `unit` stated before the share (lines above, and its own line before `before`) whose clause
 * — from the punctuation before it to the one after — holds every word; null when none or several values.
 */
function statedWhole(
  ctx: Ctx,
  li: number,
  before: number,
  unit: string,
  words: readonly string[],
): number | null {
  const found = new Set<number>();
  const count = new RegExp(`${COUNT}\\s*(?:${unit})(?![\\d.%％])`, 'g');
  for (let k = 0; k <= li; k++) {
    const text = k === li ? ctx.lines[k]!.slice(0, before) : ctx.lines[k]!;
    if (!text.includes(words[words.length - 1]!)) continue;
    for (const c of allMatches(text, count)) {
      const start = lastClauseStart(text, c.index);
      const end = clauseEnd(text, c.index + c[0].length);
      const clause = text.slice(start, end);
      if (!words.every((w) => clause.includes(w)) || OTHER_SCOPE.test(clause)) continue;
      // (A unit of a longer one: "人" of 人次.)
      if (/^[次]/.test(text.slice(c.index + c[0].length))) continue;
      found.add(countOf(c[1]!));
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

function clauseEnd(text: string, from: number): number {
  const m = /[，,。；;：:]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
