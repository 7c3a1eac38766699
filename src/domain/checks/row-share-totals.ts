/**
 * The whole of a share named after a table's total: "A年度预算12,600.00万元，占监控项目预算总额的50.98%" where a table
 * has a row labelled A printing 12,600.00 under its header "年度预算" and a 合计 / 总计 row — the whole is the 合计 row's
 * figure under that header. Read only when the words before the part are exactly the row's label and the header,
 * the part is the row's figure, and the share's whole names the header's last word (预算, 执行 …) and a total
 * (总额 / 合计 / 总计 / 总数), in the table's unit. Null otherwise (the text's own figure of the name comes first).
 */
import type { Ctx } from './context.ts';
import { headedRows, stackedHeader } from './headed-rows.ts';
import type { TableBlock } from './layout.ts';
import type { NumberToken } from './numbers.ts';
import { printedPlaces } from './numbers.ts';

const TOTAL_WORD = /总额|合计|总计|总数/;
const TOTAL_ROW = /^(合\s*计|总\s*计)$/;
const AMOUNT = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const squash = (t: string) => t.replace(/\s+/g, '');

export function tableTotalOf(
  ctx: Ctx,
  line: string,
  part: NumberToken,
  wholeName: string,
): NumberToken | null {
  if (!TOTAL_WORD.test(wholeName)) return null;
  const lead = line.slice(0, part.start);
  const subject = squash(
    lead.slice(Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((p) => lead.lastIndexOf(p))) + 1),
  ).replace(/(?:为|是)$/, '');
  if (subject.length < 4) return null;
  let found: NumberToken | null = null;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || block.unit !== part.unit) continue;
    const total = totalUnder(block, subject, part.value, wholeName);
    if (total === undefined) continue;
    if (total === null || (found && found.value !== total)) return null;
    found = { value: total, places: printedPlaces(total), unit: part.unit, start: 0, end: 0 };
  }
  return found;
}

/** The 合计 row's figure under the column the subject names; undefined when the table has no such row. */
function totalUnder(
  block: TableBlock,
  subject: string,
  value: string,
  wholeName: string,
): string | null | undefined {
  const headed =
    stackedHeader(block) ??
    headedRows(block, (r) => r.cells.filter((c) => /[\u4e00-\u9fa5]/.test(c.text)).length >= 3);
  if (!headed) return undefined;
  const header = headed.header.map((c) => squash(c.text));
  const rows = headed.body.flatMap((r) => {
    const a = headed.align(headed.header, r);
    return a ? [a.cells.map((c) => squash(c.text))] : [];
  });
  for (const row of rows) {
    // The part: the row's figure under the header the subject ends with, the subject's rest the row's label.
    const col = row.findIndex(
      (c, i) =>
        AMOUNT.test(c) &&
        c.replace(/,/g, '') === value &&
        header[i] !== '' &&
        row.some((l) => l !== '' && l + header[i] === subject),
    );
    if (col < 0) continue;
    const key = header[col]!.replace(/[^\u4e00-\u9fa5]/g, '').slice(-2);
    if (key.length < 2 || !wholeName.includes(key)) return undefined;
    const totals = rows.filter((r) => r.some((c) => TOTAL_ROW.test(c)));
    if (totals.length !== 1) return undefined;
    const cell = totals[0]![col] ?? '';
    return AMOUNT.test(cell) ? cell.replace(/,/g, '') : null;
  }
  return undefined;
}
