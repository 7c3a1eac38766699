/**
 * A figure of fixed meaning (本年收入, 本年支出, 年初结转和结余 …) stated once in a section, then named without its
 * amount: "本年支出比2024年度增加466.14万元，增长5.17%" (this year is the figure stated, last year that ∓ the
 * change) and "本年支出按支出功能分类：A（类）X万元，占P%；…" (each share of the figure the list opens with).
 *
 * Precision first: a section runs from heading to heading (a heading run into its paragraph's text too); the
 * name must be stated there with one amount only (however often, never another), before the sentence that uses it, in this year's words (no 上年, budget,
 * change or other year before it); the change or the list opens its sentence or clause with the bare name;
 * a share naming another whole, or after a nested 其中, is not read; a rate another rule judged is left.
 */
import { changePercent, dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { convert, isSectionHeading, reportRatioOfNamed, shareOfWhole } from './figure-claims.ts';
import type { Paragraph } from './layout.ts';
import { judgeRatio, plain, show, verdictClause } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** Names whose figure means the same wherever a section states it. */
const NAMES = [
  '年初结转和结余',
  '年末结转和结余',
  '本年收入合计',
  '本年支出合计',
  '本年收入',
  '本年支出',
  '收入总计',
  '支出总计',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  // The outturn of what the section is about ("（一）…总体情况。…预算数X元，决算数Y元。决算数比上年增加…").
  '决算数',
];
const NAME = `(${NAMES.join('|')})`;
const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元|亿元)';

/** "…，本年支出23,681.78万元": a name right after a clause mark, a year, 财政拨款 or 中, then its amount. */
const STATED = new RegExp(
  `(?<=^|[：:；;，,、。]|年度?|财政拨款|中)${NAME}(?:决算数?)?(?:为|是|共计|合计|达)?\\s*${AMOUNT}`,
  'g',
);
/** Words in a clause before a name that make its amount not this year's outturn. */
const NOT_THIS_YEAR = /上年|去年|上一年|同期|预算|计划|目标|比|较|增加|减少|增长|下降/;

/** "本年支出比2024年度增加D万元，增长P%": a change of a name opening its sentence or clause. */
const CHANGE = new RegExp(
  `(?<=^|[。；;，,：:])\\s*${NAME}(?:决算数?)?(?:比|较|与)\\s*(上年度?|去年|上一年度?|(20\\d\\d)\\s*年度?)(?:决算数?)?(?:相比)?[，,]?\\s*(?:同比)?` +
    `(增加|减少)\\s*${AMOUNT}\\s*[，,]\\s*(增长|上升|增幅|下降|降幅|减幅)(?:了|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

/** "本年支出按支出功能分类：" / "本年支出中" / "本年支出主要用于：": a list of the figure's parts. */
const LIST_OPENER = new RegExp(
  `^\\s*(?:其中[：:，,]?)?${NAME}(?:按[^：:，,。；;\\d]{1,12}分类|中|主要用于|构成(?:如下)?|的构成)[：:，,]?`,
);
/** "X万元，占P%" / "占比P%" / "占本年支出的P%": a part's share (the whole named or left to the opener). */
const PART_SHARE = new RegExp(
  `${AMOUNT}\\s*[，,]\\s*占([\\u4e00-\\u9fa5]{0,12}?)(?:的)?(?:比重|比例|比)?(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

type Statement = { value: string; unit: string; places: number; para: number; at: number };

/** The figure a section states under `name`: its one amount, stated before (`para`, `at`); else null. */
function statedBefore(list: readonly Statement[] | undefined, para: number, at: number): Statement | null {
  if (!list || list.length === 0) return null;
  const first = list[0]!;
  // Every statement of the section must say the same, exactly (1.05亿元 and 10,522.29万元: not read).
  for (const s of list)
    if (
      dec(convert(s.value, s.unit, first.unit))
        .minus(first.value)
        .abs()
        .gt(0)
    )
      return null;
  return first.para < para || (first.para === para && first.at < at) ? first : null;
}

type Sections = { sections: Map<string, Statement[]>[]; sectionOf: Map<number, number> };

/** The named figures each section states, by name; and each paragraph's section (by block index). */
function sectionStatements(ctx: Ctx, year: number | null): Sections {
  const sections: Map<string, Statement[]>[] = [];
  const sectionOf = new Map<number, number>();
  let current = new Map<string, Statement[]>();
  sections.push(current);
  ctx.layout.blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph') return;
    // (A paragraph opening with a heading run into its text, "（二）…情况。本年支出…", opens one too.)
    if (b.heading || isSectionHeading(b)) {
      current = new Map();
      sections.push(current);
    }
    sectionOf.set(k, sections.length - 1);
    for (const m of allMatches(b.text, STATED)) {
      const clause = b.text.slice(markBefore(b.text, m.index, '，,；;。：:'), m.index);
      if (NOT_THIS_YEAR.test(clause)) continue;
      // A year anywhere before it in its sentence's part ("2023年度，本年支出X万元"): that year's.
      const partStart = markBefore(b.text, m.index, '。；;');
      const years = b.text.slice(partStart, m.index).match(/20\d\d/g) ?? [];
      if (years.some((y) => year === null || Number(y) !== year)) continue;
      const value = m[2]!.replace(/,/g, '');
      const list = current.get(m[1]!) ?? [];
      list.push({ value, unit: m[3]!, places: (value.split('.')[1] ?? '').length, para: k, at: m.index });
      current.set(m[1]!, list);
    }
  });
  return { sections, sectionOf };
}

