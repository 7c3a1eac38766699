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
import { mentionsAll } from './document-words.ts';
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
/**
 * "公务接待费占比19.93%" / "公务接待费支出占“三公”经费的19.93%" / after the first of a list, "公务接待费占11.27%": the
 * item's name right before 占, no amount between.
 */
const ITEM_SHARE = new RegExp(
  `${ITEM}(?:支出)?(?:决算数?)?所?占(?:比|${WHOLE}的?)?(?:比重|比例)?(?:为|是|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

type Amount = { value: string; unit: string; places: number; source: string };

export function checkFeeShareNames(ctx: Ctx, { segmentOf, stated, tables }: NamedFigures): void {
  // (Both readings are of a paragraph naming 三公 and 占.)
  if (!mentionsAll(ctx, ['三公', '占'])) return;
  const lineAt = (first: number, at: number): number => ctx.layout.lineAt(first, at);
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('三公') || !b.text.includes('占')) continue;
    const segment = segmentOf(b.first);
    // Where the last share naming its whole was read: an item's "占" alone continues that sentence's list.
    let wholeNamedAt = -1;
    for (const m of allMatches(b.text, ITEM_SHARE)) {
      const sentenceStart =
        Math.max(b.text.lastIndexOf('。', m.index), b.text.lastIndexOf('！', m.index)) + 1;
      // "占比" names no whole: the sentence must have named the 三公 before the item ("“三公”经费中，…"); 占 alone
      // only after a share of the list that named it ("A占“三公”经费的a%，B占b%").
      if (m[2]) wholeNamedAt = m.index;
      else if (!m[0].includes('占比') && wholeNamedAt < sentenceStart) continue;
      if (!m[2] && !b.text.slice(sentenceStart, m.index).includes('三公')) continue;
      const key = feeRowKey(m[1]!);
      if (!key) continue;
      const parts = amountsOf(lineAt, `${segment}|${key}`, stated, tables);
      const wholes = amountsOf(lineAt, `${segment}|fees-actual`, stated, tables).filter(
        (w) => !dec(w.value).isZero(),
      );
      // Every reading of the two figures (the table's, its items' sum, the text's): the share is wrong only
      // when it is wrong for each; it is then shown with the first (the table's as printed).
      judgeShare(ctx, b, m, m[3]!, parts, wholes);
    }
  }
  checkFeeSharesAfterOutturns(ctx, { segmentOf, stated, tables });
  checkCarPartShares(ctx, { segmentOf, stated, tables });
}

/**
 * "2.公务用车运行维护费1,702.15万元，完成预算的91.27%，…，占公务用车购置及运行维护费的78.02%": a part of the car fees
 * (购置费 or 运行维护费), its outturn stated first in its sentence, as a share of the car fees — the table's or the
 * text's. Not when the stretch between names the other part.
 */
const CAR_PART_SHARE = new RegExp(
  `(公务用车购置费|公务用车运行(?:维护)?费)(?:支出)?(?:决算数?)?(?:为|是)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)([^。；;]*?)[，,]\\s*占公务用车购置及运行(?:维护)?费(?:支出)?(?:决算数?)?的?(?:比重|比例)?(?:为|是|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

function checkCarPartShares(ctx: Ctx, { segmentOf, stated, tables }: NamedFigures): void {
  const lineOf = (first: number, at: number): number => ctx.layout.lineAt(first, at);
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('占公务用车购置及运行')) continue;
    const segment = segmentOf(b.first);
    for (const m of allMatches(b.text, CAR_PART_SHARE)) {
      if (/公务用车(?:购置费|运行|购置及)|其中/.test(m[4]!)) continue;
      const key = feeRowKey(m[1]!);
      if (key !== 'fees-car-buy' && key !== 'fees-car-run') continue;
      const own: Amount = {
        value: m[2]!.replace(/,/g, ''),
        unit: m[3]!,
        places: (m[2]!.split('.')[1] ?? '').length,
        source: `第${lineOf(b.first, m.index) + 1}行`,
      };
      const parts = [own, ...amountsOf(lineOf, `${segment}|${key}`, stated, tables)];
      const wholes = amountsOf(lineOf, `${segment}|fees-car`, stated, tables).filter(
        (w) => !dec(w.value).isZero(),
      );
      judgeShare(ctx, b, m, m[5]!, parts, wholes);
    }
  }
}

/**
 * "支出决算284.35万元，完成年初预算的86.17%，占“三公”经费支出决算总额的24.07%": a share of the 三公 total right after
 * an outturn (its completion rate may stand between); a bare "占4.32%" when the sentence names the 三公 before the
 * item ("“三公”经费财政拨款决算中，因公出国（境）费决算25.06万元，占4.32%").
 */
