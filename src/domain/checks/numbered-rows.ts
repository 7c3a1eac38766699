/**
 * A count stated right before the table that lists what it counts, one numbered row each — "纳入本部门2024年度部门
 * 决算编制范围的单位共8个，具体包括：" over a table of units numbered 1 … 7: the count is the rows' (`count.listed`).
 *
 * Precision first: the paragraph ends with the count and 包括 / 如下 and a colon; the table is the next block; its
 * rows (each the start of a line, wrapped names aside) are numbered 1, 2, … n in order with no gap nor repeat, at
 * least two; the count is a whole count of 个 / 家 / 所 / 项, the only one of its unit in its sentence.
 */
import { claim, report, type Ctx } from './context.ts';

const COUNT_THEN_LIST =
  /(\d{1,3})\s*(个|家|所|项)[^，,。；;\d]{0,12}[，,]?\s*(?:具体|主要)?(?:包括|如下)\s*[：:]\s*$/;
/** A table row opening with its 序号. */
const NUMBERED = /^\s*(\d{1,3})(?:[.、．]|\s)/;

export function checkNumberedRows(ctx: Ctx): void {
  const blocks = ctx.layout.blocks;
  for (let k = 0; k + 1 < blocks.length; k++) {
    const b = blocks[k]!;
    const next = blocks[k + 1]!;
    if (b.kind !== 'paragraph' || next.kind !== 'table') continue;
    const m = COUNT_THEN_LIST.exec(b.text);
    if (!m) continue;
    // (Another count of the unit before it in its sentence — "单位共3个，包括局机关本级和2个下属事业单位，具体如下：" —
    // and which one the table lists is not sure.)
    const sentence = b.text.slice(b.text.lastIndexOf('。', m.index) + 1, m.index);
    if (new RegExp(`\\d\\s*${m[2]}`).test(sentence)) continue;
    let n = 0;
    let broken = false;
    for (const row of next.rows) {
      const text = ctx.layout.normalised[row.line] ?? '';
      const numbered = NUMBERED.exec(text);
      if (!numbered) continue;
      if (Number(numbered[1]) !== n + 1) {
        broken = true;
        break;
      }
      n++;
    }
    if (broken || n < 2) continue;
    const count = Number(m[1]);
    const at = m.index;
    const ok = count === n;
    claim(ctx, 'count', b.first, at, ok, `其后表格列出${n}${m[2]}（序号1至${n}），文中共${count}${m[2]}`);
    if (ok) continue;
    report(
      ctx,
      b.first,
      'count.listed',
      'error',
      b.text.slice(Math.max(0, at - 20), at + m[0].length),
      `${n}${m[2]}`,
      `${count}${m[2]}`,
      `文中写共${count}${m[2]}，其后表格按序号列出${n}${m[2]}（序号1至${n}），数量不一致。`,
      at,
    );
  }
}