/**
 * Where the clause (or sentence part) holding `at` starts: after the last of `marks` before it. Read back
 * character by character: a long paragraph without one of the marks is not searched to its start for each
 * figure (lastIndexOf per mark was quadratic on a paragraph of thousands of statements).
 */
function markBefore(text: string, at: number, marks: string): number {
  for (let k = at - 1; k >= 0; k--) if (marks.includes(text.charAt(k))) return k + 1;
  return 0;
}

/** A figure as the text prints it (in another unit: its exact value). */
const shown = (value: string, places: number): string =>
  dec(value).decimalPlaces() <= places ? dec(value).toFixed(places) : plain(dec(value));

/** Where a message points to the figure stated before: "第N行所述本年支出". */
function source(ctx: Ctx, s: Statement, name: string): string {
  const b = ctx.layout.blocks[s.para]!;
  return `第${ctx.layout.lineAt(b.first, s.at) + 1}行所述${name}`;
}

/** Whether another rule already judged the rate printed at `pct` on this stretch of lines. */
function judged(
  ctx: Ctx,
  b: Paragraph,
  from: number,
  to: number,
  kind: 'change' | 'share',
  pct: string,
): boolean {
  const first = ctx.layout.lineAt(b.first, from) + 1;
  const last = ctx.layout.lineAt(b.first, to) + 1;
  return ctx.claims.some(
    (c) => c.kind === kind && c.line >= first && c.line <= last && c.arithmetic.includes(`文中${pct}%`),
  );
}

/** Whether the text's figure was found to differ from its table (then the rates are not judged on it). */
function disputed(ctx: Ctx, s: Statement): boolean {
  return ctx.findings.some(
    (f) => f.rule === 'figure.text-table' && f.severity === 'error' && f.found === `${s.value}${s.unit}`,
  );
}

export function checkSectionFigures(ctx: Ctx): void {
  // (Every claim reads a named figure stated in 元 and a change or share in %.)
  if (!(mentionsAny(ctx, NAMES) && mentionsAny(ctx, ['%', '％']) && mentionsAll(ctx, ['元']))) return;
  const { sections, sectionOf } = sectionStatements(ctx, ctx.year);
  ctx.layout.blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph') return;
    const stated = sections[sectionOf.get(k) ?? -1];
    if (!stated || stated.size === 0) return;
    if (b.text.includes('比') || b.text.includes('较')) checkChanges(ctx, b, k, stated);
    if (b.text.includes('占')) checkShares(ctx, b, k, stated);
  });
}

