/**
 * Units of amounts in prose: amounts compared in 万元 (亿元 converted), and a 元 amount printed where 万元 is
 * meant — proven by a claim it satisfies only as 万元 (recorded by the other rules, noteYuan) or by a
 * neighbour with the same label in 万元.
 */
import { dec } from '../money/index.ts';
import { excerptOf, report, type Ctx } from './context.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import type { ProseState } from './prose-state.ts';
import type { Printed } from './verdict.ts';

/** A 元 amount this small beside 万元 amounts is a 万元 amount with the wrong unit printed. */
export const SMALL_YUAN = 10000;

export function isSuspectYuan(t: NumberToken): boolean {
  return t.unit === '元' && dec(t.value).gt(0) && dec(t.value).lt(SMALL_YUAN);
}

/** Parts and totals compared in 万元: 亿元 converted; a small 元 amount taken at face value (see unit rule). */
export function inWan(t: NumberToken, totalUnit: string): Printed | null {
  if (totalUnit === t.unit || (totalUnit === '' && MONEY_UNITS.has(t.unit)))
    return { value: t.value, places: t.places };
  if (totalUnit === '万元' && t.unit === '亿元')
    // (1.86亿元 is 18,600万元 give or take 50: its places, counted in 万元, are −2.)
    return { value: dec(t.value).times(10000).toString(), places: t.places - 4 };
  if (totalUnit === '万元' && t.unit === '元') {
    if (isSuspectYuan(t) || dec(t.value).isZero()) return { value: t.value, places: t.places };
    return { value: dec(t.value).div(10000).toString(), places: t.places + 4 };
  }
  return null;
}

/**
 * Records the 元 amounts among `tokens` as proven 万元 by `proof`, the claim's arithmetic — only when the
 * claim is in 万元 (`inWan`): a sum or ratio of 元 amounts holds in 元 too and proves nothing.
 */
export function noteYuan(
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

/** 元 printed where 万元 is meant: proven by a claim it satisfies as 万元, or by a neighbour with the same label in 万元. */
export function checkYuanUnits(ctx: Ctx, state: ProseState): void {
  const labelOf = (line: string, t: NumberToken): string =>
    line
      .slice(Math.max(0, t.start - 6), t.start)
      .replace(/[为是：:\s.．，,、；;（）()]/g, '')
      .slice(-4);
  // "批均接待费用0.14万元，人均接待费用158.99元": averages over other counts are other figures.
  const averageOf = (line: string, t: NumberToken): string =>
    /人均|批均|车均|户均|次均|平均|每人|每批|每次|每辆/.exec(
      line.slice(Math.max(0, t.start - 10), t.start),
    )?.[0] ?? '';
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
        if (
          figuresAt(lj).some(
            (o) =>
              o.unit === '万元' && labelOf(other, o) === label && averageOf(other, o) === averageOf(line, t),
          )
        ) {
          flag(li, t, `与相邻的“${label}…万元”同一口径`);
          break;
        }
      }
    }
  });
}
