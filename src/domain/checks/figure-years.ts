/**
 * A figure of the year evaluated stated under another year — "2023年项目年初预算680.00万元" in a 2024 自评 whose
 * 自评表 prints 年初预算数 680.00: the year was not updated when the text was copied from last year's report.
 *
 * Precision first: read only in a self-evaluation (a title or heading naming 自评) of a known year; the sentence
 * opens with the other year (after 该项目 / 本项目 / 本部门 / 本单位 at most) — the year before the document's —,
 * compares nothing (比, 较, 与…相比, 上年, 同比, 增, 减) and states an amount with two decimals that a table of the
 * document prints in a column naming no other year than the document's.
 */
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS } from './numbers.ts';
import { forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import { itemsOf, squashSpaces, type TableModel } from './table-model.ts';
import { mentionsAll } from './document-words.ts';

const OPENING_YEAR =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])?\s*(?:该项目|本项目|本部门|本单位)?(20\d\d)\s*年度?/;
/** Words of a comparison with another year (上年结转 is this year's money carried over, not one). */
const COMPARES = /比|较|与.{0,20}相比|上年(?!度?结转|度?结余)|去年|同比|同期|增|减|下降/;
const YEAR = /(20\d\d)\s*年/g;

/** Amounts with two decimals or more that the tables print in a column of the document's year (or of none). */
function tableAmounts(models: readonly TableModel[], year: number): Set<string> {
  const out = new Set<string>();
  for (const m of models) {
    const ownYear = m.headers.map((h) => {
      const t = squashSpaces(h);
      if (/上年|去年|同期|上一年/.test(t)) return false;
      return allMatches(t, YEAR).every((y) => Number(y[1]) === year);
    });
    for (const i of itemsOf(m))
      for (const f of i.figures) if (f.places >= 2 && ownYear[f.col] !== false) out.add(f.value);
  }
  return out;
}

export function checkFigureYears(ctx: Ctx, models: readonly TableModel[]): void {
  // (A 自评 document, a sentence opening with its year.)
  if (!mentionsAll(ctx, ['自评', '年'])) return;
  const y = ctx.year;
  if (y === null) return;
  if (
    !ctx.layout.blocks.some((b) => b.kind === 'paragraph' && b.text.length <= 60 && b.text.includes('自评'))
  )
    return;
  let amounts: Set<string> | null = null;
  forEachFigureLineWith(ctx, '20', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      const m = OPENING_YEAR.exec(s.text);
      if (!m || COMPARES.test(s.text)) continue;
      const year = Number(m[1]);
      if (year !== y && year !== y - 1) continue;
      const yearAt = s.start + m[0].lastIndexOf(m[1]!);
      amounts ??= tableAmounts(models, y);
      const figure = lineFigures(ctx, li).find(
        (t) =>
          t.start >= s.start &&
          t.end <= s.end &&
          MONEY_UNITS.has(t.unit) &&
          t.places >= 2 &&
          amounts!.has(t.value),
      );
      if (!figure) continue;
      claim(
        ctx,
        'year',
        li,
        yearAt,
        year === y,
        `${y}年度的自评，${figure.value}${figure.unit}为表中本年数字，句首写${year}年`,
      );
      if (year === y) continue;
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, yearAt, figure.end, 10),
        `${y}年`,
        `${y - 1}年`,
        `本文件是${y}年度的自评，${figure.value}${figure.unit}是表中${y}年度的数字，此处却写作${y - 1}年。`,
        yearAt,
      );
    }
  });
}
