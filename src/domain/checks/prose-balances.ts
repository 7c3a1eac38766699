/**
 * A project's balance stated in a paragraph of its funds: "全年预算数460.00万元。…实际支出431.25万元，…，结余资金28.75
 * 万元" — the balance must be a budget (or the funds arrived) − the spending (`sum.parts`).
 *
 * Which base the text means is not always said (全年预算数, 年初预算, 到位资金): every base the paragraph states is
 * tried, and only a balance that none of them gives (beyond the rounding of the printed figures) is reported.
 * Read only when the paragraph states one spending (支出 / 执行, not a rate) and one balance (结余 / 结余资金), both
 * in 万元 like the bases, the balance after the spending.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { show } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

/** An amount in 万元 and the words right before it in its clause. */
const AMOUNT = /([\u4e00-\u9fa5（）()/]{0,16})\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元/g;
const BASE = /(?:(?:全年|年初|调整后)?预算(?:数|资金)?|到位(?:资金)?|资金到位|下达(?:资金)?)(?:为|是)?$/;
const SPENT = /(?:实际)?(?:支出|执行)(?:数|资金)?(?:为|是)?$/;
const BALANCE = /结余(?:资金)?(?:为)?$/;
const NOT_ONE = /调减|调增|增加|减少|未|尚|上年|累计|其中/;
/** A part of a budget a balance may be named by. */
const PART = /基本支出|项目支出|人员经费|公用经费/;

type Amount = { label: string; value: string; at: number };

export function checkProseBalances(ctx: Ctx): void {
  // (A paragraph with 结余, 支出 and amounts in 万元.)
  if (!mentionsAll(ctx, ['结余', '支出', '万元'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    const line = ctx.lines[b.first] ?? '';
    if (!line.includes('结余') || !line.includes('支出')) continue;
    const amounts: Amount[] = [...line.matchAll(AMOUNT)].map((m) => ({
      label: m[1]!,
      value: m[2]!.replace(/,/g, ''),
      at: m.index + m[0].indexOf(m[2]!),
    }));
    const spent = amounts.filter((a) => SPENT.test(a.label) && !NOT_ONE.test(a.label));
    const balances = amounts.filter((a) => BALANCE.test(a.label) && !NOT_ONE.test(a.label));
    // (A budget of nothing — "年初预算为0万元" — is no base a balance is left of.)
    const bases = amounts.filter(
      (a) => BASE.test(a.label) && !NOT_ONE.test(a.label) && !dec(a.value).isZero(),
    );
    if (spent.length !== 1 || balances.length !== 1 || bases.length === 0) continue;
    const [s, bal] = [spent[0]!, balances[0]!];
    if (bal.at < s.at) continue;
    // ("收入1667.35万元，支出1641.75万元，年末结转和结余71.90万元": a carried balance holds the years before's carry-over
    // too — only a 全年 or 调整后 budget, which takes that in, is its base.)
    if (/结转/.test(bal.label) && !bases.some((a) => /全年|调整后/.test(a.label))) continue;
    // (A part's balance — "项目支出结余205.22万元" after the whole's 全年执行 — is not the whole's budget − spending.)
    const part = PART.exec(bal.label)?.[0];
    if (part && !s.label.includes(part)) continue;
    judge(ctx, b.first, line, s, bal, bases);
  }
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  spent: Amount,
  bal: Amount,
  bases: readonly Amount[],
): void {
  const places = Math.max(...[spent, bal, ...bases].map((a) => printedPlaces(a.value)));
  // Each printed figure may be off by half its last digit.
  const allowed = dec(1).div(dec(10).pow(places));
  const gaps: [Amount, Dec][] = bases.map((b) => [b, dec(b.value).minus(spent.value)]);
  const ok = gaps.some(([, g]) => g.minus(bal.value).abs().lte(allowed));
  const readings = gaps.map(
    ([b, g]) =>
      `${BASE.exec(b.label)?.[0].replace(/(?:为|是)$/, '') ?? ''}${b.value} − 支出${spent.value} = ${show(g, places)}`,
  );
  claim(ctx, 'sum', li, bal.at, ok, `${readings.join('；')}，文中结余${bal.value}万元`);
  if (ok) return;
  // (The 全年预算数 is the usual base: the expected figure shown.)
  const [, gap] = gaps.find(([b]) => /全年|调整后/.test(b.label)) ?? gaps[0]!;
  report(
    ctx,
    li,
    'sum.parts',
    'error',
    excerptOf(line, spent.at - spent.label.length, bal.at + bal.value.length + 2, 0),
    `${show(gap, places)}万元`,
    `${bal.value}万元`,
    `结余${bal.value}万元不等于预算（或到位资金）减去支出：${readings.join('；')}（万元）。`,
    bal.at,
  );
}
