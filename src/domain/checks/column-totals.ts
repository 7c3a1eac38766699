/**
 * A table of one column of amounts among rows of words — a 问题清单 whose rows wrap their 项目, 整改措施 and 完成时限
 * over lines — closed by a 合计 row: the 合计 is the sum of the amounts above it (`table.total`).
 *
 * Precision first: every amount of the table (two decimals) ends where the 合计's does (pdftotext sets a column of
 * figures flush right), one a line at most, three at least above the 合计; no other row is a total or a part (小计,
 * 其中, 合计); the 合计 is the table's last row with an amount, its line holding nothing but its label and that
 * amount; a sum another rule made on that line stands.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, printedLines, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { judgeSum, printedFigure, showAs, type Printed } from './verdict.ts';

const AMOUNT = /(?<![\d.,])\d[\d,]*\.\d{2}(?![\d%％])/g;
const TOTAL_ROW = /^\s*(?:合\s*计|总\s*计)\s+(\d[\d,]*\.\d{2})\s*$/;
const OTHER_TOTAL = /小\s*计|其\s*中|合\s*计|总\s*计/;

export function checkColumnTotals(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['合计', '总计'])) return;
  checkRunTotals(ctx);
  const lines = printedLines(ctx);
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table' || b.shape !== 'space' || b.rows.length < 4) continue;
    const last = b.rows[b.rows.length - 1]!.line;
    const t = TOTAL_ROW.exec(lines[last] ?? '');
    if (!t) continue;
    const edge = (lines[last] ?? '').lastIndexOf(t[1]!) + t[1]!.length;
    const parts: Printed[] = [];
    let ok = true;
    for (const r of b.rows) {
      if (r.line === last) break;
      const text = lines[r.line] ?? '';
      const amounts = [...text.matchAll(AMOUNT)];
      if (OTHER_TOTAL.test(text) && amounts.length > 0) ok = false;
      if (amounts.length === 0) continue;
      if (amounts.length > 1 || amounts[0]!.index + amounts[0]![0].length !== edge) ok = false;
      if (!ok) break;
      parts.push(printedFigure(amounts[0]![0].replace(/,/g, '')));
    }
    if (!ok || parts.length < 3) continue;
    const totalLine = ctx.layout.lineAt(last, 0) + 1;
    if (ctx.claims.some((c) => c.line === totalLine && (c.kind === 'table' || c.kind === 'sum'))) continue;
    const total = printedFigure(t[1]!.replace(/,/g, ''));
    const v = judgeSum(parts, total);
    const list = parts.map((p) => p.value).join(' + ');
    const computed = v.kind === 'ok' ? total.value : showAs(v.total, [...parts, total]);
    const name = b.title ? `《${b.title}》` : '表格';
    claim(
      ctx,
      'table',
      last,
      0,
      v.kind !== 'wrong',
      `${name}“合计”等于各行之和：${list} = ${computed}，表中${total.value}`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      last,
      'table.total',
      v.severity,
      excerptOf(lines[last]!, 0, lines[last]!.length, 0),
      computed,
      total.value,
      `${name}“合计”等于各行之和：${list} = ${computed}，表中为${total.value}${v.kind === 'rounding' ? '，在各数四舍五入的误差范围内' : ''}。`,
      0,
    );
  }
}

/** A 合计 row of its label and two or more amounts alone: "金额合计   9,357.67   8,989.01". */
const TOTAL_OF_COLUMNS = /^\s*[\u4e00-\u9fa5]{0,6}(?:合\s*计|总\s*计)((?:\s+\d[\d,]*\.\d{2}){2,})\s*$/;
/** A row's amounts at its end: the line's last words, after its number and names. */
const ENDING_AMOUNTS = /((?:\s+\d[\d,]*\.\d{2})+)\s*$/;

