/**
 * An indicator's score stated in the text with its weight — "质量指标分值15分，得14分" — against the row of the
 * document's only 自评表 labelled with that very name (`figure.text-table`): the row's 得分 must be the text's.
 *
 * A row's label is its last word cell left of the 分值 (the 二级 name; for a 小计 row, the 一级 name before
 * 小计). Precision first: one score table in the document (one header with 分值 and 得分), exactly one row
 * labelled with the name, its 分值 the weight the text states (the reading is proved by it), every statement of
 * the name in the text the same score, and no finding of the same kind already on the text's line.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import type { TableRow } from './layout.ts';
import { scoreHeaders, statedLevels } from './level-scores.ts';
import { printedPlaces } from './numbers.ts';

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const SCORE_HEAD = /^(?:自评)?得分$/;
const TOTAL = /^(?:总分|合计|总计)$/;
const SUBTOTAL = /^小计$/;

type LabelledRow = { label: string; weight: string; score: string; line: number };

const squeeze = (s: string): string => s.replace(/\s+/g, '');

const isScoreHeader = (r: TableRow): boolean => {
  const texts = r.cells.map((c) => squeeze(c.text));
  return (
    texts.includes('分值') && texts.some((t) => SCORE_HEAD.test(t)) && !texts.some((t) => /执行/.test(t))
  );
};

/**
 * The labelled rows under the document's score table headers whose last two cells are 分值 and 得分: each row's
 * last two cells are then its 分值 and 得分 (read by order: pdftotext shifts narrow columns), its label the
 * word cell before them.
 */
function labelledRows(ctx: Ctx): LabelledRow[] {
  const out: LabelledRow[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table') continue;
    block.rows.forEach((head, h) => {
      if (!isScoreHeader(head)) return;
      const names = head.cells.map((c) => squeeze(c.text)).filter((t) => t !== '');
      if (
        names.length < 3 ||
        names[names.length - 2] !== '分值' ||
        !SCORE_HEAD.test(names[names.length - 1]!)
      )
        return;
      for (const r of block.rows.slice(h + 1)) {
        if (isScoreHeader(r)) break;
        const cells = r.cells.filter((c) => c.text.trim() !== '');
        const texts = cells.map((c) => squeeze(c.text));
        if (texts.some((t) => TOTAL.test(t))) break;
        if (texts.length < 3 || texts.length > names.length) continue;
        const weight = texts[texts.length - 2]!;
        const score = texts[texts.length - 1]!;
        if (!NUMBER.test(weight) || !NUMBER.test(score)) continue;
        const words = texts.slice(0, -2);
        if (words.some((t) => /\d/.test(t))) continue;
        const last = words[words.length - 1]!;
        const label = SUBTOTAL.test(last) ? words[words.length - 2] : last;
        if (label) out.push({ label, weight, score, line: cells[cells.length - 1]!.line });
      }
    });
  }
  return out;
}

export function checkNamedRowScores(ctx: Ctx): void {
  // (Every claim stands on a row under a header naming 分值 and 得分.)
  if (!mentionsAll(ctx, ['分值', '得分'])) return;
  if (scoreHeaders(ctx) !== 1) return;
  const stated = statedLevels(ctx);
  if (stated.length === 0) return;
  const rows = labelledRows(ctx);
  for (const s of stated) {
    const named = rows.filter((r) => r.label === s.name);
    if (named.length !== 1) continue;
    const row = named[0]!;
    if (!dec(row.weight).eq(s.weight)) continue;
    if (stated.some((o) => o.name === s.name && !dec(o.score).eq(s.score))) continue;
    const where = s.at + s.line.slice(s.at).indexOf(s.score, s.name.length);
    // The text may print the table's 得分 rounded ("得9.5分" for 9.50, "得9.6分" for 9.58).
    const shown = printedPlaces(s.score);
    const ok =
      dec(row.score).eq(s.score) ||
      (shown < printedPlaces(row.score) && roundHalfUp(dec(row.score), shown).eq(s.score));
    claim(
      ctx,
      'score',
      s.li,
      where,
      ok,
      `表中${s.name}分值${row.weight}、得分${row.score}，文中得${s.score}分`,
    );
    if (ok) continue;
    const line = ctx.layout.lineAt(s.li, where) + 1;
    if (ctx.findings.some((f) => f.rule === 'figure.text-table' && f.line === line)) continue;
    report(
      ctx,
      s.li,
      'figure.text-table',
      'error',
      excerptOf(s.line, s.at, where + s.score.length, 10),
      `${row.score}分`,
      `${s.score}分`,
      `表中“${s.name}”（分值${row.weight}分）得分为${row.score}，文中为${s.score}分。`,
      where,
    );
  }
}
