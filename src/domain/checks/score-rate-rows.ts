/**
 * A 评分表 printed with 分值, 得分 and 得分率 side by side, its indicator names wrapped over several lines and its
 * 一级 names printed between the rows: no row reads as a label with its figures, so the rows are read by their
 * pattern — "W S P%" as the first figures of a line —
 * - each row's 得分率 against 得分 ÷ 分值 (`score.rate`), judged only in a table where most rows hold (the three
 *   columns are then sure);
 * - each 小计 row against the rows since the last 小计 (`score.weight-sum`, `score.sum`), and the 合计 / 总分 row
 *   against the 小计 rows (or every row when there are none) — a group is added up only when every line of it
 *   with a figure was read as a row, and judged only when one of its two columns adds up (a table of 一级 rows
 *   printed above their 二级 rows adds up in neither: its 合计 is the 一级 rows' alone).
 * Rows another rule made a claim on are left to it.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, printedLines, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import {
  judgeRatio,
  judgeSum,
  SHARE,
  show,
  verdictClause,
  printedFigure,
  type RatioVerdict,
} from './verdict.ts';

/** A row: words without a digit (or nothing), then 分值, 得分 and 得分率, then the 评分依据's words (or nothing). */
const ROW =
  /^([^\d]*?)(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)\s*[%％](?![\d.])/;
/** The same three figures anywhere on a line: a row whose label holds a digit (its reading is not sure). */
const ROW_ANYWHERE =
  /(?<![\d.])\d{1,3}(?:\.\d{1,2})?\s+\d{1,3}(?:\.\d{1,2})?\s+\d{1,3}(?:\.\d{1,2})?\s*[%％]/;
/** The table's header: 分值 (or 权重, 标准分), 得分 and 得分率 in that order, white space ignored. */
const HEADER = /(?:分值|权重|标准分)[^得]{0,12}得分[^得]{0,12}得分率/;
const SUBTOTAL = /小\s*计/;
const TOTAL = /合\s*计|总\s*计|总\s*分/;
/** A heading of the text after the table ("四、绩效评价指标分析", "（一）…"): the table has ended. */
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** Lines without a row after which the table is taken to have ended (a row's wrapped words take two or three). */
const GAP = 8;

type Row = {
  line: number;
  weight: string;
  score: string;
  rate: string;
  kind: 'row' | 'subtotal' | 'total';
  /** The row as quoted, when its cells are not on one line. */
  excerpt?: string;
};
/** A group of rows up to its 小计, and whether each of its lines with a figure was read as a row. */
type Group = { rows: Row[]; whole: boolean };

export function checkScoreRateRows(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['得分率', '分'])) return;
  const lines = printedLines(ctx);
  for (let i = 0; i < lines.length; i++) {
    if (PLAIN_HEADER.test(lines[i]!.trim()) && isPlainHeader(lines, i)) {
      i = readPlainTable(ctx, lines, i);
      continue;
    }
    // (A header of cells, not a sentence naming the three: "分值15分，得分13分，得分率86.67%。")
    if (!HEADER.test(lines[i]!.replace(/\s+/g, '')) || /[，。；]/.test(lines[i]!)) continue;
    i = readTable(ctx, lines, i);
  }
}

/**
 * The same table as plain `pdftotext` prints it, a cell a line: the header's cells "分值 / 得分 / 得分率" on three
 * lines, then each row as its name (maybe over two lines), 分值, 得分 and 得分率 — a repeated header between
 * the rows and page furniture passed over. The table ends at a line that is none of these, or at its 合计.
 */
const PLAIN_HEADER = /^(?:分值|权重|标准分)$/;
const PLAIN_HEAD_CELL = /^(?:[一二三]级指标|指标名称|评价指标|分值|权重|标准分|得分|得分率)$/;
const PLAIN_NAME = /^[^\d，。；,;]{1,24}$/;
const PLAIN_FIGURE = /^\d{1,3}(?:\.\d{1,2})?$/;
const PLAIN_RATE = /^(\d{1,3}(?:\.\d{1,2})?)\s*[%％]$/;
const PLAIN_FURNITURE = /^(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|续表\d*)$/;