/**
 * Rows of names each ending in the same number of amounts, right above a 合计 row of that many amounts — a
 * 自评表's 年度主要任务 rows "3  市政道路设施养护  市政道路设施养护经费  892.60  861.47" over "金额合计  9,357.67
 * 8,989.01", in a table the layout could not place (its columns' header on another page, its 指标 rows after it):
 * each column's amounts must add up to the 合计's (`table.total`).
 *
 * Precision first: three rows at least, one a line, none a total or a part (小计, 其中, 合计), each line holding no
 * other amount, the first numbered 1 if numbered; at least one column adds up exactly, half its rows not zero at
 * least — proof that the rows are the 合计's — and only a column that
 * does not is reported (nor a column whose 合计 is below one of its rows: a rate's or an average's); a 合计 line
 * another rule found wrong stands, and so does a column another rule summed.
 */
function checkRunTotals(ctx: Ctx): void {
  const lines = printedLines(ctx);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('计')) continue;
    const t = TOTAL_OF_COLUMNS.exec(line);
    if (!t) continue;
    const totals = t[1]!.trim().split(/\s+/);
    const rows: string[][] = [];
    let first = '';
    for (let j = i - 1; j >= 0; j--) {
      const text = lines[j]!;
      const end = ENDING_AMOUNTS.exec(text);
      const all = text.match(AMOUNT) ?? [];
      if (!end || OTHER_TOTAL.test(text)) break;
      const amounts = end[1]!.trim().split(/\s+/);
      if (amounts.length !== totals.length || all.length !== amounts.length) break;
      rows.unshift(amounts);
      first = text;
    }
    if (rows.length < 3) continue;
    // Rows numbered from other than 1 ("17  县自然资源局 …" under a header repeated on a new page): the rest of a
    // table whose first rows stand above, not all the 合计's parts.
    const number = /^\s*(\d{1,3})\s+[\u4e00-\u9fa5]/.exec(first)?.[1];
    if (number !== undefined && number !== '1') continue;
    const totalLine = ctx.layout.lineAt(i, 0) + 1;
    if (ctx.findings.some((f) => f.line === totalLine)) continue;
    // (A column another rule summed on that line stands.)
    const read = ctx.claims.filter((c) => c.line === totalLine).map((c) => c.arithmetic);
    const verdicts = totals.map((total, c) => {
      const parts = rows.map((r) => printedFigure(r[c]!.replace(/,/g, '')));
      const whole = printedFigure(total.replace(/,/g, ''));
      return { parts, whole, v: judgeSum(parts, whole) };
    });
    // (A column of zeros but a few proves nothing: the rows left out may print zeros there too.)
    const proving = verdicts.flatMap((x, c) =>
      x.v.kind === 'ok' && x.parts.filter((p) => !dec(p.value).isZero()).length * 2 >= x.parts.length
        ? [`第${c + 1}列`]
        : [],
    );
    if (proving.length === 0) continue;
    verdicts.forEach(({ parts, whole, v }, c) => {
      if (read.some((a) => a.includes(`表中${whole.value}`))) return;
      // (A column whose 合计 is below one of its rows is a rate's or an average's, not a sum's: "得分率 77.50".)
      if (parts.some((p) => dec(p.value).gt(whole.value))) return;
      const list = parts.map((p) => p.value).join(' + ');
      const computed = v.kind === 'ok' ? whole.value : showAs(v.total, [...parts, whole]);
      const said = `“合计”行第${c + 1}列金额等于上方各行之和：${list} = ${computed}`;
      claim(ctx, 'table', i, 0, v.kind !== 'wrong', `${said}，表中${whole.value}`);
      if (v.kind === 'ok') return;
      report(
        ctx,
        i,
        'table.total',
        v.severity,
        excerptOf(line, 0, line.length, 0),
        computed,
        whole.value,
        `${said}，表中为${whole.value}${v.kind === 'rounding' ? '，在各数四舍五入的误差范围内' : ''}；${proving.join('、')}各行之和与合计相符，所列各行即合计的各项。`,
        0,
      );
    });
  }
}
