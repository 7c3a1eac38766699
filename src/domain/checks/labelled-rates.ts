/**
 * A table row of labels each followed by its figure — the budget line at the head of a 自评表: "年度预算情况（万元）
 * | 全年预算数 | 3,200.00 | 全年执行数 | 3,040.00 | 执行率 | 95.00%". The row is no column table (its header is
 * in the row itself): its 执行率 must be its 执行数 ÷ its 预算数 (`completion.percent`, rounding-aware).
 *
 * Precision first: read only when the row names exactly one budget, one outturn and one rate, each label alone in
 * its cell with the figure in the next cell with text (an amount; the rate with its %), and the row holds no
 * other figure beside a label — a row naming two budgets (年初 and 全年) does not say which the rate is of.
 */
import { completionPercent } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { printedPlaces } from './numbers.ts';
import type { TableRow } from './table-row.ts';
import { judgeRatio, SHARE, show, verdictClause, type Printed } from './verdict.ts';

/** A label cell: what it names, an optional unit in brackets after it ("全年预算数（万元）"). */
const UNIT = String.raw`(?:[（(](?:万元|元|亿元|%|％)[）)])?`;
const BUDGET = new RegExp(String.raw`^(?:年度|全年|调整后?|本年)?预算(?:数|金额|资金)?${UNIT}$`);
const OUTTURN = new RegExp(
  String.raw`^(?:全年|年度|本年|实际)?(?:执行数|执行金额|支出数|实际支出|决算数)${UNIT}$`,
);
const RATE = new RegExp(String.raw`^(?:预算)?执行率${UNIT}$`);
const AMOUNT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const RATE_CELL = /^(\d+(?:\.\d+)?)\s*[%％]$/;
/** A rate cell under a label that states its %: the bare figure. */
const BARE = /^(\d+(?:\.\d+)?)$/;

type Pair = {
  kind: 'budget' | 'outturn' | 'rate' | 'schedule' | 'other';
  label: string;
  text: string;
  line: number;
};
/** The months an outturn label names before it: "1—6月", "1-8月", "截至6月底". */
const PERIOD = /^(?:\d{1,2}[—–\-－~～至]{1,2}\d{1,2}月(?:份)?|截至\d{1,2}月(?:底|末)?)/;
/** A 序时进度 beside the row's rate: no budget, outturn or rate of its own. */
const SCHEDULE = new RegExp(String.raw`^(?:序时|时序|时间)进度${UNIT}$`);

/** The row's (label, figure) pairs: a cell of words followed by the next cell with text holding one figure. */
function pairsOf(row: TableRow): Pair[] {
  const cells = row.cells.filter((c) => c.text.trim() !== '');
  const out: Pair[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    // (A 监控表's outturn names its months: "1—6月执行数", "截至6月执行数".)
    const label = cells[i]!.text.replace(/\s+/g, '').replace(PERIOD, '');
    const figure = cells[i + 1]!.text.trim();
    if (/\d/.test(label) || !(AMOUNT.test(figure) || RATE_CELL.test(figure))) continue;
    const kind = RATE.test(label)
      ? 'rate'
      : BUDGET.test(label)
        ? 'budget'
        : OUTTURN.test(label)
          ? 'outturn'
          : SCHEDULE.test(label)
            ? 'schedule'
            : 'other';
    out.push({ kind, label, text: figure, line: cells[i + 1]!.line });
    i++;
  }
  return out;
}

const printed = (text: string): Printed => {
  const value = text.replace(/,/g, '');
  return { value, places: printedPlaces(value) };
};

function checkRow(ctx: Ctx, row: TableRow): void {
  const pairs = pairsOf(row);
  const one = (kind: Pair['kind']): Pair | null => {
    const found = pairs.filter((p) => p.kind === kind);
    return found.length === 1 ? found[0]! : null;
  };
  const [budget, outturn, rate] = [one('budget'), one('outturn'), one('rate')];
  if (!budget || !outturn || !rate || pairs.some((p) => p.kind === 'other')) return;
  if (!AMOUNT.test(budget.text) || !AMOUNT.test(outturn.text)) return;
  const m = RATE_CELL.exec(rate.text) ?? (/[%％]/.test(rate.label) ? BARE.exec(rate.text) : null);
  if (!m) return;
  const [b, o] = [printed(budget.text), printed(outturn.text)];
  if (Number(b.value) === 0) return;
  const shown = { value: m[1]!, places: printedPlaces(m[1]!) };
  const verdict = judgeRatio(shown, [o, b], ([x, y]) => completionPercent(x!, y!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? shown.value : show(verdict.exact, shown.places);
  const arithmetic = `${outturn.label} ${o.value} ÷ ${budget.label} ${b.value} × 100% = ${exact}%`;
  claim(ctx, 'completion', rate.line, 0, verdict.kind !== 'wrong', `${arithmetic}，表中${shown.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    rate.line,
    'completion.percent',
    verdict.severity,
    row.cells
      .map((c) => c.text.trim())
      .filter(Boolean)
      .join(' '),
    `${exact}%`,
    rate.text,
    `${rate.label}应为 ${arithmetic}，表中为${rate.text}${verdictClause(verdict.kind)}。`,
  );
}

export function checkLabelledRates(ctx: Ctx): void {
  // (A row read has a cell naming 执行率.)
  if (!mentionsAll(ctx, ['执行率'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      // (Cheap test first: most rows name no 执行率.)
      if (!row.cells.some((c) => c.text.includes('执行率'))) continue;
      // A rate judged already on this line by another rule (a column table's): not again.
      if (ctx.claims.some((c) => c.kind === 'completion' && c.line === row.line + 1)) continue;
      checkRow(ctx, row);
    }
  }
}
