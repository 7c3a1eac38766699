/**
 * An indicator's count restated in the text under its table with its name in pieces (`figure.text-table`):
 * "全年为1,530名留守儿童提供课后托管" under a 自评表 whose row 课后托管留守儿童人数 prints 实际完成值 1,350人.
 * row-citations.ts reads an indicator named whole with its actual right after it; here the name's words are
 * spread over the clause around the count.
 *
 * Precision first. A count is read only:
 *  - in a paragraph after the indicator's table and before the next table with indicator rows (the 自评说明
 *    under that table), as a whole number with a counting unit — the row's 实际完成值 unit, or 名 for 人;
 *  - alone of its kind in its clause (between two of ，；。：), the clause naming no change, part, bound or plan
 *    (其中, 新增, 较, 约, 以上, 目标…) and not the row's name whole;
 *  - when the row's name, its 人数 / 数量 / 个数… aside (four characters or more), is made of pieces of two
 *    characters or more, at most three, each found in the clause — and no other row of that table's matches;
 *  - and not when it is the row's 年度指标值 (the target restated).
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import type { TableBlock } from './layout.ts';
import { citedRows, type Cited } from './row-citations.ts';
import { mentionsAny } from './document-words.ts';

const COUNT_UNITS = '批次|人次|户|个|项|家|件|场|期|台|套|辆|名|人|处|所|座|条|份|篇|次';
const COUNT_IN_TEXT = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,])\\s*(${COUNT_UNITS})(?!次)`,
  'g',
);
const CLAUSE_END = /[，,；;。：:！？]/;
/** Words of what is new in the year: "新发现", "新增" — a flow, not the count an indicator holds. */
const NEWLY = /新发现|新增|新发生|新出现|新确认/;
/** A clause about a change, a part, a bound, an estimate, a plan or what is left to do: its count need not be the actual. */
const NOT_THE_ACTUAL =
  /其中|新增|增加|减少|较|比|超过|超出|约|近|逾|以上|以下|不少于|不低于|不超过|至少|累计|目标|计划|预计|力争|争取|任务|指标值|上年|同期|剩余|余下|尚未|未完成|仍有/;
const MEASURE_SUFFIX = /(?:人数|人次数|个数|户数|家数|期数|次数|场次|数量|数)$/;
const MAX_PIECES = 3;

/** The fewest pieces (two characters or more) found in `clause` that make `core`, or Infinity. */
function pieces(core: string, clause: string): number {
  const best = new Array<number>(core.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < core.length; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 2; j <= core.length; j++) {
      if (!clause.includes(core.slice(i, j))) break;
      best[j] = Math.min(best[j]!, best[i]! + 1);
    }
  }
  return best[core.length]!;
}

const sameUnit = (text: string, row: string): boolean => text === row || (text === '名' && row === '人');

type Row = { label: string; core: string; actual: Cited; target: Cited | null };

export function checkPiecedActuals(ctx: Ctx): void {
  // (Its rows are read under a 率 or 得分 column and a 完成值 / 实际值 column, a stacked header's pieces apart.)
  if (!(mentionsAny(ctx, ['率', '得']) && mentionsAny(ctx, ['值', '完']))) return;
  const rows = citedRows(ctx);
  if (rows.size === 0) return;
  const tables = ctx.layout.blocks.filter((b): b is TableBlock => b.kind === 'table');
  // Each table's count rows, by the table.
  const byTable = new Map<TableBlock, Row[]>();
  for (const [label, entry] of rows) {
    const cells = [...entry.cells.values()];
    const actual = cells.find((c) => c.column.kind === 'actual');
    if (!actual || !new RegExp(`^(?:${COUNT_UNITS})$`).test(actual.unit)) continue;
    if (!/^\d+$/.test(actual.value)) continue;
    const core = label.replace(MEASURE_SUFFIX, '');
    if (core.length < 4) continue;
    const table = tables.find((t) => t.first <= actual.line && actual.line <= t.last);
    if (!table) continue;
    const target = cells.find((c) => c.column.kind === 'target') ?? null;
    const list = byTable.get(table) ?? [];
    list.push({ label, core, actual, target });
    byTable.set(table, list);
  }
  if (byTable.size === 0) return;
  let current: Row[] | null = null;
  for (const block of ctx.layout.blocks) {
    if (block.kind === 'table') {
      const own = byTable.get(block);
      if (own) current = own;
      continue;
    }
    if (block.kind !== 'paragraph' || !current) continue;
    readParagraph(ctx, block.text, block.first, current);
  }
}

function readParagraph(ctx: Ctx, text: string, first: number, rows: readonly Row[]): void {
  for (const m of text.matchAll(COUNT_IN_TEXT)) {
    const at = m.index;
    let start = at;
    while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
    let end = at + m[0].length;
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    const clause = text.slice(start, end);
    if (NOT_THE_ACTUAL.test(clause)) continue;
    const unit = m[2]!;
    // (Another count of that unit in the clause: which is the indicator's is not told.)
    const counts = [...clause.matchAll(COUNT_IN_TEXT)].filter((c) => c[2] === unit);
    if (counts.length !== 1) continue;
    const words = clause.replace(/[\d,.\s]+/g, ' ');
    const matched = rows.filter((r) => sameUnit(unit, r.actual.unit) && pieces(r.core, words) <= MAX_PIECES);
    if (matched.length !== 1) continue;
    const row = matched[0]!;
    if (clause.includes(row.label)) continue;
    // ("全年新发现疫点乡镇1个" against the row 疫点乡镇数量: the year's new ones, not the count the row holds.)
    if (NEWLY.test(clause) && !NEWLY.test(row.label)) continue;
    const value = m[1]!.replace(/,/g, '');
    const ok = dec(value).eq(row.actual.value);
    if (!ok && row.target && dec(value).eq(row.target.value)) continue;
    const shown = `${row.actual.value}${row.actual.unit}`;
    const where = row.actual.table ? `《${row.actual.table}》` : '表中';
    claim(
      ctx,
      'figure',
      first,
      at,
      ok,
      `“${row.label}”的${row.actual.column.header}：正文${value}${unit}，${where}${shown}`,
    );
    if (ok) continue;
    report(
      ctx,
      first,
      'figure.text-table',
      'error',
      excerptOf(text, start, end, 0),
      shown,
      `${value}${unit}`,
      `正文称${value}${unit}（${clause.trim()}），说的是指标“${row.label}”，而第${row.actual.line + 1}行${where}的${row.actual.column.header}为${shown}，两处不一致。`,
      at,
    );
  }
}
