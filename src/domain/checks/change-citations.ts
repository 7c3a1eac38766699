/**
 * A change against last year told in the text for an item whose row in a comparison table (本年 | 上年 | 增减额,
 * e.g. "卫生健康支出（210类） 318.20 341.50 -23.30 -6.82") prints both years: "卫生健康支出318.20万元，…，较上年增加
 * 23.30万元" where the row fell by 23.30 — the text's direction or amount disagrees with the row
 * (`change.direction`, `change.amount`).
 *
 * Read only where the row leaves no doubt: its first three figures hold 本年 − 上年 = 增减额 exactly (a row that
 * does not add up is table.change's), its header names 增减, its label (code aside) is at least four characters
 * and labels one row only; in the text, the label is followed in its sentence by the row's 本年 amount in the
 * table's unit, then by the change against last year (上年 / 去年 / the year before's number), with no other
 * row's label between.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

type ChangeRow = { label: string; current: string; previous: string; change: string; unit: string };

const FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/;
const CJK = /[\u4e00-\u9fa5]/;
/** The amount right after an item's name: "卫生健康支出318.20万元", "…支出为318.20万元", "…支出决算318.20万元". */
const SUBJECT_AMOUNT = /^(?:决算数?|支出|为|是|共计|合计)*\s*(\d[\d,]*\.\d+)\s*(万元|亿元|元)/;

/** The label of a row as the text names it: white space, numbering and a bracketed code ("（210类）") aside. */
function labelOf(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^[一二三四五六七八九十\d]+[、.．]/, '');
}

/**
 * The self-consistent rows of comparison tables (header naming 增减), by label. A label may label rows of several
 * tables (a 类 in the 收入支出 and the 财政拨款 table): the text's amount picks the row.
 */
function changeRows(ctx: Ctx): Map<string, ChangeRow[]> {
  const found = new Map<string, ChangeRow[]>();
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table') continue;
    const unit = block.unit.replace(/^.*[：:]/, '') || '万元';
    let headed = false;
    for (const row of block.rows) {
      const texts = row.cells.map((c) => c.text.trim()).filter((t) => t !== '');
      if (!headed) {
        headed = texts.some((t) => t.includes('增减')) && texts.some((t) => /年|上年|本年/.test(t));
        continue;
      }
      const labelCell = texts[0];
      if (!labelCell || !CJK.test(labelCell)) continue;
      const figures = texts.slice(1).filter((t) => FIGURE.test(t.replace(/,/g, '')));
      if (figures.length < 3 || figures.length !== texts.length - 1) continue;
      const [current, previous, change] = figures.map((f) => f.replace(/,/g, '')) as [string, string, string];
      if (!dec(current).minus(previous).eq(change)) continue;
      const label = labelOf(labelCell);
      if (label.length < 4 || /^(?:合计|总计|小计)/.test(label)) continue;
      found.set(label, [...(found.get(label) ?? []), { label, current, previous, change, unit }]);
    }
  }
  return found;
}

/** "较上年增加23.30万元", "比2030年减少…", "与上年相比，增长…": the change after the item's amount. */
const CHANGE =
  /(?:较|比|与)\s*(?:上年|去年|上一年|20\d\d\s*年度?)(?:决算)?(?:数)?(?:相比)?\s*[，,]?\s*(增加|减少|增长|下降)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/g;

export function checkChangeCitations(ctx: Ctx): void {
  // (A row read stands under a header naming 增减; the text's change says 增加, 减少, 增长 or 下降.)
  if (!mentionsAll(ctx, ['增减']) || !mentionsAny(ctx, ['增加', '减少', '增长', '下降'])) return;
  const rows = changeRows(ctx);
  if (rows.size === 0) return;
  const labels = [...rows.keys()];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = ctx.lines[block.first] ?? '';
    if (!/增加|减少|增长|下降/.test(text)) continue;
    for (const m of allMatches(text, CHANGE)) {
      // The sentence of the change, up to it.
      const start = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
      const before = text.slice(start, m.index);
      // The item: a label followed at once by its row's 本年 amount ("卫生健康支出318.20万元"), the only money
      // amount between it and the change ("占…支出的4.36%" may stand between).
      const subjects: { row: ChangeRow; end: number }[] = [];
      for (const label of labels)
        for (let k = before.indexOf(label); k >= 0; k = before.indexOf(label, k + label.length)) {
          const a = SUBJECT_AMOUNT.exec(before.slice(k + label.length));
          if (!a) continue;
          const value = dec(a[1]!.replace(/,/g, ''));
          const matching = rows
            .get(label)!
            .filter((r) => a[2] === r.unit && m[3] === r.unit && value.eq(r.current));
          // (Rows of the same label and amount must agree on the change.)
          const row = matching[0];
          if (row && !matching.some((r) => !dec(r.change).eq(row.change)))
            subjects.push({ row, end: k + label.length + a[0].length });
        }
      if (subjects.length !== 1) continue;
      const { row, end: subjectEnd } = subjects[0]!;
      if (/\d\s*(?:万元|亿元|元)/.test(before.slice(subjectEnd))) continue;
      const stated = dec(m[2]!.replace(/,/g, ''));
      const up = m[1] === '增加' || m[1] === '增长';
      const change = dec(row.change);
      const rightWord = change.isNegative() ? '减少' : '增加';
      const directionHolds = change.isZero() || up === change.isPositive();
      const amountHolds = stated.eq(change.abs());
      const at = m.index;
      claim(
        ctx,
        'change',
        block.first,
        at,
        directionHolds && amountHolds,
        `表中“${row.label}”本年${row.current}、上年${row.previous}，${row.current} − ${row.previous} = ${row.change}${row.unit}，文中${m[1]}${m[2]}${m[3]}`,
      );
      if (directionHolds && amountHolds) continue;
      const line = ctx.layout.lineAt(block.first, at) + 1;
      if (ctx.findings.some((f) => f.line === line && f.rule.startsWith('change.'))) continue;
      report(
        ctx,
        block.first,
        directionHolds ? 'change.amount' : 'change.direction',
        'error',
        excerptOf(text, at, at + m[0].length, 16),
        `${rightWord}${change.abs().toFixed(row.change.split('.')[1]!.length)}${row.unit}`,
        `${m[1]}${m[2]}${m[3]}`,
        `表中“${row.label}”本年${row.current}${row.unit}、上年${row.previous}${row.unit}，${row.current} − ${row.previous} = ${row.change}${row.unit}，应为${rightWord}${change.abs().toFixed(row.change.split('.')[1]!.length)}${row.unit}，文中却写${m[1]}${m[2]}${m[3]}。`,
        at,
      );
    }
  }
}
