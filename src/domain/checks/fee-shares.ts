/**
 * A 三公 item's share named without its amount: "“三公”经费中，公务用车购置及运行维护费占比80.07%，公务接待费占比
 * 19.93%" or "公务接待费占“三公”经费的19.93%". The item's outturn and the 三公 total are the 三公 table's; with no
 * table, what the text states for each of them in that part of the file (one value each, this year's outturn).
 *
 * Precision first: only the three items whose shares are of the 三公 total (购置费 and 运行维护费 may be shares of
 * the car fees); "占比" without a whole only in a sentence that names the 三公 before the item; a share another
 * rule judged is left; a total of zero is not divided by.
 */
import { dec } from '../money/index.ts';
import { allMatches, type Ctx } from './context.ts';
import {
  convert,
  feeRowKey,
  reportRatioOfNamed,
  shareOfWhole,
  type NamedEntry,
  type NamedFigures,
  type StatedFigure,
} from './figure-claims.ts';
import { likeliestReading, plain, type RatioVerdict } from './verdict.ts';

const ITEM = '(因公出国[（(]境[）)]费|公务用车购置及运行(?:维护)?费|公务接待费)';
const WHOLE = '(“三公”经费(?:财政拨款)?(?:支出)?(?:决算数?)?(?:总额|合计|总数)?)';
/** "公务接待费占比19.93%" / "公务接待费支出占“三公”经费的19.93%": the item's name right before 占, no amount between. */
const ITEM_SHARE = new RegExp(
  `${ITEM}(?:支出)?(?:决算数?)?所?占(?:比|${WHOLE}的?)(?:比重|比例)?(?:为|是|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

type Amount = { value: string; unit: string; places: number; source: string };

export function checkFeeShareNames(ctx: Ctx, { segmentOf, stated, tables }: NamedFigures): void {
  const lineAt = (first: number, at: number): number => ctx.layout.lineAt(first, at);
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('三公') || !b.text.includes('占')) continue;
    const segment = segmentOf(b.first);
    for (const m of allMatches(b.text, ITEM_SHARE)) {
      const sentenceStart =
        Math.max(b.text.lastIndexOf('。', m.index), b.text.lastIndexOf('！', m.index)) + 1;
      // "占比" names no whole: the sentence must have named the 三公 before the item ("“三公”经费中，…").
      if (!m[2] && !b.text.slice(sentenceStart, m.index).includes('三公')) continue;
      const key = feeRowKey(m[1]!);
      if (!key) continue;
      const parts = amountsOf(lineAt, `${segment}|${key}`, stated, tables);
      const wholes = amountsOf(lineAt, `${segment}|fees-actual`, stated, tables).filter(
        (w) => !dec(w.value).isZero(),
      );
      if (parts.length === 0 || wholes.length === 0) continue;
      const share = m[3]!;
      const at = m.index + m[0].lastIndexOf(share);
      const line = ctx.layout.lineAt(b.first, at) + 1;
      if (
        ctx.claims.some(
          (c) => c.kind === 'share' && c.line === line && c.arithmetic.endsWith(`文中${share}%`),
        )
      )
        continue;
      const printed = { value: share, places: (share.split('.')[1] ?? '').length };
      // Every reading of the two figures (the table's, its items' sum, the text's): the share is wrong only
      // when it is wrong for each; it is then shown with the first (the table's as printed).
      const readings = parts.flatMap((part) => wholes.map((whole) => judged(printed, part, whole)));
      const { verdict, arithmetic, exact } = likeliestReading(readings)!;
      if (!verdict) continue;
      reportRatioOfNamed(ctx, b, m, at, verdict, share, exact, arithmetic, 'share');
    }
  }
}

/** A share of `whole` read as part ÷ whole, with its arithmetic. */
function judged(
  printed: { value: string; places: number },
  part: Amount,
  whole: Amount,
): { verdict: RatioVerdict | null; arithmetic: string; exact: string } {
  const partIn =
    part.unit === whole.unit ? part.value : plain(dec(convert(part.value, part.unit, whole.unit)));
  const { verdict, exact } = shareOfWhole(printed, partIn, whole.unit, whole);
  return {
    verdict,
    exact,
    arithmetic: `${partIn}${whole.unit}（${part.source}） ÷ ${whole.value}${whole.unit}（${whole.source}） × 100% = ${exact}%`,
  };
}

/**
 * A 三公 figure by its key: the table's, its items' sum when its 合计 is not that, and the one value the text
 * states for it when that is another (either may be the wrong one).
 */
function amountsOf(
  lineOf: (first: number, at: number) => number,
  key: string,
  stated: readonly StatedFigure[],
  tables: ReadonlyMap<string, NamedEntry>,
): Amount[] {
  const out: Amount[] = [];
  const table = tables.get(key);
  if (table) {
    const source = `${table.table ? `《${table.table}》` : '表中'}${table.name}`;
    out.push({ value: table.value, unit: table.unit, places: table.places, source });
    if (table.parts)
      out.push({
        value: table.parts.value,
        unit: table.unit,
        places: table.parts.places,
        source: `${source}各项之和`,
      });
  }
  const own = stated.filter((s) => s.key === key);
  const first = own[0];
  if (first && own.every((s) => s.value === first.value && s.unit === first.unit))
    out.push({
      value: first.value,
      unit: first.unit,
      places: first.places,
      source: `第${lineOf(first.para.first, first.at) + 1}行`,
    });
  return out;
}