function checkChanges(ctx: Ctx, b: Paragraph, k: number, stated: Map<string, Statement[]>): void {
  for (const m of allMatches(b.text, CHANGE)) {
    if (m[3] && ctx.year !== null && Number(m[3]) !== ctx.year - 1) continue;
    const up = m[4] === '增加';
    if (up !== /增|上升/.test(m[7]!)) continue;
    const base = statedBefore(stated.get(m[1]!), k, m.index);
    if (!base || disputed(ctx, base)) continue;
    const unit = m[6]!;
    const deltaText = m[5]!.replace(/,/g, '');
    const deltaPlaces = (deltaText.split('.')[1] ?? '').length;
    const current = convert(base.value, base.unit, unit);
    const currentPlaces = base.places + (base.unit === '元' && unit === '万元' ? 4 : 0);
    const last = up ? dec(current).minus(deltaText) : dec(current).plus(deltaText);
    if (last.lte(0)) continue;
    const printed = { value: m[8]!, places: (m[8]!.split('.')[1] ?? '').length };
    const at = m.index + m[0].lastIndexOf(m[8]!);
    if (judged(ctx, b, m.index, at, 'change', printed.value)) continue;
    const verdict = judgeRatio(
      printed,
      [
        { value: current, places: currentPlaces },
        { value: deltaText, places: deltaPlaces },
      ],
      ([c, d]) => changePercent(c!, up ? c!.minus(d!) : c!.plus(d!))?.abs() ?? null,
      { num: [0, 1], den: [1, up ? -1 : 1], abs: true },
    );
    if (!verdict) continue;
    const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
    const lastText = last.toFixed(Math.max(currentPlaces, deltaPlaces));
    const arithmetic = `上年数为 ${shown(current, currentPlaces)}（${source(ctx, base, m[1]!)}） ${up ? '−' : '+'} ${deltaText} = ${lastText}，变动率 ${deltaText} ÷ ${lastText} × 100% = ${exact}%`;
    reportRatioOfNamed(ctx, b, m, at, verdict, printed.value, exact, arithmetic);
  }
}

function checkShares(ctx: Ctx, b: Paragraph, k: number, stated: Map<string, Statement[]>): void {
  let start = 0;
  for (let end = 0; end <= b.text.length; end++) {
    if (end < b.text.length && b.text[end] !== '。') continue;
    const sentence = b.text.slice(start, end);
    const offset = start;
    start = end + 1;
    const opener = LIST_OPENER.exec(sentence);
    if (!opener) continue;
    const name = opener[1]!;
    const whole = statedBefore(stated.get(name), k, offset);
    if (!whole || dec(whole.value).isZero() || disputed(ctx, whole)) continue;
    // A nested list ("其中人员经费A万元，占P%"): its shares may be of the part before it.
    const nested = sentence.slice(opener[0].length).search(/其中|包括/);
    const list = nested < 0 ? sentence : sentence.slice(0, opener[0].length + nested);
    for (const m of allMatches(list, PART_SHARE)) {
      const named = m[3]!.replace(/^(?:全部|当年|全年)/, '');
      if (named !== '' && named !== name) continue;
      judgeShare(ctx, b, offset, m, name, whole);
    }
  }
}

function judgeShare(
  ctx: Ctx,
  b: Paragraph,
  offset: number,
  m: RegExpExecArray,
  name: string,
  whole: Statement,
): void {
  const part = m[1]!.replace(/,/g, '');
  const unit = m[2]!;
  const printed = { value: m[4]!, places: (m[4]!.split('.')[1] ?? '').length };
  const from = offset + m.index;
  const at = from + m[0].lastIndexOf(m[4]!);
  if (judged(ctx, b, from, at, 'share', printed.value)) return;
  const { verdict, wholeIn, wholePlaces, exact } = shareOfWhole(printed, part, unit, whole);
  if (!verdict) return;
  const arithmetic = `${part} ÷ ${shown(wholeIn, wholePlaces)}${unit}（${source(ctx, whole, name)}） × 100% = ${exact}%`;
  claim(ctx, 'share', b.first, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    b.first,
    'share.percent',
    verdict.severity,
    excerptOf(b.text, from, from + m[0].length, 10),
    `${exact}%`,
    `${printed.value}%`,
    `占比应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
    at,
  );
}
