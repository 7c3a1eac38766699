/**
 * A 绩效指标 table's "预算执行率" indicator against the text: the table's 实际完成值 of the indicator named 预算执行率
 * (alone, or 部门/整体/总体/全年 before it) must be the 预算执行率 the text states ("全年实际执行3,666.09万元，预算执行率
 * 96.67%") — the same figure of the same budget, printed twice.
 *
 * Precision first: only when the document has one such indicator row (one table, one row) and its text states one
 * 预算执行率 in all (every statement the same figure, none of last year, a target or a band of a 计分规则, none of a
 * part — 项目支出预算执行率 is a part's —, none in a sentence about a project or not naming the department, no
 * mention of the rate read otherwise: "由上年的92.30%提高到96.10%"). Printed at different places, the longer is
 * rounded half-up to the shorter.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { headedRows } from './headed-rows.ts';
import { printedPlaces } from './numbers.ts';
import { mentionsAll } from './document-words.ts';

/** The indicator's name in its cell. */
const INDICATOR = /^(?:部门|整体|总体|全年)?预算执行率$/;
const ACTUAL_HEAD = /实际完成值|实际值|完成值/;
const RATE_CELL = /^(\d{1,3}(?:\.\d+)?)\s*[%％]$/;
/** "预算执行率96.67%", "预算执行率为96.67%", not after another word naming a part ("项目支出预算执行率"). */
const STATED =
  /(?<![\u4e00-\u9fa5])(?:(?:部门|整体|总体|全年)?预算执行率)\s*(?:为|达到?|是)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/g;
/** A clause about another year, a target or a 计分规则 band. */
const NOT_THE_RATE = /上年|去年|同期|目标|≥|≤|不低于|以上|以下|得分|扣|分值|计划|预计/;

type Stated = { value: string; line: number; at: number };

function tableRate(ctx: Ctx): { value: string; line: number; text: string } | null {
  const found: { value: string; line: number; text: string }[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table') continue;
    if (!block.rows.some((r) => r.cells.some((c) => c.text.includes('执行率')))) continue;
    const headed = headedRows(block, (r) => r.cells.some((c) => ACTUAL_HEAD.test(c.text.replace(/\s/g, ''))));
    if (!headed) continue;
    const names = headed.header.map((c) => c.text.replace(/\s/g, ''));
    const actualCol = names.findIndex((n) => ACTUAL_HEAD.test(n));
    if (actualCol < 0 || names.filter((n) => ACTUAL_HEAD.test(n)).length !== 1) continue;
    for (const r of block.rows.slice(headed.from)) {
      if (!r.cells.some((c) => INDICATOR.test(c.text.replace(/\s/g, '')))) continue;
      const row = headed.align(headed.header, r);
      const cell = row?.cells[actualCol];
      const m = cell ? RATE_CELL.exec(cell.text.trim()) : null;
      // A row the table names so but whose 实际完成值 cannot be read: nothing is said.
      if (!m) return null;
      found.push({ value: m[1]!, line: cell!.line, text: r.cells.map((c) => c.text.trim()).join(' ') });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

function statedRates(ctx: Ctx): Stated[] | null {
  const out: Stated[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('预算执行率')) continue;
    const read = allMatches(block.text, STATED);
    // A mention read otherwise ("预算执行率由上年的92.30%提高到96.10%"): the text's rate is unsure.
    for (const c of block.text.split(/[，。；]/))
      if (c.includes('预算执行率') && /[%％]/.test(c) && !new RegExp(STATED.source).test(c)) return null;
    for (const m of read) {
      // The rate of the whole, not of a project: the sentence names the department (本部门, 本单位, 本局…).
      const sentence = block.text.slice(block.text.lastIndexOf('。', m.index) + 1, m.index);
      if (!/本部门|本单位|本局|本委|本院|本中心|全局|部门/.test(sentence) || sentence.includes('项目'))
        return null;
      const from = Math.max(
        block.text.lastIndexOf('，', m.index),
        block.text.lastIndexOf('。', m.index),
        block.text.lastIndexOf('；', m.index),
      );
      const to = block.text.slice(m.index).search(/[，。；]/);
      const clause = block.text.slice(from + 1, to < 0 ? undefined : m.index + to);
      // One statement of another kind makes the text's rate unsure.
      if (NOT_THE_RATE.test(clause)) return null;
      out.push({ value: m[1]!, line: block.first, at: m.index });
    }
  }
  return out;
}

export function checkIndicatorRates(ctx: Ctx): void {
  // (The text states a 预算执行率.)
  if (!mentionsAll(ctx, ['预算执行率'])) return;
  // (The text's rate first: most documents state none, and reading every table's header costs more.)
  const stated = statedRates(ctx);
  if (!stated || stated.length === 0) return;
  const row = tableRate(ctx);
  if (!row) return;
  if (stated.some((s) => !dec(s.value).eq(stated[0]!.value))) return;
  const text = stated[0]!;
  const places = Math.min(printedPlaces(text.value), printedPlaces(row.value));
  const same = roundHalfUp(dec(text.value), places).eq(roundHalfUp(dec(row.value), places));
  claim(ctx, 'figure', row.line, 0, same, `预算执行率：正文${text.value}%，指标表实际完成值${row.value}%`);
  if (same) return;
  report(
    ctx,
    row.line,
    'figure.text-table',
    'error',
    excerptOf(row.text, 0, row.text.length, 0),
    `${text.value}%`,
    `${row.value}%`,
    `正文（第${ctx.layout.lineAt(text.line, text.at) + 1}行）写预算执行率${text.value}%，绩效指标表中“预算执行率”的实际完成值却为${row.value}%。`,
  );
}
