/**
 * A 评分表 row printing its 分值, its 得分 and, in the 扣分原因 (扣分说明, 扣分理由) column after them, the points it
 * took off: "绩效指标明确性 | 4 | 3.50 | 部分指标未量化，扣0.50分". The deduction the reason states must be
 * 分值 − 得分 (`score.deduction`); a reason naming several deductions ("A扣0.5分；B扣1分") is their sum, one stating
 * a total ("共扣1.5分") that total.
 *
 * Precision first: read only under a header line naming 得分 and a 扣分 column of text, in a row whose first two
 * figures stand alone after its name (分值, then 得分 not above it) and whose reason begins with a word; the reason
 * is the row's text after them and the lines below it up to the next row (a wrapped "扣1.00" / "分"). A reason
 * that deducts per item (每), caps (扣完为止, 最多), adds points (加分), or states a 扣 with no 分 after it is not read;
 * nor a row another rule judged (a `score.deduction` finding on its line). Within the rounding of the 得分 and of
 * the deduction as printed.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { halfUlp } from './verdict.ts';
import { printedPlaces } from './numbers.ts';

/** A header line of a score sheet with a 扣分原因 column. */
const HEADER = /得分/;
const REASON_HEADER = /扣分(?:原因|说明|理由|情况|依据)|扣分/;
/** A row: its name, 分值, 得分, then its reason (a word first). */
const ROW =
  /^(\S.*?[\u4e00-\u9fa5）)])\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+((?:\d+(?:\.\d+)?[\u4e00-\u9fa5]|[\u4e00-\u9fa5“"（(]).*)$/;
/** A line that starts the next row, or ends the table: two figures after a name, or a 小计 / 合计 / 总分 line. */
const NEXT_ROW = /^\S.*?[\u4e00-\u9fa5）)]\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?(?:\s|$)|小计|合计|总分|总计/;
const DEDUCTED = /扣(?:减|除)?\s*(\d+(?:\.\d+)?)\s*分/g;
const TOTAL_DEDUCTED = /(?:共|合计|累计|总计|一共)\s*扣(?:减|除)?\s*(\d+(?:\.\d+)?)\s*分/g;
const NOT_READ =
  /每|扣完为止|最多|最高|上限|不超过|加分|加\s*\d|倒扣|扣\s*\d+(?:\.\d+)?(?!\s*\.?\d)(?!\s*分)/;
/** How many lines a score sheet's rows may run below its header. */
const SHEET_REACH = 80;
/** How many lines below a row its reason may wrap over. */
const WRAP_REACH = 2;

export function checkStatedDeductions(ctx: Ctx): void {
  // (A sheet read has a header naming 得分 and a 扣分 column.)
  if (!mentionsAll(ctx, ['得分', '扣分'])) return;
  const n = ctx.layout.normalised.length;
  for (let h = 0; h < n; h++) {
    const head = sourceText(ctx, h);
    if (!HEADER.test(head) || !REASON_HEADER.test(head.replace(/\s+/g, ''))) continue;
    let i = h + 1;
    for (; i < n && i <= h + SHEET_REACH; i++) {
      const text = sourceText(ctx, i);
      // (A line ending with "。" is prose, the table over — unless set far in or set apart in columns: a reason
      // wrapped in its column, a merged cell's label beside it.)
      const raw = ctx.layout.normalised[i] ?? '';
      if (!text || (/[。]$/.test(text) && !/^\s{16,}/.test(raw) && !/\S\s{6,}\S/.test(raw))) break;
      if (HEADER.test(text) && REASON_HEADER.test(text)) break;
      const m = ROW.exec(text);
      if (!m) continue;
      let reason = m[4]!;
      for (let k = i + 1; k < n && k <= i + WRAP_REACH; k++) {
        const below = sourceText(ctx, k);
        if (!below || NEXT_ROW.test(below) || ROW.test(below)) break;
        reason += below;
      }
      judgeRow(ctx, i, m[1]!, m[2]!, m[3]!, reason);
    }
    h = i - 1;
  }
}

function judgeRow(ctx: Ctx, li: number, name: string, weight: string, score: string, reason: string): void {
  if (NOT_READ.test(reason)) return;
  if (dec(score).gt(weight) || dec(weight).isZero()) return;
  const totals = [...reason.matchAll(TOTAL_DEDUCTED)];
  const items = [...reason.matchAll(DEDUCTED)];
  if (items.length === 0 || totals.length > 1) return;
  const taken = totals.length === 1 ? [totals[0]![1]!] : items.map((d) => d[1]!);
  const line = ctx.layout.lineAt(li, 0) + 1;
  if (ctx.findings.some((f) => f.rule === 'score.deduction' && f.line === line)) return;
  const sum = taken.reduce((a: Dec, d) => a.plus(d), dec(0));
  const lost = dec(weight).minus(score);
  const slack = [score, ...taken]
    .map((x) => (printedPlaces(x) === 0 ? dec(0) : halfUlp(printedPlaces(x))))
    .reduce((a, b) => a.plus(b), dec(0));
  const holds = sum.minus(lost).abs().lte(slack);
  const places = Math.max(printedPlaces(score), ...taken.map(printedPlaces));
  const stated = taken.length > 1 ? `${taken.join(' + ')} = ${sum.toFixed(places)}` : taken[0]!;
  const arithmetic = `分值${weight} − 得分${score} = ${lost.toFixed(places)}，扣分原因所扣${stated}分`;
  const nameText = name.replace(/\s+/g, ' ');
  claim(ctx, 'score', li, 0, holds, `“${nameText}”${arithmetic}`);
  if (holds) return;
  report(
    ctx,
    li,
    'score.deduction',
    'error',
    `${nameText} ${weight} ${score} ${reason}`.slice(0, 80),
    `扣${lost.toFixed(places)}分`,
    `扣${sum.toFixed(places)}分`,
    `“${nameText}”分值${weight}分、得分${score}分，应扣${lost.toFixed(places)}分，扣分原因却写扣${stated}分：扣分与得分不符。`,
    0,
  );
}
