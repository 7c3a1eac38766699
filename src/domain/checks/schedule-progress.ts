/**
 * A 监控 rate against the schedule — "截至2024年8月31日，累计执行3,313.99万元，预算执行率63.85%，序时进度66.67%，低于
 * 序时进度2.82个百分点", "预算执行率50.08%，高于序时进度16.59个百分点" in a 1—8月 report: 高于 / 低于 must say on
 * which side of the schedule the rate is (`change.direction`), and the points must be their difference
 * (`completion.schedule`), within the rounding of the printed figures.
 *
 * The schedule is the 序时进度 stated in the same sentence; else the months elapsed ÷ 12 of the period the
 * sentence, its paragraph or the document's title states ("1—8月": 66.67%) — when the document names one
 * period only. Precision first: the rate is the one 执行率 / 执行进度 / 支出进度 of the clause group before the
 * comparison; nothing else is read.
 */
import { dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { halfUlp, show } from './verdict.ts';

const COMPARED =
  /(高于|超过|快于|领先|低于|落后于?|慢于|滞后于?)\s*(?:序时进度|时间进度|序时)\s*(\d+(?:\.\d+)?)\s*个?百分点/g;
const RATE = /(?:执行率|执行进度|支出进度|支付进度)\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const STATED = /(?:序时进度|时间进度)\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
const PERIOD = /1\s*[—–\-－~～至到]+\s*(\d{1,2})\s*月/g;
const ABOVE = /高于|超过|快于|领先/;

export function checkScheduleProgress(ctx: Ctx): void {
  let documentMonths: number | null | undefined;
  const monthsOfDocument = (): number | null => (documentMonths ??= onePeriod(ctx.lines.join('\n')));
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    if (!/序时|时间进度/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, COMPARED)) {
        // The clause group (to "；") holding the comparison, up to it.
        const groupStart = s.text.lastIndexOf('；', m.index) + 1;
        const lead = s.text.slice(groupStart, m.index);
        const rates = allMatches(lead, RATE);
        if (rates.length !== 1) continue;
        const rate = rates[0]![1]!;
        const stated = STATED.exec(lead)?.[1];
        let schedule: { value: Dec; text: string; slack: Dec };
        if (stated !== undefined) {
          schedule = {
            value: dec(stated),
            text: `序时进度${stated}%`,
            slack: halfUlp(printedPlaces(stated)),
          };
        } else {
          const months = onePeriod(s.text) ?? onePeriod(line) ?? monthsOfDocument();
          if (months === null || months < 1 || months > 12) continue;
          const value = dec(months).div(12).times(100);
          // (An exact schedule: no rounding of its own.)
          schedule = { value, text: `序时进度${show(value, 2)}%（${months} ÷ 12）`, slack: dec(0) };
        }
        const points = m[2]!;
        const above = ABOVE.test(m[1]!);
        const gap = dec(rate).minus(schedule.value);
        const at = s.start + m.index;
        const excerpt = excerptOf(line, s.start + groupStart, at + m[0].length, 0);
        if (!gap.isZero() && gap.gt(0) !== above) {
          claim(ctx, 'completion', li, at, false, `执行率${rate}%，${schedule.text}，文中${m[1]}序时进度`);
          report(
            ctx,
            li,
            'change.direction',
            'error',
            excerpt,
            gap.gt(0) ? '高于' : '低于',
            m[1]!,
            `执行率${rate}%${gap.gt(0) ? '高于' : '低于'}${schedule.text}，文中却写“${m[1]}序时进度”。`,
            at,
          );
          continue;
        }
        const allowed = halfUlp(printedPlaces(rate))
          .plus(schedule.slack)
          .plus(halfUlp(printedPlaces(points)));
        const exact = gap.abs();
        const ok = exact.minus(points).abs().lte(allowed);
        const shown = show(exact, printedPlaces(points));
        claim(
          ctx,
          'completion',
          li,
          at,
          ok,
          `|${rate}% − ${schedule.text}| = ${shown}个百分点，文中${points}个百分点`,
        );
        if (ok) continue;
        report(
          ctx,
          li,
          'completion.schedule',
          'error',
          excerpt,
          `${shown}个百分点`,
          `${points}个百分点`,
          `执行率${rate}%与${schedule.text}相差 ${shown} 个百分点，文中为${points}个百分点。`,
          at,
        );
      }
    }
  });
}

/** The months of the one period ("1—8月") the text names; null when none or several. */
function onePeriod(text: string): number | null {
  const months = new Set(allMatches(text, PERIOD).map((m) => Number(m[1])));
  return months.size === 1 ? [...months][0]! : null;
}
