/**
 * A purchase told in one paragraph with its count, its unit price and its amount — "公务用车购置费。年初预算…，决算
 * 30.00万元，…。本年购置公务用车2辆，单价15.00万元，…": the count × the unit price must be the amount
 * (`count.unit-price`, rounding-aware: the price printed to its decimals).
 *
 * Read only when that leaves no doubt: the paragraph is about a 购置费 (it names one), states exactly one count
 * bought ("购置…N辆/台/套"), and exactly one 单价 (or 平均单价) in that count's sentence, in the amount's unit; the
 * amount is the paragraph's 决算 / 实际支出 — every amount so named there of one value (a 预算, 上年 or change
 * amount is none). When the amount ÷ the price is a whole number within rounding, the count is the figure at
 * fault (an error); else the purchase may carry costs the price leaves out (a warning).
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { forEachFigureLineWith, lineFigures } from './prose-lines.ts';

/** "购置公务用车2辆", "购置执法车辆3台": a count bought, its thing named between. */
const BOUGHT = /购置[\u4e00-\u9fa5]{0,12}?(\d+)\s*(辆|台|套)/g;
/** "单价15.00万元", "平均单价为15.00万元". */
const PRICE = /(?:平均)?单价(?:为|是|约)?\s*$/;
/** The clause before the paragraph's amount spent: "决算", "实际支出". */
const SPENT = /(?:决算(?:数)?|实际支出|支出决算)(?:为|是)?\s*$/;
const NOT_SPENT = /预算|上年|去年|同期|增加|减少|增长|下降|较|比/;

/** The clause of `text` ending at `end`: from the last "，；。：、" before it. */
function clauseBefore(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && !'，,；;。：:、'.includes(text[k]!)) k--;
  return text.slice(k + 1, end);
}

export function checkUnitPrices(ctx: Ctx): void {
  // (A line read names a 单价 and a 购置费.)
  if (!mentionsAll(ctx, ['单价', '购置费'])) return;
  forEachFigureLineWith(ctx, '单价', (line, li) => {
    if (!/购置费/.test(line)) return;
    const bought = allMatches(line, BOUGHT);
    if (bought.length !== 1) return;
    const count = bought[0]!;
    const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
    const prices = money.filter((t) => PRICE.test(clauseBefore(line, t.start)));
    if (
      prices.length !== 1 ||
      /单价/.test(line.replace(/(?:平均)?单价(?:为|是|约)?\s*\d[\d,]*(?:\.\d+)?/, ''))
    )
      return;
    const price = prices[0]!;
    const sentence = sentencesAt(ctx, li).find((s) => s.start <= count.index && count.index < s.end);
    if (!sentence || price.start < sentence.start || price.start >= sentence.end) return;
    const spent = money.filter((t) => {
      const clause = clauseBefore(line, t.start);
      return SPENT.test(clause) && !NOT_SPENT.test(clause);
    });
    if (spent.length === 0 || spent.some((t) => !dec(t.value).eq(spent[0]!.value))) return;
    const amount = spent[0]!;
    if (amount.unit !== price.unit || dec(price.value).isZero()) return;
    judge(ctx, li, line, count, price, amount);
  });
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  count: RegExpExecArray,
  price: NumberToken,
  amount: NumberToken,
): void {
  const n = Number(count[1]);
  const unit = count[2]!;
  // Each figure printed to its decimals: n × price is the amount within n half-units of the price's last place
  // and a half-unit of the amount's.
  const halfUnit = (places: number) => dec(10).pow(-places).div(2);
  const within = (k: number): boolean =>
    dec(price.value)
      .times(k)
      .minus(amount.value)
      .abs()
      .lte(halfUnit(price.places).times(k).plus(halfUnit(amount.places)));
  const ok = n > 0 && within(n);
  const where = count.index + count[0].lastIndexOf(count[1]!);
  claim(
    ctx,
    'count',
    li,
    where,
    ok,
    `${n}${unit} × 单价${price.value}${price.unit}，购置费${amount.value}${amount.unit}`,
  );
  if (ok) return;
  const times = dec(amount.value).div(price.value);
  const whole = times.round().toNumber();
  const isWhole = whole > 0 && within(whole);
  const product = dec(price.value).times(n).toFixed(Math.max(price.places, amount.places));
  report(
    ctx,
    li,
    'count.unit-price',
    isWhole ? 'error' : 'warning',
    excerptOf(line, count.index, price.end, 10),
    isWhole ? `${whole}${unit}` : `${product}${amount.unit}`,
    isWhole ? `${n}${unit}` : `${amount.value}${amount.unit}`,
    isWhole
      ? `购置费${amount.value}${amount.unit} ÷ 单价${price.value}${price.unit} = ${whole}${unit}，文中购置${n}${unit}（${n} × ${price.value} = ${product}${price.unit}）。`
      : `购置${n}${unit} × 单价${price.value}${price.unit} = ${product}${price.unit}，与购置费${amount.value}${amount.unit}不符。`,
    where,
  );
}
