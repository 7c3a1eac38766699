/**
 * An amount printed without its unit in a sentence whose other amounts carry theirs: "2025年度机关运行经费支出
 * 96.20，比2024年度减少6.15万元，下降6.01%". Prose always prints an amount's unit (a table states it once, in
 * its 单位 line): a warning (`unit.missing`) naming the unit the sentence's other amounts use.
 *
 * Read only where the figure can be nothing but money: right after a word for an amount (支出, 收入, 经费,
 * 决算数, 预算数, 拨款, 资金, 总额, 合计, maybe with 为/是/共/达), two decimals, ending its clause. A rate (执行率为,
 * 完成预算的, 占), a score (得分) or a count does not end so and is not read.
 */
import { allMatches, sentencesAt, type Ctx } from './context.ts';
import { warnUnitMissing } from './bare-rates.ts';
import { MONEY_UNITS, scanNumbers } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';

const BARE_AMOUNT =
  /(?:支出|收入|经费|决算数?|预算数?|拨款|资金|总额|合计)(?:为|是|共|达)?\s*(\d[\d,]*\.\d{2})(?=\s*[，。；;,])/g;
const AMOUNT_WORD = /支出|收入|经费|决算|预算|拨款|资金|总额|合计/;

export function checkBareAmounts(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!AMOUNT_WORD.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      const found = allMatches(s.text, BARE_AMOUNT);
      if (found.length === 0) continue;
      const units = new Set(
        scanNumbers(s.text)
          .map((t) => t.unit)
          .filter((u) => MONEY_UNITS.has(u)),
      );
      // The unit is told by the sentence's other amounts, all in one unit.
      if (units.size !== 1) continue;
      const unit = [...units][0]!;
      for (const m of found) {
        const value = m[1]!;
        const at = s.start + m.index + m[0].lastIndexOf(value);
        warnUnitMissing(
          ctx,
          li,
          line,
          at,
          value,
          `${value}${unit}`,
          `“${m[0]}”缺少金额单位：本句其他金额以${unit}计，应写作${value}${unit}。`,
        );
      }
    }
  });
}
