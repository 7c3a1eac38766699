/**
 * This year's 执行数 set against last year's when the comparison names neither figure: "…累计执行1,250.00万元，
 * 预算执行率50.00%。上年同期累计执行1,100.00万元，…；本年执行数较上年同期增加150.00万元". Both amounts are stated
 * before the comparison in its paragraph; the amount must be this year's − last year's (`change.amount`), its word
 * the sign (`change.direction`) — as overall-rate-points.ts reads the 执行率 in 百分点.
 *
 * Precision first: the comparison names this year's 执行 (or 支出) and last year's; the amounts of that kind stated
 * before it are exactly two values in one money unit — one in sentences naming no other year, one in a sentence
 * that names last year (同期 too when the comparison says 同期); a forecast (预计) among them reads nothing.
 */
import { claim, excerptOf, report, allMatches, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { dec } from '../money/index.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const LAST_YEAR = '(?:上年|去年|上一年)度?(?:同期)?';
const UNIT = '(万元|亿元|元)';
const AMOUNT = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
/** "本年执行数较上年同期减少55.00万元", "今年累计支出比上年同期增加12.30万元". */
const NAMED_MOVE = new RegExp(
  `(?:本年|今年|本期|当年)度?(?:累计)?(?:预算)?(执行|支出)(?:数|金额|额)?\\s*(?:较|比)\\s*${LAST_YEAR}\\s*(提高|增加|上升|增长|下降|降低|减少)了?\\s*${AMOUNT}\\s*${UNIT}`,
  'g',
);
/** "累计执行3,000.00万元", "累计支出为120.50万元" (not a 执行率, not 执行进度). */
const STATED =
  /(执行|支出)(?:数|金额|额)?\s*(?:为|达到?|是|了)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|元)/g;
const NAMES_LAST_YEAR = /上年|去年|上一年/;

const printedOf = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

export function checkNamedAmountChanges(ctx: Ctx): void {
  // (本年…执行/支出 较上年 增减 …元.)
  if (!(
    mentionsAny(ctx, ['执行', '支出']) &&
    mentionsAny(ctx, ['上年', '去年', '上一年']) &&
    mentionsAny(ctx, ['本年', '今年', '本期', '当年']) &&
    mentionsAll(ctx, ['元'])
  ))
    return;
  forEachFigureLineWith(ctx, '执行', (line, li) => check(ctx, li, line));
  forEachFigureLineWith(ctx, '支出', (line, li) => {
    if (!line.includes('执行')) check(ctx, li, line);
  });
}

function check(ctx: Ctx, li: number, line: string): void {
  if (!NAMES_LAST_YEAR.test(line)) return;
  for (const m of allMatches(line, NAMED_MOVE)) {
    const [kind, word, points, unit] = [m[1]!, m[2]!, m[3]!.replace(/,/g, ''), m[4]!];
    const now = new Set<string>();
    const last = new Set<string>();
    let lastSaysSamePeriod = false;
    let unsure = false;
    for (const r of allMatches(line.slice(0, m.index), STATED)) {
      if (r[1] !== kind) continue;
      const start = line.lastIndexOf('。', r.index) + 1;
      const sentence = line.slice(start, r.index);
      const clause = sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(',')) + 1);
      if (/预计|预算|计划|全年/.test(clause) || r[3] !== unit) {
        unsure = true;
        break;
      }
      if (NAMES_LAST_YEAR.test(sentence)) {
        last.add(r[2]!.replace(/,/g, ''));
        lastSaysSamePeriod = /同期/.test(sentence);
      } else if (otherYear(ctx, sentence)) {
        unsure = true;
        break;
      } else now.add(r[2]!.replace(/,/g, ''));
    }
    if (unsure || now.size !== 1 || last.size !== 1) continue;
    if (/同期/.test(m[0]) !== lastSaysSamePeriod) continue;
    const [n] = [...now];
    const [l] = [...last];
    judge(ctx, li, line, m, { now: n!, last: l!, word, amount: points, unit, kind });
  }
}

type Move = { now: string; last: string; word: string; amount: string; unit: string; kind: string };

function judge(ctx: Ctx, li: number, line: string, m: RegExpExecArray, r: Move): void {
  const { now, last, word, amount, unit } = r;
  const up = /提高|增加|上升|增长/.test(word);
  const diff = dec(now).minus(last);
  const figs = [printedOf(now), printedOf(last)];
  const shown = showAs(diff, figs);
  const verdict = up
    ? judgeSum([printedOf(last), printedOf(amount)], printedOf(now))
    : judgeSum([printedOf(now), printedOf(amount)], printedOf(last));
  const at = m.index + m[0].lastIndexOf(m[3]!);
  claim(
    ctx,
    'change',
    li,
    at,
    verdict.kind !== 'wrong',
    `${now} − ${last} = ${shown}${unit}，文中${word}${amount}${unit}`,
  );
  if (verdict.kind === 'ok') return;
  const wrongWay = !diff.isZero() && diff.isNeg() === up;
  const expected = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), figs)}${unit}`;
  report(
    ctx,
    li,
    wrongWay ? 'change.direction' : 'change.amount',
    verdict.severity,
    excerptOf(line, m.index, m.index + m[0].length, 0),
    expected,
    `${word}${m[3]}${unit}`,
    `本年${r.kind}${now}${unit}，上年同期${last}${unit}，${now} − ${last} = ${shown}，应为${expected}，文中为${word}${m[3]}${unit}${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
    at,
  );
}

/** Whether a sentence names a year other than the document's ("2024年"). */
function otherYear(ctx: Ctx, sentence: string): boolean {
  if (ctx.year === null) return false;
  for (const y of sentence.matchAll(/(20\d\d)\s*年/g)) if (Number(y[1]) !== ctx.year) return true;
  return false;
}
