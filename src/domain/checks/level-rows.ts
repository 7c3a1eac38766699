/**
 * A 一级指标's weight and score stated in the text — "过程类指标权重20.00分，评价得分17.00分", "产出指标分值40分，
 * 得分36.50分", "（三）产出指标（40分，得分37.21分）" — against the row of that 一级 in the document's score tables (a 一级指标得分汇总表 "一级指标 | 权重
 * （分） | 得分 | 得分率", or any table whose first column is an 指标 name, with a 分值 / 权重 and a 得分 column):
 * the row's 得分 must be the text's score (`figure.text-table`).
 *
 * Read only where the text leaves no doubt: the row's label is the text's name (without 类 / 指标), its 分值 is the
 * text's weight, every such row of the document's tables prints the same 得分, and no other rule judged that
 * score of the text. Figures that agree at the precision of the less precise one agree.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { printedPlaces } from './numbers.ts';
import { WEIGHT_HEAD } from './tables.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const SCORE = '(\\d{1,3}(?:\\.\\d{1,2})?)';
/** "过程类指标权重20.00分，评价得分17.00分": the name, its weight, then its score. */
const STATED = new RegExp(
  `([\\u4e00-\\u9fa5]{2,8}?)(?:类)?(?:指标)?(?:的)?(?:权重|分值|满分)(?:为)?\\s*${SCORE}\\s*分\\s*[，,]\\s*(?:评价|实际|自评)?(?:得分|得)(?:为)?\\s*${SCORE}\\s*分`,
  'g',
);
/** "（三）产出指标（40分，得分37.21分）": a heading's name with its weight and score in brackets. */
const BRACKETED = new RegExp(
  `([\\u4e00-\\u9fa5]{2,8}?)(?:类)?(?:指标)?\\s*[（(]\\s*${SCORE}\\s*分\\s*[，,]\\s*(?:评价|实际|自评)?(?:得分|得)(?:为)?\\s*${SCORE}\\s*分\\s*[）)]`,
  'g',
);
/** Another year's figures: not this table's. */
const OTHER_YEAR = /上年|上一年|去年|同期|20\d\d\s*年度/;
const SCORE_HEAD = /^(?:自评|评价)?得分$/;
const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;

/** A name as compared: without 类 / 指标 at its end. */
const nameOf = (text: string): string => text.replace(/\s+/g, '').replace(/(?:类)?(?:指标)?$/, '');

type LevelRow = { name: string; weight: string; score: string; line: number };

/** The rows of the document's tables whose first column is an 指标 name, with their 分值 and 得分. */
function levelRows(ctx: Ctx): LevelRow[] {
  const rows: LevelRow[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    let weightCol = -1;
    let scoreCol = -1;
    let width = 0;
    for (const r of b.rows) {
      const texts = r.cells.map((c) => c.text.replace(/\s+/g, ''));
      if (/指标/.test(texts[0] ?? '') && texts.some((t) => SCORE_HEAD.test(t))) {
        weightCol = texts.findIndex((t) => WEIGHT_HEAD.test(t) || /^(?:分值|权重)[（(]分[）)]$/.test(t));
        scoreCol = texts.findIndex((t) => SCORE_HEAD.test(t));
        width = texts.length;
        if (weightCol < 1 || scoreCol < 1) weightCol = scoreCol = -1;
        continue;
      }
      if (weightCol < 0 || texts.length !== width) continue;
      const [name, weight, score] = [texts[0]!, texts[weightCol]!, texts[scoreCol]!];
      if (!/^[\u4e00-\u9fa5]{2,10}$/.test(name) || !NUMBER.test(weight) || !NUMBER.test(score)) continue;
      rows.push({ name: nameOf(name), weight, score, line: r.line });
    }
  }
  return rows;
}

/** Two printed figures that agree at the precision of the less precise one. */
function agree(a: string, b: string): boolean {
  const p = Math.min(printedPlaces(a), printedPlaces(b));
  return dec(a).toFixed(p) === dec(b).toFixed(p);
}

export function checkLevelRows(ctx: Ctx): void {
  // ("…权重20.00分，评价得分17.00分".)
  if (!mentionsAll(ctx, ['得']) || !mentionsAny(ctx, ['权重', '分值', '满分'])) return;
  let rows: LevelRow[] | null = null;
  forEachFigureLineWith(ctx, '得', (line, li) => {
    if (!/权重|分值|满分|[（(]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[，,]/.test(line)) return;
    for (const m of [...line.matchAll(STATED), ...line.matchAll(BRACKETED)]) {
      const [, named, weight, score] = m as unknown as [string, string, string, string];
      const name = nameOf(named);
      if (name.length < 2 || OTHER_YEAR.test(line.slice(Math.max(0, m.index - 30), m.index))) continue;
      rows ??= levelRows(ctx);
      const same = rows.filter((r) => r.name === name && dec(r.weight).eq(weight));
      if (same.length === 0 || same.some((r) => !agree(r.score, same[0]!.score))) continue;
      const where = m.index + m[0].lastIndexOf(score);
      // Another rule judged this score of the text.
      if (
        ctx.findings.some(
          (f) => f.rule === 'figure.text-table' && f.line === ctx.layout.lineAt(li, where) + 1,
        )
      )
        continue;
      const row = same[0]!;
      const ok = agree(row.score, score);
      claim(
        ctx,
        'score',
        li,
        where,
        ok,
        `表中${row.name}得分${row.score}（分值${row.weight}），文中${score}分`,
      );
      if (ok) continue;
      report(
        ctx,
        li,
        'figure.text-table',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 10),
        `${row.score}分`,
        `${score}分`,
        `表中“${row.name}”（分值${row.weight}分，第${row.line + 1}行）得分为${row.score}分，文中为${score}分。`,
        where,
      );
    }
  });
}
