/**
 * The counts of the 三公 stated twice in other words: "全年安排因公出国（境）团组1个、3人次" and, later, "因公出国（境）
 * 经费共涉及出国人员4人次"; "国内公务接待42批次、318人次" and "共接待国内来访45批次". Each count is known by what it
 * counts — 因公出国 团组 and 人次, 公务接待 批次 and 人次 (国内, 外事, or all of them), 公务用车 保有量 and 购置 (辆) —
 * read from the clause (to "，" or "；") that holds the figure; two statements of one count must agree
 * (`count.restated`).
 *
 * Precision first: a clause naming another year, last year, a comparison, a part (其中, 本级, 所属), a period
 * (月, 季度, 上半年), a list of the main parts (包括, 主要有, …等) or a plan is not read; nor one naming two things a count could be of (出国 and 接待).
 */
import { otherUnits, sectionUnitOf, sectionUnits } from './unit-sections.ts';
import { judgeCountSum } from './count-sums.ts';
import { claim, excerptOf, lastIndexOfAny, report, sentencesAt, type Ctx } from './context.ts';
import type { TableCell, TableRow } from './layout.ts';
import { scanNumbers } from './numbers.ts';
import { forEachFigureLine, forEachProseLine } from './prose-lines.ts';

const HAS_FEE_COUNT = /批次|人次|团组|辆/;
const NOT_THIS_COUNT =
  /上年|去年|同期|以前|历年|以来|至今|比|较|增加|减少|增长|下降|其中|(?<!不)包括|主要有|[次辆个]等|本级|所属|下属|分别|月|季度|半年|计划|预计|拟|报废|处置|更新|不超过|以内/;

/** "其中：国内公务接待…", "其中外事接待…": 其中 opening a part that names its kind of reception. */
const KIND_PART = /^\s*其中[：:，,]?\s*(?=国内|外事|外宾|涉外)/;

/** "由上年的52批次减少至48批次", "从2024年的6辆增加到7辆": a count's change, ending at this year's count. */
const CHANGED_TO =
  /(?:由|从)(?:上年|去年|上一年|20\d\d\s*年度?)(?:末)?的?\s*\d+\s*(批次|人次|辆|个)\s*(?:减少|增加|下降|增长|降|增|压减|缩减)(?:至|到)\s*\d+\s*\1/;

/** What a clause's count of `unit` counts, or null when the clause does not tell for certain. */
function countedIn(clause: string, unit: string): string | null {
  const abroad = /出国|出境/.test(clause);
  const reception = clause.includes('接待');
  if (abroad && reception) return null;
  if (abroad) {
    if (unit === '个' && clause.includes('团组')) return '因公出国（境）团组';
    if (unit === '人次') return '因公出国（境）人次';
    return null;
  }
  if (reception && (unit === '批次' || unit === '人次')) {
    const foreign = /外事|外宾|涉外/.test(clause);
    const home = clause.includes('国内');
    if (foreign && home) return null;
    return `${foreign ? '外事' : home ? '国内公务' : '公务'}接待${unit}`;
  }
  if (unit === '辆' && clause.includes('公务用车')) {
    if (/保有/.test(clause) && !clause.includes('购置')) return '公务用车保有量';
    if (clause.includes('购置') && !/保有/.test(clause)) return '公务用车购置数';
  }
  return null;
}

/**
 * The part of a clause that tells what the figure at `at` counts: the whole clause, or — a clause listing both
 * kinds, "因公出国（境）团组1个共5人次、公务接待57批次486人次" — the items from the last one naming its kind
 * (出国, 接待, 公务用车) before the figure to the end of the figure's item.
 */
function subjectOf(clause: string, at: number): string {
  if (!(/出国|出境/.test(clause) && clause.includes('接待'))) return clause;
  const items = clause.split('、');
  let from = 0;
  let start = 0;
  for (const item of items) {
    const end = start + item.length;
    if (/出国|出境|接待|公务用车/.test(item)) from = start;
    if (at < end) return clause.slice(from, end);
    start = end + 1;
  }
  return clause;
}

