/**
 * A 三公 item's share of the 三公 total in a notice told in prose: "公务接待费支出1.20万元，占“三公”经费的25.00%",
 * the total stated elsewhere in the text under another wording ("“三公”经费财政拨款支出决算为4.80万元") — the name
 * of the share is not the name the total is printed under, so the named-share rules do not find it.
 *
 * Precision first: the total is the text's one this-year amount printed right after “三公”经费 (财政拨款, 支出, 决算
 * between allowed; no 上年, budget, change or other year in its clause; every such statement the same); a share
 * another rule judged is left. When the items' shares name all three items, each once, and their amounts add up
 * to another total than the one stated, a share that fits that sum is not reported either: the stated total is
 * then the figure in question (other rules report it), not each share of it.
 */
import { dec, sharePercent, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, lastIndexOfAny, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { isLastYear } from './prose-clauses.ts';
import { inMoneyUnit, judgeRatio, SHARE, show, type Printed } from './verdict.ts';

const SANGONG = '[“"‘]?三公[”"’]?经费';
const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)';
/** "“三公”经费财政拨款支出决算为10.40万元": the total, its amount right after the name. */
const TOTAL = new RegExp(
  `${SANGONG}(?:财政拨款)?(?:支出)?(?:决算数?)?(?:总额|合计|总计)?(?:为|是|共计|合计|总计)?\\s*${AMOUNT}`,
  'g',
);
/** "6.42万元，占“三公”经费的71.34%": an amount, then its share of the 三公 total. */
const SHARE_OF_TOTAL = new RegExp(
  `${AMOUNT}\\s*[，,]\\s*所?占\\s*${SANGONG}(?:财政拨款)?(?:支出)?(?:决算数?)?(?:总额|合计|总数)?(?:支出)?的?\\s*(?:比重|比例)?\\s*(?:为|是|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/** The three items, by the words their names open with. */
const ITEMS = ['因公出国', '公务用车', '公务接待'] as const;
/** Words in the clause before the total's amount that make it not this year's outturn. */
const NOT_OUTTURN = /预算|计划|比|较|增加|减少|增长|下降|压减|同期/;

type Amount = Printed & { unit: string };
type Share = { li: number; text: string; at: number; part: Amount; printed: Printed; item: string | null };

export function checkSangongShares(ctx: Ctx): void {
  // (Every claim is a share stated "占“三公”经费…": SHARE_OF_TOTAL.)
  if (!mentionsAny(ctx, ['占三公', '占“三公', '占"三公', '占‘三公'])) return;
  const totals: Amount[] = [];
  const shares: Share[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('三公')) continue;
    const text = ctx.lines[b.first] ?? b.text;
    for (const m of allMatches(text, TOTAL)) {
      const lead = text.slice(
        lastIndexOfAny(text, ['，', ',', '；', ';', '。', '：', ':'], m.index - 1) + 1,
        m.index,
      );
      const clause = lead + m[0];
      if (isLastYear(clause, ctx.year) || NOT_OUTTURN.test(clause)) continue;
      if ((lead.match(/20\d\d(?=\s*年)/g) ?? []).some((y) => ctx.year === null || Number(y) !== ctx.year))
        continue;
      totals.push(amount(m[1]!, m[2]!));
    }
    for (const m of allMatches(text, SHARE_OF_TOTAL)) {
      const before = text.slice(
        Math.max(0, lastIndexOfAny(text, ['。', '；', ';'], m.index - 1) + 1),
        m.index,
      );
      shares.push({
        li: b.first,
        text,
        at: m.index,
        part: amount(m[1]!, m[2]!),
        printed: { value: m[3]!, places: (m[3]!.split('.')[1] ?? '').length },
        item: itemOf(before),
      });
    }
  }
  if (shares.length === 0 || totals.length === 0) return;
  const total = totals[0]!;
  // (One total: every statement of it the same amount.)
  if (totals.some((t) => !same(t, total)) || dec(total.value).isZero()) return;
  const sum = itemsSum(shares, total.unit);
  for (const s of shares) {
    const atShare = s.at + s.text.slice(s.at).indexOf(`${s.printed.value}`, s.text.slice(s.at).indexOf('占'));
    const line = ctx.layout.lineAt(s.li, atShare) + 1;
    if (
      ctx.claims.some(
        (c) => c.kind === 'share' && c.line === line && c.arithmetic.includes(`文中${s.printed.value}%`),
      )
    )
      continue;
    const part = inMoneyUnit(s.part.value, s.part.places, s.part.unit, total.unit);
    if (!part) continue;
    const verdict = judgeRatio(s.printed, [part, total], ([p, t]) => sharePercent(p!, t!), SHARE);
    if (!verdict) continue;
    const exact = verdict.kind === 'ok' ? s.printed.value : show(verdict.exact, s.printed.places);
    const said = `${part.value} ÷ ${total.value}${total.unit} × 100% = ${exact}%，文中${s.printed.value}%`;
    if (verdict.kind !== 'wrong') {
      claim(ctx, 'share', s.li, atShare, true, said);
      continue;
    }
    // The share fits the items' own sum: the stated total is the figure in question, not this share.
    const bySum =
      sum && !dec(sum.value).eq(dec(total.value))
        ? judgeRatio(s.printed, [part, sum], ([p, t]) => sharePercent(p!, t!), SHARE)
        : null;
    if (bySum && bySum.kind !== 'wrong') {
      claim(
        ctx,
        'share',
        s.li,
        atShare,
        true,
        `${part.value} ÷ 三项之和${sum!.value}${total.unit} × 100%，文中${s.printed.value}%`,
      );
      continue;
    }
    claim(ctx, 'share', s.li, atShare, false, said);
    const other = bySum
      ? `（按三项之和${sum!.value}${total.unit}为${show(bySum.exact, s.printed.places)}%）`
      : '';
    report(
      ctx,
      s.li,
      'share.percent',
      'error',
      excerptOf(s.text, s.at, s.at + s.text.slice(s.at).indexOf('%') + 1, 0),
      `${exact}%`,
      `${s.printed.value}%`,
      `占“三公”经费的比例应为 ${part.value} ÷ ${total.value}（文中“三公”经费合计） × 100% = ${exact}%${other}，文中为${s.printed.value}%。`,
      atShare,
    );
  }
}

function amount(value: string, unit: string): Amount {
  const v = value.replace(/,/g, '');
  return { value: v, places: (v.split('.')[1] ?? '').length, unit };
}

function same(a: Amount, b: Amount): boolean {
  const x = inMoneyUnit(a.value, a.places, a.unit, b.unit);
  return x !== null && dec(x.value).eq(dec(b.value));
}

/** The item a share's sentence names last before its amount; null when none. */
function itemOf(before: string): string | null {
  let best: string | null = null;
  let at = -1;
  for (const item of ITEMS) {
    const k = before.lastIndexOf(item);
    if (k > at) [best, at] = [item, k];
  }
  return best;
}

/** The three items' amounts added, when the shares name each of them exactly once; else null. */
function itemsSum(shares: readonly Share[], unit: string): Printed | null {
  let sum: Dec = dec(0);
  let places = 0;
  for (const item of ITEMS) {
    const own = shares.filter((s) => s.item === item);
    if (own.length !== 1) return null;
    const v = inMoneyUnit(own[0]!.part.value, own[0]!.part.places, own[0]!.part.unit, unit);
    if (!v) return null;
    sum = sum.plus(v.value);
    places = Math.max(places, v.places);
  }
  return { value: sum.toFixed(places), places };
}
