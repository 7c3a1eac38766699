/**
 * A sentence dating the document's own figures with another year: "2023年度该项目年初预算320.00万元，…全年预算
 * 356.00万元" in a 2025 自评 whose table prints 320.00 and 356.00 for 2025 — the year was copied from an older
 * report and not updated (`year.mismatch`). Read only when the year is neither the document's nor the one before
 * or after it, the year opens a clause that states an amount, the clause compares nothing and spans no years
 * (比, 较, 至, 累计, 结转…), and two or more of the sentence's amounts after the year are printed in the document's
 * tables, in no table that names that year.
 */
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

/** A year opening its clause and the clause's first amount: "2023年度该项目年初预算320.00万元". */
const DATED_AMOUNT =
  /(?<![\d])(20\d\d)\s*年度?([^，,；;。：:\d]{0,24}?)(\d[\d,]*\.\d{2})\s*(?:万元|亿元|元)/g;

/** Words by which a clause compares, spans years or names another year's money: its year is rightly another. */
const OTHER_YEAR_WORDS = /比|较|同比|同期|相比|至|到|起|以来|累计|结转|上年|去年|前年|下年|明年|[—–\-~～]/;

/** An amount of money in a sentence: "1,234.56万元". */
const MONEY = /(\d[\d,]*\.\d{2})\s*(?:万元|亿元|元)/g;

/** An amount printed in a cell: "1,234.56", not a rate ("95.96%"). */
const AMOUNT = /(?<![\d.])\d[\d,]*\.\d{2}(?![\d%％])/g;

export function checkStaleYears(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null || !mentionsAny(ctx, ['年度', '年'])) return;
  let printed: Map<string, string[]> | null = null;
  forEachFigureLineWith(ctx, '年', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, DATED_AMOUNT)) {
        const year = Number(m[1]);
        if (Math.abs(year - y) <= 1 || OTHER_YEAR_WORDS.test(m[2]!)) continue;
        // (Only the year's clause is read for those words; its sentence after it for the amounts.)
        // (The year opens its clause, a subject of a few words before it at most: "本单位2023年度…".)
        const clauseStart =
          Math.max(s.text.lastIndexOf('，', m.index), s.text.lastIndexOf('；', m.index)) + 1;
        const before = s.text.slice(clauseStart, m.index).trim();
        if (
          !/^[\u4e00-\u9fa5]{0,12}$/.test(before) ||
          /[与由从]/.test(before) ||
          OTHER_YEAR_WORDS.test(before)
        )
          continue;
        const after = s.text.slice(m.index);
        const next = after.slice(4).search(/20\d\d\s*年/);
        const scope = next >= 0 ? after.slice(0, next + 4) : after;
        printed ??= tableAmounts(ctx);
        // (Each amount once, as printed: "320.00万元".)
        const inTables = new Map<string, string>();
        for (const a of scope.matchAll(MONEY)) {
          const key = a[1]!.replace(/,/g, '');
          if (printed.get(key)?.every((t) => !t.includes(String(year))))
            inTables.set(key, a[0].replace(/\s+/g, ''));
        }
        if (inTables.size < 2) continue;
        const at = s.start + m.index;
        const shown = [...inTables.values()].slice(0, 3).join('、');
        claim(ctx, 'year', li, at, false, `${y}年度的文件，句中${year}年度的${shown}是表中本年度的数字`);
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, at, at + m[0].length, 10),
          `${y}年`,
          `${year}年`,
          `本文件是${y}年度的，此句写${year}年，所列${shown}却是表中本年度的数字：年份似未更新。`,
          at,
        );
      }
    }
  });
}

/** Every amount printed in a cell of the document's tables (commas dropped), with the texts of the tables holding it. */
function tableAmounts(ctx: Ctx): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    const texts = b.rows.map((r) => r.cells.map((c) => c.text).join(' '));
    const whole = `${b.title} ${texts.join(' ')}`;
    for (const t of texts)
      for (const a of t.matchAll(AMOUNT)) {
        const key = a[0].replace(/,/g, '');
        const list = out.get(key);
        if (!list) out.set(key, [whole]);
        else if (!list.includes(whole)) list.push(whole);
      }
  }
  return out;
}
