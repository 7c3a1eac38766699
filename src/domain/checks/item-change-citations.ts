/**
 * A table row's change told in the text — "取暖费因采暖期延长增加7.64万元，增长2.41%" where the 机关运行经费 table's
 * 取暖费 row prints 增减额 6.74 and 增减率 2.41%: the text's amount and % must be the row's (`figure.text-table`).
 *
 * Precision first: the clause opens with the row's label (one row of one table with 增减额 and 增减率 columns, the
 * table's unit the text's), the text states both the amount and the % right after each other, and one of the two
 * agrees with the row — the pair is then the row's, and the other is the one at fault. A label on rows of two
 * tables, or twice in one, is not read.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { tableModels } from './table-claims.ts';
import { canonicalLabel, figureAt, type TFigure } from './table-model.ts';
import { halfUlp } from './verdict.ts';

const AMOUNT_HEAD = /增减额|增减金额|增减数|变动额|增减变动$|^增减$/;
const RATE_HEAD = /增减率|增长率|变动率|增减幅度|增减[(（]?%[)）]?$/;

/** "增加7.64万元，增长2.41%", "减少3.20万元，下降1.50%". */
const MOVE =
  /(增加|增长|上升|减少|下降|降低)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)\s*[，,]\s*(增长|上升|增幅|下降|降低|降幅)(?:为|了)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const DOWN = /减少|下降|降低|降幅/;

type RowChange = { label: string; amount: TFigure; rate: TFigure; unit: string; title: string };

function rowChanges(ctx: Ctx): Map<string, RowChange | null> {
  const byLabel = new Map<string, RowChange | null>();
  for (const m of tableModels(ctx)) {
    const amountCol = m.headers.findIndex((h) => AMOUNT_HEAD.test(h) && !/率/.test(h));
    const rateCol = m.headers.findIndex((h) => RATE_HEAD.test(h));
    if (amountCol < 0 || rateCol < 0 || amountCol === rateCol) continue;
    const unit = /万元/.test(m.table.unit ?? '') ? '万元' : /元/.test(m.table.unit ?? '') ? '元' : '';
    for (const item of m.items) {
      const label = canonicalLabel(item.label);
      const amount = figureAt(item, amountCol);
      const rate = figureAt(item, rateCol);
      if (label.length < 2 || !amount || !rate || item.unplaced > 0) continue;
      if (!ownChange(item.figures, amount, rate)) continue;
      byLabel.set(
        label,
        byLabel.has(label) ? null : { label, amount, rate, unit, title: m.table.title ?? '' },
      );
    }
  }
  return byLabel;
}

export function checkItemChangeCitations(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['增减额', '增减金额', '变动额'])) return;
  let rows: Map<string, RowChange | null> | undefined;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('%') && !line.includes('％')) return;
    for (const m of allMatches(line, MOVE)) {
      rows ??= rowChanges(ctx);
      if (rows.size === 0) return;
      let start = m.index;
      while (start > 0 && !'，,；;。：:'.includes(line[start - 1]!)) start--;
      const clause = line.slice(start, m.index).replace(/^\s*(?:其中|主要是|主要为)?[：:]?\s*/, '');
      const row = rowOfClause(rows, clause);
      if (!row || (row.unit !== '' && row.unit !== m[3])) continue;
      const down = DOWN.test(m[1]!);
      if (DOWN.test(m[4]!) !== down) continue;
      const amount = m[2]!.replace(/,/g, '');
      const rate = m[5]!;
      const sameAmount = agrees(amount, row.amount, down);
      const sameRate = agrees(rate, row.rate, down);
      if (!sameAmount && !sameRate) continue;
      const ok = sameAmount && sameRate;
      const at = m.index + (sameAmount ? m[0].lastIndexOf(rate) : m[0].indexOf(m[2]!));
      const [said, printed, what] = sameAmount
        ? [`${rate}%`, `${row.rate.text.replace(/[%％]$/, '')}%`, '增减率']
        : [`${m[2]!}${m[3]!}`, `${row.amount.text}`, '增减额'];
      claim(
        ctx,
        'figure',
        li,
        at,
        ok,
        `正文“${row.label}”${what}${said}，第${row.amount.line + 1}行表中${printed}`,
      );
      if (ok) continue;
      report(
        ctx,
        li,
        'figure.text-table',
        'error',
        excerptOf(line, start, m.index + m[0].length, 0),
        printed,
        said,
        `正文中“${row.label}”的${what}为${said}，而第${row.amount.line + 1}行${row.title ? `《${row.title}》` : '表中'}为${printed}，两处不一致。`,
        at,
      );
    }
  });
}

/**
 * Whether the row's 增减额 is the difference of two of its other figures and its 增减率 that difference over the
 * second (within rounding): the columns are then read right (a header set over the wrong column is not).
 */
function ownChange(figures: readonly TFigure[], amount: TFigure, rate: TFigure): boolean {
  const others = figures.filter((f) => f !== amount && f !== rate);
  const change = dec(amount.value);
  for (const a of others)
    for (const b of others) {
      if (a === b || dec(b.value).isZero()) continue;
      if (!dec(a.value).minus(b.value).minus(change).abs().lte(halfUlp(amount.places))) continue;
      const recomputed = change.div(b.value).times(100);
      if (
        recomputed
          .minus(rate.value)
          .abs()
          .lte(halfUlp(rate.places).plus(halfUlp(amount.places)))
      )
        return true;
    }
  return false;
}

/** The row whose label opens the clause (the longest such label). */
function rowOfClause(rows: Map<string, RowChange | null>, clause: string): RowChange | null {
  const text = clause.replace(/\s+/g, '');
  let best: RowChange | null = null;
  for (let n = Math.min(text.length, 20); n >= 2; n--) {
    const row = rows.get(text.slice(0, n));
    if (row === null) return null;
    if (row) {
      best = row;
      break;
    }
  }
  return best;
}

/** Whether a magnitude printed in the text is the row's figure (its sign the text's word), within rounding. */
function agrees(said: string, figure: TFigure, down: boolean): boolean {
  const value = dec(figure.value);
  if (!value.isZero() && value.isNegative() !== down) return false;
  const places = Math.min(figure.places, (said.split('.')[1] ?? '').length);
  return value.abs().minus(said).abs().lte(halfUlp(places));
}
