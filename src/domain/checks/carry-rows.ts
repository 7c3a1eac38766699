/**
 * A 收入支出决算表 by 科目 whose columns are 年初结转和结余 | 本年收入 | 本年支出 (合计, 基本支出, 项目支出) |
 * 年末结转和结余: in each row, 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.
 * Read only when every column is one of these (a table with 结余分配, 调整 or split carry columns is not).
 */
import { claim, report, type Ctx } from './context.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure } from './table-model.ts';
import { judgeSum, showAs } from './verdict.ts';

const OPENING = /^年初结转和?结余$/;
const INCOME = /^本年收入(合计)?$/;
const SPENDING = /^(本年支出)?(合计|小计)?$|^本年支出(合计|小计)$/;
const PART = /^(本年支出)?(基本支出|项目支出)$/;
const CLOSING = /^年末结转和?结余$/;

/** The four columns (opening, income, spending, closing), or null when the headers are not exactly these. */
function carryColumns(headers: readonly string[]): [number, number, number, number] | null {
  const h = headers.map((x) => squashSpaces(x));
  const at = (re: RegExp): number =>
    h.filter((x) => re.test(x)).length === 1 ? h.findIndex((x) => re.test(x)) : -1;
  const open = at(OPENING);
  const income = at(INCOME);
  const close = at(CLOSING);
  if (open < 0 || income !== open + 1 || close <= income + 1) return null;
  const spend = income + 1;
  // Between 本年收入 and 年末: the spending total, then only its 基本 / 项目 parts; the group is named.
  if (!SPENDING.test(h[spend]!) || h[spend] === '' || !h.some((x) => x.startsWith('本年支出'))) return null;
  for (let k = spend + 1; k < close; k++) if (!PART.test(h[k]!)) return null;
  // No other money column.
  if (h.some((x, k) => k < open || (k > close && x !== ''))) return null;
  return [open, income, spend, close];
}

export function checkCarryRows(ctx: Ctx, model: TableModel): void {
  const cols = carryColumns(model.headers);
  if (!cols) return;
  const name = model.table.title ? `《${model.table.title}》` : '表格';
  for (const r of model.rows)
    for (const it of r.items) {
      const [open, income, spend, close] = cols.map((c) => figureAt(it, c));
      if (!open || !income || !spend || !close || it.unplaced > 0) continue;
      // A row whose figure a sum in the table already reports: that figure, not the carry, is at fault.
      const line = ctx.layout.lineAt(it.line, 0) + 1;
      if (ctx.findings.some((f) => f.line === line && f.severity === 'error' && f.rule.startsWith('table.')))
        continue;
      const minus: TFigure = {
        ...spend,
        value: spend.value.startsWith('-') ? spend.value.slice(1) : `-${spend.value}`,
      };
      const parts = [open, income, minus];
      const verdict = judgeSum(parts, close);
      const who = `${it.code ? `“${it.code} ${it.label}”` : it.label}行`;
      const arithmetic = `${open.value} + ${income.value} − ${spend.value}`;
      const computed = verdict.kind === 'ok' ? close.value : showAs(verdict.total, [...parts, close]);
      claim(
        ctx,
        'table',
        close.line,
        0,
        verdict.kind !== 'wrong',
        `${name}${who}年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余：${arithmetic} = ${computed}，表中${close.value}`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        close.line,
        'table.balance',
        verdict.severity,
        `${it.code ?? ''} ${it.label} ${it.figures.map((f) => f.text).join(' ')}`.trim(),
        computed,
        close.text,
        `${name}${who}年末结转和结余应为年初结转和结余 + 本年收入 − 本年支出：${arithmetic} = ${computed}，表中为${close.value}${
          verdict.kind === 'rounding' ? '，在各数四舍五入的误差范围内' : ''
        }。`,
        0,
      );
    }
}
