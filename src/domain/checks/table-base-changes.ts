/**
 * A count's change on last year in the text whose base is in a table: "公务用车保有量176辆，比上年末减少6辆"
 * where the table prints the row with both years ("合计  184  6  14  176" under "2023年末保有量 … 2024年末保有
 * 量"). The text states this year's figure and the change only; the table's row holds this year's figure and
 * last year's. The change must be this year's − last year's (change.amount), and a % after it that ÷ last
 * year's (change.percent).
 *
 * Precision first: counts only (辆, 个, 人, 批次 … — money is the 三公 and 决算 rules'), whole numbers; the two
 * columns' headers read the same once their years are taken out (2024年末 / 2023年末, 本年 / 上年, 年末 /
 * 年初), one pair per table; this year's figure stands right before the comparison (a comma between) and is
 * the row's figure in this year's column; the row is the one the sentence names (its label, numbering aside),
 * or the table's 合计 when the sentence names no other row and names what the columns count (保有量); exactly
 * one such row in the document.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { lineFigures, forEachFigureLine } from './prose-lines.ts';
import { figureAt, itemsOf, squashSpaces, type TableModel } from './table-model.ts';
import { printedFigure } from './verdict.ts';
import { judgeCountChangePercent } from './count-changes.ts';

const COUNT_UNITS = '人次|批次|个|辆|人|名|台|套|件|项|家|场|次|所|座|处|户|团组';
/** A change on last year with no base of its own: "比上年末减少6辆", "较2023年增加2个，增长5.00%". */
const CHANGE = new RegExp(
  `(?:比|较)\\s*(?:上年末?|上年度|去年末?|上一年末?|(20\\d\\d)\\s*年(?:度|末|底)?)(?:同期)?\\s*(增加|减少|增长|下降|多|少)了?\\s*(\\d[\\d,]*)\\s*(${COUNT_UNITS})(?:\\s*[，,]\\s*(增长|下降|增幅|降幅|减幅|上升|降低)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％])?`,
  'g',
);
const WORDS = ['比上年', '较上年', '比去年', '较去年', '比上一年', '较上一年', '比20', '较20'];
const TOTAL = /^(?:合计|总计|全部|全县|全市|全区|总数)$/;
const NUMBERING = /^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])/;

type Entry = { label: string; total: boolean; now: string; last: string; stem: string; table: string };

/** A header with its year or period replaced by a mark: "2024年末保有量" → "@末保有量" (null: no period). */
function periodFree(header: string, year: number, last: boolean): string | null {
  const h = squashSpaces(header);
  const y = String(last ? year - 1 : year);
  const out = last
    ? h
        .replace(new RegExp(`${y}年(?:末|底)|上年(?:末|底)|年初|期初`), '@末')
        .replace(new RegExp(`${y}年度?|上年度?|上期`), '@')
    : h
        .replace(new RegExp(`${y}年(?:末|底)|本年(?:末|底)|年末|年底|期末`), '@末')
        .replace(new RegExp(`${y}年度?|本年度?|本期`), '@');
  return out.includes('@') && !/20\d\d/.test(out) ? out : null;
}

/** The rows of the tables with a this-year and a last-year column of one thing, by this year's figure. */
function entriesOf(models: readonly TableModel[], year: number): Entry[] {
  const out: Entry[] = [];
  for (const m of models) {
    const pairs: [number, number, string][] = [];
    m.headers.forEach((h, now) => {
      const a = periodFree(h, year, false);
      if (!a || /增减|变动|比上年|率|%|％/.test(h)) return;
      m.headers.forEach((g, last) => {
        if (last !== now && periodFree(g, year, true) === a) pairs.push([now, last, a]);
      });
    });
    if (pairs.length !== 1) continue;
    const [now, last, stem] = pairs[0]!;
    for (const item of itemsOf(m)) {
      const a = figureAt(item, now);
      const b = figureAt(item, last);
      if (!a || !b || item.unplaced > 0 || a.places > 0 || b.places > 0) continue;
      const label = squashSpaces(item.label).replace(NUMBERING, '');
      out.push({
        label,
        total: TOTAL.test(label),
        now: a.value,
        last: b.value,
        stem: stem.replace(/@末?|数|[（(][^）)]*[）)]/g, ''),
        table: m.table.title ? `《${m.table.title}》` : '表格',
      });
    }
  }
  return out;
}

export function checkTableBaseChanges(ctx: Ctx, models: readonly TableModel[]): void {
  if (ctx.year === null || !mentionsAny(ctx, WORDS)) return;
  const year = ctx.year;
  let entries: Entry[] | null = null;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('比') && !line.includes('较')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, CHANGE)) {
        const [, namedYear, word, gapText, unit, pWord, percent] = m as unknown as string[];
        if (namedYear !== undefined && Number(namedYear) !== year - 1) continue;
        const at = s.start + m.index;
        const now = lineFigures(ctx, li)
          .filter((t) => t.end <= at && t.start >= s.start)
          .pop();
        if (!now || now.unit !== unit || now.places > 0 || !/^\s*[，,]?\s*$/.test(line.slice(now.end, at)))
          continue;
        // ("保有量为19辆，其中局本级5辆、所属学校14辆，比上年增加1辆": the change is the whole's, not the last part's.)
        const group = Math.max(s.start, line.lastIndexOf('；', now.start) + 1);
        if (/其中|分别|、/.test(line.slice(group, now.start))) continue;
        entries ??= entriesOf(models, year);
        const before = squashSpaces(line.slice(s.start, now.start));
        const rows = entries.filter((e) => e.now === now.value);
        const named = rows.filter((e) => !e.total && e.label.length >= 2 && before.includes(e.label));
        const others = entries.some((e) => !e.total && e.label.length >= 2 && before.includes(e.label));
        const totals = others
          ? []
          : rows.filter((e) => e.total && e.stem.length >= 2 && before.includes(e.stem));
        const found = named.length > 0 ? named : totals;
        if (found.length !== 1) continue;
        const row = found[0]!;
        const diff = dec(row.now).minus(row.last);
        const up = /增|多|上升/.test(word!);
        const gap = dec(gapText!.replace(/,/g, ''));
        const gapAt = at + m[0].indexOf(gapText!, m[0].indexOf(word!));
        const ok = (diff.isZero() && gap.isZero()) || (diff.abs().equals(gap) && diff.isNeg() !== up);
        const arithmetic = `${row.now} − ${row.last} = ${diff.toString()}${unit}`;
        claim(
          ctx,
          'change',
          li,
          gapAt,
          ok,
          `${row.table}${row.label}：${arithmetic}，文中${word}${gap}${unit}`,
        );
        const excerpt = excerptOf(line, now.start, at + m[0].length, 10);
        if (!ok) {
          const exact = `${diff.isNeg() ? '减少' : '增加'}${diff.abs().toString()}${unit}`;
          report(
            ctx,
            li,
            'change.amount',
            'error',
            excerpt,
            exact,
            `${word}${gap}${unit}`,
            `${row.table}“${row.label}”上年为${row.last}${unit}，本年${row.now}${unit}，${arithmetic}，应为${exact}，文中为${word}${gap}${unit}。`,
            gapAt,
          );
          continue;
        }
        if (percent === undefined || dec(row.last).isZero() || /增|上升/.test(pWord!) !== up) continue;
        judgeCountChangePercent(ctx, li, excerpt, {
          gap: printedFigure(diff.abs().toString()),
          base: printedFigure(row.last),
          unit: unit!,
          percent,
          at: at + m[0].lastIndexOf(percent),
          said: `${row.table}“${row.label}”上年为${row.last}${unit}`,
        });
      }
    }
  });
}