/** A count as first stated: its logical line, the offset of its figure there, the words around it. */
type Stated = { value: string; line: number; at?: number; text: string; table?: boolean };

/** A header cell of one year's counts ("2025年", "2025 年度"). */
const YEAR_HEAD = /^(20\d\d)\s*年度?(?:数)?$/;

/** What a counts table's row counts, by its name ("公务接待批次", "因公出国（境）团组数（个）"). */
function countedInRow(label: string): { key: string; unit: string } | null {
  const of = (unit: string): { key: string; unit: string } | null => {
    const key = countedIn(label, unit);
    return key ? { key, unit } : null;
  };
  if (/出国|出境/.test(label) && label.includes('团组')) return of('个');
  if (label.includes('人次')) return of('人次');
  if (label.includes('批次')) return of('批次');
  if (label.includes('公务用车') && /辆/.test(label)) return of('辆');
  return null;
}

/**
 * The counts a 三公 counts table states for the document's year: a header of two year cells ("2025年  2024年")
 * over rows of a name and two whole numbers (a change column after them, "较上年增减", is let be), the year's
 * column told by the header's order. Read as the first
 * statement of each count (the text's are held to it).
 */
function tableCounts(ctx: Ctx, seen: Map<string, Stated>, allHome: boolean): void {
  if (ctx.year === null) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    let at = -1;
    for (const r of b.rows) {
      // (Most rows are neither: a years row names a 年, and neither kind has over six cells — not copied.)
      if ((at < 0 && !r.cells.some((c) => c.text.includes('年'))) || filledCells(r) > 6) {
        at = -1;
        continue;
      }
      // (A unit column after the names — "统计指标 | 单位 | 2025年 | 2024年" over "…人次 | 人次 | 7 | 4" — is let be.)
      const cells = r.cells
        .map((c) => c.text.replace(/\s+/g, ''))
        .filter((t, k) => t !== '' && !(k > 0 && UNIT_CELL.test(t)));
      const years = yearsOf(cells);
      if (years) {
        at = years.indexOf(ctx.year);
        continue;
      }
      if (at < 0) continue;
      // (A change column may follow the two years': "较上年增减" over "-6".)
      const row =
        (cells.length === 3 || (cells.length === 4 && /^[-−+]?\d+$/.test(cells[3]!))) &&
        /^\d+$/.test(cells[1]!) &&
        /^\d+$/.test(cells[2]!)
          ? countedInRow(cells[0]!)
          : null;
      if (!row) {
        at = -1;
        continue;
      }
      const key = allHome ? asAllReceptions(row.key) : row.key;
      if (!seen.has(key))
        seen.set(key, {
          value: cells[1 + at]!,
          line: r.line,
          text: `${cells[0]} ${cells[1 + at]}`,
          table: true,
        });
    }
  }
}

/** A unit column's cell: its header, or a count's unit. */
const UNIT_CELL = /^(?:计量)?单位$|^(?:个|人次|人|辆|批次|次|团组|期)$/;

/** This year's row of a wide 三公 table ("2025年决算数", "2025年"), by its year; a budget row is not. */
const YEAR_ROW = /^(20\d\d)\s*年度?(?:决算|实际|执行)?数?$/;

/**
 * The counts a wide 三公 table prints at the right end of this year's row, under count columns of its lowest
 * header row ("国内公务接待" over "批次  人次"; "接待批次  接待人次"): the header's last cells are read against the row's
 * last figures, right to left, each named by its own words and the upper header cell over it. Read only when every
 * such figure is whole and no upper header cell stands right of the count columns (a column they would hide);
 * read as the first statement of each count, as tableCounts.
 */
