/**
 * A 项 explained in the 情况说明 against its row of the 决算表 its section explains: "2.文化旅游体育与传媒支出（类）旅游发展
 * 基金支出（款）行业规划（项）。…年初预算为240.00万元，支出决算为221.50万元。" under "八、政府性基金预算财政拨款收入支出
 * 决算情况说明" — the outturn must be the 本年支出 合计 of row 2070902 行业规划 of the 政府性基金预算财政拨款收入支出决算表
 * (`figure.text-table`).
 *
 * Precision first: the section says which table it explains (一般公共预算财政拨款支出, 政府性基金, 国有资本经营); the
 * 项 is named with its 款 and 类 and found in that table as exactly one row of a 7-digit code whose name is the 项's,
 * under a 款 row of the 款's name; the statement of the 项 (to the next 项 named) states exactly one "支出决算" amount;
 * the table's column is its 合计 (本年支出合计); units are converted.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { printedPlaces } from './numbers.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { convert, kindOf } from './figure-claims.ts';
import { figureAt, squashSpaces, type TableModel } from './table-model.ts';

/** "（类）…（款）…（项）": the 项 with its 款 and 类 named before it. */
const SUBJECT =
  /([\u4e00-\u9fa5]{2,24})[（(]类[）)]\s*([\u4e00-\u9fa5（）()、]{1,30}?)[（(]款[）)]\s*([\u4e00-\u9fa5、“”（）()]{2,30}?)[（(]项[）)]/g;
const OUTTURN = /支出决算(?:数)?\s*(?:为|是|[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/g;
/** The 合计 column of a 支出 table: "合计", "本年支出合计". */
const TOTAL_COLUMN = /^(?:本年支出)?合计$/;

type Section = 'gp-expense' | 'fund' | 'soe' | null;

/** The table a section heading says its text explains. */
function sectionOf(text: string): Section | undefined {
  const t = squashSpaces(text);
  if (t.length > 40) return undefined;
  // ("…支出决算情况说明", "…支出决算具体情况", "…支出决算结构情况".)
  if (/一般公共预算财政拨款支出决算(?:具体|结构|明细)?(?:情况|说明)/.test(t)) return 'gp-expense';
  if (/政府性基金预算财政拨款(?:收入)?支出决算(?:具体|结构|明细)?(?:情况|说明)/.test(t)) return 'fund';
  if (/国有资本经营预算财政拨款(?:收入)?支出决算(?:具体|结构|明细)?(?:情况|说明)/.test(t)) return 'soe';
  // (Another numbered section of the 情况说明 ends the one before.)
  if (/^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分)/.test(t)) return null;
  return undefined;
}

const bare = (name: string): string => squashSpaces(name).replace(/[（）()]/g, '');

export function checkSubjectExplanations(ctx: Ctx, models: readonly TableModel[]): void {
  if (!mentionsAll(ctx, ['（项）', '支出决算'])) return;
  const tables = new Map<Section, TableModel>();
  for (const m of models) {
    const kind = kindOf(m.table.title);
    if (kind !== 'gp-expense' && kind !== 'fund' && kind !== 'soe') continue;
    // (A header printed apart from its rows is a table of the same title without a 科目 row: not one of two.)
    if (!m.rows.some((r) => r.items.some((i) => i.code !== null))) continue;
    // (Two tables of one kind: which one a 项 belongs to is not told.)
    if (tables.has(kind)) tables.set(kind, null as unknown as TableModel);
    else tables.set(kind, m);
  }
  if (tables.size === 0) return;
  let section: Section = null;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') {
      continue;
    }
    const next = sectionOf(b.text);
    if (next !== undefined) section = next;
    const model = section ? tables.get(section) : undefined;
    if (!model || !b.text.includes('（项）')) continue;
    const matches = [...b.text.matchAll(SUBJECT)];
    matches.forEach((m, k) => {
      const end = matches[k + 1]?.index ?? b.text.length;
      const stretch = b.text.slice(m.index, end);
      const outturns = [...stretch.matchAll(OUTTURN)];
      if (outturns.length !== 1) return;
      const row = rowOf(model, m[2]!, m[3]!);
      if (!row) return;
      const o = outturns[0]!;
      const stated = o[1]!.replace(/,/g, '');
      const inTable = convert(row.value, model.table.unit || '万元', o[2]!);
      const at = m.index + o.index + o[0].indexOf(o[1]!);
      // (A table in 元 restated in 万元: the text's figure is the table's rounded to its places.)
      // (Or the text in 元 of a table in 万元: the text's figure rounded to the table's places is the table's.)
      const inText = dec(convert(stated, o[2]!, model.table.unit || '万元'));
      const same =
        dec(inTable).eq(stated) ||
        roundHalfUp(inTable, printedPlaces(stated)).eq(stated) ||
        roundHalfUp(inText, printedPlaces(row.value)).eq(row.value);
      const table = `《${model.table.title}》`;
      const name = `${m[3]}（项）`;
      claim(ctx, 'figure', b.first, at, same, `${name}支出决算：正文${stated}${o[2]}，${table}${row.value}`);
      if (same) return;
      report(
        ctx,
        b.first,
        'figure.text-table',
        'error',
        excerptOf(b.text, at - 12, at + o[1]!.length + o[2]!.length, 0),
        `${row.value}${model.table.unit || '万元'}`,
        `${stated}${o[2]}`,
        `正文中“${name}”支出决算为${stated}${o[2]}，而第${row.line + 1}行${table}“${row.code} ${m[3]}”为${row.value}${model.table.unit || '万元'}，两处不一致。`,
        at,
      );
    });
  }
}

/** The 合计 figure of the one row of the 项 named `item` under the 款 named `group`, or null. */
function rowOf(
  model: TableModel,
  group: string,
  item: string,
): { code: string; value: string; line: number } | null {
  const col = model.headers.findIndex((h) => TOTAL_COLUMN.test(squashSpaces(h)));
  if (col < 0) return null;
  const groups = new Set(
    model.items.filter((i) => i.code?.length === 5 && bare(i.label) === bare(group)).map((i) => i.code!),
  );
  const rows = model.items.filter(
    (i) => i.code?.length === 7 && groups.has(i.code.slice(0, 5)) && bare(i.label) === bare(item),
  );
  if (rows.length !== 1) return null;
  const f = figureAt(rows[0]!, col);
  return f ? { code: rows[0]!.code!, value: f.value, line: f.line } : null;
}
