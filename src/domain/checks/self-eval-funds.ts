/**
 * A 自评 report's funds figures against its 自评表 — "项目2024年度全年预算数2,046.40万元…；全年执行数1,893.72万元" below a
 * table whose 年度资金总额 row prints 年初预算数 | 全年预算数 | 全年执行数 (the national order): each figure the text names
 * so is the table's (`figure.text-table`).
 *
 * Precision first: one table with a 年度资金总额 row in the document, its header naming the three columns in that
 * order and the row printing three amounts first; the text's figure named by exactly 年初预算(数) / 全年预算(数) /
 * 全年执行(数) at the start of its clause (after 项目, 本项目, 该项目, the year or 年度资金总额 at most), outside a
 * 其中 list and a clause group (to "；") about a source (财政拨款, 结转, 其他资金 …). When the table's row already holds an error
 * (its own sums or rates failed), the text is not held to it.
 */
import { dec } from '../money/index.ts';
import { claim, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { itemsOf, squashSpaces, type TableModel, type TFigure } from './table-model.ts';

const COLUMNS = ['年初预算', '全年预算', '全年执行'] as const;
const NAMED =
  /(?:^|[，,；;。：:])\s*(?:项目|本项目|该项目)?(?:20\d\d\s*年度?)?(?:年度资金总额)?(年初预算|全年预算|全年执行)(?:数|金额)?\s*(?:为|是)?\s*$/;
const SOURCE = /其中|财政拨款|结转|其他资金|自筹|中央|省级|市级|县级|上级/;

function fundsRow(models: readonly TableModel[]): { figures: TFigure[]; title: string; line: number } | null {
  let found: { figures: TFigure[]; title: string; line: number } | null = null;
  for (const m of models) {
    const header = squashSpaces(m.headers.join(''));
    const at = COLUMNS.map((c) => header.indexOf(c));
    if (at.some((k) => k < 0) || !(at[0]! < at[1]! && at[1]! < at[2]!)) continue;
    for (const item of itemsOf(m)) {
      if (squashSpaces(item.label) !== '年度资金总额' || item.figures.length < 3) continue;
      if (found) return null;
      found = { figures: item.figures.slice(0, 3), title: m.table.title, line: item.line };
    }
  }
  return found;
}

export function checkSelfEvaluationFunds(ctx: Ctx, models: readonly TableModel[]): void {
  const row = fundsRow(models);
  if (!row || row.figures.some((f) => f.places < 2)) return;
  // (The table's row already found wrong: the text is not held to it.)
  if (ctx.findings.some((f) => f.severity === 'error' && f.line === row.line + 1)) return;
  forEachFigureLine(ctx, (line, li) => {
    if (li >= row.line - 1 && li <= row.line + 1) return;
    if (!line.includes('预算') && !line.includes('执行')) return;
    const sents = sentencesAt(ctx, li);
    for (const t of lineFigures(ctx, li)) {
      if (!MONEY_UNITS.has(t.unit) || t.unit !== '万元') continue;
      const m = NAMED.exec(line.slice(Math.max(0, t.start - 30), t.start));
      if (!m) continue;
      const s = sents.find((x) => t.start >= x.start && t.start < x.end);
      // (The figure's clause group: from the sentence's start or its last "；".)
      if (!s || SOURCE.test(line.slice(Math.max(s.start, line.lastIndexOf('；', t.start) + 1), t.start)))
        continue;
      const k = COLUMNS.indexOf(m[1] as (typeof COLUMNS)[number]);
      const table = row.figures[k]!;
      const same = dec(table.value).eq(t.value);
      claim(
        ctx,
        'figure',
        li,
        t.start,
        same,
        `${m[1]}数：正文${t.value}万元，《${row.title}》年度资金总额${table.value}`,
      );
      if (same) continue;
      report(
        ctx,
        li,
        'figure.text-table',
        'error',
        line.slice(Math.max(0, t.start - 12), t.end),
        `${table.value}万元`,
        `${t.value}万元`,
        `正文中“${m[1]}数”为${t.value}万元，而第${row.line + 1}行${row.title ? `《${row.title}》` : '自评表'}年度资金总额的${m[1]}数为${table.value}万元，两处不一致。`,
        t.start,
      );
    }
  });
}