const SHARE_AFTER_OUTTURN = new RegExp(
  `(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)\\s*(?:[，,]\\s*完成[^，,。；;%％\\d]{0,12}\\d+(?:\\.\\d+)?\\s*[%％])?\\s*[，,]\\s*占(?:${WHOLE}的?)?(?:比重|比例)?(?:为|是|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/** The outturn's own clause: "支出决算", "2025年度支出" (no budget, no other item, no last year). */
const OUTTURN_OWN = /^(?:20\d\d\s*年度?)?(?:全年|本年度?)?(?:实际)?(?:支出)?(?:决算|执行|支出)数?(?:为|是)?$/;
/** A sentence that is only an item's label: "2. 公务用车购置及运行维护费", "（三）公务接待费". */
const ITEM_LABEL = new RegExp(
  `^\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十\\d]{1,2}[、.．])?\\s*${ITEM}(?:支出)?(?:情况)?\\s*$`,
);

/**
 * The 三公 item (of the three) whose outturn the figure at `at` of `text` is: the one item the figure's sentence
 * names before it, or — naming none — the label the sentence before is ("2. 公务接待费。2025年度支出…"). Null when
 * the sentence names a part of the car fees, 其中, another year or several items.
 */
function itemOfOutturn(text: string, at: number, year: number | null): string | null {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  const sentence = text.slice(start, at);
  const clause = sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(',')) + 1).trim();
  // ("因公出国（境）费决算": the item named in the outturn's own clause.)
  const named = new RegExp(`^${ITEM}`).exec(clause);
  if (!OUTTURN_OWN.test(named ? clause.slice(named[0].length) : clause)) return null;
  if (
    /其中|购置费|运行(?:维护)?费(?!和|及|、)|上年|去年|比|较/.test(
      sentence.replace(/公务用车购置及运行(?:维护)?费/g, ''),
    )
  )
    return null;
  if (allMatches(sentence, /(20\d\d)\s*年/g).some((y) => Number(y[1]) !== year)) return null;
  const items = allMatches(sentence, new RegExp(ITEM, 'g'));
  if (items.length > 1) return null;
  if (items.length === 1) return feeRowKey(items[0]![1]!);
  if (text[start - 1] !== '。') return null;
  const prevStart = text.lastIndexOf('。', start - 2) + 1;
  const label = ITEM_LABEL.exec(text.slice(prevStart, start - 1));
  return label ? feeRowKey(label[1]!) : null;
}

/** Shares of the 三公 total stated right after an item's outturn, judged against the total named elsewhere. */
function checkFeeSharesAfterOutturns(ctx: Ctx, { segmentOf, stated, tables }: NamedFigures): void {
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('三公') || !b.text.includes('占')) continue;
    const segment = segmentOf(b.first);
    for (const m of allMatches(b.text, SHARE_AFTER_OUTTURN)) {
      const key = itemOfOutturn(b.text, m.index, ctx.year);
      if (!key || !/^fees-(abroad|car|reception)$/.test(key)) continue;
      // A bare 占 is of the 三公 total only when the sentence named it first.
      if (!m[3]) {
        const from = Math.max(b.text.lastIndexOf('。', m.index), b.text.lastIndexOf('！', m.index)) + 1;
        if (!b.text.slice(from, m.index).includes('三公')) continue;
      }
      const own: Amount = {
        value: m[1]!.replace(/,/g, ''),
        unit: m[2]!,
        places: (m[1]!.split('.')[1] ?? '').length,
        source: `第${ctx.layout.lineAt(b.first, m.index) + 1}行`,
      };
      const lineOf = (first: number, at: number): number => ctx.layout.lineAt(first, at);
      const parts = [own, ...amountsOf(lineOf, `${segment}|${key}`, stated, tables)];
      const wholes = [
        ...amountsOf(lineOf, `${segment}|fees-actual`, stated, tables),
        ...itemsSum(`${segment}|`, stated, tables),
      ].filter((w) => !dec(w.value).isZero());
      judgeShare(ctx, b, m, m[4]!, parts, wholes);
    }
  }
}

/**
 * The sum of the three items — the table's when it prints each, else the text's (each stated once): a 三公 total
 * printed may be the wrong one, or differ from its items by rounding.
 */
function itemsSum(
  prefix: string,
  stated: readonly StatedFigure[],
  tables: ReadonlyMap<string, NamedEntry>,
): Amount[] {
  const keys = ['fees-abroad', 'fees-car', 'fees-reception'].map((k) => `${prefix}${k}`);
  const fromTable = keys.map((k) => tables.get(k));
  const figures = fromTable.every((t) => t !== undefined)
    ? fromTable
    : keys.map((k) => {
        const own = stated.filter((s) => s.key === k);
        return own.length === 1 ? own[0]! : undefined;
      });
  const [first] = figures;
  if (!first || figures.some((f) => !f || f.unit !== first.unit)) return [];
  const all = figures as ReadonlyArray<{ value: string; places: number; unit: string }>;
  const places = Math.max(...all.map((f) => f.places));
  const sum = all.reduce((acc, f) => acc.plus(f.value), dec(0));
  return [
    {
      value: sum.toFixed(places),
      unit: first.unit,
      places,
      source: `${fromTable[0] ? '表中' : '文中'}三项之和 ${all.map((f) => f.value).join(' + ')}`,
    },
  ];
}

/** A share of the 三公 total: wrong only when wrong for every reading of its part and whole. */
function judgeShare(
  ctx: Ctx,
  b: Parameters<typeof reportRatioOfNamed>[1],
  m: RegExpExecArray,
  share: string,
  parts: readonly Amount[],
  wholes: readonly Amount[],
): void {
  if (parts.length === 0 || wholes.length === 0) return;
  const at = m.index + m[0].lastIndexOf(share);
  const line = ctx.layout.lineAt(b.first, at) + 1;
  if (ctx.claims.some((c) => c.kind === 'share' && c.line === line && c.arithmetic.endsWith(`文中${share}%`)))
    return;
  const printed = { value: share, places: (share.split('.')[1] ?? '').length };
  const readings = parts.flatMap((part) => wholes.map((whole) => judged(printed, part, whole)));
  const { verdict, arithmetic, exact } = likeliestReading(readings)!;
  if (!verdict) return;
  reportRatioOfNamed(ctx, b, m, at, verdict, share, exact, arithmetic, 'share');
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
