/**
 * A budget adjusted in the year told with its change from the opening budget, part by part — "年初预算8,758.85万元，
 * 其中基本支出2,846.37万元、项目支出5,912.48万元。…全年调整预算9,357.67万元，较年初预算增加598.82万元，其中基本支出
 * 调整预算2,973.52万元，较年初增加127.15万元；项目支出调整预算6,384.15万元，较年初增加471.67万元": each adjusted
 * amount minus the opening amount of the same name must be the change, its sign the word's (`change.direction` when
 * only the word is wrong, `change.amount` otherwise).
 *
 * Precision first: the opening budget and its 其中 list (names joined by "、", each with one amount) stand earlier in
 * the same paragraph; a change is read only right after an amount named 调整预算 / 调整后预算 / 全年预算, "较年初"
 * (预算) then 增加 / 减少 / 调增 / 调减 and its amount, all in one unit; the amount's name is one of the list's (or
 * names no part: the whole budget's). A change of the whole the budget-history rule reads is left to it.
 */
import { dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { printedPlaces } from './numbers.ts';

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)`;
/** "年初预算8,758.85万元，其中基本支出2,846.37万元、项目支出5,912.48万元". */
const OPENING = new RegExp(
  `年初预算(?:数|资金)?(?:为|是)?\\s*${AMOUNT}\\s*[，,]?\\s*其中[：:，,]?([^。；;]*)`,
);
/** One item of the opening's list: "基本支出2,846.37万元". */
const ITEM = new RegExp(`([\\u4e00-\\u9fa5]{2,12}?)\\s*${AMOUNT}`, 'g');
/** An adjusted amount and its change from the opening: "基本支出调整预算2,973.52万元，较年初增加127.15万元". */
const ADJUSTED_CHANGE = new RegExp(
  `([\\u4e00-\\u9fa5]{0,12}?)(?:调整后(?:的)?(?:全年)?|全年调整|调整|全年)预算(?:数)?(?:调整为|为|是)?\\s*${AMOUNT}\\s*[，,]\\s*(?:较|比)年初(?:预算)?(?:数)?(增加|减少|调增|调减)(?:了)?\\s*${AMOUNT}`,
  'g',
);
/** Words before a whole budget's adjusted amount, naming no part: "全年", "年度", "部门". */
const WHOLE = /^(?:其中|全年|年度|本年|部门|单位|本部门|本单位)*$/;

export function checkOpeningPartChanges(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['年初', '其中', '预算'])) return;
  forEachFigureLineWith(ctx, '年初', (line, li) => {
    const opening = OPENING.exec(line);
    if (!opening) return;
    const unit = opening[2]!;
    const parts = new Map<string, string>();
    for (const item of allMatches(opening[3]!.split(/，|,(?!\d{3})/)[0]!, ITEM)) {
      if (item[3] !== unit) return;
      parts.set(item[1]!.replace(/^(?:和|及|、)/, ''), item[2]!);
    }
    if (parts.size < 2) return;
    for (const m of allMatches(line, ADJUSTED_CHANGE)) {
      if (m.index < opening.index || m[3] !== unit || m[6] !== unit) continue;
      const name = m[1]!.replace(/^(?:其中|和|及)+/, '');
      const base = WHOLE.test(name) ? opening[1]! : [...parts].find(([part]) => name.endsWith(part))?.[1];
      if (base === undefined) continue;
      const adjusted = dec(m[2]!.replace(/,/g, ''));
      const stated = dec(m[5]!.replace(/,/g, ''));
      const down = /减少|调减/.test(m[4]!);
      const actual = adjusted.minus(base.replace(/,/g, ''));
      const holds = actual.eq(down ? stated.neg() : stated);
      const who = WHOLE.test(name) ? '预算' : name;
      const at = m.index + m[0].lastIndexOf(m[5]!);
      const line1 = ctx.layout.lineAt(li, at) + 1;
      // (The whole's change read by the budget-history rule already: its claim.)
      if (WHOLE.test(name) && ctx.claims.some((c) => c.line === line1 && c.arithmetic.includes(m[5]!)))
        continue;
      const show = (d: Dec): string => d.toFixed(printedPlaces(m[5]!));
      claim(
        ctx,
        'change',
        li,
        at,
        holds,
        `${who}调整后${m[2]}${unit} − 年初${base}${unit} = ${show(actual)}${unit}，文中${m[4]}${m[5]}${unit}`,
      );
      if (holds) continue;
      const word = actual.isNegative() ? '减少' : '增加';
      const flipped = actual.abs().eq(stated) && !actual.isZero();
      report(
        ctx,
        li,
        flipped ? 'change.direction' : 'change.amount',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        `${word}${show(actual.abs())}${unit}`,
        `${m[4]}${m[5]}${unit}`,
        `${who}年初${base}${unit}，调整后${m[2]}${unit}，较年初${word}${show(actual.abs())}${unit}，文中写“较年初${m[4]}${m[5]}${unit}”。`,
        at,
      );
    }
  });
}