function isPlainHeader(lines: readonly string[], i: number): boolean {
  return lines[i + 1]?.trim() === '得分' && lines[i + 2]?.trim() === '得分率';
}

function readPlainTable(ctx: Ctx, lines: readonly string[], header: number): number {
  const rows: Row[] = [];
  let i = header + 3;
  let name: string[] = [];
  let last = header + 2;
  while (i < lines.length) {
    const t = lines[i]!.trim();
    if (t === '' || PLAIN_FURNITURE.test(t) || (name.length === 0 && PLAIN_HEAD_CELL.test(t))) {
      i++;
      continue;
    }
    if (HEADING.test(t) || !PLAIN_NAME.test(t) || name.length >= 2) break;
    name.push(t);
    const [w, sc, r] = [lines[i + 1]?.trim() ?? '', lines[i + 2]?.trim() ?? '', lines[i + 3]?.trim() ?? ''];
    const rate = PLAIN_RATE.exec(r);
    if (!PLAIN_FIGURE.test(w) || !PLAIN_FIGURE.test(sc) || !rate) {
      i++;
      continue;
    }
    const label = name.join('');
    const kind = SUBTOTAL.test(label) ? 'subtotal' : TOTAL.test(label) ? 'total' : 'row';
    rows.push({
      line: i + 3,
      weight: w,
      score: sc,
      rate: rate[1]!,
      kind,
      excerpt: `${label} ${w} ${sc} ${r}`,
    });
    last = i + 3;
    i += 4;
    name = [];
    if (kind === 'total') break;
  }
  if (rows.length < 4) return last;
  const taken = new Set(ctx.claims.map((c) => c.line - 1));
  checkRates(ctx, lines, rows, taken);
  checkGroups(ctx, lines, rows, new Set(), taken);
  return last;
}

/** Reads the table under the header at `header`; returns the last line read. */
function readTable(ctx: Ctx, lines: readonly string[], header: number): number {
  const rows: Row[] = [];
  const unsure = new Set<number>();
  let last = header;
  let i = header + 1;
  for (; i < lines.length && i - last <= GAP; i++) {
    const line = lines[i]!;
    if (HEADING.test(line)) break;
    const m = ROW.exec(line);
    if (!m) {
      if (ROW_ANYWHERE.test(line)) unsure.add(rows.length);
      continue;
    }
    const label = m[1]!;
    const kind = SUBTOTAL.test(label) ? 'subtotal' : TOTAL.test(label) ? 'total' : 'row';
    rows.push({ line: i, weight: m[2]!, score: m[3]!, rate: m[4]!, kind });
    last = i;
    if (kind === 'total') break;
  }
  if (rows.length < 4) return last;
  const taken = new Set(ctx.claims.map((c) => c.line - 1));
  checkRates(ctx, lines, rows, taken);
  checkGroups(ctx, lines, rows, unsure, taken);
  return last;
}

type Judged = { row: Row; exact: string; verdict: RatioVerdict };

