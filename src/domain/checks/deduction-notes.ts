/**
 * The arithmetic a 评分表's 扣分说明 (or 得分说明) states for one indicator row, against itself and the row's
 * 分值 and 得分 (`score.deduction`), and the rates it works out from the figures it names (`completion.percent`,
 * `completion.target`, `change.percent`).
 *
 * Read only when the note says it plainly:
 * - a count and a per-item deduction: "N个…，每个扣X分，扣D分" — the one count of the unit the 每 names (or the
 *   count it says it deducted for: "按N笔计"), whole, and one deduction not per item, the note's last: N × X
 *   (capped at 分值 when the note says 扣完为止) must be D;
 * - a rate after its two figures, in the note's order: "调整后预算A万元，实际支出B万元，预算执行率P%" (P = B ÷ A),
 *   "计划N项，完成M项，完成率P%" (P = M ÷ N), "年初预算A万元，调整后预算B万元，预算调整率P%" (P = (B − A) ÷ A).
 * A printed rate is rounded half-up at its places; a rate truncated there passes too.
 */
import { dec, roundHalfUp, type Dec } from '../money/index.ts';
import type { Ctx } from './context.ts';

/** A note's text, joined from the lines it is wrapped over, with where each piece came from. */
export type Note = { text: string; pieces: { line: number; start: number; at: number }[] };

/** The source line (0-based) of an offset in the joined note, and the note's text from that line on. */
export function noteLine(note: Note, offset: number): number {
  let line = note.pieces[0]?.line ?? 0;
  for (const p of note.pieces) if (p.start <= offset) line = p.line;
  return line;
}

const UNITS = '个项处笔次家户人份条件批';
const PER_ITEM = new RegExp(`每(?:1|一)?([${UNITS}])[^，。；,;扣]{0,10}扣(?:减)?(\\d+(?:\\.\\d+)?)分`, 'g');
const DEDUCTION = /扣(?:减|除)?(\d+(?:\.\d+)?)分/g;
const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)万元';

const RATES: { re: RegExp; rule: string; name: string; of: (a: Dec, b: Dec) => Dec | null; show: string }[] =
  [
    {
      re: new RegExp(
        `(?:调整后预算|全年预算|预算)数?(?:为)?${AMOUNT}[，,、]?(?:全年)?(?:实际支出|支出|实际执行|执行)数?(?:为)?${AMOUNT}[，,、]?(?:预算)?执行率(?:为)?(\\d+(?:\\.\\d+)?)[%％]`,
      ),
      rule: 'completion.percent',
      name: '预算执行率',
      of: (a, b) => (a.isZero() ? null : b.div(a).times(100)),
      show: '÷',
    },
    {
      re: new RegExp(
        `年初预算数?(?:为)?${AMOUNT}[，,、]?调整后预算数?(?:为)?${AMOUNT}[，,、]?(?:预算)?调整率(?:为)?(\\d+(?:\\.\\d+)?)[%％]`,
      ),
      rule: 'change.percent',
      name: '预算调整率',
      of: (a, b) => (a.isZero() ? null : b.minus(a).div(a).times(100)),
      show: 'adjust',
    },
    {
      re: /计划[^，。；\d]{0,12}(\d+)([项个件次户])[，,、]?(?:实际)?完成(\d+)\2[，,、]?完成率(?:为)?(\d+(?:\.\d+)?)[%％]/,
      rule: 'completion.target',
      name: '完成率',
      of: (a, b) => (a.isZero() ? null : b.div(a).times(100)),
      show: '÷',
    },
  ];

const placesOf = (v: string): number => (v.split('.')[1] ?? '').length;

export type Row = { name: string; weight: string; score: string; line: number; excerpt: string };

export function checkDeductionNote(ctx: Ctx, row: Row, note: Note): void {
  const text = note.text.replace(/\s+/g, '');
  // (Offsets in `text` map to the joined note once its spaces are gone: pieces are joined without spaces.)
  checkCountedDeduction(ctx, row, note, text);
  checkNoteRates(ctx, row, note, text);
}

