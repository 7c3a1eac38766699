/**
 * Which unit a line speaks for, in a document of several units' sections: a 区's 三公 notice with a table for each
 * department ("表4 北京市潞泉区教育委员会“三公”经费财政拨款决算表") and its counts under it. A count a section states
 * is that unit's; the same words under another unit's title are another count, not a restatement.
 */
import type { Ctx } from './context.ts';

/** A title naming a unit before what it reports: "…教育委员会“三公”经费…表", "某某局2025年度部门决算". */
const UNIT_TITLE =
  /^(?:表\s*\d+\s*)?([\u4e00-\u9fa5]{2,24}?(?:局|委员会|委|院|中心|办公室|厅|站|所|队|馆|公司))(?:\s*20\d\d\s*年度?)?\s*[“"]?(?:三公|部门决算|部门整体|项目支出)/;

const units = new WeakMap<Ctx, string[]>();

/** The unit named by the last such title at or above line `li` ('' when none). */
export function unitOfLine(ctx: Ctx, li: number): string {
  let byLine = units.get(ctx);
  if (!byLine) {
    byLine = new Array<string>(ctx.lines.length).fill('');
    const titles: { line: number; unit: string }[] = [];
    for (const b of ctx.layout.blocks) {
      const text = b.kind === 'table' ? b.title : b.text.length <= 60 ? b.text : '';
      const m = UNIT_TITLE.exec(text.replace(/\s+/g, ''));
      if (m) titles.push({ line: b.first, unit: m[1]! });
    }
    let k = 0;
    let current = '';
    for (let i = 0; i < byLine.length; i++) {
      while (k < titles.length && titles[k]!.line <= i) current = titles[k++]!.unit;
      byLine[i] = current;
    }
    units.set(ctx, byLine);
  }
  return byLine[li] ?? '';
}

/** Whether lines `a` and `b` speak for two different units named by titles. */
export function otherUnits(ctx: Ctx, a: number, b: number): boolean {
  const [x, y] = [unitOfLine(ctx, a), unitOfLine(ctx, b)];
  return x !== '' && y !== '' && x !== y;
}
