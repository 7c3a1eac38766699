/**
 * A stated average score against the table of the scores it averages — "对3个重点项目开展了部门评价，…平均得分
 * 89.77分，详见下表" above a table whose 评价得分 column holds 93.50, 88.20 and 84.60: the average must be
 * their sum ÷ their number (88.77), within the rounding of the printed figures.
 *
 * Precision first: the sentence states how many items were scored (N个项目 / N家单位 …) and the table, the
 * next one after the paragraph (or the one right above it) with no heading between — else the document's only
 * table with a score column — has exactly N rows with a score in its one 得分 / 评分 column (合计 / 平均 rows
 * aside); a table with no such column, or with another number of scored rows, is not read.
 *
 * Without such a table, the scores may be stated before the average in its paragraph: "…自评总分97.20分，…；
 * …自评总分97.25分，…。两个项目平均得分97.23分" — each item's total (自评总分 / 评价得分 / 综合得分 …, not a
 * part's score nor the 总分 a scale is out of) stated in the sentences before the average's. Read only when
 * the average's sentence names how many items it averages (两个项目, 3家单位) and exactly that many totals
 * were stated, or refers back to them (上述 / 以上 / 各 项目) with two totals or more and no other count stated.
 *
 * Else, the sentence counting as many projects as the document has 自评表: their 总分s (self-eval-summary.ts),
 * a 总分 in dispute read either way.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { headedRows } from './headed-rows.ts';
import { tableAbove } from './score-extremes.ts';
import type { Block, TableBlock } from './layout.ts';
import { countOfWord, printedPlaces } from './numbers.ts';
import { halfUlp, show } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

/** A clause comparing with another year: its average is that year's. */
const COMPARED = /比|较|同比|上年|去年|上一年/;
/** The scores' sum stated: "10个项目评价得分合计846.50分". */
const SUMMED = /得分(?:合计|总计|共计|总和|之和)(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*分/g;
const AVERAGE = /平均(?:得分|分|分值|评分|成绩)\s*(?:为|是|达到|达)?\s*(\d+(?:\.\d+)?)\s*分/g;
const COUNTED =
  /(\d+|[两二三四五六七八九十])\s*(?:个|项|家)\s*(?:重点|部门|政策|专项)?(?:项目|单位|政策|专项)/g;
/** An item's total score stated in the text: "自评总分97.20分", "评价得分88.5分", "总得分90分" (not "总分100分"). */
const STATED_TOTAL =
  /(?<![满（(])(?:(?:自评|评价|综合|考评|考核|绩效)(?:总得分|总分|得分)|总得分)(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分/g;
/** A part's score ("产出指标自评得分"): not an item's total. */
const PART_BEFORE = /(?:指标|执行率?|决策|过程|产出|效益|满意度|管理|履职)$/;
/** The average's items referred back to: "上述项目", "以上3个项目", "各项目". */
const REFERRED =
  /(?:上述|以上|前述|这些|各)(?:\d+|[两二三四五六七八九十])?\s*(?:个|项|家)?\s*(?:重点|部门|政策|专项)?(?:项目|单位|政策|专项)/;
const SCORE_HEADER = /^(?:评价|自评|综合|考核)?(?:得分|评分|分数)$/;
const SCORE = /^\d+(?:\.\d+)?$/;
const NOT_AN_ITEM = /合计|总计|小计|平均|均值/;

/** `tableChoices`: each item's scores as the document's 自评表s (or its projects' sections, `tablesName`) give them. */
export function checkAverageScores(
  ctx: Ctx,
  tableChoices: readonly string[][] | null = null,
  tablesName = '各项目自评表',
): void {
  // (Its paragraphs name 平均 or 得分.)
  if (!mentionsAny(ctx, ['平均', '得分'])) return;
  const fromTables = tableChoices?.map((c) => c[0]!) ?? null;
  const blocks = ctx.layout.blocks;
  blocks.forEach((b, k) => {
    // (A numbered heading run into its text — "二、自评得分。…平均得分97.23分。" — is read as its text.)
    if (b.kind !== 'paragraph' || !/平均|得分/.test(b.text)) return;
    const line = ctx.lines[b.first] ?? '';
    // (A heading with sentences run in — "（三）得分情况。12个项目平均得分…" — may average the only score table.)
    const runIn = b.heading && /。.*\d/.test(b.text);
    checkScoreSums(ctx, line, b.first, b.heading ? null : (nearTable(blocks, k) ?? tableAbove(blocks, k)));
    for (const m of line.matchAll(AVERAGE)) {
      // (Last year's average, a comparison's base: "比2024年度项目平均得分82.37分有所提升".)
      if (COMPARED.test(line.slice(clauseStart(line, m.index), m.index))) continue;
      const sentenceStart = Math.max(line.lastIndexOf('。', m.index) + 1, 0);
      const sentenceEnd = line.indexOf('。', m.index);
      const sentence = line.slice(sentenceStart, sentenceEnd < 0 ? line.length : sentenceEnd);
      const counts = [...sentence.matchAll(COUNTED)];
      if (counts.length > 1) continue;
      const named = counts.length === 1 ? countOfWord(counts[0]![1]!) : null;
      const table = b.heading ? null : (citedTable(blocks, line) ?? nearTable(blocks, k));
      const fromTable =
        named === null
          ? null
          : ((table ? scoresIn(table) : null) ?? (b.heading && !runIn ? null : onlyScored(blocks, named)));
      const listed =
        fromTable && fromTable.length === named
          ? fromTable
          : (statedTotals(line.slice(0, sentenceStart), sentence.slice(0, m.index - sentenceStart), named) ??
            listedScores(sentence.slice(0, m.index - sentenceStart), named) ??
            itemsAfter(sentence.slice(m.index - sentenceStart + m[0].length), named));
      // Else the document's 自评表s, as many as the sentence counts (self-eval-summary.ts).
      const scores = listed ?? (named !== null && fromTables?.length === named ? fromTables : null);
      const source = scores === fromTable ? '表中' : scores === fromTables ? tablesName : '文中所列';
      if (!scores || scores.length < 2) continue;
      const n = scores.length;
      const stated = m[1]!;
      const places = printedPlaces(stated);
      const inputPlaces = Math.max(...scores.map((s) => printedPlaces(s)));
      const mean = scores.reduce((a, s) => a.plus(s), dec(0)).div(n);
      const diff = mean.minus(stated).abs();
      // The stated average rounds the mean of the true scores; each printed score may be off by half its last
      // digit, and so may their mean.
      const allowed = halfUlp(places).plus(halfUlp(inputPlaces));
      const arithmetic = `(${scores.join(' + ')}) ÷ ${n} = ${show(mean, places)}分`;
      // (The 自评表s: an average that some reading of their disputed 总分s gives is not judged wrong.)
      const ok =
        diff.lte(allowed) || (scores === fromTables && anyMeanFits(tableChoices!, dec(stated), allowed));
      const at = m.index + m[0].indexOf(stated);
      claim(ctx, 'score', b.first, at, ok, `${arithmetic}，文中平均得分${stated}分`);
      if (ok) continue;
      report(
        ctx,
        b.first,
        'figure.text-table',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 20),
        `${show(mean, places)}分`,
        `${stated}分`,
        `文中平均得分为${stated}分，而${source}${n}项得分的平均值为 ${arithmetic}，两者不符。`,
        at,
      );
    }
  });
}

/** The start of the clause holding offset `at` (after its last "，；。"). */
function clauseStart(line: string, at: number): number {
  let k = at;
  while (k > 0 && !'，；。,;'.includes(line[k - 1]!)) k--;
  return k;
}

/**
 * A sum of scores stated in a sentence counting N items ("10个项目评价得分合计846.50分") against the N scores of
 * the table next to it: the sum of the printed scores, within their rounding (`score.sum`).
 */
function checkScoreSums(ctx: Ctx, line: string, first: number, table: TableBlock | null): void {
  if (!table || !line.includes('得分')) return;
  for (const m of line.matchAll(SUMMED)) {
    const sentenceStart = Math.max(line.lastIndexOf('。', m.index) + 1, 0);
    const opening = line.slice(sentenceStart, m.index);
    const counts = [...opening.matchAll(COUNTED)];
    if (counts.length !== 1 || COMPARED.test(line.slice(clauseStart(line, m.index), m.index))) continue;
    const named = countOfWord(counts[0]![1]!);
    const scores = scoresIn(table);
    if (!scores || scores.length < 2 || scores.length !== named) continue;
    const stated = m[1]!;
    const places = printedPlaces(stated);
    const inputPlaces = Math.max(...scores.map((v) => printedPlaces(v)));
    const sum = scores.reduce((a, v) => a.plus(v), dec(0));
    // Each printed score may be off by half its last digit.
    const allowed = halfUlp(places).plus(halfUlp(inputPlaces).times(scores.length));
    const ok = sum.minus(stated).abs().lte(allowed);
    const arithmetic = `${scores.join(' + ')} = ${show(sum, Math.max(places, inputPlaces))}分`;
    const at = m.index + m[0].indexOf(stated);
    claim(ctx, 'score', first, at, ok, `${arithmetic}，文中得分合计${stated}分`);
    if (ok) continue;
    report(
      ctx,
      first,
      'score.sum',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 20),
      `${show(sum, Math.max(places, inputPlaces))}分`,
      `${stated}分`,
      `文中${named}项得分合计为${stated}分，而表中各项得分之和为 ${arithmetic}，两者不符。`,
      at,
    );
  }
}

/** Whether some choice of one score per item (at most 4096 choices tried) averages to `stated` within `allowed`. */
function anyMeanFits(choices: readonly string[][], stated: Dec, allowed: Dec): boolean {
  if (choices.reduce((n, c) => n * c.length, 1) > 4096) return true;
  const sums = choices.reduce<Dec[]>((acc, c) => acc.flatMap((a) => c.map((v) => a.plus(v))), [dec(0)]);
  return sums.some((s) => s.div(choices.length).minus(stated).abs().lte(allowed));
}

/**
 * The items' totals stated before the average (`before`: the paragraph's sentences before the average's;
 * `opening`: its own sentence up to the average): as many as `named`, or, with no count named, all of them when
 * the opening refers back to them and the paragraph names no other count of items. Null when not so.
 */
function statedTotals(before: string, opening: string, named: number | null): string[] | null {
  const text = `${before}${opening}`;
  if (!text.includes('分')) return null;
  const totals: string[] = [];
  for (const t of text.matchAll(STATED_TOTAL)) {
    if (PART_BEFORE.test(text.slice(Math.max(0, t.index - 6), t.index))) continue;
    if (dec(t[1]!).gt(100)) return null;
    totals.push(t[1]!);
  }
  if (named !== null) return totals.length === named ? totals : null;
  if (!REFERRED.test(opening)) return null;
  const others = [...before.matchAll(COUNTED)].map((c) => countOfWord(c[1]!));
  return others.every((c) => c === totals.length) ? totals : null;
}

/** "自评得分分别为96.5、94.0、92.5分" / "得分分别为96.5分、94.0分": the items' scores listed in one run. */
const SCORE_LIST =
  /(?:得分|评分|分数)(?:分别)?(?:为|是)?\s*(\d{1,3}(?:\.\d+)?\s*分?(?:\s*[、，,]\s*\d{1,3}(?:\.\d+)?\s*分?)+)/g;

/**
 * The scores listed before the average in its sentence ("对7个项目开展了绩效自评，自评得分分别为…分，平均得分…"):
 * the one list of two scores or more, as many as the sentence counts (when it counts), none over 100.
 */
export function listedScores(opening: string, named: number | null): string[] | null {
  const lists = [...opening.matchAll(SCORE_LIST)];
  if (lists.length !== 1) return null;
  const scores = lists[0]![1]!.split(/[、，,]/).map((t) => t.replace(/[\s分]/g, ''));
  if (scores.length < 2 || scores.some((v) => dec(v).gt(100))) return null;
  if (named !== null && scores.length !== named) return null;
  return scores;
}

/** "，其中：A项目93.50分、B项目88.20分、…": the items of an average listed after it, each a name and its score. */
const ITEMS_AFTER = /^\s*[，,]\s*其中[：:，,]?\s*/;
const NAMED_SCORE = /^([\u4e00-\u9fa5（）()“”《》]{2,30}?)\s*(\d{1,3}(?:\.\d{1,2})?)\s*分$/;

/**
 * The scores of the items listed right after an average (as many as the sentence counts), each item a name and
 * its score and nothing else, the items joined by 、，；. Null when the rest of the sentence is not such a list.
 */
function itemsAfter(rest: string, named: number | null): string[] | null {
  const opener = ITEMS_AFTER.exec(rest);
  if (!opener || named === null || named < 2) return null;
  const items = rest
    .slice(opener[0].length)
    .split(/[、，,；;]/)
    .map((t) => t.trim());
  if (items[items.length - 1] === '') items.pop();
  if (items.length !== named) return null;
  const scores: string[] = [];
  for (const item of items) {
    const m = NAMED_SCORE.exec(item);
    if (!m || dec(m[2]!).gt(100)) return null;
    scores.push(m[2]!);
  }
  return scores;
}

/** "各项目自评结果见附表2", "详见附件3": the appendix a paragraph refers its items to. */
const CITED = /(?:见|详见|参见)\s*(附表|附件)\s*(\d{1,2})(?!\d)/g;

/**
 * The table a paragraph cites by number (its one 附表N): the first table after the paragraph titled so (its text
 * opening with 附表N), within the three blocks after the title. Null when it cites none, or more than one.
 */
function citedTable(blocks: readonly Block[], text: string): TableBlock | null {
  const cited = new Set([...text.matchAll(CITED)].map((m) => `${m[1]}${m[2]}`));
  if (cited.size !== 1) return null;
  const [name] = cited;
  const title = new RegExp(`^${name}(?!\\d)`);
  const t = blocks.findIndex((b) => b.kind === 'paragraph' && title.test(b.text.replace(/\s+/g, '')));
  if (t < 0) return null;
  for (let j = t + 1; j < blocks.length && j <= t + 3; j++) {
    const b = blocks[j]!;
    if (b.kind === 'table') return b;
    if (b.heading) break;
  }
  return null;
}

/** The next table after block k (no heading between), else the table right above it. */
function nearTable(blocks: readonly Block[], k: number): TableBlock | null {
  for (let j = k + 1; j < blocks.length && j <= k + 3; j++) {
    const b = blocks[j]!;
    if (b.kind === 'table') return b;
    if (b.heading) break;
  }
  const above = blocks[k - 1];
  return above?.kind === 'table' ? above : null;
}

/**
 * The scores of the document's one table with a score column, when it scores exactly `named` items: the table a
 * summary further down the text ("8个项目平均得分…") averages, other paragraphs between them.
 */
function onlyScored(blocks: readonly Block[], named: number): string[] | null {
  const scored = blocks.flatMap((b) => (b.kind === 'table' ? [scoresIn(b)] : [])).filter((s) => s !== null);
  return scored.length === 1 && scored[0]!.length === named ? scored[0]! : null;
}

/** The scores of the table's items: its one score column's plain figures, totals and averages aside. */
function scoresIn(table: TableBlock): string[] | null {
  const headed = headedRows(table, (r) => r.cells.some((c) => SCORE_HEADER.test(c.text.replace(/\s+/g, ''))));
  if (!headed) return null;
  const { header, from, align } = headed;
  const cols = header.flatMap((c, i) => (SCORE_HEADER.test(c.text.replace(/\s+/g, '')) ? [i] : []));
  if (cols.length !== 1) return null;
  const col = cols[0]!;
  const scores: string[] = [];
  for (const r of table.rows.slice(from)) {
    const row = align(header, r);
    if (!row) return null;
    if (row.cells.some((c) => NOT_AN_ITEM.test(c.text))) continue;
    const cell = row.cells[col]?.text.trim() ?? '';
    if (cell === '') continue;
    if (!SCORE.test(cell)) return null;
    scores.push(cell);
  }
  return scores;
}