function checkCountedDeduction(ctx: Ctx, row: Row, note: Note, text: string): void {
  const per = [...text.matchAll(PER_ITEM)];
  if (per.length !== 1) return;
  const perItem = per[0]!;
  const unit = perItem[1]!;
  if (/百分点/.test(perItem[0])) return;
  const deductions = [...text.matchAll(DEDUCTION)];
  const totals = deductions.filter(
    (d) => d.index! < perItem.index! || d.index! >= perItem.index! + perItem[0].length,
  );
  if (totals.length !== 1) return;
  const total = totals[0]!;
  // The stated deduction is the note's last, after the per-item rule.
  if (total.index! < perItem.index! || total !== deductions[deductions.length - 1]) return;
  const before = text.slice(0, perItem.index!);
  // "按N笔计" names the count deducted for; else the one count of that unit before the 每.
  const counted = new RegExp(`按(\\d+)${unit}计`).exec(text);
  const counts = [...before.matchAll(new RegExp(`(?<![\\d.])(\\d+)(?:\\.\\d+)?${unit}(?!百分点)`, 'g'))];
  let count: string;
  if (counted) count = counted[1]!;
  else if (counts.length === 1 && !counts[0]![0].includes('.')) count = counts[0]![1]!;
  else return;
  const each = dec(perItem[2]!);
  let expected = dec(count).times(each);
  const capped = /扣完为止/.test(text) && expected.gt(row.weight);
  if (capped) expected = dec(row.weight);
  const stated = dec(total[1]!);
  const gap = dec(row.weight).minus(row.score);
  const ok = expected.eq(stated);
  const arithmetic = `${count}${unit} × ${perItem[2]}分 = ${expected.toString()}分`;
  ctx.claims.push({
    kind: 'score',
    line: noteLine(note, total.index!) + 1,
    verified: ok,
    arithmetic: `${row.name}扣分说明：${arithmetic}，说明中扣${total[1]}分`,
  });
  if (ok) return;
  const rowSays = gap.eq(expected)
    ? `，与分值${row.weight} − 得分${row.score} = ${gap.toString()}分一致`
    : gap.eq(stated)
      ? `（分值${row.weight} − 得分${row.score} = ${gap.toString()}分与说明中的扣分一致，应核对个数或每${unit}扣分）`
      : `（分值${row.weight} − 得分${row.score} = ${gap.toString()}分）`;
  ctx.findings.push({
    rule: 'score.deduction',
    severity: 'error',
    line: noteLine(note, total.index!) + 1,
    excerpt: excerptAround(text, total.index!, total[0].length),
    expected: `扣${expected.toString()}分`,
    found: `扣${total[1]}分`,
    message: `“${row.name}”的扣分说明写明${count}${unit}、每${unit}扣${perItem[2]}分，应扣 ${arithmetic}${capped ? '（扣完为止）' : ''}${rowSays}，说明中为扣${total[1]}分。`,
  });
}

function checkNoteRates(ctx: Ctx, row: Row, note: Note, text: string): void {
  for (const r of RATES) {
    const m = r.re.exec(text);
    if (!m) continue;
    const groups = m.slice(1).filter((g) => g !== undefined && /^\d/.test(g));
    if (groups.length !== 3) continue;
    const [a, b, printed] = groups as [string, string, string];
    const exact = r.of(dec(a.replace(/,/g, '')), dec(b.replace(/,/g, '')));
    if (exact === null) continue;
    const dp = placesOf(printed);
    const rounded = roundHalfUp(exact, dp);
    const truncated = exact.toDecimalPlaces(dp, 1);
    const ok = rounded.eq(printed) || truncated.eq(printed);
    const formula = r.show === 'adjust' ? `（${b} − ${a}）÷ ${a}` : `${b} ÷ ${a}`;
    const arithmetic = `${formula} = ${rounded.toFixed(dp)}%`;
    const at = m.index! + m[0].lastIndexOf(printed);
    ctx.claims.push({
      kind: 'completion',
      line: noteLine(note, at) + 1,
      verified: ok,
      arithmetic: `${row.name}扣分说明：${r.name} ${arithmetic}，说明中${printed}%`,
    });
    if (ok) continue;
    ctx.findings.push({
      rule: r.rule,
      severity: 'error',
      line: noteLine(note, at) + 1,
      excerpt: excerptAround(text, m.index!, m[0].length),
      expected: `${rounded.toFixed(dp)}%`,
      found: `${printed}%`,
      message: `“${row.name}”的扣分说明中${r.name}应为 ${arithmetic}，说明中为${printed}%。`,
    });
  }
}

function excerptAround(text: string, start: number, length: number): string {
  return text.slice(Math.max(0, start - 30), Math.min(text.length, start + length + 10));
}