function wideTableCounts(ctx: Ctx, seen: Map<string, Stated>, allHome: boolean): void {
  if (ctx.year === null) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    const first = b.rows.findIndex((r) => r.cells.some((c) => /^[\d.,]+$/.test(c.text)));
    if (first < 1) continue;
    // (The layout may have left the header's upper lines out of the table, as lines of text above it.)
    const heads = [...(first < 2 ? headerAbove(ctx, b.first) : []), ...b.rows.slice(0, first)];
    if (heads.length < 2) continue;
    const yearRows = b.rows
      .slice(first)
      .filter((r) => Number(YEAR_ROW.exec(r.cells[0]?.text.replace(/\s+/g, '') ?? '')?.[1]) === ctx.year);
    if (yearRows.length !== 1) continue;
    const row = yearRows[0]!;
    const leaves = heads[heads.length - 1]!.cells;
    const upper = heads.slice(0, -1).flatMap((r) => r.cells);
    const found: { key: string; cell: TableCell }[] = [];
    for (let k = leaves.length - 1; k >= 0; k--) {
      const leaf = leaves[k]!;
      const over = upper.filter((c) => c.start < leaf.end && c.end > leaf.start);
      const named = countedInRow(`${over.map((c) => c.text).join('')}${leaf.text}`.replace(/\s+/g, ''));
      if (!named) break;
      found.push({ key: named.key, cell: leaf });
    }
    if (found.length === 0) continue;
    const from = found[found.length - 1]!.cell.start;
    if (
      upper.some((c) => c.start >= from && !found.some((f) => c.start < f.cell.end && c.end > f.cell.start))
    )
      continue;
    const figures = row.cells.slice(1);
    if (figures.length <= found.length) continue;
    const counts = figures.slice(-found.length).reverse();
    if (!counts.every((c) => /^\d+$/.test(c.text))) continue;
    found.forEach((f, k) => {
      const key = allHome ? asAllReceptions(f.key) : f.key;
      if (!seen.has(key))
        seen.set(key, {
          value: counts[k]!.text,
          line: row.line,
          text: `${row.cells[0]!.text} ${f.cell.text} ${counts[k]!.text}`,
          table: true,
        });
    });
  }
}

/** A caption or a unit line above a table: where its header's lines end. */
const NOT_HEADER = /统计|表$|情况$|单位[：:]|^注/;

/**
 * The header's lines printed above a table block (at most three, up to a blank line or a caption), each split at
 * its white space into cells at their places — the names of a counts table's columns wrapped over lines.
 */
function headerAbove(ctx: Ctx, first: number): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const text = ctx.layout.normalised[i]!;
    if (text.trim() === '' || NOT_HEADER.test(text.replace(/\s+/g, '')) || /\d/.test(text)) break;
    const cells = [...text.matchAll(/\S+/g)].map((m) => ({
      text: m[0],
      line: i,
      start: m.index,
      end: m.index + m[0].length,
    }));
    rows.unshift({ line: i, cells });
  }
  return rows;
}

function filledCells(r: TableRow): number {
  let n = 0;
  for (const c of r.cells) if (c.text.trim() !== '') n++;
  return n;
}

/** A change column's header after the two years' ("较上年增减", "增减变化"). */
const CHANGE_HEAD = /^(?:较上年|比上年|同比)?(?:增减|变动|变化)(?:数|量|情况)?$/;

/** The two years of a header row ("指标 | 2025 年 | 2024 年", the year set apart from its 年): null when not such. */
function yearsOf(cells: readonly string[]): number[] | null {
  const joined: string[] = [];
  for (const t of cells) {
    if (/^年/.test(t) && /^20\d\d$/.test(joined[joined.length - 1] ?? '')) joined[joined.length - 1] += t;
    else joined.push(t);
  }
  const years = joined.flatMap((t) => {
    const m = YEAR_HEAD.exec(t);
    return m ? [Number(m[1])] : [];
  });
  if (years.length !== 2 || years[0] === years[1]) return null;
  // (At most a name before the years and a change after them: "实物量指标 | 2025年 | 2024年 | 较上年增减".)
  const change = joined.length === 4 && !YEAR_HEAD.test(joined[0]!) && CHANGE_HEAD.test(joined[3]!);
  if (joined.length > 3 && !change) return null;
  return years;
}

/**
 * "无外事接待", "外事接待0批次", "未发生外宾接待", "公务接待费…，全部为国内公务接待": the document says there was no
 * foreign reception, so its 国内公务接待 counts are all its 公务接待 ("共发生国内公务接待42批次" and later "全年公务接待
 * 42批次" are one count).
 */
