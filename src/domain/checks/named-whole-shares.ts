/**
 * A part's share of a whole the section named and stated in its lead: "二、一般公共预算当年拨款规模变化情况" /
 * "本年本部门一般公共预算当年拨款2,000.00万元，…" / "（一）教育支出（类）300.00万元，占一般公共预算当年拨款的15.00%"
 * — the share must be the part over the amount the section states for that name (`share.percent`).
 *
 * Precision first: a section runs from one heading line (no "，" or "。") to the next; the whole's name (four
 * characters or more) must be stated there, before the share, with one amount only (however often), in a clause
 * that compares nothing and names no other year than the document's; the part's amount stands right before
 * "，占"; a share another rule judged is left.
 */
import { sharePercent } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { isSectionHeading } from './figure-claims.ts';
import { judgeRatio, show, SHARE, verdictClause, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';
import { lastOfAmounts } from './prose-clauses.ts';

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)`;
const PART_SHARE = new RegExp(
  String.raw`${AMOUNT}\s*[，,]\s*占([\u4e00-\u9fa5]{4,16}?)的?(?:比重|比例)?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]`,
  'g',
);
/** Words in the clause before the whole's amount that make it not the section's figure. */
const NOT_THE_WHOLE = /上年|去年|上一年|同期|比|较|增加|减少|增长|下降|其中|占/;

const printedOf = (v: string): Printed => {
  const value = v.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Para = { li: number; text: string };

/** The amounts `name` is stated with in `paras` (before `upTo` in the last one). */
function statedAmounts(
  paras: readonly Para[],
  name: string,
  year: number | null,
  unit: string,
): string[] | null {
  // (The name standing alone — "财政拨款全年执行数A万元" is a part's, not the whole "全年执行数".)
  const re = new RegExp(
    `(?<=^|[，,。；;：:、\\s\\d]|年度?|本部门|本单位)${escape(name)}(?:为|是|共计|合计|达)?\\s*${AMOUNT}`,
    'g',
  );
  const out: string[] = [];
  for (const p of paras)
    for (const m of allMatches(p.text, re)) {
      const from = Math.max(...['，', '。', '；', '：'].map((c) => p.text.lastIndexOf(c, m.index))) + 1;
      const clause = p.text.slice(from, m.index);
      if (NOT_THE_WHOLE.test(clause)) continue;
      // (A document without a year of its own — a 预算 is of the year after it is written — : the year of the
      // share's paragraph, when it names one before the share.)
      const years = new Set((clause.match(/20\d\d/g) ?? []).map(Number));
      if (year !== null ? [...years].some((y) => y !== year) : years.size > 1) return null;
      if (year === null && years.size === 1 && !shareYearFits(paras, [...years][0]!)) return null;
      if (m[2] !== unit) return null;
      out.push(m[1]!.replace(/,/g, ''));
    }
  return out;
}

/** Whether the share's paragraph (the last of `paras`, cut at the share) names no year other than `y`. */
function shareYearFits(paras: readonly Para[], y: number): boolean {
  const own = paras[paras.length - 1]!.text;
  return (own.match(/20\d\d/g) ?? []).every((x) => Number(x) === y);
}

export function checkNamedWholeShares(ctx: Ctx): void {
  // (A part's amount in 元 / 万元 / 亿元, then "，占…".)
  if (!mentionsAll(ctx, ['占', '元'])) return;
  let section: Para[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    if (isSectionHeading(b)) {
      section = [];
      continue;
    }
    if (b.text.includes('占')) {
      for (const m of allMatches(b.text, PART_SHARE)) {
        const name = m[3]!;
        // (The last of a list of amounts: the share may be the list's whole's.)
        if (lastOfAmounts(b.text, m.index)) continue;
        const before = [...section, { li: b.first, text: b.text.slice(0, m.index) }];
        const amounts = statedAmounts(before, name, ctx.year, m[2]!);
        if (!amounts || amounts.length === 0 || amounts.some((a) => a !== amounts[0])) continue;
        const at = m.index + m[0].lastIndexOf(m[4]!);
        const li = b.first;
        const printed = printedOf(m[4]!);
        // (A share another rule judged: its claim.)
        const line = ctx.layout.lineAt(li, at) + 1;
        if (
          ctx.claims.some(
            (c) => c.kind === 'share' && c.line === line && c.arithmetic.endsWith(`文中${printed.value}%`),
          )
        )
          continue;
        const part = printedOf(m[1]!);
        const whole = printedOf(amounts[0]!);
        const v = judgeRatio(printed, [part, whole], ([p, t]) => sharePercent(p!, t!), SHARE);
        if (!v) continue;
        const exact = v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
        const arithmetic = `${part.value} ÷ ${whole.value}${m[2]}（${name}） × 100% = ${exact}%`;
        claim(ctx, 'share', li, at, v.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
        if (v.kind === 'ok') continue;
        report(
          ctx,
          li,
          'share.percent',
          v.severity,
          excerptOf(b.text, m.index, m.index + m[0].length, 10),
          `${exact}%`,
          `${printed.value}%`,
          `占比应为 ${arithmetic}，文中为${printed.value}%${verdictClause(v.kind, '，差异在前后数字四舍五入的误差范围内')}。`,
          at,
        );
      }
    }
    section.push({ li: b.first, text: b.text });
  }
}