function checkRates(
  ctx: Ctx,
  lines: readonly string[],
  rows: readonly Row[],
  taken: ReadonlySet<number>,
): void {
  const judged: Judged[] = [];
  for (const row of rows) {
    if (dec(row.weight).isZero()) continue;
    const v = judgeRatio(
      printedFigure(row.rate),
      [printedFigure(row.score), printedFigure(row.weight)],
      ([s, w]) => s!.div(w!).times(100),
      SHARE,
    );
    if (!v) continue;
    const exact = v.kind === 'ok' ? row.rate : show(v.exact, printedFigure(row.rate).places);
    judged.push({ row, exact, verdict: v });
  }
  // (The columns are sure only when most rows hold: else the figures read may be other columns.)
  const holding = judged.filter((j) => j.verdict.kind !== 'wrong').length;
  if (holding < 3 || holding * 4 < judged.length * 3) return;
  for (const j of judged) {
    if (taken.has(j.row.line)) continue;
    const { row, verdict } = j;
    claim(
      ctx,
      'score',
      row.line,
      0,
      verdict.kind !== 'wrong',
      `得分率：${row.score} ÷ ${row.weight} × 100% = ${j.exact}%，表中${row.rate}%`,
    );
    if (verdict.kind === 'ok') continue;
    report(
      ctx,
      row.line,
      'score.rate',
      verdict.severity,
      row.excerpt ?? lines[row.line]!.trim(),
      `${j.exact}%`,
      `${row.rate}%`,
      `得分率应为 得分${row.score} ÷ 分值${row.weight} × 100% = ${j.exact}%，表中为${row.rate}%${verdictClause(verdict.kind)}。`,
      0,
    );
  }
}

function checkGroups(
  ctx: Ctx,
  lines: readonly string[],
  rows: readonly Row[],
  unsure: ReadonlySet<number>,
  taken: ReadonlySet<number>,
): void {
  const groups: Group[] = [];
  let current: Group = { rows: [], whole: true };
  const subtotals: Row[] = [];
  let total: Row | null = null;
  rows.forEach((row, k) => {
    if (unsure.has(k)) current.whole = false;
    if (row.kind === 'row') current.rows.push(row);
    else if (row.kind === 'subtotal') {
      if (current.rows.length >= 2) checkSum(ctx, lines, current, row, '其上各项', taken);
      subtotals.push(row);
      groups.push(current);
      current = { rows: [], whole: true };
    } else total = row;
  });
  if (unsure.has(rows.length)) current.whole = false;
  if (!total) return;
  if (subtotals.length >= 2 && current.rows.length === 0) {
    checkSum(ctx, lines, { rows: subtotals, whole: true }, total, '各小计', taken);
  } else if (subtotals.length === 0 && current.rows.length >= 2) {
    checkSum(ctx, lines, current, total, '各项', taken);
  }
}

/** A 小计 or 合计 row against its parts: 分值 and 得分, each column on its own. */
function checkSum(
  ctx: Ctx,
  lines: readonly string[],
  group: Group,
  whole: Row,
  partsName: string,
  taken: ReadonlySet<number>,
): void {
  if (!group.whole || taken.has(whole.line)) return;
  const columns = [
    { name: '分值', rule: 'score.weight-sum', values: group.rows.map((r) => r.weight), total: whole.weight },
    { name: '得分', rule: 'score.sum', values: group.rows.map((r) => r.score), total: whole.score },
  ];
  const judged = columns.map((c) => ({
    ...c,
    verdict: judgeSum(c.values.map(printedFigure), printedFigure(c.total)),
  }));
  // (Neither column adds up: the rows are not that row's parts — a 一级 row printed above its 二级 rows, the
  // 合计 of the 一级 rows alone — or two faults: nothing is sure.)
  if (judged.every((c) => c.verdict.kind === 'wrong')) return;
  for (const c of judged) {
    const v = c.verdict;
    const places = Math.max(...[...c.values, c.total].map((x) => printedFigure(x).places));
    const sum = show(
      c.values.reduce((acc: Dec, x) => acc.plus(x), dec(0)),
      places,
    );
    claim(
      ctx,
      'score',
      whole.line,
      0,
      v.kind === 'ok',
      `${c.name}：${c.values.join(' + ')} = ${sum}，表中${c.total}`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      whole.line,
      c.rule,
      v.severity,
      whole.excerpt ?? lines[whole.line]!.trim(),
      sum,
      c.total,
      `${partsName}${c.name}之和 ${c.values.join(' + ')} = ${sum}，与该行${c.name}${c.total}不符${verdictClause(v.kind)}。`,
      0,
    );
  }
}
