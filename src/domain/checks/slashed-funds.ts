/**
 * The 项目资金 part of a 自评表 whose header the table readers could not take cell by cell: two columns printed
 * in one cell with a slash ("执行率 / 得分", each row "96.50% / 9.65"), or a header word wrapped inside its cell
 * so that `pdftotext -layout` prints it in two pieces ("全年执" … "行数"):
 *
 *                  年初预算数 全年预算数 全年执     行数 分值     执行率 / 得分
 *       年度资金总额     300.00     320.00 310.40 10     97.00% / 9.70
 *       其中：当年财政拨款 300.00   320.00 310.40 —      97.00% / —
 *
 * The header is read as its words run together (white space dropped): it must split into 项目资金 column
 * names only (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 …), 执行率, 执行数 and 得分 among them. The rows
 * below are read by order: a label, then as many figures (or dashes) as the header has names once a slashed
 * pair is split in two — exactly as many, else the row ends the part. The rows then go to the 项目资金 rules
 * (score-funds.ts: 执行率, 得分, the sources' sum); the part's 分值 and 得分 count in the 总分 of the indicator
 * part below (score-pairs.ts reads ctx.fundRows). Read only where no other reader took the part.
 */
import { sourceWords, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { isDashToken, isFigureToken } from './layout-chars.ts';
import { checkFunds } from './score-funds.ts';
import type { Cell, Row } from './tables.ts';

/** The column names, longest first (a name is never read as a shorter one and the rest). */
const NAMES = [
  '调整后预算数',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '自评得分',
  '预算数',
  '执行数',
  '执行率',
  '分值',
  '权重',
  '得分',
];
/** A 项目资金 row label: the total or a source of funds. */
const TOTAL_LABEL = /资金总额|^合计$|^总计$/;
const SOURCE = /资金|拨款|结转|结余|财政|自筹|配套|其他/;
/** How many rows a 项目资金 part may have. */
const MAX_ROWS = 8;

const isCell = (t: string): boolean => isFigureToken(t, 0, t.length) || isDashToken(t, 0, t.length);

/**
 * The column names of a header line (its words run together), with whether two of them share a cell with a
 * slash; null when the line is not wholly such names (a label before them, "项目资金（万元）", is allowed).
 */
function headerNames(tokens: readonly string[]): string[] | null {
  let text = tokens.join('');
  // Formula markers after a name: "全年预算数（A）", "执行率（B/A）".
  text = text.replace(/[（(][A-Za-z/÷×%％]*[）)]/g, '');
  const first = NAMES.map((n) => text.indexOf(n))
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), Infinity);
  if (!Number.isFinite(first) || /\d/.test(text.slice(0, first)) || first > 12) return null;
  const names: string[] = [];
  let k = first;
  while (k < text.length) {
    if (text[k] === '/' && names.length > 0 && k + 1 < text.length) {
      k++;
      continue;
    }
    const name = NAMES.find((n) => text.startsWith(n, k));
    if (!name) return null;
    names.push(name);
    k += name.length;
  }
  return names;
}

/** A row's figures: the tokens after its label, a slashed pair ("96.50% / 9.65", "—/—") split in two. */
function rowCells(tokens: readonly string[]): { label: string; values: string[] } | null {
  const at = tokens.findIndex((t) => isCell(t) || /^[\d—–\-－]/.test(t));
  if (at < 1) return null;
  const label = tokens.slice(0, at).join('');
  if (/\d/.test(label)) return null;
  const values = tokens
    .slice(at)
    .join(' ')
    .replace(/\s*\/\s*/g, '/')
    .split(/\s+/)
    .flatMap((t) => t.split('/'));
  return values.every(isCell) ? { label, values } : null;
}

export function checkSlashedFunds(ctx: Ctx): void {
  // (A part read has a header naming 执行率, 得分, an 执行数 and a 预算数.)
  if (!mentionsAll(ctx, ['执行率', '得分', '执行数', '预算数'])) return;
  const n = ctx.source.length;
  for (let i = 0; i < n; i++) {
    const tokens = sourceWords(ctx, i);
    if (tokens.length < 3) continue;
    // (Most lines fail here: a header line carries 执行率 and 得分.)
    const joined = tokens.join('');
    if (!joined.includes('执行率') || !joined.includes('得分')) continue;
    // A header the table readers took word by word is theirs.
    if (tokens.every((t) => NAMES.includes(t.replace(/[（(][A-Za-z/÷×%％]*[）)]$/, '')))) continue;
    const names = headerNames(tokens);
    if (!names || new Set(names).size !== names.length) continue;
    if (!names.includes('执行率') || !names.some((x) => /执行数$/.test(x))) continue;
    if (!names.some((x) => /得分$/.test(x)) || !names.some((x) => /预算数$/.test(x))) continue;
    if (ctx.fundRows.some((f) => f.line > i && f.line <= i + MAX_ROWS + 1)) continue;
    const body: Row[] = [];
    for (let j = i + 1; j < n && body.length < MAX_ROWS; j++) {
      const row = rowCells(sourceWords(ctx, j));
      if (!row || row.values.length !== names.length) break;
      const label = row.label.replace(/^项目资金[（(][^）)]*[）)]/, '');
      if (body.length === 0 ? !TOTAL_LABEL.test(label) : !SOURCE.test(label)) break;
      const cells: Cell[] = [{ text: label, line: j }, ...row.values.map((text) => ({ text, line: j }))];
      body.push({ cells, line: j });
    }
    if (body.length === 0) continue;
    const header: Row = {
      cells: [{ text: '', line: i }, ...names.map((text) => ({ text, line: i }))],
      line: i,
    };
    checkFunds(ctx, header, body);
    i += body.length;
  }
}
