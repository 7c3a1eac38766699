/**
 * A report's overall 执行率 set against last year's without restating this year's figure: "与上年同期相比，今年
 * 1—9月总体执行率（上年同期为68.42%）提高6.65个百分点", "整体执行率较上年同期的70.10%下降2.00个百分点". This
 * year's overall rate is the 执行情况表's 合计 row (rate-tables.ts, its sums and rate held) — taken only when the
 * document has one such row, and its prose states that row's outturn or budget (the table is then the whole the
 * report speaks of). The points must be this year's rate − last year's (`change.amount` / `change.direction`).
 * A rate restated in the sentence before the comparison is judged as printed (no table needed).
 */
import { dec } from '../money/index.ts';
import { allMatches, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { MONEY_UNITS } from './numbers.ts';
import { forEachFigureLine, forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import type { TotalRate } from './rate-tables.ts';
import { judgeRatePoints } from './rate-points.ts';

/** The rate of the whole, named without its figure. */
const OVERALL = '(?:总体|整体|综合|全部项目|项目总体)(?:预算)?执行率';
const LAST_YEAR = '(?:上年|去年|上一年)度?(?:同期)?';
const MOVE = '(提高|增加|上升|增长|下降|降低|减少)(?:了)?\\s*(\\d+(?:\\.\\d+)?)\\s*个?百分点';
/** "总体执行率（上年同期为68.42%）提高6.65个百分点". */
const BRACKETED = new RegExp(
  `${OVERALL}\\s*[（(]\\s*${LAST_YEAR}\\s*(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*[）)]\\s*[，,]?\\s*(?:(?:较|比)${LAST_YEAR})?\\s*${MOVE}`,
  'g',
);
/** "总体执行率较上年同期的68.42%提高6.65个百分点", "…较上年同期（68.42%）提高…". */
const COMPARED = new RegExp(
  `${OVERALL}\\s*(?:较|比)\\s*${LAST_YEAR}\\s*(?:的\\s*|[（(]\\s*)(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*[）)]?\\s*${MOVE}`,
  'g',
);

/**
 * "总体执行率43.21%，低于序时进度6.79个百分点，较上年同期（43.20%）提高0.01个百分点": this year's rate restated in
 * the sentence, the comparison a later clause of it (no other rate named between).
 */
const RESTATED = new RegExp(
  `${OVERALL}(?:为|达到?)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％][^。；;率]*?[，,]\\s*(?:较|比)\\s*${LAST_YEAR}\\s*(?:的\\s*|[（(]\\s*)(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*[）)]?\\s*${MOVE}`,
  'g',
);

export function checkOverallRatePoints(ctx: Ctx, totals: readonly TotalRate[]): void {
  // (Every comparison it reads is a line naming 执行率 and 百分点.)
  if (!mentionsAll(ctx, ['执行率', '百分点'])) return;
  checkRestatedRatePoints(ctx);
  checkRatePointsAfterRates(ctx);
  if (totals.length !== 1) return;
  const total = totals[0]!;
  if (!statedInProse(ctx, total.amounts)) return;
  const now = total.rate;
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    if (!line.includes('执行率')) return;
    for (const m of [...allMatches(line, BRACKETED), ...allMatches(line, COMPARED)]) {
      const [last, word, points] = [m[1]!, m[2]!, m[3]!];
      const source = `《${total.title || '执行情况表'}》合计行`;
      judgeRatePoints(ctx, li, line, m, {
        now,
        last,
        word,
        points,
        at: m.index + m[0].lastIndexOf(points),
        nowLabel: `${now}%（${source}）`,
        said: `本期总体执行率${now}%（${source}），上年同期${last}%`,
      });
    }
  });
}

/** Whether a paragraph states one of the amounts (in a money unit). */
function statedInProse(ctx: Ctx, amounts: readonly string[]): boolean {
  let found = false;
  forEachFigureLine(ctx, (_, li) => {
    if (found) return;
    found = lineFigures(ctx, li).some(
      (t) => MONEY_UNITS.has(t.unit) && amounts.some((a) => dec(a).eq(t.value.replace(/,/g, ''))),
    );
  });
  return found;
}

/** The overall rate restated before its comparison with last year's: the points judged against the printed rate. */
function checkRestatedRatePoints(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    if (!line.includes('执行率')) return;
    for (const m of allMatches(line, RESTATED)) {
      const [now, last, word, points] = [m[1]!, m[2]!, m[3]!, m[4]!];
      judgeRatePoints(ctx, li, line, m, {
        now,
        last,
        word,
        points,
        at: m.index + m[0].lastIndexOf(points),
        nowLabel: `${now}%`,
        said: `总体执行率${now}%，上年同期${last}%`,
      });
    }
  });
}

/** "本年执行率较上年同期提高6.95个百分点": the comparison names the rates without their figures. */
const NAMED_MOVE = new RegExp(
  `(?:本年|今年|本期|当年)(?:度)?(?:累计)?(?:预算)?执行率\\s*(?:较|比)\\s*${LAST_YEAR}\\s*${MOVE}`,
  'g',
);
const STATED_RATE = /执行率\s*(?:为|达到?|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const NAMES_LAST_YEAR = /上年|去年|上一年/;

/**
 * "…预算执行率41.77%。上年同期累计执行…，执行率48.72%，本年执行率较上年同期下降6.95个百分点": this year's and last
 * year's 执行率 stated before the comparison in its paragraph, the comparison naming neither figure. Read only when
 * the 执行率 stated before it are exactly two values: one in sentences naming no earlier year, one in a sentence that
 * names last year (同期 too when the comparison says 同期) before the rate.
 */
function checkRatePointsAfterRates(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    if (!line.includes('执行率')) return;
    for (const m of allMatches(line, NAMED_MOVE)) {
      const now = new Set<string>();
      const last = new Set<string>();
      let lastSaysSamePeriod = false;
      for (const r of allMatches(line.slice(0, m.index), STATED_RATE)) {
        const sentence = line.slice(line.lastIndexOf('。', r.index) + 1, r.index);
        if (NAMES_LAST_YEAR.test(sentence)) {
          last.add(r[1]!);
          lastSaysSamePeriod = /同期/.test(sentence);
        } else if (otherYear(ctx, sentence)) return;
        else now.add(r[1]!);
      }
      if (now.size !== 1 || last.size !== 1) continue;
      if (/同期/.test(m[0]) !== lastSaysSamePeriod) continue;
      const [word, points] = [m[1]!, m[2]!];
      const [n] = now;
      const [l] = last;
      judgeRatePoints(ctx, li, line, m, {
        now: n!,
        last: l!,
        word,
        points,
        at: m.index + m[0].lastIndexOf(points),
        nowLabel: `${n}%`,
        said: `本年执行率${n}%，上年同期${l}%`,
      });
    }
  });
}

/** Whether a sentence names a year other than the document's ("2024年"). */
function otherYear(ctx: Ctx, sentence: string): boolean {
  if (ctx.year === null) return false;
  for (const y of sentence.matchAll(/(20\d\d)\s*年/g)) if (Number(y[1]) !== ctx.year) return true;
  return false;
}
