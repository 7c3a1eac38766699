/**
 * A total's parts listed in the text, each named as a coded row of the document's tables — "公用经费96.40万元，
 * 包括办公费12.05万元、…、差旅费41.70万元、…" against the 基本支出表's "30211 差旅费 14.70" — whose sum misses
 * the total. When every part but one prints its row's figure, and that one's row figure in its place makes the
 * parts add up to the total exactly, the part is the text's slip (`figure.text-table`), and the note that the
 * list is partial (prose-totals.ts) is withdrawn. Read only when: three parts or more, each "名称X万元" joined by
 * 、, every name that of one coded row (one figure, its column known) in a table of the text's unit.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { mentionsAll } from './document-words.ts';
import { canonicalLabel, itemsOf, type TableModel, type TFigure, type TItem } from './table-model.ts';

type Row = { item: TItem; figure: TFigure; model: TableModel };
type Part = { name: string; value: string; at: number; end: number };

/** "公用经费154.83万元，包括" / "…万元，主要包括：" / "…万元，其中：": a total and the start of its list. */
const LIST_HEAD = /([\u4e00-\u9fa5]{2,12})(\d[\d,]*(?:\.\d+)?)(万元|元)[，,]?(?:主要)?包括[：:]?/g;
/** One part: "办公费18.62万元" and what follows it (、 goes on; anything else ends the list). */
const PART = /^([\u4e00-\u9fa5（）()]{2,16})(\d[\d,]*(?:\.\d+)?)(万元|元)(、?)/;

const nameOf = (label: string): string => canonicalLabel(label).replace(/\s+/g, '');
/** The unit a table's unit line names ('万元', '元'), '' when none. */
const unitOf = (t: string): string => (t.includes('万元') ? '万元' : t.includes('元') ? '元' : '');

/** The row a part names: its words as written, or without a trailing 为 ("差旅费为…"). */
function rowOf(rows: Map<string, Row | null>, name: string): Row | null {
  return rows.get(name) ?? rows.get(name.replace(/为$/, '')) ?? null;
}

/** The coded rows of one figure, by name; a name held by two rows is not kept (which one is meant is unknown). */
function codedRows(models: readonly TableModel[], unit: string): Map<string, Row | null> {
  const out = new Map<string, Row | null>();
  for (const model of models) {
    if (unitOf(model.table.unit) !== unit) continue;
    for (const item of itemsOf(model)) {
      if (item.code === null || item.figures.length !== 1 || item.unplaced !== 0) continue;
      const name = nameOf(item.label);
      out.set(name, out.has(name) ? null : { item, figure: item.figures[0]!, model });
    }
  }
  return out;
}

/** The parts listed from `from` on, while joined by 、 (the last one not). */
function partsFrom(text: string, from: number, unit: string): Part[] {
  const parts: Part[] = [];
  let k = from;
  for (;;) {
    const m = PART.exec(text.slice(k));
    if (!m || m[3] !== unit) break;
    parts.push({
      name: m[1]!,
      value: m[2]!.replace(/,/g, ''),
      at: k + m[0].indexOf(m[2]!),
      end: k + m[0].length,
    });
    if (m[4] === '') break;
    k += m[0].length;
  }
  return parts;
}

export function checkListedRows(ctx: Ctx, models: readonly TableModel[]): void {
  // (Its lists open with "…万元，包括" / "…元包括".)
  if (!mentionsAll(ctx, ['包括', '元'])) return;
  const byUnit = new Map<string, Map<string, Row | null>>();
  forEachFigureLineWith(ctx, '包括', (line, li) => checkLine(ctx, models, byUnit, line, li));
}

function checkLine(
  ctx: Ctx,
  models: readonly TableModel[],
  byUnit: Map<string, Map<string, Row | null>>,
  line: string,
  li: number,
): void {
  for (const head of line.matchAll(LIST_HEAD)) {
    const unit = head[3]!;
    const parts = partsFrom(line, head.index + head[0].length, unit);
    if (parts.length < 3) continue;
    if (!byUnit.has(unit)) byUnit.set(unit, codedRows(models, unit));
    const rows = parts.map((p) => rowOf(byUnit.get(unit)!, p.name));
    if (rows.some((r) => r === null)) continue;
    const off = parts.flatMap((p, k) => (dec(p.value).eq(rows[k]!.figure.value) ? [] : [k]));
    if (off.length !== 1) continue;
    const k = off[0]!;
    const total = dec(head[2]!.replace(/,/g, ''));
    const sum = (v: (j: number) => string): Dec => parts.reduce((acc, _, j) => acc.plus(v(j)), dec(0));
    const printed = sum((j) => parts[j]!.value);
    const fixed = sum((j) => (j === k ? rows[k]!.figure.value : parts[j]!.value));
    if (!fixed.eq(total) || printed.eq(total)) continue;
    judge(ctx, line, li, parts[k]!, rows[k]!, head[1]!, total, printed, unit, head.index + head[1]!.length);
  }
}

function judge(
  ctx: Ctx,
  line: string,
  li: number,
  part: Part,
  row: Row,
  whole: string,
  total: Dec,
  printed: Dec,
  unit: string,
  totalAt: number,
): void {
  const { item, figure, model } = row;
  claim(
    ctx,
    'figure',
    li,
    part.at,
    false,
    `${part.name}：正文${part.value}${unit}，《${model.table.title}》${item.code} ${figure.value}`,
  );
  report(
    ctx,
    li,
    'figure.text-table',
    'error',
    excerptOf(line, part.at - part.name.length, part.end, 0),
    figure.value,
    part.value,
    `正文所列${whole}中“${part.name}”为${part.value}${unit}，而第${ctx.layout.lineAt(item.line, 0) + 1}行《${model.table.title}》${item.code} ${nameOf(item.label)}为${figure.value}${unit}；按表中数计，所列各项之和恰为${whole}${total.toFixed()}${unit}（按正文数计为${printed.toFixed()}${unit}）。`,
    part.at,
  );
  // (The list was taken for a partial one: its failed sum is this part's fault.)
  const noteLine = ctx.layout.lineAt(li, totalAt) + 1;
  const at = ctx.findings.findIndex(
    (f) =>
      f.rule === 'sum.partial' &&
      f.line === noteLine &&
      f.message.includes(` ${part.value} `) &&
      f.message.includes(`合计${total.toFixed()}`),
  );
  if (at >= 0) ctx.findings.splice(at, 1);
}
