/**
 * 基本支出 = 人员经费 + 公用经费 told in a paragraph whose parts are not a plain list: "基本支出2,406.30万元中，人员经费
 * 2,087.40万元，主要用于…；公用经费318.90万元，主要用于…" — the parts, each with its own detail clause, must add up to
 * the whole (`sum.parts`, rounding-aware). prose-totals.ts reads the lists after 其中; this reads the identity
 * wherever the paragraph states it.
 *
 * Read only when the paragraph leaves no doubt: one amount named 基本支出, one named 人员经费 and one named 公用经费
 * (each right after its name), in that order, in one unit, none of them last year's, a budget or compared with.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { judgeSum, showAs } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const NAMED = (name: string): RegExp =>
  new RegExp(
    `${name}(?:支出)?(?:决算数?)?(?:为|共计|合计|是)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|亿元|元)`,
    'g',
  );
const WHOLE = NAMED('基本支出');
const PERSONNEL = NAMED('人员经费');
const OFFICE = NAMED('公用经费');
/** A clause of last year, a budget or a comparison: its figure is not this year's outturn. */
const OTHER_SCOPE = /上年|去年|上一年|预算|比|较|同比|20\d\d年/;

type Named = { value: string; places: number; unit: string; at: number; end: number };

/** The one amount of `re` in `text` outside other scopes, or null (none, or several). */
function onlyAmount(text: string, re: RegExp): Named | null {
  re.lastIndex = 0;
  const found: Named[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const clauseStart =
      Math.max(...['，', '；', '。', ',', ';'].map((c) => text.lastIndexOf(c, m!.index))) + 1;
    if (OTHER_SCOPE.test(text.slice(clauseStart, m.index + m[0].length))) return null;
    const value = m[1]!.replace(/,/g, '');
    found.push({
      value,
      places: (value.split('.')[1] ?? '').length,
      unit: m[2]!,
      at: m.index,
      end: m.index + m[0].length,
    });
  }
  re.lastIndex = 0;
  if (found.length === 0 || found.some((f) => f.value !== found[0]!.value)) return null;
  return found[0]!;
}

export function checkBasicSplitProse(ctx: Ctx): void {
  // (Its paragraph names 基本支出, 人员经费 and 公用经费.)
  if (!mentionsAll(ctx, ['公用经费', '人员经费', '基本支出'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = ctx.lines[block.first] ?? '';
    if (!text.includes('公用经费') || !text.includes('人员经费') || !text.includes('基本支出')) continue;
    const whole = onlyAmount(text, WHOLE);
    const personnel = onlyAmount(text, PERSONNEL);
    const office = onlyAmount(text, OFFICE);
    if (!whole || !personnel || !office) continue;
    if (!(whole.at < personnel.at && personnel.at < office.at)) continue;
    if (personnel.unit !== whole.unit || office.unit !== whole.unit) continue;
    const parts = [personnel, office];
    // (A list prose-totals.ts already summed is not judged twice.)
    const line = ctx.layout.lineAt(block.first, whole.at) + 1;
    const summed = ctx.claims.some(
      (c) =>
        c.kind === 'sum' &&
        c.arithmetic.includes(personnel.value) &&
        c.arithmetic.includes(office.value) &&
        c.arithmetic.includes(whole.value),
    );
    if (summed) continue;
    const verdict = judgeSum(parts, whole);
    const sum = verdict.kind === 'ok' ? whole.value : showAs(verdict.total, [...parts, whole]);
    const arithmetic = `人员经费${personnel.value} + 公用经费${office.value} = ${sum}${whole.unit}，基本支出${whole.value}${whole.unit}`;
    claim(ctx, 'sum', block.first, whole.at, verdict.kind !== 'wrong', arithmetic);
    if (verdict.kind === 'ok') continue;
    if (ctx.findings.some((f) => f.line === line && f.rule.startsWith('sum.'))) continue;
    report(
      ctx,
      block.first,
      'sum.parts',
      verdict.severity,
      excerptOf(text, whole.at, office.end, 4),
      `${whole.value}${whole.unit}`,
      `${sum}${whole.unit}`,
      verdict.kind === 'rounding'
        ? `${arithmetic}，差异在四舍五入的误差范围内。`
        : `基本支出由人员经费和公用经费组成：${personnel.value} + ${office.value} = ${sum}${whole.unit}，与基本支出${whole.value}${whole.unit}不符，相差${verdict.difference.abs().toFixed(Math.max(whole.places, personnel.places, office.places))}${whole.unit}。`,
      whole.at,
    );
  }
}