const NO_FOREIGN_RECEPTIONS =
  /(?:无|未发生|未安排|没有|未有)(?:外事|涉外|外宾)接待|(?:外事|涉外|外宾)接待[^，。；;,\d]{0,8}?0\s*批次|接待外宾\s*0\s*批次|(?:全部|均|全)(?:为|是|系)国内(?:公务)?接待/g;

/**
 * "国内公务接待支出7.29万元，接待32批次、215人次；外事接待支出1.44万元，接待3批次…": a clause counting receptions
 * without saying which is of the kind its statement named before it (to the last "；" or "。"). A statement naming
 * both kinds, or neither, leaves the clause's own reading.
 */
function ofStatedKind(named: string | null, before: string): string | null {
  if (named === null || !named.startsWith('公务接待')) return named;
  const statement = before.slice(lastIndexOfAny(before, ['；', ';', '。'], before.length - 1) + 1);
  const foreign = /外事|外宾|涉外/.test(statement);
  const home = statement.includes('国内');
  if (foreign === home) return named;
  return named.replace('公务接待', foreign ? '外事接待' : '国内公务接待');
}

/** A clause that is a count of persons alone: "186人次（不包括陪同人员）". */
const BARE_PERSONS = /^\s*(?:累计|共计|合计|共)?\s*\d+\s*人次(?:[（(][^）)\d]*[）)]?)?\s*$/;

const asAllReceptions = (key: string): string => key.replace(/^国内公务接待/, '公务接待');

/** "外事接待1批次", "外宾接待2批次": foreign receptions this document counts (then 国内 is not all of them). */
const FOREIGN_RECEPTIONS =
  /(?:外事|涉外|外宾)接待[^，。；;,\d]{0,8}?[1-9]\d*\s*批次|接待外宾\s*[1-9]\d*\s*批次/;

function saysNoForeignReception(ctx: Ctx): boolean {
  let none = false;
  let some = false;
  forEachProseLine(ctx, (line) => {
    if (some || !line.includes('接待')) return;
    if (FOREIGN_RECEPTIONS.test(line)) some = true;
    for (const m of line.matchAll(NO_FOREIGN_RECEPTIONS)) {
      // (Another year's: "2024年度未发生外事接待支出" says nothing of this year's.)
      const clause = line.slice(lastIndexOfAny(line, ['，', ',', '；', ';', '。'], m.index) + 1, m.index);
      const years = [...clause.matchAll(/(20\d\d)\s*年/g)].map((y) => Number(y[1]));
      if (/上年|去年|同期|上一年/.test(clause) || years.some((y) => y !== ctx.year)) continue;
      none = true;
    }
  });
  return none && !some;
}

