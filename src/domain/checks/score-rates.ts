/**
 * A 得分率 stated in prose with the score and the full marks it is a rate of, in one run of clauses:
 * "决策类指标满分20分，得分17.5分，得分率87.50%", "效益指标分值30分，得27.60分，得分率92.00%",
 * "产出指标得分38.40分（满分40分），得分率96.00%" — the rate must be 得分 ÷ 满分 × 100 (`score.rate`),
 * rounding-aware: a rate within the rounding of the printed score is a note, a truncated one a warning.
 *
 * Read only when the three figures stand together, joined by commas, in one of these orders; a sentence that
 * names the full marks and the score of different things cannot be read so.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { judgeRatio, SHARE, show, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const N = String.raw`(\d{1,3}(?:\.\d{1,2})?)`;
const SEP = String.raw`\s*[，,、]?\s*`;
const FULL = String.raw`(?:满分|分值|权重|标准分)(?:为)?\s*`;
const GOT = String.raw`(?:实际|评价|自评|考核)?(?:得分|得)(?:为)?\s*`;
const RATE = String.raw`(?:得分率|得分比率)(?:为|达)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*[%％]`;
/** Full marks first: "满分W分，得分N分，得分率P%". */
const FULL_FIRST = new RegExp(`${FULL}${N}\\s*分${SEP}${GOT}${N}\\s*分${SEP}${RATE}`, 'g');
/** Score first, its full marks after: "得分N分（满分W分），得分率P%" or "得N分，满分W分，得分率P%". */
const GOT_FIRST = new RegExp(
  `${GOT}${N}\\s*分\\s*(?:[（(]\\s*${FULL}${N}\\s*分\\s*[)）]|[，,]\\s*${FULL}${N}\\s*分)${SEP}${RATE}`,
  'g',
);

const printedOf = (value: string): Printed => ({ value, places: printedPlaces(value) });

export function checkScoreRates(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['得分率'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('得分率')) continue;
    for (const m of b.text.matchAll(FULL_FIRST)) judge(ctx, b, m, m[1]!, m[2]!, m[3]!);
    for (const m of b.text.matchAll(GOT_FIRST)) judge(ctx, b, m, m[2] ?? m[3]!, m[1]!, m[4]!);
  }
}

function judge(
  ctx: Ctx,
  b: { first: number; text: string },
  m: RegExpExecArray | RegExpMatchArray,
  full: string,
  got: string,
  rate: string,
): void {
  const index = m.index ?? 0;
  const at = index + m[0].lastIndexOf(rate);
  const w = printedOf(full);
  const n = printedOf(got);
  const p = printedOf(rate);
  const verdict = judgeRatio(p, [n, w], ([a, t]) => (t!.isZero() ? null : a!.div(t!).times(100)), SHARE);
  if (verdict === null) return;
  const exact = verdict.kind === 'ok' ? p.value : show(verdict.exact, p.places);
  const arithmetic = `${n.value} ÷ ${w.value} × 100% = ${exact}%`;
  claim(ctx, 'score', b.first, at, verdict.kind !== 'wrong', `得分率：${arithmetic}，文中${p.value}%`);
  if (verdict.kind === 'ok') return;
  const line = ctx.layout.lineAt(b.first, at);
  if (ctx.findings.some((f) => f.line === line + 1 && f.rule === 'score.rate')) return;
  // The score itself already reported against its table (the rate fits the table's score): the score is wrong.
  const scoreAt = ctx.layout.lineAt(b.first, index + m[0].indexOf(got)) + 1;
  if (ctx.findings.some((f) => f.line === scoreAt && f.found.replace(/分$/, '') === got)) return;
  report(
    ctx,
    b.first,
    'score.rate',
    verdict.severity,
    excerptOf(b.text, index, index + m[0].length, 10),
    `${exact}%`,
    `${p.value}%`,
    verdict.kind === 'wrong'
      ? `得分率应为 得分${arithmetic}，文中为${p.value}%。`
      : verdict.kind === 'truncated'
        ? `得分率 ${arithmetic}，文中${p.value}%系截尾而非四舍五入。`
        : `得分率 ${arithmetic}，文中${p.value}%在得分的舍入范围内。`,
    at,
  );
}
