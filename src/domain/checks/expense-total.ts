/**
 * A 支出决算表's 本年支出合计: the figure of its 合计 row under the column headed so, wherever that column
 * stands (first in most provinces' tables, last after 基本支出, 项目支出, … in others). Read from the column's
 * header — the model's, or the words of a one-line header above the rows; when neither names it, nothing
 * (a row of several figures under unread headers does not say which is the total).
 */
import { figureAt, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';

const TOTAL_HEADER = /^(?:本年)?(?:支出)?合计$/;
/** The words of a header over the label columns ("科目编码", "科目名称", "项目", "功能分类科目"). */
const LABEL_HEADER = /科目|编码|名称|项目|分类/;

export function expenseTotal(model: TableModel, total: TItem): TFigure | null {
  const byModel = model.headers.findIndex((h) => TOTAL_HEADER.test(squashSpaces(h)));
  if (byModel >= 0) return figureAt(total, byModel);
  const words = headWordColumns(model);
  if (words) {
    const col = words.findIndex((w) => TOTAL_HEADER.test(w));
    return col >= 0 ? figureAt(total, col) : null;
  }
  return total.figures.length === 1 ? total.figures[0]! : null;
}

/** The header words above the rows, one a figure column, when they fit the columns exactly; else null. */
export function headWordColumns(model: TableModel): readonly string[] | null {
  const words = model.table.headWords;
  if (!words) return null;
  const extra = words.length - model.columns;
  if (extra < 0 || extra > 3) return null;
  for (let i = 0; i < words.length; i++) if (LABEL_HEADER.test(words[i]!) !== i < extra) return null;
  return words.slice(extra);
}