export function checkFeeCounts(ctx: Ctx): void {
  const y = ctx.year;
  const seen = new Map<string, Stated>();
  const allHome = saysNoForeignReception(ctx);
  tableCounts(ctx, seen, allHome);
  wideTableCounts(ctx, seen, allHome);
  // The values each kind is stated with, and the judgements made: a kind stated with three values or more is counted
  // once for each of several units (a 区's notice, a section a department) — no restatement.
  const valuesOf = new Map<string, Set<string>>();
  const judged: { key: string; judge: () => void }[] = [];
  const statements: Statement[] = [];
  forEachFigureLine(ctx, (line, li) => {
    if (!HAS_FEE_COUNT.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      let start = 0;
      // The kind the clause before counted in 批次 / 团组: "国内公务接待23批次，186人次" — the bare 人次 after it are
      // of the same receptions.
      let kindBefore: string | null = null;
      let clauseBefore = '';
      // (A thousands separator, "2,851批次", parts no clause.)
      for (const clause of s.text.split(/[，；;]|(?<!\d),|,(?!\d{3})/)) {
        const at = s.start + start;
        start += clause.length + 1;
        const previous: string | null = kindBefore;
        kindBefore = null;
        // "其中：国内公务接待3.92万元，31批次、268人次": counts alone after a clause naming the receptions (and their
        // amount) are of those receptions.
        const ofReceptions =
          /^\s*\d[\d,]*\s*批次/.test(clause) &&
          /接待/.test(clauseBefore) &&
          !/\d\s*(?:批次|人次)/.test(clauseBefore)
            ? clauseBefore.replace(KIND_PART, '').replace(/[\d.,]+\s*(?:万元|元)/g, '')
            : '';
        clauseBefore = clause;
        if (!HAS_FEE_COUNT.test(clause)) continue;
        // "接待批次由上年的52批次减少至48批次": the count the change ends at is this year's (the rest of such a
        // clause is last year's).
        // ("其中：国内公务接待42批次" is a part named by its kind: the key says 国内, the 其中 says nothing more.)
        const notThis = NOT_THIS_COUNT.test(clause.replace(KIND_PART, ''));
        const changedTo = notThis ? CHANGED_TO.exec(clause) : null;
        if (notThis && !changedTo) continue;
        // A year other than the document's: another year's count.
        if (
          !changedTo &&
          [...clause.matchAll(/(20\d\d)\s*年/g)].some((m) => y === null || Number(m[1]) !== y)
        )
          continue;
        const keys = new Set<string>();
        // (A breakdown in brackets, "（上级检查指导9批次…", closed or not in this clause, is parts: not read;
        // "因公出国（境）" holds no figure.)
        const open = clause.search(/[（(][^）)]*\d/);
        const read = changedTo ? clause.slice(0, changedTo.index + changedTo[0].length) : clause;
        for (const t of scanNumbers(open < 0 ? read : read.slice(0, open))) {
          if (changedTo && t.end !== changedTo.index + changedTo[0].length) continue;
          if (!/^\d+$/.test(t.value)) continue;
          const unit = t.unit;
          const named: string | null =
            ofStatedKind(
              countedIn(ofReceptions + subjectOf(clause, t.start), unit),
              s.text.slice(0, at - s.start),
            ) ?? (unit === '人次' && previous !== null && BARE_PERSONS.test(clause) ? previous : null);
          if (!named) continue;
          if (/接待批次$/.test(named)) kindBefore = named.replace(/批次$/, '人次');
          else if (named === '因公出国（境）团组') kindBefore = '因公出国（境）人次';
          const key = allHome ? asAllReceptions(named) : named;
          statements.push({ key, value: t.value, unit, li, at: at + t.start, clause });
          // "团组1个" / "1个团组": 个 counts groups only next to 团组.
          if (
            unit === '个' &&
            !/团组\s*$/.test(clause.slice(0, t.start)) &&
            !/^\s*(?:个\s*)?团组/.test(clause.slice(t.end))
          )
            continue;
          // One count of each kind a clause: a second is a part or another measure.
          if (keys.has(key)) continue;
          keys.add(key);
          const before = seen.get(key);
          const values = valuesOf.get(key) ?? new Set(before ? [before.value] : []);
          values.add(t.value);
          valuesOf.set(key, values);
          if (!before) {
            seen.set(key, { value: t.value, line: li, at: at + t.start, text: clause });
            continue;
          }
          if (otherUnits(ctx, before.line, li)) continue;
          judged.push({
            key,
            judge: () => {
              const same = before.value === t.value;
              claim(ctx, 'count', li, at + t.start, same, `${key}：前文${before.value}，此处${t.value}`);
              if (same) return;
              report(
                ctx,
                li,
                'count.restated',
                'error',
                excerptOf(line, at, at + clause.length, 0),
                `${before.value}${unit}`,
                `${t.value}${unit}`,
                `${key}${before.table ? '表中' : '前文'}（第${ctx.layout.lineAt(before.line, before.at ?? 0) + 1}行“${before.text.trim()}”）为${before.value}${unit}，此处写作${t.value}${unit}，前后不一致。`,
                at + t.start,
              );
            },
          });
        }
      }
    }
  });
  for (const { key, judge } of judged) if ((valuesOf.get(key)?.size ?? 0) <= 2) judge();
  checkUnitTotals(ctx, statements);
  if (!allHome) checkReceptionParts(ctx, statements);
}

