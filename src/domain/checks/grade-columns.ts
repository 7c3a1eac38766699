/**
 * A table of items with a score column and a grade column (评价得分 | 等级): each row's grade must be its score's
 * under the bands (`grade.score`) — "86.40 | 优" where the document grades 90分（含）以上为优, 80分（含）至90分为良.
 *
 * Precision first: judged only when every cut-off the document's text states is one of the configured bands' (a
 * document grading by bands of its own is not judged; one stating none is judged by the configured bands, as a
 * 自评表's grade cell is); a row whose score is no plain figure up to 100, or whose grade is no grade word, is
 * passed.
 */
import { dec } from '../money/index.ts';
import { gradeOf } from '../scoring/grade.ts';
import { claim, report, type Ctx } from './context.ts';
import { BAND_CUT, normaliseGrade, statedCutoffsKnown } from './grade-words.ts';
import { headedRows } from './headed-rows.ts';
import type { TableBlock } from './layout.ts';
import { mentionsAny } from './document-words.ts';

const SCORE_HEADER = /^(?:评价|自评|综合|考核|绩效)?(?:得分|评分|分数)$/;
const GRADE_HEADER = /^(?:评价|自评|绩效|考核)?等[级次]$/;
const SCORE = /^\d+(?:\.\d+)?$/;

const squash = (t: string): string => t.replace(/\s+/g, '');

export function checkGradeColumns(ctx: Ctx): void {
  // (Its header row holds a 得分/评分/分数 cell and a 等级/等次 cell.)
  if (!(mentionsAny(ctx, ['得分', '评分', '分数']) && mentionsAny(ctx, ['等级', '等次']))) return;
  const tables = ctx.layout.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const bands = tables.length === 0 ? null : bandsKnown(ctx);
  if (bands === null) return;
  for (const t of tables) checkTable(ctx, t, bands === 'stated' ? '文中的等级标准' : '等级标准');
}

/**
 * Whether the grades are judged by the configured bands: every cut-off the document's paragraphs state is one of
 * theirs — or it states none (a 自评 workbook grades as its 自评表's grade cell is judged, by the usual bands).
 */
export function bandsKnown(ctx: Ctx): 'stated' | 'none' | null {
  let stated = false;
  for (const b of ctx.layout.blocks) {
    if (b.kind === 'paragraph') {
      if (!b.text.includes('分') || [...b.text.matchAll(BAND_CUT)].length === 0) continue;
      if (!statedCutoffsKnown(b.text, ctx.grades)) return null;
      stated = true;
      continue;
    }
    // Bands stated in a table's note cell ("说明：85分以上为优…") are the document's too: other ones, not judged.
    for (const r of b.rows)
      for (const c of r.cells)
        if (c.text.includes('分') && !statedCutoffsKnown(c.text, ctx.grades)) return null;
  }
  return stated ? 'stated' : 'none';
}

function checkTable(ctx: Ctx, table: TableBlock, bands: string): void {
  const isHeader = (cells: readonly string[]): boolean =>
    cells.filter((c) => SCORE_HEADER.test(c)).length === 1 &&
    cells.filter((c) => GRADE_HEADER.test(c)).length === 1;
  const headed = headedRows(table, (r) => isHeader(r.cells.map((c) => squash(c.text))));
  if (!headed) return;
  const { header, from, align } = headed;
  const names = header.map((c) => squash(c.text));
  const scoreAt = names.findIndex((c) => SCORE_HEADER.test(c));
  const gradeAt = names.findIndex((c) => GRADE_HEADER.test(c));
  if (scoreAt < 0 || gradeAt < 0) return;
  for (const r of table.rows.slice(from)) {
    const row = align(header, r);
    if (!row) continue;
    const score = row.cells[scoreAt]?.text.trim() ?? '';
    const cell = row.cells[gradeAt];
    const printed = cell?.text.trim() ?? '';
    const grade = normaliseGrade(printed);
    if (!cell || !SCORE.test(score) || dec(score).gt(100) || grade === null) continue;
    const want = gradeOf(score, ctx.grades);
    claim(ctx, 'grade', cell.line, 0, grade === want, `得分${score}分对应等次“${want}”，表中“${printed}”`);
    if (grade !== want)
      report(
        ctx,
        cell.line,
        'grade.score',
        'error',
        `${score} ${printed}`,
        want,
        printed,
        `得分${score}分按${bands}对应的等次应为“${want}”，表中为“${printed}”。`,
      );
  }
}