/**
 * The receptions counted in all and by kind — "全年共接待32批次、284人次，其中：国内…31批次、268人次…；外事…1批次、6人次":
 * all = 国内 + 外事 (`count.sum`), in 批次 and in 人次. Read only when each of the three is stated with one value, in a
 * document of one unit.
 */
function checkReceptionParts(ctx: Ctx, statements: readonly Statement[]): void {
  if (sectionUnits(ctx).length > 0) return;
  for (const unit of ['批次', '人次']) {
    const of = (key: string): Statement[] => statements.filter((s) => s.key === key);
    const [all, home, foreign] = [of(`公务接待${unit}`), of(`国内公务接待${unit}`), of(`外事接待${unit}`)];
    const one = (list: Statement[]): boolean =>
      list.length > 0 && new Set(list.map((s) => s.value)).size === 1;
    if (!one(all) || !one(home) || !one(foreign)) continue;
    const [h, f, total] = [Number(home[0]!.value), Number(foreign[0]!.value), all[0]!];
    // (The total says it is one — 共, 合计, 全年 —, and a sum another rule made on its line stands.)
    if (!/(?<!公)共|合计|总计|全年/.test(total.clause)) continue;
    const shown = ctx.layout.lineAt(total.li, total.at) + 1;
    if (ctx.claims.some((c) => c.kind === 'count' && c.line === shown && c.arithmetic.includes(total.value)))
      continue;
    judgeCountSum(ctx, total.li, ctx.lines[total.li] ?? '', {
      at: total.at,
      excerpt: [total.at - 10, total.at + total.value.length + unit.length],
      sum: h + f,
      total: Number(total.value),
      unit,
      arithmetic: `公务接待${unit}：国内${h} + 外事${f} = ${h + f}，合计${total.value}`,
      message: `国内公务接待${h}${unit}与外事接待${f}${unit}之和为${h + f}${unit}，与公务接待合计${total.value}${unit}不符。`,
    });
  }
}

type Statement = { key: string; value: string; unit: string; li: number; at: number; clause: string };

/**
 * A notice of several units, a section each, whose common part counts for all of them — "全年共接待国内公务接待183批
 * 次、1140人次" over five departments' sections each stating its own: the common count is the sum of the units'
 * (`count.sum`). Read only when the common part says how many units it covers ("5个部门"), as many as have sections,
 * states the count with one value, and every unit's section states it exactly once.
 */
function checkUnitTotals(ctx: Ctx, statements: readonly Statement[]): void {
  const units = sectionUnits(ctx);
  if (units.length < 2) return;
  const covered = new RegExp(`${units.length}个(?:部门|单位)`);
  if (!ctx.lines.some((line, li) => sectionUnitOf(ctx, li) === '' && covered.test(line))) return;
  for (const key of new Set(statements.map((s) => s.key))) {
    const of = statements.filter((s) => s.key === key);
    const common = of.filter((s) => sectionUnitOf(ctx, s.li) === '');
    if (common.length === 0 || new Set(common.map((s) => s.value)).size !== 1) continue;
    const perUnit = units.map((u) => of.filter((s) => sectionUnitOf(ctx, s.li) === u));
    if (perUnit.some((p) => p.length !== 1)) continue;
    const parts = perUnit.map((p) => Number(p[0]!.value));
    const sum = parts.reduce((a, b) => a + b, 0);
    const total = common[0]!;
    const list = parts.join(' + ');
    judgeCountSum(ctx, total.li, ctx.lines[total.li] ?? '', {
      at: total.at,
      excerpt: [total.at - 12, total.at + total.value.length + total.unit.length],
      sum,
      total: Number(total.value),
      unit: total.unit,
      arithmetic: `${key}：各单位 ${list} = ${sum}${total.unit}，合计${total.value}${total.unit}`,
      message: `${units.length}个单位各自所述${key} ${list} = ${sum}${total.unit}，与合计${total.value}${total.unit}不符。`,
    });
  }
}
